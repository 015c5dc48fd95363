"""Home page, simple content pages (legal, accessibility) and the site-wide settings."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from lettre.blocks import CreditLineBlock
from lettre.blocks.content import RICH_TEXT_FEATURES, SingleImageBlock, TexteBlock


class HomePage(Page):
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A few words shown under the title of the site."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "lettre.LettreIndexPage",
        "ressources.ResourceIndexPage",
        "ressources.PartnerIndexPage",
        "agenda.EventIndexPage",
        "communes.CommuneDirectoryPage",
        "home.ContentPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @cached_property
    def lettre_index(self):
        from lettre.models import LettreIndexPage

        return LettreIndexPage.objects.child_of(self).live().first()

    def get_context(self, request, *args, **kwargs):
        from lettre.models import LettrePage

        context = super().get_context(request, *args, **kwargs)
        issues = list(
            LettrePage.objects.live()
            .public()
            .filter(locale=self.locale)
            .select_related("hero")
            .order_by("-issue_date", "-number")[:7]
        )
        context["latest_issue"] = issues[0] if issues else None
        context["previous_issues"] = issues[1:]
        context["lettre_index"] = self.lettre_index
        context["sections"] = self.sections()
        return context

    def sections(self) -> list:
        """The archive, the library and the agenda, linked from the home page."""
        from agenda.models import EventIndexPage
        from lettre.models import LettreIndexPage
        from ressources.models import ResourceIndexPage

        return list(
            self.get_children().live().type(LettreIndexPage, ResourceIndexPage, EventIndexPage).specific()
        )


class ContentPage(Page):
    """A plain page: legal notice, personal data, accessibility statement…"""

    # Under the page's h1, sections are h2 (in an issue they are h3, under the rubric's h2).
    body = StreamField(
        [
            ("texte", TexteBlock(features=[*RICH_TEXT_FEATURES, "h2", "h3", "h4"])),
            ("image", SingleImageBlock()),
        ],
        verbose_name=_("content"),
        blank=True,
    )

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    publisher = models.CharField(
        _("publisher"), max_length=200, default="Agence nationale de la cohésion des territoires"
    )
    contact_label = models.CharField(
        _("contact label"), max_length=200, default="Contacter la direction de programme :"
    )
    contact_email = models.EmailField(_("contact e-mail"), default="petitesvillesdedemain@anct.gouv.fr")
    linkedin_url = models.URLField(_("LinkedIn page"), blank=True)
    scoopit_url = models.URLField(_("Scoop.it page"), blank=True)
    programme_url = models.URLField(
        _("programme page on the ANCT site"),
        blank=True,
        help_text=_("Linked from the footer and at the end of each issue."),
    )
    default_credits = StreamField(
        [("credit", CreditLineBlock())],
        verbose_name=_("default credits"),
        blank=True,
        help_text=_("Used by every issue whose own credits are empty."),
    )
    gdpr_notice = RichTextField(
        _("personal data notice"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown at the end of each issue and of each e-mail."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("publisher"), FieldPanel("contact_label"), FieldPanel("contact_email")],
            heading=_("Publisher and contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("programme_url"), FieldPanel("linkedin_url"), FieldPanel("scoopit_url")],
            heading=_("Links"),
        ),
        FieldPanel("default_credits"),
        FieldPanel("gdpr_notice"),
    ]

    class Meta:
        verbose_name = _("site settings")

"""The home page and simple content pages (legal notice, accessibility)."""

from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from agenda.models import EventIndexPage
from core.blocks import RICH_TEXT_FEATURES, SingleImageBlock, TextBlock
from core.dates import day_display
from core.models import RestrictionsInOneQueryMixin
from lettre.models import LettreIndexPage, LettrePage
from ressources.models import PartnerIndexPage, ResourceIndexPage


class HomePage(RestrictionsInOneQueryMixin, Page):
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

    def route(self, request, path_components):
        """A section on the way to the page asked for is read without its own fields (one query,
        not two): routing reads only its tree position and state."""
        if len(path_components) < 2:
            return super().route(request, path_components)
        try:
            section = self.get_children().specific(defer=True).get(slug=path_components[0])
        except Page.DoesNotExist as error:
            raise Http404 from error
        section._cached_parent_obj = self
        return section.route(request, path_components[1:])

    @cached_property
    def lettre_index(self):
        return LettreIndexPage.objects.child_of(self).live().first()

    def get_context(self, request, *args, **kwargs):
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
        """The archive, the library, the partners and the agenda, linked from the home page."""
        return list(
            self.get_children()
            .live()
            .public()
            .type(LettreIndexPage, ResourceIndexPage, PartnerIndexPage, EventIndexPage)
            .specific()
        )


class AccessibilityStatus(models.TextChoices):
    """The three states of the RGAA (“état de conformité”); without an audit, not compliant."""

    NON_COMPLIANT = "non-compliant", _("not compliant")
    PARTIALLY_COMPLIANT = "partially-compliant", _("partially compliant")
    COMPLIANT = "compliant", _("fully compliant")


class SiteIdentityBlock(blocks.StaticBlock):
    """The publisher and the host, as the site settings give them (legal notice)."""

    class Meta:
        template = "home/blocks/site_identity.html"
        icon = "site"
        label = _("Publisher and host")
        admin_text = _("Shows the publisher and the host entered in the site settings.")


class ContentPage(Page):
    """A plain page: legal notice, personal data, accessibility statement…"""

    accessibility_status = models.CharField(
        _("accessibility status"),
        max_length=30,
        blank=True,
        choices=AccessibilityStatus.choices,
        help_text=_(
            "Only for the accessibility statement: its compliance with the RGAA, shown on the page and in "
            "the footer. “Fully compliant” only after an audit finds every criterion met."
        ),
    )
    statement_date = models.DateField(
        _("date of the statement"),
        null=True,
        blank=True,
        help_text=_("Only for the accessibility statement: the day it was drawn up or last updated."),
    )

    # Under the page's h1, sections are h2 (in an issue they are h3, under the rubric's h2).
    body = StreamField(
        [
            ("texte", TextBlock(features=[*RICH_TEXT_FEATURES, "h2", "h3", "h4"])),
            ("image", SingleImageBlock()),
            ("site_identity", SiteIdentityBlock()),
        ],
        verbose_name=_("content"),
        blank=True,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("accessibility_status"), FieldPanel("statement_date")],
            heading=_("Accessibility statement"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")

    @property
    def is_accessibility_statement(self) -> bool:
        return bool(self.accessibility_status)

    @property
    def statement_date_display(self) -> str:
        return day_display(self.statement_date)

    @property
    def footer_label(self) -> str:
        """“Accessibilité : non conforme” for the statement (RGAA: the footer states the status)."""
        if self.accessibility_status:
            return gettext("%(title)s: %(status)s") % {
                "title": self.title,
                "status": self.get_accessibility_status_display(),
            }
        return self.title

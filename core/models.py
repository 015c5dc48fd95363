"""What every section shares in the database: the site settings, and the abstract index page of
a section (archive, library, partners, agenda)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction

from .blocks import CreditLineBlock


class RestrictionsInOneQueryMixin:
    """A page whose view restrictions (its own, its ancestors', those of the pages they are aliases
    of) are read in one query; Wagtail reads the ancestors first, on every request."""

    def get_view_restrictions(self):
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        sources = Page.objects.filter(path__in=paths, alias_of__isnull=False).values("alias_of")
        return PageViewRestriction.objects.filter(models.Q(page__path__in=paths) | models.Q(page__in=sources))


class SectionIndexPage(RestrictionsInOneQueryMixin, Page):
    """The index of a section of the site, once under the home page, with an introduction."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """A section holds one type of page: its child is read with its own fields in one query
        (Wagtail reads the generic page, then the specific one)."""
        child_models = self.specific_class.allowed_subpage_models()
        if not path_components or len(child_models) != 1:
            return super().route(request, path_components)
        try:
            child = child_models[0].objects.child_of(self).get(slug=path_components[0])
        except child_models[0].DoesNotExist:
            return super().route(request, path_components)  # a page of another type, or a 404
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Publisher, contact, links and default credits: shown by every issue, web page and e-mail.
    (Created by the home app; moved here with its table and permissions, core/migrations/0001-0002.)"""

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

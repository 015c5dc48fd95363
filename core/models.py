"""What every section shares in the database: the site settings, and the abstract index page of
a section (archive, library, partners, agenda)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .blocks import CreditLineBlock


class SectionIndexPage(Page):
    """The index of a section of the site, once under the home page, with an introduction."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


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
    publisher_address = models.CharField(
        _("publisher's address"),
        max_length=300,
        blank=True,
        default="20 avenue de Ségur, TSA 10717, 75334 Paris Cedex 07",
    )
    host = models.TextField(
        _("host"),
        blank=True,
        help_text=_("Name, address and telephone of the company hosting the site (legal notice)."),
    )
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
            [
                FieldPanel("publisher"),
                FieldPanel("publisher_address"),
                FieldPanel("host"),
                FieldPanel("contact_label"),
                FieldPanel("contact_email"),
            ],
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

"""What every section shares in the database: the site settings, and the abstract index page of
a section (archive, library, partners, agenda)."""

from django.conf import settings
from django.db import models
from django.db.models.lookups import StartsWith
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, PageViewRestriction, TranslatableMixin

from .blocks import CreditLineBlock
from .blocks.links import ItemLink
from .cache.memo import forget, remembered


def public_q() -> models.Q:
    """Pages outside any private section, by one subquery (Wagtail's `public()` first reads every
    view restriction of the site in a query of its own)."""
    under = StartsWith(models.OuterRef("path"), models.F("page__path"))
    return models.Q(~models.Exists(PageViewRestriction.objects.filter(under)))


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
            children = child_models[0].objects.child_of(self).select_related("locale")
            child = children.get(slug=path_components[0])
        except child_models[0].DoesNotExist:
            return super().route(request, path_components)  # a page of another type, or a 404
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Publisher, contact address and links: shown by every issue, web page and e-mail; the words
    (contact label, credits, data notice) are in ``SiteTexts``, one per language.
    (Created by the home app; moved here with its table and permissions, core/migrations/0001-0002.)"""

    publisher = models.CharField(
        _("publisher"), max_length=200, default="Agence nationale de la cohésion des territoires"
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

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("publisher"),
                FieldPanel("publisher_address"),
                FieldPanel("host"),
                FieldPanel("contact_email"),
            ],
            heading=_("Publisher and contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("programme_url"), FieldPanel("linkedin_url"), FieldPanel("scoopit_url")],
            heading=_("Links"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def follow_links(self) -> list[ItemLink]:
        """“Suivre l'actualité du programme”: the programme's pages, ending each issue (web, e-mail)."""
        candidates = [
            (_("The programme on the ANCT website"), self.programme_url),
            ("LinkedIn", self.linkedin_url),
            ("Scoop.it", self.scoopit_url),
        ]
        return [ItemLink(str(label), url) for label, url in candidates if url]

    @classmethod
    def for_site(cls, site):
        """The settings of `site`, read once per site-wide change (one of `PAGE_CACHE_SITE_WIDE_MODELS`):
        every page shows them."""
        if site is None:
            return super().for_site(site)
        return remembered(f"site-settings:{site.pk}", lambda: super(SiteSettings, cls).for_site(site))

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        forget(f"site-settings:{self.site_id}")


class SiteTexts(TranslatableMixin, models.Model):
    """The site's words shown by every issue, web page and e-mail, in each language: one row per
    language, translated with wagtail-localize (settings are one row per site and are not translated).
    (Moved from SiteSettings with their values, core/migrations/0004-0006.)"""

    contact_label = models.CharField(
        _("contact label"),
        max_length=200,
        default="Contacter la direction de programme :",
        help_text=_("Shown before the contact e-mail address of the site settings."),
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

    panels = [FieldPanel("contact_label"), FieldPanel("default_credits"), FieldPanel("gdpr_notice")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site texts")
        verbose_name_plural = _("site texts")

    def __str__(self):
        return str(_("Site texts"))

    @classmethod
    def for_locale(cls, locale: Locale | None) -> "SiteTexts":
        """The texts of ``locale``; those of the default language while it has none; the built-in
        defaults (unsaved) while there are none at all. Read once per site-wide change (they are one
        of `PAGE_CACHE_SITE_WIDE_MODELS`)."""
        return remembered(f"site-texts:{getattr(locale, 'pk', None)}", lambda: cls.read_for_locale(locale))

    @classmethod
    def read_for_locale(cls, locale: Locale | None) -> "SiteTexts":
        rows = cls.objects.select_related("locale").order_by("pk")
        if locale is not None:
            found = rows.filter(locale=locale).first()
            if found is not None:
                return found
        return rows.filter(locale__language_code=settings.LANGUAGE_CODE).first() or rows.first() or cls()

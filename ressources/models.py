"""The resource library, partner pages and the themes they share."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet


class Theme(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), max_length=100, blank=True, help_text=_("Used in addresses. Empty: made from the name.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:100]
        super().save(*args, **kwargs)


register_snippet(Theme)


class ResourceType(models.TextChoices):
    GUIDE = "guide", _("Guide")
    REPLAY = "replay", _("Webinar replay")
    SLIDES = "slides", _("Slide deck")
    VADEMECUM = "vademecum", _("Vademecum")
    KIT = "kit", _("Kit")
    OFFER = "offre", _("Service offer")
    STUDY = "etude", _("Study")
    EXAMPLE = "inspiration", _("Inspiring example")
    OTHER = "autre", _("Other")


class ResourceIndexPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["ressources.ResourcePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resource library")
        verbose_name_plural = _("resource libraries")


class ResourcePage(Page):
    summary = models.TextField(_("summary"), max_length=1000, help_text=_("Two or three sentences."))
    resource_type = models.CharField(
        _("type"), max_length=20, choices=ResourceType.choices, default=ResourceType.GUIDE
    )
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="resources")
    partner = models.ForeignKey(
        "ressources.PartnerPage",
        verbose_name=_("publishing partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resources",
        help_text=_("Empty: published by the ANCT / the Club."),
    )
    publication_date = models.DateField(_("publication date"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    external_url = models.URLField(_("external link"), blank=True, max_length=500)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = RichTextField(_("description"), blank=True, features=["bold", "italic", "link", "ul", "ol", "h3"])

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("resource_type"), FieldPanel("publication_date")]),
        FieldPanel("partner"),
        FieldPanel("themes"),
        MultiFieldPanel([FieldPanel("document"), FieldPanel("external_url")], heading=_("Access")),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("partner", [index.SearchField("title")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("resource_type"),
        index.FilterField("publication_date"),
    ]
    parent_page_types = ["ressources.ResourceIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    @property
    def access_url(self) -> str:
        """Where the resource itself is: the document, else the external link."""
        if self.document_id:
            return self.document.url
        return self.external_url

    @property
    def date_display(self) -> str:
        return date_format(self.publication_date, "j F Y") if self.publication_date else ""

    def clean(self):
        super().clean()
        if not self.document_id and not self.external_url:
            raise ValidationError(
                {"external_url": _("Give a document or an external link: a resource must lead somewhere.")}
            )


class PartnerIndexPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["ressources.PartnerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner list")
        verbose_name_plural = _("partner lists")


class PartnerPage(Page):
    acronym = models.CharField(_("acronym"), max_length=30, blank=True, help_text=_("E.g. “ANPP”."))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link", "ul"])
    website = models.URLField(_("website"), blank=True, max_length=500)
    offers = RichTextField(
        _("offers for Petites villes de demain"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol", "h3"],
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("acronym"),
        FieldPanel("logo"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("offers"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("acronym"),
        index.SearchField("description"),
        index.SearchField("offers"),
    ]
    parent_page_types = ["ressources.PartnerIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

"""The resource library, partner pages and the themes they share."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from communes.links import CommuneLink, ConcernsCommunesMixin, communes_panel
from core.dates import day_display
from core.models import SectionIndexPage
from core.pagination import paginate
from core.visibility import PublicRelatedFields, public_or_none

from .similar import ConfirmSimilarPanel, PartnerForm, ResourceForm, ThemeForm


class Theme(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), max_length=100, blank=True, help_text=_("Used in addresses. Empty: made from the name.")
    )

    panels = [FieldPanel("name"), ConfirmSimilarPanel(), FieldPanel("slug")]
    base_form_class = ThemeForm
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
            self.slug = self.free_slug(slugify(self.name)[:95] or "theme")
        super().save(*args, **kwargs)

    def free_slug(self, base: str) -> str:
        """`base`, or `base-2`, `base-3`… when another theme of the language has it (two close names)."""
        taken = set(
            Theme.objects.filter(locale_id=self.locale_id, slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        return slug


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


RESOURCES_PER_PAGE = 12
PARTNER_RESOURCES_SHOWN = 12
LOGO_FILTER = "max-240x120"


class ResourceIndexPage(SectionIndexPage):
    subpage_types = ["ressources.ResourcePage"]

    class Meta:
        verbose_name = _("resource library")
        verbose_name_plural = _("resource libraries")

    def get_context(self, request, *args, **kwargs):
        from .filters import ResourceFilter  # here, not at the top: filters.py imports this module

        context = super().get_context(request, *args, **kwargs)
        resource_filter = ResourceFilter(self, request.GET)
        context["filter"] = resource_filter
        context["pagination"] = paginate(
            resource_filter.results(),
            request.GET.get("page"),
            RESOURCES_PER_PAGE,
            params=resource_filter.cleaned,
            fragment="resultats",
        )
        return context


class ResourcePage(ConcernsCommunesMixin, Page):
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
        help_text=_("PDF, slide deck, spreadsheet…: visitors download it, with its format and size shown."),
    )
    external_url = models.URLField(
        _("external link"),
        blank=True,
        max_length=500,
        help_text=_(
            "The resource on another site (replay video, partner's page…). Give a document, a link, or both."
        ),
    )
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
        ConfirmSimilarPanel(),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("resource_type"), FieldPanel("publication_date")]),
        FieldPanel("partner"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        communes_panel(),
        MultiFieldPanel([FieldPanel("document"), FieldPanel("external_url")], heading=_("Access")),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        PublicRelatedFields("partner", [index.SearchField("title")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("resource_type"),
        index.FilterField("publication_date"),
    ]
    parent_page_types = ["ressources.ResourceIndexPage"]
    subpage_types: list[str] = []
    base_form_class = ResourceForm

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    @property
    def date_display(self) -> str:
        return day_display(self.publication_date)

    @property
    def type_label(self) -> str:
        return self.get_resource_type_display()

    @property
    def document_format(self) -> str:
        """“PDF”, “PPTX”… of the attached document."""
        return self.document.file_extension.upper() if self.document_id else ""

    @property
    def document_size(self) -> int | None:
        if not self.document_id:
            return None
        return self.document.get_file_size()

    @property
    def shown_partner(self):
        """The partner, if a visitor may see its page (core.visibility)."""
        return public_or_none(self.partner)

    @property
    def document_details(self) -> str:
        """“(PDF – 57,9 Kio)”: the format and size a download button announces."""
        if not self.document_id:
            return ""
        size = self.document_size
        return f"({self.document_format} – {filesizeformat(size)})" if size else f"({self.document_format})"

    def clean(self):
        super().clean()
        if not self.document_id and not self.external_url:
            raise ValidationError(
                {"external_url": _("Give a document or an external link: a resource must lead somewhere.")}
            )


class ResourceCommune(CommuneLink):
    """A commune a resource is about."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="commune_links")

    class Meta(CommuneLink.Meta):
        pass


class PartnerIndexPage(SectionIndexPage):
    subpage_types = ["ressources.PartnerPage"]

    class Meta:
        verbose_name = _("partner list")
        verbose_name_plural = _("partner lists")

    def partners(self):
        logos = get_image_model().objects.prefetch_renditions(LOGO_FILTER)
        return (
            PartnerPage.objects.child_of(self)
            .live()
            .public()
            .prefetch_related(models.Prefetch("logo", queryset=logos))
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = self.partners()
        return context


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
        ConfirmSimilarPanel(),
        FieldPanel("logo"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("offers"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("acronym"),
        # The admin's search and page choosers autocomplete: “APVF” finds the partner.
        index.AutocompleteField("acronym"),
        index.SearchField("description"),
        index.SearchField("offers"),
    ]
    parent_page_types = ["ressources.PartnerIndexPage"]
    subpage_types: list[str] = []
    base_form_class = PartnerForm

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def live_resources(self):
        """Resources this partner published, newest first."""
        return (
            ResourcePage.objects.live()
            .public()
            .filter(partner=self)
            .prefetch_related("themes")
            .order_by("-publication_date", "-pk")
        )

    def live_events(self):
        """Events this partner organises (``events``: the agenda's EventPage.organiser), upcoming
        (soonest first) and past (latest first)."""
        events = self.events.live().public().select_related("organiser")
        return events.upcoming(), events.past()

    def library_url(self) -> str:
        """The library filtered on this partner, to see all its resources."""
        library = ResourceIndexPage.objects.live().filter(locale_id=self.locale_id).first()
        return f"{library.url}?partner={self.slug}" if library else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        resources = list(self.live_resources()[: PARTNER_RESOURCES_SHOWN + 1])
        context["resources"] = resources[:PARTNER_RESOURCES_SHOWN]
        context["more_resources"] = len(resources) > PARTNER_RESOURCES_SHOWN
        context["upcoming_events"], context["past_events"] = self.live_events()
        return context

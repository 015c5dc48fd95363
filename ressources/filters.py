"""Filters of the resource library: theme, type, partner and year, combinable.

``ResourceFilter`` reads the query string (``?theme=commerce&type=guide&partner=anpp&year=2021``),
keeps only the values it knows (anything else is ignored, never an error) and gives the
filtered resources and, for each filter, its options with the number of results each would
give — counted with the OTHER filters applied, as in a faceted search.
"""

from operator import attrgetter

from django.db.models import Count, Prefetch, QuerySet
from django.db.models.functions import ExtractYear
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from core.collation import french_sorted
from core.facets import Facet, FacetOption

from .models import PartnerPage, ResourcePage, ResourceType, Theme

CARD_IMAGE_FILTER = "fill-600x338"
FILTER_NAMES = ("theme", "type", "partner", "year")


class ResourceFilter:
    """Filters the resources of a library from ``request.GET``."""

    def __init__(self, library, data):
        self.library = library
        self.data = data

    # --- what can be chosen -------------------------------------------------------------

    @cached_property
    def base_queryset(self) -> QuerySet:
        """Every resource a visitor may see in this library, unfiltered."""
        return ResourcePage.objects.child_of(self.library).live().public()

    @cached_property
    def themes(self) -> dict[str, Theme]:
        themes = Theme.objects.filter(locale_id=self.library.locale_id)
        return {theme.slug: theme for theme in french_sorted(themes, attrgetter("name"))}

    @cached_property
    def partners(self) -> dict[str, PartnerPage]:
        partners = PartnerPage.objects.live().public().filter(locale_id=self.library.locale_id)
        partners = partners.only("id", "title", "slug", "acronym")
        return {partner.slug: partner for partner in french_sorted(partners, attrgetter("title"))}

    @cached_property
    def years(self) -> list[int]:
        return [day.year for day in self.base_queryset.order_by().dates("publication_date", "year", "DESC")]

    # --- what was chosen ----------------------------------------------------------------

    def _raw(self, name: str) -> str:
        value = self.data.get(name, "")
        return value.strip() if isinstance(value, str) else ""

    @cached_property
    def cleaned(self) -> dict[str, str]:
        """The filters asked for that exist; unknown values are dropped."""
        cleaned = {}
        theme = self._raw("theme")
        if theme in self.themes:
            cleaned["theme"] = theme
        resource_type = self._raw("type")
        if resource_type in ResourceType.values:
            cleaned["type"] = resource_type
        partner = self._raw("partner")
        if partner in self.partners:
            cleaned["partner"] = partner
        year = self._raw("year")
        if year.isascii() and year.isdigit() and len(year) == 4 and int(year) in self.years:
            cleaned["year"] = year
        return cleaned

    @property
    def is_active(self) -> bool:
        return bool(self.cleaned)

    def _filtered(self, without: str | None = None) -> QuerySet:
        queryset = self.base_queryset
        for name, value in self.cleaned.items():
            if name == without:
                continue
            if name == "theme":
                queryset = queryset.filter(themes=self.themes[value])
            elif name == "type":
                queryset = queryset.filter(resource_type=value)
            elif name == "partner":
                queryset = queryset.filter(partner=self.partners[value])
            elif name == "year":
                queryset = queryset.filter(publication_date__year=int(value))
        return queryset

    # --- results --------------------------------------------------------------------------

    def results(self) -> QuerySet:
        """The filtered resources, newest first, with what their cards show loaded in bulk."""
        images = get_image_model().objects.prefetch_renditions(CARD_IMAGE_FILTER)
        return (
            self._filtered()
            .select_related("partner")
            .prefetch_related("themes", Prefetch("image", queryset=images))
            .order_by("-publication_date", "-pk")
        )

    # --- facets -------------------------------------------------------------------------

    @staticmethod
    def _counts(queryset: QuerySet, key) -> dict:
        rows = queryset.order_by().values(key).annotate(n=Count("pk", distinct=True)).values_list(key, "n")
        return dict(rows)

    def _options(self, name: str, choices: list[tuple[str, str]], counts: dict) -> list[FacetOption]:
        selected = self.cleaned.get(name, "")
        return [
            FacetOption(value, label, counts.get(value, 0), value == selected)
            for value, label in choices
            if counts.get(value, 0) or value == selected
        ]

    @cached_property
    def facets(self) -> list[Facet]:
        theme_ids = self._counts(self._filtered(without="theme"), "themes")
        themes_by_id = {theme.pk: slug for slug, theme in self.themes.items()}
        theme_counts = {themes_by_id[pk]: n for pk, n in theme_ids.items() if pk in themes_by_id}

        type_counts = self._counts(self._filtered(without="type"), "resource_type")

        partner_ids = self._counts(self._filtered(without="partner"), "partner")
        partners_by_id = {partner.pk: slug for slug, partner in self.partners.items()}
        partner_counts = {partners_by_id[pk]: n for pk, n in partner_ids.items() if pk in partners_by_id}

        year_counts = {
            str(year): n
            for year, n in self._filtered(without="year")
            .annotate(year=ExtractYear("publication_date"))
            .order_by()
            .values("year")
            .annotate(n=Count("pk", distinct=True))
            .values_list("year", "n")
        }

        theme_choices = [(slug, theme.name) for slug, theme in self.themes.items()]
        partner_choices = [(slug, partner.title) for slug, partner in self.partners.items()]
        year_choices = [(str(year), str(year)) for year in self.years]
        return [
            self._facet("theme", _("Theme"), _("All themes"), theme_choices, theme_counts),
            self._facet("type", _("Type"), _("All types"), list(ResourceType.choices), type_counts),
            self._facet("partner", _("Partner"), _("All partners"), partner_choices, partner_counts),
            self._facet("year", _("Year"), _("All years"), year_choices, year_counts),
        ]

    def _facet(self, name, label, all_label, choices, counts) -> Facet:
        return Facet(name, label, all_label, self._options(name, choices, counts), self.cleaned.get(name, ""))

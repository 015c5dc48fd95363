"""What the search keeps: one document per searchable page, and the result count of each logged query."""

from collections import Counter

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query


class SearchTermStat(models.Model):
    """Beside Wagtail's query log (hits per day), the result count, to spot searches that find nothing."""

    query = models.OneToOneField(Query, on_delete=models.CASCADE, related_name="result_stat",
                                 verbose_name=_("search term"))
    last_result_count = models.PositiveIntegerField(_("results at the last search"), default=0)
    zero_result_searches = models.PositiveIntegerField(_("searches without results"), default=0)
    last_searched_at = models.DateTimeField(_("last searched"), auto_now=True)

    class Meta:
        verbose_name = _("search term statistics")
        verbose_name_plural = _("search term statistics")

    def __str__(self):
        return self.query.query_string


class SearchDocument(models.Model):
    """One searchable page as the results page reads it: its text, its facets and who may see it.

    Written only by ``search.documents.write`` (the ``index_pages`` task and ``update_index``);
    ``live`` and ``public`` are also lowered at once when a page is unpublished or a section made
    private, before the task runs. The vectors exist on PostgreSQL only (null on SQLite).
    """

    page = models.OneToOneField("wagtailcore.Page", primary_key=True, on_delete=models.CASCADE,
                                related_name="+", verbose_name=_("page"))
    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    live = models.BooleanField(default=False)
    public = models.BooleanField(default=True)  # not inside a section with a view restriction
    published_at = models.DateTimeField(null=True)
    year = models.PositiveSmallIntegerField(null=True)
    partner = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+")
    # The theme ids as “|3|17|”: one text column filtered with ``contains`` on every database.
    themes = models.CharField(max_length=1000, blank=True, default="")
    vector = SearchVectorField(null=True)  # title (weight A) and body (B), French, accents ignored
    title_prefixes = SearchVectorField(null=True)  # title words unstemmed, for suggestions
    # Last in the row: only the results read them (a search scans the columns above).
    title = models.TextField(blank=True, default="")
    body = models.TextField(blank=True, default="")  # the other searched fields, as plain text

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self):
        return self.title or f"search document {self.page_id}"


def theme_marker(theme_id: int) -> str:
    """How one theme appears in ``SearchDocument.themes``."""
    return f"|{theme_id}|"


def theme_markers(theme_ids) -> str:
    """``SearchDocument.themes`` of these theme ids: “|3|17|”."""
    return "".join(f"|{pk}" for pk in sorted(theme_ids)) + "|" if theme_ids else ""


def theme_ids(markers: str | None) -> list[int]:
    """The theme ids of one or more ``themes`` values, end to end (“|3|17||5|” gives 3, 17, 5)."""
    return [int(pk) for pk in (markers or "").split("|") if pk]


def theme_counts(markers: str) -> Counter:
    """{theme id: how many times} in ``themes`` values end to end (counted as text, in C: fast)."""
    found = Counter(markers.split("|"))
    found.pop("", None)
    return Counter({int(pk): count for pk, count in found.items()})

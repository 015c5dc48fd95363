"""What the search keeps: the result count of each logged query, and one document per searchable page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query

from .fields import IdListField, VectorField


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
    """One searchable page as the results page reads it: its facets beside its text vectors.

    Written with Wagtail's own index entry (``search.backend``), from which the vectors are copied
    on PostgreSQL, so that a search reads one narrow table instead of joining the index to the page
    tables; ``live`` also follows every save of the page (``search.documents``). Never edited by hand.
    """

    page = models.OneToOneField("wagtailcore.Page", primary_key=True, on_delete=models.CASCADE,
                                related_name="+", verbose_name=_("page"))
    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    live = models.BooleanField(default=False)
    published_at = models.DateTimeField(null=True)
    year = models.PositiveSmallIntegerField(null=True)
    partner = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+")
    themes = IdListField(default=list)
    title_vector = VectorField(null=True, editable=False)
    body_vector = VectorField(null=True, editable=False)
    title_norm = models.FloatField(default=1.0)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self):
        return f"search document {self.page_id}"

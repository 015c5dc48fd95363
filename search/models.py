"""What the search remembers: for each logged query, how many results its last search found."""

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

"""RSS 2.0 and Atom feeds of the published issues."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .models import LettrePage

FEED_LENGTH = 20


class LettreRssFeed(Feed):
    title = _("Newsletter of the Club des Petites villes de demain")
    description = _("Every issue of the newsletter of the Club des Petites villes de demain (ANCT).")

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return None

    def link(self):
        from .models import LettreIndexPage

        index = LettreIndexPage.objects.live().first()
        return index.url if index else "/"

    def items(self):
        return (
            LettrePage.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .order_by("-issue_date", "-number")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return f"{item.number_label} – {item.title}"

    def item_description(self, item):
        return item.intro_text or item.search_description

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.issue_date, datetime.time(9, 0)))

    def item_updateddate(self, item):
        return item.last_published_at


class LettreAtomFeed(LettreRssFeed):
    feed_type = Atom1Feed
    subtitle = LettreRssFeed.description

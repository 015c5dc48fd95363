"""RSS 2.0 and Atom feeds of the published issues, in the language of the request.

Django's Feed keeps no per-request state, and the links of items need the request (the site it
is served on): each request is served by its own feed object (``as_view()``), which keeps its
request; one object shared by the threads of a server would give one visitor another's links."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Site

from core.models import SiteSettings

from .models import LettreIndexPage, LettrePage

FEED_LENGTH = 20


class LettreRssFeed(Feed):
    title = _("Newsletter of the Club des Petites villes de demain")
    description = _("Every issue of the newsletter of the Club des Petites villes de demain (ANCT).")

    @classmethod
    def as_view(cls):
        def view(request, *args, **kwargs):
            return cls(request)(request, *args, **kwargs)

        return view

    def __init__(self, request=None):
        self.request = request
        self.locale = Locale.get_active()

    def author_name(self):
        """The publisher of the site settings (Atom requires an author)."""
        site = Site.find_for_request(self.request) if self.request else None
        site = site or Site.objects.filter(is_default_site=True).first()
        return SiteSettings.for_site(site).publisher if site else ""

    def link(self):
        """The archive in the language of the request."""
        index = LettreIndexPage.objects.live().filter(locale=self.locale).first()
        return index.get_url(request=self.request) if index else "/"

    def items(self):
        return (
            LettrePage.objects.live()
            .public()
            .filter(locale=self.locale)
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

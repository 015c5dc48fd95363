"""The sitemap of every language: Wagtail's lists the tree of the active language only.

Each page of the site's home page and its translations is listed once, with its translations as
``xhtml:link`` alternates (``hreflang`` and ``x-default``, as in the head of the page).
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page

from .translations import alternates_of, versions_by_key


class MultilingualSitemap(Sitemap):
    def items(self):
        homes = Page.objects.filter(translation_key=self.get_wagtail_site().root_page.translation_key)
        inside = reduce(or_, (Q(path__startswith=home.path) for home in homes), Q(pk__in=[]))
        return Page.objects.filter(inside).live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        items = list(self.paginator.page(page).object_list)
        versions = versions_by_key({item.translation_key for item in items})
        by_location = {}
        for item in items:
            links = alternates_of(versions.get(item.translation_key, {}), self.request)
            if links:
                by_location[item.get_full_url(self.request)] = links
        for url in urls:
            url["alternates"] = [
                {"lang_code": code, "location": location}
                for code, location in by_location.get(url["location"], [])
            ]
        return urls


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": MultilingualSitemap})

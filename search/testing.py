"""Page builders and HTML readers shared by the search tests."""

import datetime
import re
from html import unescape
from urllib.parse import parse_qsl, urlsplit

from django.utils import timezone

RESULT_TITLE = re.compile(r'<h2 class="fr-h5 fr-mb-1w"><a href="[^"]*">(.*?)</a></h2>', re.S)
PROMOTION_TITLE = re.compile(r'<p class="fr-h5 fr-mb-1w"><a href="[^"]*">(.*?)</a></p>', re.S)
FACET_SECTION = re.compile(r'<section class="fr-mb-3w" aria-labelledby="facette-(\w+)">(.*?)</section>', re.S)
FACET_OPTION = re.compile(r'<a class="fr-tag[^"]*" href="([^"]*)"[^>]*>.*?\((\d+)\)</span>', re.S)
TAGS = re.compile(r"<[^>]+>")


def text_of(fragment: str) -> str:
    return " ".join(unescape(TAGS.sub("", fragment)).split())


def result_titles(html: str) -> list[str]:
    return [text_of(title) for title in RESULT_TITLE.findall(html)]


def promotion_titles(html: str) -> list[str]:
    return [text_of(title) for title in PROMOTION_TITLE.findall(html)]


def facet_counts(html: str) -> dict[str, dict[str, int]]:
    """{facet: {value: count}}; the value is read from the link, which toggles it in the query string."""
    facets = {}
    for name, section in FACET_SECTION.findall(html):
        options = {}
        for href, count in FACET_OPTION.findall(section):
            params = parse_qsl(urlsplit(unescape(href)).query)
            values = [value for key, value in params if key == name]
            options[values[-1] if values else "(selected)"] = int(count)
        facets[name] = options
    return facets


def publish(parent, page, themes=()):
    parent.add_child(instance=page)
    if themes:
        page.themes.set(themes)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


class SiteBuilder:
    """The site's sections under the home page, and small factories for the searched content."""

    def __init__(self, home, lettre_index):
        from agenda.models import EventIndexPage
        from ressources.models import PartnerIndexPage, ResourceIndexPage

        self.home = home
        self.lettres = lettre_index
        self.library = home.add_child(instance=ResourceIndexPage(title="Ressourcerie", slug="ressources"))
        self.partners = home.add_child(instance=PartnerIndexPage(title="Partenaires", slug="partenaires"))
        self.agenda = home.add_child(instance=EventIndexPage(title="Agenda", slug="agenda"))
        self.count = 0

    def slug(self, prefix):
        self.count += 1
        return f"{prefix}-{self.count}"

    def theme(self, name):
        from ressources.models import Theme

        return Theme.objects.create(name=name)

    def partner(self, title, acronym="", description=""):
        from ressources.models import PartnerPage

        page = PartnerPage(title=title, slug=self.slug("partenaire"), acronym=acronym,
                           description=description)
        return publish(self.partners, page)

    def resource(self, title, summary="Une ressource.", *, themes=(), partner=None,
                 date=datetime.date(2021, 5, 12), live=True, body=""):
        from ressources.models import ResourcePage

        page = ResourcePage(title=title, slug=self.slug("ressource"), summary=summary, body=body,
                            partner=partner, publication_date=date, external_url="https://example.org/doc")
        if live:
            return publish(self.library, page, themes)
        page.live = False
        self.library.add_child(instance=page)
        return page

    def event(self, title, summary="", *, start=None, themes=(), organiser=None):
        from agenda.models import EventPage

        start = start or timezone.make_aware(datetime.datetime(2021, 6, 3, 10))
        page = EventPage(title=title, slug=self.slug("evenement"), summary=summary, start=start,
                         end=start + datetime.timedelta(hours=2), organiser=organiser)
        return publish(self.agenda, page, themes)


def results_page(client, **params) -> str:
    """The HTML of the results page for these parameters (which must not be an error)."""
    response = client.get("/recherche/", params)
    assert response.status_code == 200
    return response.content.decode()

"""The RSS 2.0 and Atom feeds of the published issues (read with the standard library's XML parser)."""

import datetime
from xml.etree import ElementTree as etree  # the feeds are XML, not HTML

import pytest
from django.urls import resolve, reverse
from django.utils import translation
from wagtail.models import Locale, Page, Site

from lettre.feeds import LettreRssFeed

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def issues(issue_factory):
    return [
        issue_factory(
            number=1,
            issue_date=datetime.date(2020, 11, 23),
            title="Le lancement du programme",
            intro="<p>Bienvenue dans la <b>première</b> lettre.</p>",
        ),
        issue_factory(number=4, issue_date=datetime.date(2021, 5, 12), title="La lettre de mai"),
        issue_factory(number=5, issue_date=datetime.date(2021, 6, 10), title="Brouillon", publish=False),
    ]


def fetch(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    return response, etree.fromstring(response.content)


def test_rss_feed_is_valid_rss_2_with_published_issues_newest_first(client, issues):
    response, rss = fetch(client, "lettre_rss")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    items = rss.findall("channel/item")
    assert [item.findtext("title") for item in items] == [
        "#4 – La lettre de mai",
        "#1 – Le lancement du programme",
    ]
    assert [item.findtext("link") for item in items] == [
        "http://testserver/lettres/lettre-4/",
        "http://testserver/lettres/lettre-1/",
    ]
    assert items[1].findtext("description") == "Bienvenue dans la première lettre."
    assert items[1].findtext("pubDate").startswith("Mon, 23 Nov 2020")
    assert rss.findtext("channel/link").startswith("http://testserver/")


def test_atom_feed_is_valid_atom_with_absolute_links(client, issues):
    response, feed = fetch(client, "lettre_atom")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "#4 – La lettre de mai",
        "#1 – Le lancement du programme",
    ]
    links = [entry.find(f"{ATOM}link").get("href") for entry in entries]
    assert links == ["http://testserver/lettres/lettre-4/", "http://testserver/lettres/lettre-1/"]
    assert all(entry.findtext(f"{ATOM}updated") for entry in entries)
    assert all(entry.findtext(f"{ATOM}id") for entry in entries)


def test_feeds_are_announced_in_the_page_head(client, home_page):
    html = client.get("/").content.decode()
    assert 'type="application/rss+xml" title="' in html and reverse("lettre_rss") in html
    assert 'type="application/atom+xml"' in html and reverse("lettre_atom") in html


def test_empty_feed_is_still_valid(client, home_page):
    _response, rss = fetch(client, "lettre_rss")
    assert rss.findall("channel/item") == []


def test_feed_description_keeps_a_space_between_paragraphs(client, issue_factory):
    issue_factory(number=2, intro="<p>Premier paragraphe.</p><p>Second paragraphe.</p>")
    _response, rss = fetch(client, "lettre_rss")
    assert rss.findtext("channel/item/description") == "Premier paragraphe. Second paragraphe."


def test_the_english_feed_lists_english_issues_and_links_to_the_english_archive(client, issues, lettre_index):
    english = Locale.objects.get(language_code="en")  # core migration 0003
    for page in (lettre_index, issues[1]):
        page.copy_for_translation(english, copy_parents=True).save_revision().publish()
    with translation.override("en"):
        feed_url = reverse("lettre_rss")
    assert feed_url == "/en/lettres/rss.xml"
    rss = etree.fromstring(client.get(feed_url).content)
    assert rss.findtext("channel/link") == "http://testserver/en/lettres/"
    assert [item.findtext("link") for item in rss.findall("channel/item")] == [
        "http://testserver/en/lettres/lettre-4/"
    ]
    with translation.override("fr"):
        _response, rss = fetch(client, "lettre_rss")
    assert rss.findtext("channel/link") == "http://testserver/lettres/"
    assert len(rss.findall("channel/item")) == 2


def test_a_request_served_meanwhile_leaves_the_links_of_a_feed_alone(issues, home_page, rf, monkeypatch):
    """A threaded server serves two requests at once: while one feed is being written, a request for
    another site (where these issues have other addresses) must not change its links."""
    Site.objects.create(hostname="autre.example", port=80, root_page=Page.get_first_root_node())
    view = resolve(reverse("lettre_rss")).func
    served_meanwhile = []
    items = LettreRssFeed.items

    def items_while_another_request_is_served(feed):
        if feed.request.get_host() == "testserver" and not served_meanwhile:
            served_meanwhile.append(view(rf.get(reverse("lettre_rss"), HTTP_HOST="autre.example")))
        return items(feed)

    monkeypatch.setattr(LettreRssFeed, "items", items_while_another_request_is_served)
    rss = etree.fromstring(view(rf.get(reverse("lettre_rss"))).content)
    assert [item.findtext("link") for item in rss.findall("channel/item")] == [
        "http://testserver/lettres/lettre-4/",
        "http://testserver/lettres/lettre-1/",
    ]
    other = etree.fromstring(served_meanwhile[0].content)
    assert other.findtext("channel/item/link") == "http://autre.example/accueil/lettres/lettre-4/"

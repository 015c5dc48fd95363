"""The RSS 2.0 and Atom feeds of the published issues."""

import datetime

import pytest
from django.urls import reverse
from lxml import etree

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

"""The two versions of a page point at each other: hreflang links in the head, the header's
language selector, and the sitemap of both languages."""

from lxml import etree

from tests.html import page, text

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def hreflangs(client, url) -> dict[str, str]:
    soup = page(client.get(url))
    return {link["hreflang"]: link["href"] for link in soup.select("head link[rel=alternate][hreflang]")}


def selector(client, url) -> dict[str, str]:
    soup = page(client.get(url))
    return {text(link): link["href"] for link in soup.select("header .fr-translate a.fr-translate__language")}


def test_hreflang_links_are_right_on_both_sides(client, issue_factory, translate, english_home):
    issue = issue_factory(number=4)
    translate(issue, title="Newsletter #4")
    expected = {
        "fr": "http://localhost/lettres/lettre-4/",
        "en": "http://localhost/en/lettres/lettre-4/",
        "x-default": "http://localhost/lettres/lettre-4/",
    }
    assert hreflangs(client, "/lettres/lettre-4/") == expected
    assert hreflangs(client, "/en/lettres/lettre-4/") == expected


def test_no_hreflang_on_a_page_without_translation(client, issue_factory, translate, english_home):
    issue_factory(number=5)
    assert hreflangs(client, "/lettres/lettre-5/") == {}


def test_a_draft_translation_is_not_announced(client, issue_factory, translate, english_home):
    issue = issue_factory(number=4)
    translate(issue, title="Newsletter #4", publish=False)
    assert hreflangs(client, "/lettres/lettre-4/") == {}
    assert selector(client, "/lettres/lettre-4/")["EN - English"] == "/en/"


def test_the_selector_goes_to_the_translation_or_to_the_english_home(
    client, issue_factory, translate, english_home
):
    translated, french_only = issue_factory(number=4), issue_factory(number=5)
    translate(translated, title="Newsletter #4")

    assert selector(client, "/lettres/lettre-4/") == {
        "FR - Français": "/lettres/lettre-4/",
        "EN - English": "/en/lettres/lettre-4/",
    }
    assert selector(client, "/lettres/lettre-5/") == {
        "FR - Français": "/lettres/lettre-5/",
        "EN - English": "/en/",
    }
    assert selector(client, "/en/lettres/lettre-4/") == {
        "FR - Français": "/lettres/lettre-4/",
        "EN - English": "/en/lettres/lettre-4/",
    }
    soup = page(client.get("/en/lettres/lettre-4/"))
    assert soup.select_one(".fr-translate a[aria-current=true]")["hreflang"] == "en"
    assert french_only.live


def test_no_selector_while_the_site_has_one_language(client, issue_factory):
    issue_factory(number=4)
    assert page(client.get("/lettres/lettre-4/")).select(".fr-translate") == []


def test_the_sitemap_lists_both_languages_with_alternates(client, issue_factory, translate, english_home):
    issue = issue_factory(number=4)
    issue_factory(number=5)
    translate(issue, title="Newsletter #4")

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = etree.fromstring(response.content)
    entries = {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in tree.findall("s:url", NS)
    }
    assert {"http://localhost/", "http://localhost/en/", "http://localhost/lettres/lettre-5/"} <= set(entries)
    pair = {
        "fr": "http://localhost/lettres/lettre-4/",
        "en": "http://localhost/en/lettres/lettre-4/",
        "x-default": "http://localhost/lettres/lettre-4/",
    }
    assert entries["http://localhost/lettres/lettre-4/"] == pair
    assert entries["http://localhost/en/lettres/lettre-4/"] == pair
    assert entries["http://localhost/lettres/lettre-5/"] == {}


def test_a_translation_published_after_a_visit_is_announced_at_once(
    client, issue_factory, translate, english_home, django_capture_on_commit_callbacks
):
    """The versions of a page are kept between requests (core.cache.memo): a publish renews them."""
    issue = issue_factory(number=4)
    assert "en" not in hreflangs(client, "/lettres/lettre-4/")
    with django_capture_on_commit_callbacks(execute=True):
        translate(issue, title="Newsletter #4")
    assert hreflangs(client, "/lettres/lettre-4/")["en"] == "http://localhost/en/lettres/lettre-4/"
    assert "/en/lettres/lettre-4/" in selector(client, "/lettres/lettre-4/").values()

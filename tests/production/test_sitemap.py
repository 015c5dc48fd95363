"""/sitemap.xml and /robots.txt, as a search engine reads them."""

from django.utils import timezone
from lxml import etree
from wagtail.models import PageViewRestriction

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_entries(client) -> dict[str, str | None]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    tree = etree.fromstring(response.content)
    return {
        url.findtext("s:loc", namespaces=NS): url.findtext("s:lastmod", namespaces=NS)
        for url in tree.findall("s:url", NS)
    }


def test_the_sitemap_lists_the_published_issues_with_their_date(client, issue_factory, lettre_index):
    first = issue_factory(number=1, title="La lettre numéro 1")
    fourth = issue_factory(number=4, title="La lettre numéro 4")

    entries = sitemap_entries(client)

    for page in (lettre_index, first, fourth):
        assert page.full_url in entries
    # the site's time (Paris): just after 23:00 UTC the sitemap already says the next day
    published = timezone.localtime(fourth.last_published_at)
    assert entries[fourth.full_url].startswith(published.strftime("%Y-%m-%d"))


def test_the_sitemap_leaves_out_private_and_draft_pages(client, issue_factory):
    private = issue_factory(number=2, title="Réservée aux membres")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="club")
    draft = issue_factory(number=3, title="Pas encore publiée", publish=False)
    public = issue_factory(number=5, title="Publique")

    entries = sitemap_entries(client)

    assert public.full_url in entries
    assert private.full_url not in entries
    assert draft.full_url not in entries


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines

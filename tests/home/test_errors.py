"""Error pages in production-like settings: the DSFR pages, never Django's debug page."""

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error

from tests.html import parse, text


@pytest.fixture
def production_like(settings):
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["testserver", "localhost"]


@pytest.mark.parametrize(("url", "title"), [
    ("/cette-page-n-existe-pas/", "Erreur 404"),
    ("/lettres/numero-inconnu/", "Erreur 404"),
    ("/en/unknown/", "Error 404"),  # an English address gets the English page
])
def test_unknown_url_gives_the_dsfr_404_page_in_its_language(client, home_page, production_like, url, title):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    soup = parse(html)
    assert "Traceback" not in html and "technical_404" not in html and "Using the URLconf" not in html
    assert soup.select("header.fr-header") and soup.select("footer.fr-footer")
    assert len(soup.find_all("h1")) == 1
    assert title in text(soup.main)
    assert soup.select("main a.fr-btn[href='/']")


def test_draft_issue_is_a_404_for_visitors(client, issue_factory, production_like):
    issue = issue_factory(publish=False)
    response = client.get(f"/lettres/{issue.slug}/")
    assert response.status_code == 404
    assert "fr-header" in response.content.decode()


def test_server_error_page_is_self_contained_and_french(production_like):
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    soup = parse(response.content.decode())
    assert soup.html["lang"] == "fr"
    assert "Erreur 500" in text(soup)
    assert soup.select("link[rel=stylesheet][href*=dsfr]")
    assert soup.find("a", href="/")

"""Error pages in production-like settings: the DSFR pages, never Django's debug page."""

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error
from lxml import html as lxml_html


@pytest.fixture
def production_like(settings):
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["testserver", "localhost"]


@pytest.mark.parametrize("url", ["/cette-page-n-existe-pas/", "/lettres/numero-inconnu/", "/en/unknown/"])
def test_unknown_url_gives_the_dsfr_404_page(client, home_page, production_like, url):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    tree = lxml_html.fromstring(html)
    assert "Traceback" not in html and "technical_404" not in html and "Using the URLconf" not in html
    assert tree.xpath("//header[contains(@class, 'fr-header')]")
    assert tree.xpath("//footer[contains(@class, 'fr-footer')]")
    assert len(tree.xpath("//h1")) == 1
    assert "404" in tree.xpath("//main")[0].text_content()
    assert tree.xpath("//main//a[@href='/'][contains(@class, 'fr-btn')]")


def test_draft_issue_is_a_404_for_visitors(client, issue_factory, production_like):
    issue = issue_factory(publish=False)
    response = client.get(f"/lettres/{issue.slug}/")
    assert response.status_code == 404
    assert "fr-header" in response.content.decode()


def test_server_error_page_is_self_contained_and_french(production_like):
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    tree = lxml_html.fromstring(html)
    assert tree.get("lang") == "fr"
    assert "Erreur 500" in html
    assert tree.xpath("//link[@rel='stylesheet'][contains(@href, 'dsfr')]")
    assert tree.xpath("//a[@href='/']")

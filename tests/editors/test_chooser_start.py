"""The page chooser opens where the editor expects with two languages: in the tree of the page being
edited (French unless that page is English), on the pages it accepts, and not at a root listing both
home pages."""

import pytest
from django.urls import reverse

from tests import html


@pytest.fixture
def two_trees(partner_factory, english_home, translate):
    apvf = partner_factory("Association des petites villes de France", acronym="APVF")
    english_apvf = translate(apvf, title="Association of small towns of France")
    return apvf, english_apvf


def open_chooser(editor_client, **params):
    response = editor_client.get(reverse("wagtailadmin_choose_page"), params)
    assert response.status_code == 200, response.status_code
    return html.parse(response.json()["html"])


def choosable(soup) -> list[str]:
    return html.texts(soup.select("a.choose-page"))


def listed(soup) -> list[str]:
    """Every page of the chooser's table, the parent it is showing included."""
    return html.texts(soup.select("table tbody tr td:first-child"))


def test_the_partner_chooser_opens_on_the_french_partners(editor_client, two_trees):
    soup = open_chooser(editor_client, page_type="ressources.partnerpage")
    assert choosable(soup) == ["Association des petites villes de France"]


def test_the_partner_chooser_of_an_english_page_opens_on_the_english_partners(editor_client, two_trees):
    soup = open_chooser(editor_client, page_type="ressources.partnerpage", locale="en")
    assert choosable(soup) == ["Association of small towns of France"]


def test_the_link_chooser_opens_at_the_french_home_page(editor_client, two_trees, home_page, english_home):
    rows = " ".join(listed(open_chooser(editor_client)))
    assert home_page.title in rows
    assert english_home.title not in rows


def test_the_root_reads_racine_in_the_choosers_breadcrumbs(editor_client, two_trees):
    soup = open_chooser(editor_client, page_type="ressources.partnerpage")
    assert "Racine" in html.text(soup.select_one("[data-controller~=w-breadcrumbs], nav"))

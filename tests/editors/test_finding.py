"""Finding what exists before creating it again: partners by acronym and by name without accents, in the
page chooser and the admin's search, on SQLite and PostgreSQL."""

import pytest
import time_machine
from django.urls import reverse

from tests import html
from tests.factories import paris


@pytest.fixture
def partners(partner_factory):
    return [
        partner_factory("Association des petites villes de France", acronym="APVF"),
        partner_factory("Agence nationale de la cohésion des territoires", acronym="ANCT"),
        partner_factory("Établissement public foncier", acronym="EPF"),
    ]


def chooser_titles(editor_client, query, page_type="ressources.partnerpage"):
    response = editor_client.get(
        reverse("wagtailadmin_choose_page_search"), {"q": query, "page_type": page_type}
    )
    return html.texts(html.page(response).select(".title a, a.choose-page"))


def admin_search_titles(editor_client, query):
    response = editor_client.get(reverse("wagtailadmin_pages:search"), {"q": query})
    return html.texts(html.page(response).select("main table tbody .title a, main table tbody td.title"))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("APVF", "Association des petites villes de France"),
        ("apvf", "Association des petites villes de France"),
        ("cohesion", "Agence nationale de la cohésion des territoires"),
        ("etablissement", "Établissement public foncier"),
    ],
)
def test_the_partner_chooser_finds_by_acronym_and_without_accents(editor_client, partners, query, expected):
    assert any(expected in title for title in chooser_titles(editor_client, query))


@pytest.mark.parametrize("query", ["APVF", "etablissement public"])
def test_the_admin_search_finds_partners_by_acronym_and_without_accents(editor_client, partners, query):
    found = admin_search_titles(editor_client, query)
    assert found, f"nothing found for {query!r}"


@pytest.fixture
def events(event_factory):
    return [
        event_factory("Webinaire mobilités", start=paris(2021, 5, 20, 14, 0), is_online=True),
        event_factory(
            "Rencontre nationale",
            start=paris(2027, 3, 4, 9, 0),
            is_online=False,
            location="La Cité Fertile, Pantin",
        ),
        event_factory("Atelier commerce", start=paris(2026, 12, 8, 10, 0)),
        event_factory("Webinaire habitat", start=paris(2022, 1, 10, 14, 0)),
    ]


def test_the_event_chooser_shows_day_and_place_upcoming_first(editor_client, agenda, events):
    url = reverse("wagtailadmin_choose_page_child", args=[agenda.pk])
    with time_machine.travel(paris(2026, 11, 30, 15, 0), tick=False):
        response = editor_client.get(url, {"page_type": "agenda.eventpage"})
    titles = html.texts(html.parse(response.json()["html"]).select("a.choose-page"))
    assert titles == [
        "Atelier commerce — 8 décembre 2026, En ligne",
        "Rencontre nationale — 4 mars 2027, La Cité Fertile, Pantin",
        "Webinaire habitat — 10 janvier 2022, En ligne",
        "Webinaire mobilités — 20 mai 2021, En ligne",
    ]


def test_the_event_chooser_search_still_works(editor_client, agenda, events):
    titles = chooser_titles(editor_client, "webinaire", page_type="agenda.eventpage")
    assert sorted(titles) == [
        "Webinaire habitat — 10 janvier 2022, En ligne",
        "Webinaire mobilités — 20 mai 2021, En ligne",
    ]

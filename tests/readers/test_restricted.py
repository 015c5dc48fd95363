"""A page with a view restriction (login or password) behaves like a draft wherever a visitor or a
subscriber could see it: the issues that chose it (web and e-mail), listings and facets."""

import datetime
import io

import pytest
from django.core.management import call_command
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from lettre.email.render import render_issue_email
from tests.html import parse, text

from .sparse_blocks import NO_LINK


def restrict(page, kind=PageViewRestriction.PASSWORD):
    PageViewRestriction.objects.create(page=page, restriction_type=kind, password="secret")


@pytest.fixture
def restricted_world(issue_factory, event_factory, resource_factory, partner_factory):
    """An issue choosing an event, a resource and a partner, each restricted, beside public ones."""
    hidden_partner = partner_factory("Partenaire réservé")
    public_partner = partner_factory("Partenaire public")
    hidden_event = event_factory("Webinaire réservé aux membres")
    public_event = event_factory("Webinaire ouvert à tous")
    hidden_resource = resource_factory("Guide réservé", partner=public_partner)
    public_resource = resource_factory("Guide public du commerce", partner=hidden_partner)
    restrict(hidden_event)
    restrict(hidden_resource, PageViewRestriction.LOGIN)
    restrict(hidden_partner)

    def item(page):
        return {"page": page, "title": "", "date_text": "", "organisation": "", "text": "", "links": []}

    def recommendation(page):
        return {"page": page, "organisation": "", "title": "", "date_text": "", "text": "", "link": NO_LINK}

    body = [
        ("agenda", {"title": "", "items": [item(hidden_event), item(public_event)]}),
        (
            "recommandations",
            {
                "title": "",
                "groups": [
                    {
                        "heading": "Ressources",
                        "items": [recommendation(hidden_resource), recommendation(public_resource)],
                    },
                ],
            },
        ),
        (
            "article",
            {
                "kicker": "",
                "title": "Nos partenaires",
                "image": None,
                "text": "<p>Ils nous aident.</p>",
                "links": [{**NO_LINK, "page": hidden_partner}, {**NO_LINK, "page": public_partner}],
            },
        ),
    ]
    issue = issue_factory(number=7, issue_date=datetime.date(2021, 7, 1), body=body)
    return issue


HIDDEN = ("Webinaire réservé aux membres", "Guide réservé", "Partenaire réservé")
SHOWN = ("Webinaire ouvert à tous", "Guide public du commerce", "Partenaire public")


def test_an_issue_shows_neither_on_the_web_nor_by_e_mail_what_it_chose_and_is_restricted(
    client, restricted_world
):
    web = text(parse(client.get(restricted_world.url).content.decode()))
    edition = render_issue_email(restricted_world)
    for name, shown in (
        ("web", web),
        ("e-mail HTML", text(parse(edition.html))),
        ("e-mail text", edition.text),
    ):
        for title in HIDDEN:
            assert title not in shown, f"{name}: “{title}” is restricted"
        for title in SHOWN:
            assert title in shown, f"{name}: “{title}” is public and chosen"


def test_the_library_neither_lists_nor_names_restricted_pages(client, restricted_world, library):
    html = client.get(library.url).content.decode()
    assert "Guide public du commerce" in html
    for title in HIDDEN:
        assert title not in html, f"the library shows “{title}”"


def test_the_search_neither_finds_nor_names_restricted_pages(client, restricted_world):
    call_command("update_index", verbosity=0, stdout=io.StringIO())
    # Facets, the details of each result and its snippet (the indexed text: test_no_search_text_names…).
    html = text(parse(client.get("/recherche/", {"q": "guide"}).content.decode()))
    assert "Guide public du commerce" in html
    for title in HIDDEN:
        assert title not in html, f"the search shows “{title}”"


def search_results(client, words: str) -> str:
    """The text of the results of a search (titles, details and snippets), facets apart."""
    soup = parse(client.get("/recherche/", {"q": words}).content.decode())
    return " ".join(text(result) for result in soup.select(".search-result"))


def test_no_search_text_names_a_restricted_partner(client, restricted_world):
    call_command("update_index", verbosity=0, stdout=io.StringIO())
    assert "Guide public du commerce" in search_results(client, "guide commerce")
    assert "Partenaire réservé" not in search_results(client, "guide commerce")
    assert "Guide public du commerce" not in search_results(client, "partenaire réservé")


def test_restricting_a_partner_takes_its_name_out_of_the_pages_naming_it(
    client, partner_factory, resource_factory
):
    partner = partner_factory("Fondation confidentielle")
    resource_factory("Guide du patrimoine bâti", partner=partner)
    assert "Guide du patrimoine bâti" in search_results(client, "fondation confidentielle")
    restrict(partner, PageViewRestriction.LOGIN)
    assert "Guide du patrimoine bâti" not in search_results(client, "fondation confidentielle")
    assert "Guide du patrimoine bâti" in search_results(client, "patrimoine")


def test_the_ical_export_does_not_name_a_restricted_organiser(client, partner_factory, event_factory):
    organiser = partner_factory("Club confidentiel des partenaires")
    event = event_factory("Webinaire ouvert du Club", organiser=organiser)
    restrict(organiser)
    calendar = Calendar.from_ical(client.get(event.ical_url()).content)
    texts = " ".join(str(value) for value in next(iter(calendar.walk("VEVENT"))).values())
    assert "Webinaire ouvert du Club" in texts
    assert "Club confidentiel" not in texts

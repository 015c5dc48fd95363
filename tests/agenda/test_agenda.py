"""The agenda: upcoming then past events, switching by itself as time passes; iCalendar export."""

import datetime

import pytest
import time_machine
from icalendar import Calendar

from tests.factories import paris
from tests.html import card_titles_in


@pytest.fixture
def webinar(event_factory, resource_factory):
    replay = resource_factory("Replay : l'offre de services", resource_type="replay")
    return event_factory(
        "Panorama de l'offre de services",
        start=paris(2021, 5, 20, 14, 0),
        duration=datetime.timedelta(hours=1, minutes=30),
        registration_url="https://example.org/inscription",
        replay=replay,
        location="",
        is_online=True,
    )


def test_an_event_moves_from_upcoming_to_past_when_its_end_passes(client, agenda, webinar, event_factory):
    event_factory("Rencontre nationale", start=paris(2021, 9, 15, 9, 0), duration=datetime.timedelta(hours=8))

    with time_machine.travel(paris(2021, 5, 20, 10, 0), tick=False):
        html = client.get(agenda.url).content.decode()
        assert card_titles_in(html, "evenements-a-venir") == [
            "Panorama de l'offre de services",
            "Rencontre nationale",
        ]
        assert card_titles_in(html, "evenements-passes") == []
        event_html = client.get(webinar.url).content.decode()
        assert 'href="https://example.org/inscription"' in event_html
        assert "Replay : l'offre de services" not in event_html

    with time_machine.travel(paris(2021, 5, 20, 15, 0), tick=False):  # under way: still upcoming
        html = client.get(agenda.url).content.decode()
        assert "Panorama de l'offre de services" in card_titles_in(html, "evenements-a-venir")

    with time_machine.travel(paris(2021, 5, 20, 15, 31), tick=False):
        html = client.get(agenda.url).content.decode()
        assert card_titles_in(html, "evenements-a-venir") == ["Rencontre nationale"]
        assert card_titles_in(html, "evenements-passes") == ["Panorama de l'offre de services"]
        event_html = client.get(webinar.url).content.decode()
        assert "https://example.org/inscription" not in event_html
        assert f'href="{webinar.replay.url}"' in event_html


def test_event_page_shows_paris_time_place_and_organiser(
    client, event_factory, partner_factory, theme_factory
):
    cerema = partner_factory("Cerema")
    event = event_factory(
        "Atelier mobilité",
        start=datetime.datetime(2021, 7, 1, 7, 30, tzinfo=datetime.UTC),  # 9h30 in Paris (summer time)
        duration=datetime.timedelta(hours=2),
        is_online=False,
        location="La Cité Fertile, Pantin",
        organiser=cerema,
    )
    event.themes = [theme_factory("Transition écologique")]
    event.save_revision().publish()
    html = client.get(event.url).content.decode()
    assert "9\u00a0h\u00a030" in html and "11\u00a0h\u00a030" in html
    assert "La Cité Fertile, Pantin" in html
    assert f'href="{cerema.url}"' in html
    assert "Transition écologique" in html
    assert f'href="{event.url}ical/"' in html


def test_past_events_come_ten_a_page_and_a_bad_page_number_gives_the_first(client, agenda, event_factory):
    for day in range(1, 13):
        event_factory(f"Webinaire du {day:02d} mars", start=paris(2021, 3, day, 14, 0))
    with time_machine.travel(paris(2022, 1, 1, 0, 0), tick=False):
        first = card_titles_in(client.get(agenda.url).content.decode(), "evenements-passes")
        second = card_titles_in(client.get(agenda.url, {"page": "2"}).content.decode(), "evenements-passes")
        garbage = client.get(agenda.url, {"page": "abc"})
    assert first[0] == "Webinaire du 12 mars" and len(first) == 10
    assert second == ["Webinaire du 02 mars", "Webinaire du 01 mars"]
    assert garbage.status_code == 200
    assert card_titles_in(garbage.content.decode(), "evenements-passes") == first


def read_calendar(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_ical_of_one_event_has_paris_time_zone_and_right_instants(client, webinar):
    calendar = read_calendar(client.get(webinar.url + "ical/"))
    [event] = calendar.walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert event["DTEND"].params["TZID"] == "Europe/Paris"
    assert event.decoded("DTSTART") == paris(2021, 5, 20, 14, 0)
    assert event.decoded("DTSTART").astimezone(datetime.UTC) == datetime.datetime(2021, 5, 20, 12, 0,
                                                                                     tzinfo=datetime.UTC)
    assert event.decoded("DTEND").astimezone(datetime.UTC).hour == 13
    assert event.decoded("DTSTAMP").utcoffset() == datetime.timedelta(0)
    assert str(event["SUMMARY"]) == "Panorama de l'offre de services"
    assert str(event["URL"]) == webinar.full_url
    assert str(event["LOCATION"])
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]


def test_ical_uid_is_stable_and_the_agenda_export_holds_every_published_event(client, agenda, webinar,
                                                                              event_factory):
    winter = event_factory("Séminaire d'hiver", start=paris(2021, 12, 2, 9, 30), location="Paris",
                           is_online=False)
    draft = event_factory("Brouillon", start=paris(2021, 12, 3, 9, 30))
    draft.unpublish()

    single = read_calendar(client.get(webinar.url + "ical/")).walk("VEVENT")[0]
    again = read_calendar(client.get(webinar.url + "ical/")).walk("VEVENT")[0]
    assert single["UID"] == again["UID"]

    events = {str(e["SUMMARY"]): e for e in read_calendar(client.get(agenda.url + "ical/")).walk("VEVENT")}
    assert set(events) == {"Panorama de l'offre de services", "Séminaire d'hiver"}
    assert events["Panorama de l'offre de services"]["UID"] == single["UID"]
    assert events["Séminaire d'hiver"]["UID"] != single["UID"]
    winter_start = events["Séminaire d'hiver"].decoded("DTSTART")
    assert winter_start.utcoffset() == datetime.timedelta(hours=1)  # winter time
    assert winter_start.astimezone(datetime.UTC) == winter.start
    assert str(events["Séminaire d'hiver"]["LOCATION"]) == "Paris"
    assert f'href="{agenda.url}ical/"' in client.get(agenda.url).content.decode()


def test_agenda_renders_with_a_bounded_number_of_queries(
    client, agenda, event_factory, partner_factory, django_assert_max_num_queries
):
    partners = [partner_factory(name) for name in ("Avise", "RTES", "ADEME")]

    def add(count, month):
        for n in range(count):
            event_factory(start=paris(2021, month, 1 + n, 14, 0), organiser=partners[n % 3])

    add(2, 3)  # past
    add(2, 6)  # upcoming
    with time_machine.travel(paris(2021, 5, 1, 9, 0), tick=False):
        client.get(agenda.url)
        with django_assert_max_num_queries(18):
            html = client.get(agenda.url).content.decode()
        assert len(card_titles_in(html, "evenements-a-venir")) == 2

        add(9, 4)
        add(12, 7)
        with django_assert_max_num_queries(18):
            html = client.get(agenda.url).content.decode()
        assert len(card_titles_in(html, "evenements-a-venir")) == 14
        assert len(card_titles_in(html, "evenements-passes")) == 10

"""Dates and times in French typographic form, from one helper (core.dates) used by the web pages, the
e-mail and the iCal export: “1er mars 2021”, “9 h 30”, non-breaking spaces."""

import datetime

from django.utils import translation
from icalendar import Calendar

from core import dates
from tests.factories import paris
from tests.html import parse

NBSP = "\u00a0"


def test_the_first_of_the_month_is_1er_and_the_parts_hold_together():
    assert dates.day_display(datetime.date(2021, 3, 1)) == f"1er{NBSP}mars{NBSP}2021"
    assert dates.day_display(datetime.date(2021, 5, 12)) == f"12{NBSP}mai{NBSP}2021"


def test_times_read_9_h_30_and_14_h():
    assert dates.time_display(paris(2021, 3, 1, 9, 30)) == f"9{NBSP}h{NBSP}30"
    assert dates.time_display(paris(2021, 3, 1, 14, 0)) == f"14{NBSP}h"


def test_an_event_within_a_day():
    assert dates.span_display(paris(2021, 3, 1, 9, 30), paris(2021, 3, 1, 11, 0)) == (
        f"lundi 1er{NBSP}mars{NBSP}2021 de 9{NBSP}h{NBSP}30 à 11{NBSP}h"
    )


def test_english_keeps_its_own_form():
    with translation.override("en"):
        assert dates.day_display(datetime.date(2021, 3, 1)) == "1 March 2021"


def test_the_home_page_title_names_the_site_once(client, home_page):
    title = parse(client.get("/").content.decode()).title.get_text()
    assert title.count("Petites villes de demain") == 1, title


def test_the_ical_description_gives_the_date_in_french_typographic_form(client, event_factory):
    event = event_factory("Atelier du 1er mars", start=paris(2021, 3, 1, 9, 30),
                          duration=datetime.timedelta(hours=1, minutes=30))
    calendar = Calendar.from_ical(client.get(event.ical_url()).content)
    vevent = next(iter(calendar.walk("VEVENT")))
    assert str(vevent["SUMMARY"]) == "Atelier du 1er mars"
    when = f"lundi 1er{NBSP}mars{NBSP}2021 de 9{NBSP}h{NBSP}30 à 11{NBSP}h"
    assert str(vevent["DESCRIPTION"]).startswith(when)

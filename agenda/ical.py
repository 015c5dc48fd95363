"""iCalendar (.ics) export of one event or of the whole agenda.

Times are written in Paris time with ``TZID=Europe/Paris`` and the matching VTIMEZONE, so a
calendar shows the right hour whatever its own time zone; the UID stays the same across
exports (and across translations of the event) so that re-importing updates the event.
"""

import datetime
from collections.abc import Iterable
from html import unescape
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify
from icalendar import Calendar, Event

from core.dates import PARIS

PRODID = "-//ANCT//Club des Petites villes de demain//FR"


def event_uid(event) -> str:
    host = urlsplit(event.full_url or "").hostname or "petites-villes-de-demain"
    return f"event-{event.translation_key}@{host}"


def build_event(event, stamp: datetime.datetime) -> Event:
    """One EventPage as a VEVENT."""
    component = Event()
    component.add("uid", event_uid(event))
    component.add("dtstamp", stamp)
    component.add("summary", event.title)
    component.add("dtstart", timezone.localtime(event.start, PARIS))
    component.add("dtend", timezone.localtime(event.end, PARIS))
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(datetime.UTC))
    url = event.full_url
    if url:
        component.add("url", url)
    location = event.place_display
    if location:
        component.add("location", location)
    # The date as the site writes it (core.dates: “lundi 1er mars 2021 de 9 h 30 à 11 h”), then the
    # organiser while a visitor may see its page (core.visibility).
    organiser = event.shown_organiser.title if event.shown_organiser else ""
    body = unescape(strip_tags(event.body or "")).strip()
    description = "\n\n".join(
        part for part in (event.date_display, organiser, event.summary, body, url or "") if part
    )
    if description:
        component.add("description", description)
    return component


def build_calendar(events: Iterable, name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Paris")
    stamp = timezone.now().astimezone(datetime.UTC).replace(microsecond=0)
    for event in events:
        calendar.add_component(build_event(event, stamp))
    calendar.add_missing_timezones()  # the VTIMEZONE of Europe/Paris, 1970-2038
    return calendar


def calendar_response(events: Iterable, name: str, filename: str) -> HttpResponse:
    """An .ics download of EventPages."""
    body = build_calendar(events, name).to_ical()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(filename) or "agenda"}.ics"'
    return response

"""Dates and times as the site shows them, on the web, in the e-mail and in the iCal export: the one
helper for all. In French, typographic form: “1er mars 2021”, “9 h 30”, “14 h”, with non-breaking
spaces inside a date or a time so that a line never splits them; other languages keep Django's
format of the language (“1 March 2021”). Times in Paris time, whatever the server's zone."""

import datetime
import zoneinfo

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
NBSP = "\u00a0"


def _french() -> bool:
    return (get_language() or "fr").split("-")[0] == "fr"


def _day_number(day: datetime.date) -> str:
    return "1er" if day.day == 1 else str(day.day)


def day_display(day: datetime.date | None) -> str:
    """“12 mai 2021”, “1er mars 2021”, or "" without a date."""
    if not day:
        return ""
    if _french():
        return NBSP.join((_day_number(day), date_format(day, "F"), date_format(day, "Y")))
    return date_format(day, "j F Y")


def weekday_display(day: datetime.date) -> str:
    """“lundi 1er mars 2021”."""
    if _french():
        return f"{date_format(day, 'l')} {day_display(day)}"
    return date_format(day, "l j F Y")


def time_display(moment: datetime.datetime) -> str:
    """“9 h 30”, “14 h” in French (Paris time); “9:30” elsewhere."""
    moment = timezone.localtime(moment, PARIS) if timezone.is_aware(moment) else moment
    if _french():
        return f"{moment.hour}{NBSP}h{NBSP}{moment.minute:02d}" if moment.minute else f"{moment.hour}{NBSP}h"
    return date_format(moment, "G:i")


def span_display(start: datetime.datetime, end: datetime.datetime) -> str:
    """“lundi 1er mars 2021 de 9 h 30 à 11 h” within a day, else “du 2 décembre 2021 au 3 décembre 2021”."""
    start, end = timezone.localtime(start, PARIS), timezone.localtime(end, PARIS)
    if start.date() == end.date():
        return _("%(day)s from %(start)s to %(end)s") % {
            "day": weekday_display(start.date()),
            "start": time_display(start),
            "end": time_display(end),
        }
    return _("from %(start)s to %(end)s") % {"start": day_display(start), "end": day_display(end)}

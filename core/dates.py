"""Dates as the site shows them (“12 mai 2021”, “jeudi 20 mai 2021 de 14h00 à 15h30”), in the
active language; times in Paris time, whatever the server's zone."""

import datetime
import zoneinfo

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def day_display(day: datetime.date | None) -> str:
    """“12 mai 2021”, or "" without a date."""
    return date_format(day, "j F Y") if day else ""


def span_display(start: datetime.datetime, end: datetime.datetime) -> str:
    """“jeudi 20 mai 2021 de 14h00 à 15h30” within a day, else “du 2 au 3 décembre 2021”-like."""
    start, end = timezone.localtime(start, PARIS), timezone.localtime(end, PARIS)
    if start.date() == end.date():
        return _("%(day)s from %(start)s to %(end)s") % {
            "day": date_format(start, "l j F Y"),
            "start": date_format(start, "H\\hi"),
            "end": date_format(end, "H\\hi"),
        }
    return _("from %(start)s to %(end)s") % {"start": day_display(start), "end": day_display(end)}

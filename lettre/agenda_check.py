"""A non-blocking warning for the editor: events chosen in an issue's agenda that do not fall in the
issue's month (from the first day of its month to the same day of the following month), such as a
May 2021 event in a December 2026 agenda. The issue is saved all the same: a look back at past events
is allowed."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from core.dates import PARIS, day_display

from .preparation import same_day_next_month


def issue_window(issue_date: datetime.date) -> tuple[datetime.date, datetime.date]:
    return issue_date.replace(day=1), same_day_next_month(issue_date)


def events_outside_month(issue) -> list:
    """The chosen events of the issue's agenda blocks starting outside its window, in order of the page."""
    if not issue.issue_date:
        return []
    first, end = issue_window(issue.issue_date)
    outside = []
    for block in issue.body:
        if block.block_type != "agenda":
            continue
        for item in block.value["items"]:
            event = item.get("page")
            event = event.specific if event is not None else None
            start = getattr(event, "start", None)
            if start and not first <= timezone.localtime(start, PARIS).date() < end:
                outside.append(event)
    return outside


def agenda_warning(issue) -> str | None:
    outside = events_outside_month(issue)
    if not outside:
        return None
    first, end = issue_window(issue.issue_date)
    events = "; ".join(
        _("“%(title)s” (%(day)s)")
        % {"title": event.title, "day": day_display(timezone.localtime(event.start, PARIS))}
        for event in outside
    )
    return _(
        "Saved, but check the agenda: these events are not between %(first)s and %(end)s, the month of the "
        "issue: %(events)s."
    ) % {"first": day_display(first), "end": day_display(end - datetime.timedelta(days=1)), "events": events}

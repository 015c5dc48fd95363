"""“Prepare the next issue”: the draft of issue N+1, numbered, dated and pre-filled.

The next issue gets the number after the highest one of the archive, the first weekday of the month
after the later of today and the last issue's date, the slug `lettre-N-mois-annee`, the section headings
(“rubriques”) of the last published issue as empty sections, an agenda block with the published events
from its date to the same day of the following month, and a recommendations block with the resources
published since the last issue's date. The editor removes what is not wanted.
"""

import calendar
import datetime
from dataclasses import dataclass

from django.db import models, transaction
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from agenda.models import EventPage
from core.dates import PARIS
from ressources.models import ResourcePage

from .models import LettreIndexPage, LettrePage

WEEKEND = (calendar.SATURDAY, calendar.SUNDAY)


def first_weekday_of_next_month(day: datetime.date) -> datetime.date:
    """The first Monday-to-Friday day of the month after `day`'s month."""
    first = (day.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    while first.weekday() in WEEKEND:
        first += datetime.timedelta(days=1)
    return first


def same_day_next_month(day: datetime.date) -> datetime.date:
    """The same day of the following month (the month's last day when it is shorter)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def issue_slug(number: int, issue_date: datetime.date, language: str = "fr") -> str:
    """`lettre-5-decembre-2026`: the issues' slugs since the first one, plain ASCII for e-mail links."""
    with translation.override(language):
        month = date_format(issue_date, "F")
    return slugify(f"lettre-{number}-{month}-{issue_date.year}")


def issue_title(number: int, issue_date: datetime.date) -> str:
    return _("Newsletter #%(number)s – %(month)s") % {
        "number": number,
        "month": date_format(issue_date, "F Y"),
    }


def issues_of(index: LettreIndexPage):
    return LettrePage.objects.child_of(index)


def next_number(index: LettreIndexPage) -> int:
    highest = issues_of(index).aggregate(highest=models.Max("number"))["highest"]
    return (highest or 0) + 1


def last_published_issue(index: LettreIndexPage) -> LettrePage | None:
    return issues_of(index).live().order_by("-issue_date", "-number").first()


def proposed_date(index: LettreIndexPage, today: datetime.date | None = None) -> datetime.date:
    today = today or timezone.localdate()
    latest = issues_of(index).aggregate(latest=models.Max("issue_date"))["latest"]
    return first_weekday_of_next_month(max(today, latest) if latest else today)


def unfinished_drafts(index: LettreIndexPage):
    """Issues created but never published: the editor may rather continue one of them."""
    return issues_of(index).filter(first_published_at__isnull=True).order_by("-number")


def events_in_window(index: LettreIndexPage, issue_date: datetime.date):
    """Published events starting from the issue's date to the same day of the following month (excluded)."""
    start = datetime.datetime.combine(issue_date, datetime.time.min, tzinfo=PARIS)
    end = datetime.datetime.combine(same_day_next_month(issue_date), datetime.time.min, tzinfo=PARIS)
    return (
        EventPage.objects.live()
        .filter(locale_id=index.locale_id, start__gte=start, start__lt=end)
        .order_by("start", "pk")
    )


def chosen_page_ids(issue: LettrePage | None) -> set[int]:
    """The pages the agenda and recommendation items of `issue` choose."""
    ids = set()
    for block in issue.body if issue else []:
        if block.block_type == "agenda":
            ids.update(item["page"].pk for item in block.value["items"] if item["page"])
        elif block.block_type == "recommandations":
            ids.update(
                item["page"].pk for group in block.value["groups"] for item in group["items"] if item["page"]
            )
    return ids


def resources_since(index: LettreIndexPage, last: LettrePage | None, issue_date: datetime.date):
    """Published resources dated from the last issue's date up to the new issue's date, except those the
    last issue already recommended; all of them up to that date when there is no published issue yet."""
    resources = ResourcePage.objects.live().filter(
        locale_id=index.locale_id, publication_date__lte=issue_date
    )
    if last is not None:
        resources = resources.filter(publication_date__gte=last.issue_date).exclude(
            pk__in=chosen_page_ids(last)
        )
    return resources.order_by("publication_date", "pk")


@dataclass(frozen=True)
class Preparation:
    """What the next issue will be, before it is created (the confirmation page shows it)."""

    index: LettreIndexPage
    number: int
    issue_date: datetime.date
    last: LettrePage | None

    @classmethod
    def propose(cls, index: LettreIndexPage, issue_date: datetime.date | None = None, today=None):
        return cls(
            index, next_number(index), issue_date or proposed_date(index, today), last_published_issue(index)
        )

    @property
    def slug(self) -> str:
        return issue_slug(self.number, self.issue_date, self.index.locale.language_code)

    @property
    def title(self) -> str:
        return issue_title(self.number, self.issue_date)

    @property
    def events(self) -> list[EventPage]:
        return list(events_in_window(self.index, self.issue_date))

    @property
    def resources(self) -> list[ResourcePage]:
        return list(resources_since(self.index, self.last, self.issue_date))

    @property
    def section_titles(self) -> list[str]:
        return (
            [block.value["title"] for block in self.last.body if block.block_type == "rubrique"]
            if self.last
            else []
        )

    def agenda_block(self) -> dict | None:
        events = self.events
        if not events:
            return None
        return {"type": "agenda", "value": {"title": "", "items": [{"page": event.pk} for event in events]}}

    def recommendations_block(self) -> dict | None:
        resources = self.resources
        if not resources:
            return None
        group = {"heading": _("Resources"), "items": [{"page": resource.pk} for resource in resources]}
        return {"type": "recommandations", "value": {"title": "", "groups": [group]}}

    def body(self) -> list[dict]:
        """The last issue's section headings, in order; the agenda and the recommendations under the
        heading that held them in the last issue, else at the end."""
        body, pending = [], {"agenda": self.agenda_block(), "recommandations": self.recommendations_block()}
        heading = None
        for block in self.last.body if self.last else []:
            if block.block_type == "rubrique":
                heading = {
                    "type": "rubrique",
                    "value": {"title": block.value["title"], "anchor": block.value["anchor"]},
                }
                body.append(heading)
            elif pending.get(block.block_type):
                body.append(pending.pop(block.block_type))
        body.extend(block for block in pending.values() if block)
        return body

    def build(self) -> LettrePage:
        """The new issue, not saved."""
        stream_block = LettrePage._meta.get_field("body").stream_block
        return LettrePage(
            title=self.title,
            draft_title=self.title,
            slug=self.slug,
            number=self.number,
            issue_date=self.issue_date,
            locale_id=self.index.locale_id,
            body=stream_block.to_python(self.body()),
            live=False,
        )

    @transaction.atomic
    def create(self, user=None) -> LettrePage:
        """Save the new issue as a draft under the archive, with its first revision in its history."""
        issue = self.build()
        issue.owner = user
        self.index.add_child(instance=issue)
        log(instance=issue, action="wagtail.create", user=user)
        issue.save_revision(user=user, log_action=False)
        return issue


def next_issue_values(index: LettreIndexPage, today=None) -> dict:
    """The number, date and slug a new issue of `index` gets (a new form, a copy), never an existing one's."""
    preparation = Preparation.propose(index, today=today)
    return {"number": preparation.number, "issue_date": preparation.issue_date, "slug": preparation.slug}

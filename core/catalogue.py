"""The French catalogue is complete: nothing ``makemessages`` would add is left untranslated, and
no entry of ``locale/<language>/LC_MESSAGES/django.po`` is empty or fuzzy.

``check_catalogue(root)`` runs ``makemessages`` (the options of ``make messages``) on a copy of the
project's translatable files and of its catalogue, never on the project itself, and returns the
entries a French reader would see in English. ``manage.py check_catalogue`` (run by CI) fails on any.
"""

import contextlib
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import polib
from django.core.management import call_command
from django.test.utils import override_settings

EXTENSIONS = ("html", "txt", "py", "mjml")
SKIPPED_DIRECTORIES = {".venv", "node_modules", "tests", ".git", "media", "static", "test-artifacts"}


@dataclass
class CatalogueReport:
    untranslated: list[str] = field(default_factory=list)
    fuzzy: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.untranslated and not self.fuzzy

    def lines(self) -> list[str]:
        return [f"untranslated: {msgid!r}" for msgid in self.untranslated] + [
            f"fuzzy: {msgid!r}" for msgid in self.fuzzy
        ]


def report_of(po: polib.POFile) -> CatalogueReport:
    report = CatalogueReport()
    for entry in po:
        if entry.obsolete or not entry.msgid:
            continue
        translated = all(entry.msgstr_plural.values()) if entry.msgid_plural else bool(entry.msgstr)
        if "fuzzy" in entry.flags:
            report.fuzzy.append(entry.msgid)
        elif not translated:
            report.untranslated.append(entry.msgid)
    return report


def copy_translatable_files(root: Path, target: Path, language: str) -> Path:
    """The files ``makemessages`` reads, and the catalogue, copied under ``target``."""

    def ignored(directory, names):
        keep = set()
        for name in names:
            path = Path(directory) / name
            if path.is_dir():
                if name not in SKIPPED_DIRECTORIES:
                    keep.add(name)
            elif path.suffix.lstrip(".") in EXTENSIONS or path.name == "django.po":
                keep.add(name)
        return set(names) - keep

    shutil.copytree(root, target, ignore=ignored)
    catalogue = target / "locale" / language / "LC_MESSAGES"
    catalogue.mkdir(parents=True, exist_ok=True)
    for other in (target / "locale").iterdir():
        if other.is_dir() and other.name not in (language, "translations"):
            shutil.rmtree(other)
    return catalogue / "django.po"


def check_catalogue(root: Path, language: str = "fr") -> CatalogueReport:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "project"
        po_path = copy_translatable_files(Path(root), copy, language)
        with contextlib.chdir(copy), override_settings(LOCALE_PATHS=[copy / "locale"]):
            call_command(
                "makemessages",
                locale=[language],
                extensions=list(EXTENSIONS),
                verbosity=0,
                ignore_patterns=[f"{name}/*" for name in sorted(SKIPPED_DIRECTORIES)],
            )
        return report_of(polib.pofile(str(po_path)))

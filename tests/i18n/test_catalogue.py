"""The catalogue check run by CI: it fails on a string makemessages would add untranslated, on an
empty entry and on a fuzzy one; the project's own catalogue passes it."""

import textwrap

import polib
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from core.catalogue import check_catalogue


def write_project(root, code: str, entries: dict[str, str], fuzzy=()):
    (root / "app").mkdir()
    (root / "app" / "views.py").write_text(textwrap.dedent(code), encoding="utf-8")
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "fr"}
    for msgid, msgstr in entries.items():
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr, flags=["fuzzy"] if msgid in fuzzy else []))
    (root / "locale" / "fr" / "LC_MESSAGES").mkdir(parents=True)
    po.save(str(root / "locale" / "fr" / "LC_MESSAGES" / "django.po"))


CODE = """
from django.utils.translation import gettext as _

GREETING = _("Hello")
"""


def test_a_translated_project_passes(tmp_path):
    write_project(tmp_path, CODE, {"Hello": "Bonjour"})
    report = check_catalogue(tmp_path)
    assert report.complete, report.lines()


def test_a_deliberately_untranslated_string_fails(tmp_path):
    write_project(tmp_path, CODE + '\nFAREWELL = _("Deliberately untranslated")\n', {"Hello": "Bonjour"})
    report = check_catalogue(tmp_path)
    assert report.untranslated == ["Deliberately untranslated"]
    assert not report.complete
    po = polib.pofile(str(tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.po"))
    assert [entry.msgid for entry in po] == ["Hello"]  # the project's catalogue is left as it was


def test_an_empty_or_fuzzy_entry_fails(tmp_path):
    code = CODE + '\nFAREWELL = _("Goodbye")\nLATER = _("See you")\n'
    write_project(tmp_path, code, {"Hello": "Bonjour", "Goodbye": "", "See you": "À plus"}, fuzzy=["See you"])
    report = check_catalogue(tmp_path)
    assert report.untranslated == ["Goodbye"]
    assert report.fuzzy == ["See you"]


def test_the_command_fails_with_the_untranslated_strings(tmp_path, settings, capsys):
    write_project(tmp_path, CODE + '\nFAREWELL = _("Deliberately untranslated")\n', {"Hello": "Bonjour"})
    settings.BASE_DIR = tmp_path
    with pytest.raises(CommandError, match="catalogue fr est incomplet : 1 entrées"):
        call_command("check_catalogue")
    assert "untranslated: 'Deliberately untranslated'" in capsys.readouterr().err


def test_the_project_catalogue_is_complete():
    report = check_catalogue(settings.BASE_DIR)
    assert report.complete, "\n".join(report.lines())

"""The import of member communes from the Club's CSV file: a clear report, and nothing half-imported."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command

from communes.membership_import import import_members
from communes.models import Membership


def members() -> dict[str, Membership]:
    return {m.commune_id: m for m in Membership.objects.all()}


def test_a_good_file_adds_members_with_their_date_and_project_lead(reference):
    content = (
        b"code_insee,date_adhesion,chef_de_projet,contact,public\n"
        b"76057,2020-12-11,Marie Martin,marie.martin@example.org,oui\n"
        b"22203,11/12/2020,Paul Durand,02 96 00 00 00,non\n"
        b"69248,,,,\n"
    )

    report = import_members(content)

    assert not report.rejected and (report.created, report.updated) == (3, 0)
    found = members()
    assert found["76057"].joined_on == datetime.date(2020, 12, 11)
    assert found["76057"].public_lead == {"name": "Marie Martin", "contact": "marie.martin@example.org",
                                          "is_email": True}
    assert found["22203"].joined_on == datetime.date(2020, 12, 11)
    assert found["22203"].lead_name == "Paul Durand" and found["22203"].public_lead is None
    assert found["69248"].joined_on is None


def test_unknown_codes_are_reported_and_skipped_the_others_imported(reference):
    report = import_members(b"code_insee\n76057\n99999\n22203\n")

    assert report.unknown == ["ligne 3 : 99999 n'est pas dans le référentiel des communes"]
    assert set(members()) == {"76057", "22203"}


def test_duplicates_are_reported_and_the_first_line_kept(reference):
    report = import_members(b"code_insee,chef_de_projet\n76057,Premier\n22203,\n76057,Second\n")

    assert report.duplicates == ["ligne 4 : 76057 figure déjà ligne 2"]
    assert members()["76057"].lead_name == "Premier"


def test_a_commune_merged_since_is_imported_as_the_commune_it_belongs_to(reference):
    report = import_members(b"code_insee\n22080\n")

    assert report.merged == [
        "ligne 2 : 22080 L'Hermitage-Lorge a fusionné dans Plœuc-L'Hermitage (22203) : importée sous ce code"
    ]
    assert set(members()) == {"22203"}


def test_the_old_and_the_new_code_of_a_merged_commune_are_a_duplicate(reference):
    report = import_members(b"code_insee\n22203\n22080\n")

    assert report.duplicates == ["ligne 3 : 22203 figure déjà ligne 2"]
    assert set(members()) == {"22203"}


@pytest.mark.parametrize(("content", "message"), [
    (b"insee;nom\n76057;Barentin\n", "l'en-tête doit nommer les colonnes"),
    (b"76057\n22203\n", "l'en-tête doit nommer les colonnes"),
    ("code_insee,chef_de_projet\n76057,Hélène\n".encode("latin-1"),
     "n'est pas encodé en UTF-8 (caractère invalide ligne 2)"),
    (b"code_insee,public\n76057,oui\n22203,oui,en trop\n", "Ligne 3 : 3 colonnes au lieu de 2."),
    (b"code_insee\n76057\nBarentin\n", "Ligne 3 : « Barentin » n'est pas un code INSEE"),
    (b"code_insee,date_adhesion\n76057,31/02/2021\n", "Ligne 2 : « 31/02/2021 » n'est pas une date"),
    (b"code_insee,public\n76057,peut-etre\n", "écrivez oui ou non"),
    (b"", "Le fichier est vide"),
    (b"code_insee\n", "aucune commune"),
])
def test_a_bad_file_is_rejected_with_a_clear_reason_and_changes_nothing(make_members, content, message):
    make_members("76057", lead_name="Avant")

    report = import_members(content, replace=True)

    assert report.rejected and not report.applied
    assert any(message in error for error in report.errors), report.errors
    assert "rien n'a été modifié" in report.summary()
    assert {code: m.lead_name for code, m in members().items()} == {"76057": "Avant"}


def test_semicolons_a_byte_order_mark_and_a_lost_leading_zero_are_accepted(reference):
    content = "\ufeffcode_insee;public\n5050;oui\n05017;non\n".encode()

    report = import_members(content)

    assert not report.rejected
    assert set(members()) == {"05050", "05017"}


def test_replace_removes_the_members_absent_from_the_file(make_members):
    make_members("76057", "22203")

    report = import_members(b"code_insee\n22203\n69248\n", replace=True)

    assert (report.created, report.unchanged, report.removed) == (1, 1, 1)
    assert set(members()) == {"22203", "69248"}


def test_a_dry_run_reports_what_would_change_and_changes_nothing(make_members):
    make_members("76057")

    report = import_members(b"code_insee\n22203\n", replace=True, dry_run=True)

    assert (report.created, report.removed) == (1, 1)
    assert "rien n'a été modifié" in report.summary()
    assert set(members()) == {"76057"}


def test_the_command_prints_the_report_and_fails_on_a_bad_file(reference, tmp_path):
    good, bad = tmp_path / "membres.csv", tmp_path / "mauvais.csv"
    good.write_text("code_insee\n76057\n99999\n", encoding="utf-8")
    bad.write_text("commune\nBarentin\n", encoding="utf-8")
    out = io.StringIO()

    call_command("import_members", str(good), stdout=out)
    assert "Communes membres ajoutées : 1" in out.getvalue()
    assert "99999 n'est pas dans le référentiel" in out.getvalue()
    with pytest.raises(CommandError, match="Rien n'a été importé"):
        call_command("import_members", str(bad), stdout=io.StringIO())
    assert set(members()) == {"76057"}

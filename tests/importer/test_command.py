"""manage.py import_lettre: the same import from the command line, with --number and --dry-run."""

import io

import pytest
from django.core.management import CommandError, call_command

from lettre.models import LettrePage
from tests.seeds import SEED_FILES, SEEDS

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = io.StringIO()
    call_command("import_lettre", *args, stdout=out)
    return out.getvalue()


def test_a_dry_run_prints_the_report_and_creates_nothing(lettre_index):
    output = run(str(SEEDS / SEED_FILES[4]), "--dry-run")
    assert "Lettre n°4 du 12 mai 2021" in " ".join(output.split(" ")).replace("\u00a0", " ")
    assert any(
        line.startswith("- LE POINT DE VUE DU MAIRE") and "Interview × 1" in line
        for line in output.splitlines()
    )
    assert "Essai : rien n'a été créé." in output
    assert not LettrePage.objects.exists()


def test_the_command_saves_a_draft_under_another_number(lettre_index):
    output = run(str(SEEDS / SEED_FILES[1]), "--number", "21", "--date", "2021-01-15")
    page = LettrePage.objects.get(number=21)
    assert (str(page.issue_date), page.live) == ("2021-01-15", False)
    assert f"(page {page.pk}), non publié." in output


def test_a_refused_file_is_a_command_error_in_french(lettre_index, tmp_path):
    empty = tmp_path / "vide.html"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match="Le fichier est vide."):
        run(str(empty))
    no_masthead = tmp_path / "sans-en-tete.md"
    no_masthead.write_text("## Actualités\n\nUne phrase.\n", encoding="utf-8")
    with pytest.raises(CommandError, match="indiquez le numéro et la date"):
        run(str(no_masthead))

"""« Textes du site »: the contact label, default credits and data notice of an issue in its language,
translated like a page; the values the site settings held before are kept by the migration."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.models import SiteTexts
from tests.html import page, text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def texts(home_page, english):
    french = SiteTexts.objects.create(
        locale=home_page.locale,
        contact_label="Contacter la direction de programme :",
        gdpr_notice="<p>Vos données sont traitées par l'ANCT.</p>",
        default_credits=[("credit", {"role": "Rédaction", "names": "Chloé Carpentier"})],
    )
    english_texts = french.copy_for_translation(english)
    english_texts.contact_label = "Contact the programme team:"
    english_texts.gdpr_notice = "<p>Your data is processed by ANCT.</p>"
    english_texts.default_credits = [("credit", {"role": "Writing", "names": "Chloé Carpentier"})]
    english_texts.save()
    return french, english_texts


def test_each_issue_shows_the_site_texts_of_its_language(
    client, issue_factory, translate, english_home, texts
):
    issue = issue_factory(number=4)
    translate(issue, title="Newsletter #4")

    french = text(page(client.get(issue.url)).select_one(".pvd-issue__footer"))
    english = text(page(client.get(f"/en{issue.url}")).select_one(".pvd-issue__footer"))
    assert "Contacter la direction de programme" in french and "Vos données sont traitées" in french
    assert "Rédaction : Chloé Carpentier" in french
    assert "Contact the programme team:" in english and "Your data is processed by ANCT." in english
    assert "Writing : Chloé Carpentier" in english
    assert "Contacter" not in english and "Vos données" not in english


def test_an_untranslated_language_falls_back_to_the_french_texts(home_page, english, texts):
    french, english_texts = texts
    english_texts.delete()
    assert SiteTexts.for_locale(english) == french
    assert SiteTexts.for_locale(home_page.locale) == french


def test_the_snippet_is_in_the_admin_with_its_french_name(editor_client, texts):
    response = editor_client.get("/admin/snippets/core/sitetexts/")
    assert response.status_code == 200
    assert "Textes du site" in response.content.decode()


def test_the_migration_moves_the_settings_texts_into_the_french_site_texts(throwaway_database_url, tmp_path):
    environment = {**os.environ, "DATABASE_URL": throwaway_database_url, "TEST_MEDIA_ROOT": str(tmp_path),
                   "DJANGO_SETTINGS_MODULE": "pvd_site.settings.test"}
    process = subprocess.run([sys.executable, "-m", "tests.i18n.site_texts_move"], cwd=ROOT, env=environment,
                             capture_output=True, text=True, timeout=600)
    assert process.returncode == 0, process.stderr
    assert json.loads(process.stdout.strip().splitlines()[-1]) == {
        "language": "fr",
        "contact_label": "Écrire à l'équipe :",
        "gdpr_notice": "<p>Avis.</p>",
        "credits": [["Rédaction", "C. C."]],
    }

"""An editor imports issue #1's e-mail (as the project renders it) as issue #2 from the admin, reads the
report, opens the draft and previews it. Screenshots of the three steps go to test-artifacts/."""

import re

import pytest
from playwright.sync_api import expect

from lettre.email.render import render_issue_email
from lettre.models import LettreIndexPage, LettrePage

from .a11y import ARTIFACTS_DIR
from .test_editor_journey import log_in

EDITOR = {"username": "redaction", "password": "un-mot-de-passe-solide"}


@pytest.fixture
def email_of_issue_1(demo_site, tmp_path, django_user_model):
    django_user_model.objects.create_superuser(email="redaction@anct.gouv.fr", **EDITOR)
    path = tmp_path / "lettre-1.html"
    path.write_text(render_issue_email(LettrePage.objects.get(number=1)).as_sample().html, encoding="utf-8")
    return path


def screenshot(page, name: str) -> None:
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS_DIR / f"importer-{name}.png"), full_page=True)


def test_an_editor_imports_issue_1_email_as_issue_2_reads_the_report_and_previews_the_draft(
    page, email_of_issue_1
):
    log_in(page, **EDITOR)
    archive = LettreIndexPage.objects.get(locale__language_code="fr")
    page.goto(f"/admin/pages/{archive.pk}/")
    page.get_by_role("button", name="Actions").click()
    page.get_by_role("link", name="Importer une lettre").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Importer une lettre")
    page.get_by_label("Fichier de la lettre").set_input_files(email_of_issue_1)
    page.get_by_label("Numéro").fill("2")
    screenshot(page, "1-upload")
    page.get_by_role("button", name="Lire le fichier et afficher le rapport").click()

    expect(page.get_by_role("heading", name="Lettre n°2 du 23 novembre 2020")).to_be_visible()
    sections = page.locator("table.listing tbody")
    expect(sections.get_by_role("row", name=re.compile("^3 questions à"))).to_contain_text("Interview × 1")
    expect(page.get_by_role("heading", name=re.compile("^Laissé de côté"))).to_be_visible()
    assert not LettrePage.objects.filter(number=2).exists()  # nothing before the confirmation
    screenshot(page, "2-report")
    page.get_by_role("button", name="Créer le brouillon").click()

    draft = LettrePage.objects.get(number=2)
    expect(page).to_have_url(re.compile(rf"/admin/pages/{draft.pk}/edit/$"))
    expect(page.get_by_text("Lettre n°2 importée en brouillon")).to_be_visible()
    assert draft.live is False
    # Issue #1 of the demo already has this date and two issues never share one (#14): the editor
    # dates the new draft before previewing it.
    page.locator('[name="issue_date"]').fill("2020-12-01")
    page.locator('[data-side-panel-toggle="preview"]').click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text(
        "Bienvenue dans le programme Petites villes de demain"
    )
    expect(preview.locator("main")).to_contain_text("Quelle ambition portez-vous pour le programme")
    # The seed's section « 3 questions à », then the interview headed by the name alone (said once, #13).
    expect(preview.locator("main")).to_contain_text("3 questions à")
    expect(preview.get_by_role("heading", name="Jacqueline Gourault")).to_be_visible()
    screenshot(page, "3-preview")

"""The communication team writes an issue in the real Wagtail admin, without developer help."""

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect

EDITOR = {"username": "redaction", "password": "un-mot-de-passe-solide"}


@pytest.fixture
def editor(django_user_model, django_db_serialized_rollback):
    return django_user_model.objects.create_superuser(email="redaction@anct.gouv.fr", **EDITOR)


def block_label(block_class) -> str:
    """The name the admin shows for a block, in the editor's language (French)."""
    with translation.override("fr"):
        return str(block_class().meta.label)


def log_in(page, username: str, password: str) -> None:
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def fill_question(page, index: int, question: str, answer: str) -> None:
    page.locator(f'[name="body-0-value-questions-{index}-value-question"]').fill(question)
    item = page.locator('[data-contentpath="questions"] [data-streamfield-child]').nth(index)
    editor = item.locator("[contenteditable=true][role=textbox]")
    editor.click()
    page.keyboard.type(answer)
    # Draftail copies its content into the form field a moment after typing: wait for it.
    expect(page.locator(f'[name="body-0-value-questions-{index}-value-answer"]')).to_have_value(
        re.compile(re.escape(answer))
    )


def test_editor_writes_an_interview_saves_a_draft_publishes_and_finds_it_in_the_archive(
    page, editor, lettre_index
):
    from lettre.blocks import InterviewBlock
    from lettre.models import LettrePage

    log_in(page, **EDITOR)

    # The archive in the page explorer, then "add a child page": the only type allowed is an issue.
    page.goto(f"/admin/pages/{lettre_index.pk}/")
    page.locator(f'a[href="/admin/pages/{lettre_index.pk}/add_subpage/"]').first.click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/add/lettre/lettrepage/{lettre_index.pk}/$"))

    page.locator("#id_title").fill("Lettre d'essai du navigateur")
    page.locator("#id_number").fill("42")
    page.locator("#id_issue_date").fill("2026-11-23")
    page.locator("#id_issue_date").press("Escape")

    # An interview block with two questions.
    page.locator('[data-contentpath="body"] button.c-sf-add-button').first.click()
    page.get_by_role("option", name=block_label(InterviewBlock), exact=True).click()
    page.locator('[name="body-0-value-person-name"]').fill("Martin Sotton")
    page.locator('[name="body-0-value-person-role"]').fill("Maire de Fréjus")
    fill_question(page, 0, "Quelle ambition portez-vous pour votre centre-ville ?", "Le faire revivre.")
    page.locator('[data-contentpath="questions"] [data-streamfield-list-add]').last.click()
    fill_question(page, 1, "Que vous apporte le Club ?", "Des échanges entre pairs.")

    # Save a draft: the issue exists, unpublished, and nothing shows on the site yet.
    actions = page.locator("footer nav.actions--primary")
    actions.locator("button.action-save").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect(page.locator(".messages .success")).to_be_visible()
    issue = LettrePage.objects.get(number=42)
    assert not issue.live
    assert issue.get_latest_revision().content["title"] == "Lettre d'essai du navigateur"

    # Publish from the actions menu.
    actions.locator(".w-dropdown__toggle").click()
    actions.locator('button[name="action-publish"]').click()
    expect(page.locator(".messages .success")).to_be_visible()
    issue.refresh_from_db()
    assert issue.live

    # A visitor sees it in the archive and reads both answers.
    page.goto(lettre_index.url)
    link = page.get_by_role("link", name=re.compile("Lettre d'essai du navigateur"))
    expect(link.first).to_be_visible()
    link.first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Lettre d'essai du navigateur")
    main = page.locator("main")
    expect(main).to_contain_text("Martin Sotton")
    expect(main).to_contain_text("Quelle ambition portez-vous pour votre centre-ville ?")
    expect(main).to_contain_text("Des échanges entre pairs.")

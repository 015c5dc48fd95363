"""The communication team writes an issue in the real Wagtail admin, without developer help."""

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect

from .texts import fr

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


def publish(page) -> None:
    """“Publish”, from the menu of the save button at the foot of the edit form."""
    actions = page.locator("footer nav.actions--primary")
    actions.locator(".w-dropdown__toggle").click()
    actions.locator('button[name="action-publish"]').click()
    expect(page.locator(".messages .success")).to_be_visible()


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


def test_editor_writes_an_interview_previews_it_publishes_it_and_finds_it_on_the_site(
    page, context, editor, lettre_index
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
    visitor = context.new_page()
    visitor.goto(lettre_index.url)
    expect(visitor.get_by_role("link", name=re.compile("Lettre d'essai du navigateur"))).to_have_count(0)

    # The preview panel shows the web page, then the e-mail.
    page.locator('[data-side-panel-toggle="preview"]').click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text("Lettre d'essai du navigateur")
    expect(preview.locator("body")).to_contain_text("Que vous apporte le Club ?")
    page.locator("#id_preview_mode").select_option("email")
    expect(page.locator("#w-preview-iframe")).to_have_attribute("src", re.compile(r"mode=email(&|$)"))
    expect(preview.locator("body")).to_contain_text("Des échanges entre pairs.")
    expect(preview.locator("header.fr-header")).to_have_count(0)  # the e-mail, not the web page

    publish(page)
    issue.refresh_from_db()
    assert issue.live

    # A visitor finds it on the home page as the latest issue, then in the archive, and reads it.
    visitor.goto("/")
    latest = visitor.get_by_role("region", name=fr("Latest issue"))
    expect(latest.get_by_role("link", name=re.compile("Lettre d'essai du navigateur"))).to_be_visible()
    visitor.goto(lettre_index.url)
    link = visitor.get_by_role("link", name=re.compile("Lettre d'essai du navigateur"))
    expect(link.first).to_be_visible()
    link.first.click()
    expect(visitor.get_by_role("heading", level=1)).to_contain_text("Lettre d'essai du navigateur")
    main = visitor.locator("main")
    expect(main).to_contain_text("Martin Sotton")
    expect(main).to_contain_text("Quelle ambition portez-vous pour votre centre-ville ?")
    expect(main).to_contain_text("Des échanges entre pairs.")


def test_editor_renames_a_resource_and_the_issue_that_chose_it_shows_the_new_title(page, editor, demo_site):
    from ressources.models import ResourcePage

    resource = next(r for r in ResourcePage.objects.live().order_by("pk") if r.used_in_issues())
    issue = resource.used_in_issues()[0]
    new_title = f"{resource.title} — nouvelle édition"

    log_in(page, **EDITOR)
    page.goto(f"/admin/pages/{resource.pk}/edit/")
    page.locator("#id_title").fill(new_title)
    publish(page)

    page.goto(issue.url)
    expect(page.locator(f'main a[href="{resource.url}"]').first).to_contain_text(new_title)

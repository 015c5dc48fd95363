"""The communication team writes an issue in the real Wagtail admin, without developer help."""

import re

import pytest
from django.utils import translation
from PIL import Image
from playwright.sync_api import expect

from agenda.models import EventPage
from lettre.blocks import AgendaBlock, ImageOfTheMonthBlock, InterviewBlock
from lettre.models import LettreIndexPage, LettrePage
from ressources.models import ResourcePage

from .texts import fr

EDITOR = {"username": "redaction", "password": "un-mot-de-passe-solide"}
TITLE = "Lettre d'essai du navigateur"


@pytest.fixture
def editor(migrated_db, django_user_model):
    return django_user_model.objects.create_superuser(email="redaction@anct.gouv.fr", **EDITOR)


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "signature-convention.jpg"
    Image.new("RGB", (900, 600), (0, 0, 145)).save(path, "JPEG")
    return path


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


def add_block(page, block_class) -> None:
    """Append a block to the body with the “+” at its end and the block picker."""
    page.locator(
        '[data-contentpath="body"] button.c-sf-add-button:not([data-streamfield-list-add])'
    ).last.click()
    page.get_by_role("option", name=block_label(block_class), exact=True).click()


def type_rich_text(page, field_name: str, text: str) -> None:
    """Type into the Draftail editor of a rich text field, and wait until the form field has it."""
    field = page.locator(f'[name="{field_name}"]')
    field.locator("xpath=..").locator("[contenteditable=true][role=textbox]").click()
    page.keyboard.type(text)
    # Draftail copies its content into the form field a moment after typing.
    expect(field).to_have_value(re.compile(re.escape(text)))


def fill_question(page, block: int, index: int, question: str, answer: str) -> None:
    prefix = f"body-{block}-value-questions-{index}-value"
    page.locator(f'[name="{prefix}-question"]').fill(question)
    type_rich_text(page, f"{prefix}-answer", answer)


def upload_image(page, chooser_id: str, path, title: str, description: str) -> None:
    """Choose an image by uploading a new one from the chooser's “Upload” tab."""
    page.locator(f"#{chooser_id}-chooser [data-chooser-action-choose]").click()
    modal = page.locator(".modal-dialog")
    modal.locator("#tab-label-upload").click()
    modal.locator("#id_image-chooser-upload-file").set_input_files(path)
    modal.locator("#id_image-chooser-upload-title").fill(title)
    modal.locator("#id_image-chooser-upload-description").fill(description)
    modal.locator("#tab-upload button[type=submit]").click()
    expect(modal).to_be_hidden()
    expect(page.locator(f"#{chooser_id}-title")).to_have_text(title)


def choose_page(page, chooser_id: str, title: str) -> None:
    page.locator(f"#{chooser_id}-chooser [data-chooser-action-choose]").click()
    modal = page.locator(".modal-dialog")
    # The chooser opens on the pages it accepts in the issue's language; the editor searches by title.
    modal.locator("input[name=q]").fill(title)
    modal.locator("a.choose-page", has_text=title).first.click()
    expect(modal).to_be_hidden()
    expect(page.locator(f"#{chooser_id}-title")).to_contain_text(title)


def publish(page) -> None:
    """“Publish”, from the menu of the save button at the foot of the edit form."""
    actions = page.locator("footer nav.actions--primary")
    actions.locator(".w-dropdown__toggle").click()
    actions.locator('button[name="action-publish"]').click()
    expect(page.locator(".messages .success")).to_be_visible()


def test_editor_writes_an_issue_previews_it_sends_a_test_publishes_it_and_finds_it_on_the_site(
    page, context, editor, demo_site, photo, mailoutbox
):
    archive = LettreIndexPage.objects.live().get(locale__language_code="fr")
    event = EventPage.objects.live().order_by("start").first()
    log_in(page, **EDITOR)

    # The archive in the page explorer, then "add a child page": the only type allowed is an issue.
    page.goto(f"/admin/pages/{archive.pk}/")
    page.locator(f'a[href="/admin/pages/{archive.pk}/add_subpage/"]').first.click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/add/lettre/lettrepage/{archive.pk}/$"))

    page.locator("#id_title").fill(TITLE)
    page.locator("#id_number").fill("42")
    page.locator("#id_issue_date").fill("2026-11-23")
    page.locator("#id_issue_date").press("Escape")

    # An interview with two questions.
    add_block(page, InterviewBlock)
    page.locator('[name="body-0-value-person-name"]').fill("Martin Sotton")
    page.locator('[name="body-0-value-person-role"]').fill("Maire de Fréjus")
    fill_question(page, 0, 0, "Quelle ambition portez-vous pour votre centre-ville ?", "Le faire revivre.")
    page.locator('[data-contentpath="questions"] [data-streamfield-list-add]').last.click()
    fill_question(page, 0, 1, "Que vous apporte le Club ?", "Des échanges entre pairs.")

    # The image of the month, with a photo uploaded from the block itself.
    add_block(page, ImageOfTheMonthBlock)
    upload_image(page, "body-1-value-image-image", photo, "Signature de la convention", "Le maire signe")
    page.locator("#body-1-value-image-alt_text").fill("Le maire signe la convention d'adhésion")
    page.locator('[name="body-1-value-title"]').fill("Signature à Fréjus")
    type_rich_text(page, "body-1-value-text", "La convention est signée en mairie.")

    # An agenda that chooses an event of the agenda.
    add_block(page, AgendaBlock)
    choose_page(page, "body-2-value-items-0-value-page", event.title)

    # Save a draft: the issue exists, unpublished, and nothing shows on the site yet.
    page.locator("footer nav.actions--primary button.action-save").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect(page.locator(".messages .success")).to_be_visible()
    issue = LettrePage.objects.get(number=42)
    assert not issue.live
    assert issue.get_latest_revision().content["title"] == TITLE
    visitor = context.new_page()
    visitor.goto(archive.url)
    expect(visitor.get_by_role("link", name=re.compile(TITLE))).to_have_count(0)

    # The preview panel shows the web page, then the e-mail.
    page.locator('[data-side-panel-toggle="preview"]').click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(preview.locator("body")).to_contain_text("Que vous apporte le Club ?")
    page.locator("#id_preview_mode").select_option("email")
    expect(page.locator("#w-preview-iframe")).to_have_attribute("src", re.compile(r"mode=email(&|$)"))
    expect(preview.locator("body")).to_contain_text("Des échanges entre pairs.")
    expect(preview.locator("body")).to_contain_text(event.title)
    expect(preview.locator("header.fr-header")).to_have_count(0)  # the e-mail, not the web page

    # “Send a test” from the actions menu of the page header: the draft goes to the team's address.
    page.get_by_role("button", name="Actions", exact=True).first.click()
    page.get_by_role("link", name=fr("Send a test"), exact=True).click()
    page.locator("#id_recipients").fill("communication@anct.gouv.fr")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/{issue.pk}/edit/$"))
    expect(page.locator(".messages .success")).to_contain_text("communication@anct.gouv.fr")
    [test_email] = mailoutbox
    assert test_email.to == ["communication@anct.gouv.fr"]
    assert TITLE in test_email.subject
    assert "Que vous apporte le Club ?" in test_email.body

    publish(page)
    issue.refresh_from_db()
    assert issue.live

    # A visitor finds it first on the home page and in the archive, and reads it.
    visitor.goto("/")
    latest = visitor.get_by_role("region", name=fr("Latest issue"))
    expect(latest.get_by_role("link", name=re.compile(TITLE))).to_be_visible()
    visitor.goto(archive.url)
    first_issue = visitor.locator("main").get_by_role("link", name=re.compile(r"#\d+")).first
    expect(first_issue).to_contain_text(TITLE)
    first_issue.click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
    main = visitor.locator("main")
    expect(main).to_contain_text("Martin Sotton")
    expect(main).to_contain_text("Quelle ambition portez-vous pour votre centre-ville ?")
    expect(main).to_contain_text("Des échanges entre pairs.")
    expect(main.get_by_role("img", name="Le maire signe la convention d'adhésion")).to_be_visible()
    expect(main).to_contain_text("Signature à Fréjus")
    expect(main.get_by_role("link", name=event.title, exact=True)).to_have_attribute("href", event.url)


def test_editor_renames_a_resource_and_the_issue_that_chose_it_shows_the_new_title(page, editor, demo_site):
    resource = next(r for r in ResourcePage.objects.live().order_by("pk") if LettrePage.choosing(r))
    issue = LettrePage.choosing(resource)[0]
    new_title = f"{resource.title} — nouvelle édition"

    log_in(page, **EDITOR)
    page.goto(f"/admin/pages/{resource.pk}/edit/")
    page.locator("#id_title").fill(new_title)
    publish(page)

    page.goto(issue.url)
    expect(page.locator(f'main a[href="{resource.url}"]').first).to_contain_text(new_title)

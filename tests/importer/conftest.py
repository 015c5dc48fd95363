"""Fixtures of the importer's tests: files to upload, an archive, and the demo site whose e-mails of
issues #1 and #4 (rendered by the project's own renderer) are imported back."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from PIL import Image as PILImage

from lettre.email.render import render_issue_email
from lettre.importer import import_issue, read_upload
from lettre.models import LettreIndexPage, LettrePage
from tests.seeds import SEED_FILES, SEEDS

MASTHEAD = "<p>12 MAI 2021 - LETTRE D'INFORMATION #7</p><h1>Une lettre d'essai</h1>"


def upload(name: str, content: bytes):
    return read_upload(name, io.BytesIO(content))


def html_file(
    body: str, name: str = "lettre.html", head: str = '<meta charset="utf-8">'
) -> SimpleUploadedFile:
    content = f"<!doctype html><html><head>{head}</head><body>{body}</body></html>".encode()
    return SimpleUploadedFile(name, content, content_type="text/html")


def jpeg(color=(0, 0, 145), size=(320, 200)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, color).save(buffer, "JPEG")
    return buffer.getvalue()


def zip_of(files: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def demo_emails(django_db_setup, django_db_blocker):
    """The demo site; the e-mails of issues #1 and #4 as the project renders them, then those two issues
    removed so that the e-mails import back under their own numbers. Rolled back at the module's end."""
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fr"):
        call_command("load_demo_content", stdout=io.StringIO())
        emails = {}
        for number in SEED_FILES:
            issue = LettrePage.objects.get(number=number, locale__language_code="fr")
            emails[number] = render_issue_email(issue).as_sample().html
            issue.delete()
        yield {"emails": emails, "index": LettreIndexPage.objects.get(locale__language_code="fr")}
        transaction.set_rollback(True)


@pytest.fixture
def import_file(demo_emails):
    """``import_file(name, content, **options)``: the report of an import under the demo archive."""

    def run(name: str, content: bytes, **options):
        return import_issue(upload(name, content), index=demo_emails["index"], **options)

    return run


@pytest.fixture
def seed_bytes():
    return lambda number: (SEEDS / SEED_FILES[number]).read_bytes()


@pytest.fixture
def draft_html(editor_client):
    """The draft of a page as the editor's “view draft” shows it."""

    def view(page) -> str:
        response = editor_client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
        assert response.status_code == 200
        return response.content.decode()

    return view

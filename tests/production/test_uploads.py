"""Upload limits: an image too large for a web worker to resize, a document above the size limit.
Both are refused with a French message, and nothing is stored."""

import io
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model


@pytest.fixture(autouse=True)
def french():
    with translation.override("fr"):
        yield


def stored_files() -> set[Path]:
    root = Path(django_settings.MEDIA_ROOT)
    return {path for path in root.rglob("*") if path.is_file()} if root.exists() else set()


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def test_an_image_with_too_many_pixels_is_refused_before_anything_is_stored(editor_client, settings):
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    before = stored_files()
    upload = SimpleUploadedFile("immense.png", png(7000, 7000), content_type="image/png")  # 49 Mpx

    response = editor_client.post(reverse("wagtailimages:add"), {"title": "Immense", "file": upload})

    assert response.status_code == 200
    assert "Ce fichier a un trop grand nombre de pixels (49" in response.content.decode()
    assert not get_image_model().objects.filter(title="Immense").exists()
    assert stored_files() == before


def test_an_image_within_the_limit_is_accepted(editor_client):
    upload = SimpleUploadedFile("raisonnable.png", png(4000, 3000), content_type="image/png")
    response = editor_client.post(reverse("wagtailimages:add"), {"title": "Raisonnable", "file": upload})
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="Raisonnable").exists()


def test_a_document_above_the_size_limit_is_refused_before_anything_is_stored(editor_client, settings):
    before = stored_files()
    size = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + 1024
    upload = SimpleUploadedFile("rapport.pdf", b"%PDF-1.4\n" + b"0" * size, content_type="application/pdf")

    response = editor_client.post(reverse("wagtaildocs:add"), {"title": "Rapport trop lourd", "file": upload})

    assert response.status_code == 200
    assert "Ce fichier est trop gros" in response.content.decode()
    assert not get_document_model().objects.filter(title="Rapport trop lourd").exists()
    assert stored_files() == before

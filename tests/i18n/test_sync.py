"""wagtail-localize on an issue: translated through a PO file (as an outside translator does), shown
out of date once the French source changes, brought up to date by the admin's "Sync" action."""

import polib
import pytest
from django.urls import reverse
from wagtail_localize.models import Translation, TranslationSource

from tests.html import page, text

ENGLISH = {
    "Lettre numéro 4": "Newsletter number 4",
    "Le Club vous souhaite une bonne lecture.": "The Club wishes you a good read.",
}


@pytest.fixture
def translated_issue(issue_factory, english, english_home, django_capture_on_commit_callbacks):
    intro = "<p>Le Club vous souhaite une bonne lecture.</p>"
    issue = issue_factory(number=4, title="Lettre numéro 4", intro=intro)
    source, _created = TranslationSource.get_or_create_from_instance(issue)
    translation = Translation.objects.create(source=source, target_locale=english)
    po = polib.pofile(str(translation.export_po()))
    for entry in po:
        entry.msgstr = ENGLISH.get(entry.msgid, "")
    assert translation.import_po(po) == []
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    return issue, translation


def test_an_issue_translated_from_a_po_file_is_english(client, translated_issue):
    soup = page(client.get("/en/lettres/lettre-4/"))
    assert soup.html["lang"] == "en"
    assert text(soup.h1) == "Newsletter number 4"
    assert "The Club wishes you a good read." in text(soup.main)


def test_a_changed_source_shows_out_of_date_then_sync_updates_the_translation(
    client, editor_client, translated_issue, django_capture_on_commit_callbacks
):
    issue, translation = translated_issue
    total, translated = translation.get_progress()
    assert total - translated == 1  # the slug, kept as in French on purpose

    issue.intro = "<p>Le Club vous souhaite une bonne lecture.</p><p>Nouveau : le pack de bienvenue.</p>"
    issue.save_revision().publish()
    sync_url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    assert editor_client.get(sync_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(sync_url, {"publish_translations": "on"})
    assert response.status_code == 302

    translation.refresh_from_db()
    assert translation.get_progress() == (total + 1, translated)  # the new paragraph, out of date
    assert translation.get_status_display() == "En attente de traduction"
    english = text(page(client.get("/en/lettres/lettre-4/")).main)
    assert "The Club wishes you a good read." in english
    assert "Nouveau : le pack de bienvenue." in english  # the source's words until translated

"""What the renames and moves of this codebase must not lose: the site settings moved from home to
core with their table, values and editors' permissions; a revision saved before the block classes
were renamed still loads, renders and opens in the editor. (Migrating an empty database is what
every test run does first, on SQLite and on PostgreSQL; .ci/run also does it outside the tests.)"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from wagtail.models import Revision

from lettre.models import LettrePage
from tests.email.every_block import EVERY_BLOCK_TEXTS
from tests.html import page, text

ROOT = Path(__file__).resolve().parents[2]

OLD_REVISION = Path(__file__).with_name("data") / "revision_before_renames.json"


def test_site_settings_keep_their_values_and_their_editors_when_they_move_to_core(
    throwaway_database_url, tmp_path
):
    environment = {**os.environ, "DATABASE_URL": throwaway_database_url, "TEST_MEDIA_ROOT": str(tmp_path),
                   "DJANGO_SETTINGS_MODULE": "pvd_site.settings.test"}
    process = subprocess.run([sys.executable, "-m", "tests.architecture.site_settings_move"], cwd=ROOT,
                             env=environment, capture_output=True, text=True, timeout=600)
    assert process.returncode == 0, process.stderr
    moved = json.loads(process.stdout.strip().splitlines()[-1])
    assert moved == {
        "values": ["Éditeur d'avant", "ancien@anct.gouv.fr"],
        "content_type_kept": True,
        "home_content_type_left": False,
        "editor_can_change": True,
        "table": "core_sitesettings",
    }


def old_revision_content(references: dict) -> dict:
    """The stored content, its primary keys replaced by those of the objects made for this test."""
    data = json.loads(OLD_REVISION.read_text(encoding="utf-8"))
    old = data["references"]
    images = {old["images"][name]: references["images"][name].pk for name in old["images"]}
    pages = {old["event"]: references["event"].pk, old["resource"]: references["resource"].pk,
             old["home"]: references["home"].pk}
    documents = {old["document"]: references["document"].pk}

    def remap(value):
        if isinstance(value, dict):
            mapped = {}
            for key, item in value.items():
                table = {"image": images, "document": documents, "page": pages}.get(key)
                mapped[key] = table[item] if table and isinstance(item, int) else remap(item)
            return mapped
        if isinstance(value, list):
            return [remap(item) for item in value]
        if isinstance(value, str):
            for linktype, table in (("page", pages), ("document", documents)):
                value = re.sub(rf'linktype="{linktype}" id="(\d+)"',
                               lambda m, t=table, k=linktype: f'linktype="{k}" id="{t[int(m[1])]}"', value)
            return value
        return value

    content = data["content"]
    content["body"] = json.dumps(remap(json.loads(content["body"])))
    return content


@pytest.fixture
def old_revision_references(home_page, image_factory, document_factory, event_factory, resource_factory):
    return {
        "images": {"photo": image_factory("Signature"), "portrait": image_factory("Portrait")},
        "document": document_factory("Guide de formation des chefs de projet"),
        "event": event_factory("Webinaire sur le plan de relance"),
        "resource": resource_factory("Faire Territoire", summary="Le vademecum de l'ANPP."),
        "home": home_page,
    }


def test_a_revision_saved_before_the_renames_loads_renders_and_opens_in_the_editor(
    client, editor_client, issue_factory, old_revision_references
):
    issue = issue_factory(title="Brouillon")
    revision = issue.save_revision()
    content = {**revision.content, **old_revision_content(old_revision_references)}
    Revision.objects.filter(pk=revision.pk).update(content=content)
    Revision.objects.get(pk=revision.pk).publish()

    issue = LettrePage.objects.get(pk=issue.pk)
    assert [block.block_type for block in issue.body] == [
        "rubrique", "texte", "interview", "image_du_mois", "agenda", "recommandations", "actualites",
        "article", "appel", "image", "documents",
    ]
    main = text(page(client.get(issue.url)).main)
    for block, phrase in EVERY_BLOCK_TEXTS.items():
        if block != "agenda_event":  # the event of the agenda block is the one made here, retitled below
            assert phrase in main, block
    assert "Faire Territoire" in main and "Webinaire sur le plan de relance" in main
    response = editor_client.get(f"/admin/pages/{issue.pk}/edit/")
    assert response.status_code == 200
    assert "Lettre d&#x27;avant les renommages" in response.content.decode()

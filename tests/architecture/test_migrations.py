"""What the renames and moves of this codebase must not lose: the site settings moved from home to
core with their table, values and editors' permissions; a revision saved before the block classes
were renamed still loads, renders and opens in the editor. (Migrating an empty database is what
every test run does first, on SQLite and on PostgreSQL; .ci/run also does it outside the tests.)"""

import json
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Revision

from core.models import SiteSettings
from lettre.models import LettrePage
from tests.email.every_block import EVERY_BLOCK_TEXTS
from tests.html import page, text

BEFORE_THE_MOVE = [("home", "0003_content_page_h2"), ("core", None)]
OLD_REVISION = Path(__file__).with_name("data") / "revision_before_renames.json"


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()
    return executor


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_site_settings_keep_their_values_and_their_editors_when_they_move_to_core(home_page):
    executor = migrate(BEFORE_THE_MOVE)
    old_apps = executor.loader.project_state([BEFORE_THE_MOVE[0]]).apps
    site = old_apps.get_model("wagtailcore", "Site").objects.get(is_default_site=True)
    old_apps.get_model("home", "SiteSettings").objects.create(
        site=site, publisher="Éditeur d'avant", contact_email="ancien@anct.gouv.fr", default_credits="[]"
    )
    old_type = ContentType.objects.get(app_label="home", model="sitesettings")
    editors = Group.objects.create(name="Éditeurs des réglages")
    editors.permissions.add(Permission.objects.get(content_type=old_type, codename="change_sitesettings"))

    migrate(None)

    settings = SiteSettings.objects.get(site_id=site.pk)
    assert (settings.publisher, settings.contact_email) == ("Éditeur d'avant", "ancien@anct.gouv.fr")
    assert ContentType.objects.get_for_model(SiteSettings).pk == old_type.pk
    assert not ContentType.objects.filter(app_label="home", model="sitesettings").exists()
    editor = User.objects.create_user("reglages", password="x")
    editor.groups.add(editors)
    assert editor.has_perm("core.change_sitesettings")


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

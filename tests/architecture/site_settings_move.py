"""Run by test_migrations.py in a process of its own, on a database of its own: migrate an empty
database, go back to before SiteSettings moved to core, store settings and a group allowed to edit
them, migrate again, and print what became of them (JSON)."""

import json
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pvd_site.settings.test")
django.setup()

from django.contrib.auth.models import Group, Permission, User  # noqa: E402  (after django.setup())
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.migrations.executor import MigrationExecutor  # noqa: E402

from core.models import SiteSettings  # noqa: E402

BEFORE_THE_MOVE = [("home", "0003_content_page_h2"), ("core", None)]


def migrate(targets=None) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()
    return executor


def main() -> dict:
    call_command("migrate", verbosity=0)  # an empty database, as a site already running had it
    executor = migrate(BEFORE_THE_MOVE)
    old_apps = executor.loader.project_state([BEFORE_THE_MOVE[0]]).apps
    site = old_apps.get_model("wagtailcore", "Site").objects.get(is_default_site=True)
    old_apps.get_model("home", "SiteSettings").objects.create(
        site=site, publisher="Éditeur d'avant", contact_email="ancien@anct.gouv.fr", default_credits="[]"
    )
    old_type = ContentType.objects.get(app_label="home", model="sitesettings")
    editors = Group.objects.create(name="Éditeurs des réglages")
    editors.permissions.add(Permission.objects.get(content_type=old_type, codename="change_sitesettings"))

    migrate()

    settings = SiteSettings.objects.get(site_id=site.pk)
    editor = User.objects.create_user("reglages", password="x")
    editor.groups.add(editors)
    return {
        "values": [settings.publisher, settings.contact_email],
        "content_type_kept": ContentType.objects.get_for_model(SiteSettings).pk == old_type.pk,
        "home_content_type_left": ContentType.objects.filter(app_label="home", model="sitesettings").exists(),
        "editor_can_change": editor.has_perm("core.change_sitesettings"),
        "table": SiteSettings._meta.db_table,
    }


if __name__ == "__main__":
    print(json.dumps(main()))

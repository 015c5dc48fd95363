"""The site's second language: English, served under /en/ (French, the default, stays unprefixed)."""

from django.db import migrations


def create_english(apps, schema_editor):
    apps.get_model("wagtailcore", "Locale").objects.get_or_create(language_code="en")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_site_settings_table_and_permissions"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(create_english, migrations.RunPython.noop)]

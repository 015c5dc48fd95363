"""The site settings' table takes core's name, and their content type moves to core with its
permissions (groups allowed to edit the settings keep that right) and history."""

from django.db import migrations


def content_type_to(app_label, other_label):
    def move(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        Permission = apps.get_model("auth", "Permission")
        current = ContentType.objects.filter(app_label=other_label, model="sitesettings").first()
        if current is None:  # a new database: post_migrate creates core's content type later
            return
        created_since = ContentType.objects.filter(app_label=app_label, model="sitesettings").first()
        if created_since is not None:  # made by a post_migrate in between, so never granted to anyone
            Permission.objects.filter(content_type=created_since).delete()
            created_since.delete()
        current.app_label = app_label
        current.save(update_fields=["app_label"])
        ContentType.objects.clear_cache()

    return move


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_site_settings_from_home'),
        ('home', '0004_site_settings_to_core'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('auth', '0012_alter_user_first_name_max_length'),
    ]

    operations = [
        migrations.AlterModelTable(name='sitesettings', table=None),
        migrations.RunPython(content_type_to("core", "home"), content_type_to("home", "core")),
    ]

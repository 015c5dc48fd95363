"""« Responsables de la lettre » (core's migration 0008) send issues to the subscribers and look after
the subscribers' list; the other groups do neither."""

from django.db import migrations

MANAGERS = "Responsables de la lettre"
GRANTED = [("delivery", "send_issue"), ("subscriber", "view_subscriber"), ("subscriber", "change_subscriber")]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=MANAGERS).first()
    if group is None:
        return
    for model, codename in GRANTED:
        content_type, _ = ContentType.objects.get_or_create(app_label="abonnes", model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
        )
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=MANAGERS).first()
    if group is not None:
        group.permissions.remove(
            *group.permissions.filter(content_type__app_label="abonnes", codename__in=[c for _, c in GRANTED])
        )


class Migration(migrations.Migration):
    dependencies = [
        ("abonnes", "0002_alter_mailing_note"),
        ("core", "0008_french_roles_and_workflows"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

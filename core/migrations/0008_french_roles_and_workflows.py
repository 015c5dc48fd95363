"""The groups and workflows of the editorial team, in French, replacing Wagtail's English “Editors”,
“Moderators” and “Moderators approval” (their members and the pages they apply to are kept):

- « Rédacteurs » write and submit: pages added and edited (not published), images and documents added,
  edited and chosen.
- « Éditeurs » publish: pages added, edited, published, locked and unlocked; images and documents managed;
  themes; site settings and « Textes du site » (default credits, privacy notice).
- « Responsables de la lettre » publish and answer for the newsletter: pages added, edited, published,
  locked and unlocked; images and documents added, edited and chosen; the visitors' searches report and
  search promotions. (Sending to subscribers is granted by the subscribers' app when it exists.)

Wagtail's “Moderators approval” becomes « Validation des pages » (a review by the Éditeurs, on the whole
site); a second workflow, « Validation de la lettre » (a review by the Responsables de la lettre), applies to
each archive of issues (lettre's signal attaches it to archives created later). The root page, shown in
choosers, is called « Racine ».
"""

from django.db import migrations

WRITERS, EDITORS, MANAGERS = "Rédacteurs", "Éditeurs", "Responsables de la lettre"

MODEL_PERMISSIONS = {
    WRITERS: [("wagtailadmin", "admin", "access_admin")],
    EDITORS: [
        ("wagtailadmin", "admin", "access_admin"),
        ("ressources", "theme", "add_theme"),
        ("ressources", "theme", "change_theme"),
        ("ressources", "theme", "delete_theme"),
        ("core", "sitesettings", "change_sitesettings"),
        ("core", "sitetexts", "add_sitetexts"),
        ("core", "sitetexts", "change_sitetexts"),
    ],
    MANAGERS: [
        ("wagtailadmin", "admin", "access_admin"),
        ("wagtailsearchpromotions", "searchpromotion", "add_searchpromotion"),
        ("wagtailsearchpromotions", "searchpromotion", "change_searchpromotion"),
        ("wagtailsearchpromotions", "searchpromotion", "delete_searchpromotion"),
    ],
}
PAGE_PERMISSIONS = {
    WRITERS: ["add", "change"],
    EDITORS: ["add", "change", "publish", "lock", "unlock"],
    MANAGERS: ["add", "change", "publish", "lock", "unlock"],
}
COLLECTION_PERMISSIONS = {
    WRITERS: ["add", "change", "choose"],
    EDITORS: ["add", "change", "delete", "choose"],
    MANAGERS: ["add", "change", "choose"],
}


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
    )
    return found


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    Page = apps.get_model("wagtailcore", "Page")

    groups = {}
    for old_name, name in (("Editors", WRITERS), ("Moderators", EDITORS), (None, MANAGERS)):
        group = Group.objects.filter(name=old_name).first() if old_name else None
        if group is None:
            group, _ = Group.objects.get_or_create(name=name)
        else:
            group.name = name
            group.save()
        groups[name] = group

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name, group in groups.items():
        group.permissions.set([permission(apps, *spec) for spec in MODEL_PERMISSIONS[name]])
        GroupPagePermission.objects.filter(group=group).delete()
        if root_page is not None:
            for action in PAGE_PERMISSIONS[name]:
                GroupPagePermission.objects.create(
                    group=group, page=root_page, permission=permission(apps, "wagtailcore", "page", f"{action}_page")
                )
        GroupCollectionPermission.objects.filter(group=group).delete()
        if root_collection is not None:
            for action in COLLECTION_PERMISSIONS[name]:
                for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
                    GroupCollectionPermission.objects.create(
                        group=group,
                        collection=root_collection,
                        permission=permission(apps, app_label, model, f"{action}_{model}"),
                    )

    create_workflows(apps, groups)
    if root_page is not None and root_page.title == "Root":
        root_page.title = root_page.draft_title = "Racine"
        root_page.save(update_fields=["title", "draft_title"])


def create_workflows(apps, groups):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    LettreIndexPage = apps.get_model("lettre", "LettreIndexPage")
    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")

    Workflow.objects.filter(name="Moderators approval").update(name="Validation des pages")
    Task.objects.filter(name="Moderators approval").update(name="Relecture par les éditeurs")

    task = GroupApprovalTask.objects.filter(name="Validation par les responsables de la lettre").first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name="Validation par les responsables de la lettre", content_type=task_type, active=True
        )
    task.groups.set([groups[MANAGERS]])
    workflow, created = Workflow.objects.get_or_create(name="Validation de la lettre", defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for archive in LettreIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page_id=archive.pk, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0007_site_settings_publisher_address_and_host"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("ressources", "0003_resourcecommune"),
        ("lettre", "0003_item_communes"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]

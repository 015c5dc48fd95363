"""The editorial team's groups and workflow, as core's migration 0008 and the subscribers' 0003 leave
them: French names, exactly the intended rights, « Validation de la lettre » on the issues, and its
e-mails in French by name."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page, Workflow

from core.roles import EDITORS, NEWSLETTER_MANAGERS, NEWSLETTER_WORKFLOW, WRITERS
from tests.editors.forms import issue_form_data

EXPECTED = {
    WRITERS: {
        "model": {"wagtailadmin.access_admin"},
        "page": {"add_page", "change_page"},
        "collection": {
            f"{action}_{model}" for action in ("add", "change", "choose") for model in ("image", "document")
        },
    },
    EDITORS: {
        "model": {
            "wagtailadmin.access_admin",
            "ressources.add_theme",
            "ressources.change_theme",
            "ressources.delete_theme",
            "core.change_sitesettings",
            "core.add_sitetexts",
            "core.change_sitetexts",
        },
        "page": {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"},
        "collection": {
            f"{action}_{model}"
            for action in ("add", "change", "delete", "choose")
            for model in ("image", "document")
        },
    },
    NEWSLETTER_MANAGERS: {
        "model": {
            "wagtailadmin.access_admin",
            "wagtailsearchpromotions.add_searchpromotion",
            "wagtailsearchpromotions.change_searchpromotion",
            "wagtailsearchpromotions.delete_searchpromotion",
            "abonnes.send_issue",
            "abonnes.view_subscriber",
            "abonnes.change_subscriber",
        },
        "page": {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"},
        "collection": {
            f"{action}_{model}" for action in ("add", "change", "choose") for model in ("image", "document")
        },
    },
}


def test_the_groups_are_the_three_french_roles(db):
    assert set(Group.objects.values_list("name", flat=True)) == {WRITERS, EDITORS, NEWSLETTER_MANAGERS}


@pytest.mark.parametrize("name", EXPECTED)
def test_each_group_has_exactly_its_rights(db, name):
    group = Group.objects.get(name=name)
    model = {
        f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")
    }
    pages = GroupPagePermission.objects.filter(group=group).select_related("permission", "page")
    collections = GroupCollectionPermission.objects.filter(group=group).select_related("permission")
    assert model == EXPECTED[name]["model"]
    assert {p.permission.codename for p in pages} == EXPECTED[name]["page"]
    assert {p.page.depth for p in pages} == {1}  # the whole site
    assert {p.permission.codename for p in collections} == EXPECTED[name]["collection"]


def test_the_workflows_and_the_root_are_named_in_french(db):
    assert set(Workflow.objects.values_list("name", flat=True)) == {
        "Validation des pages",
        NEWSLETTER_WORKFLOW,
    }
    assert Page.objects.get(depth=1).title == "Racine"


@pytest.fixture
def team(django_user_model):
    def member(username, first_name, group):
        user = django_user_model.objects.create_user(
            username, f"{username}@anct.gouv.fr", "motdepasse", first_name=first_name, last_name="Martin"
        )
        user.groups.add(Group.objects.get(name=group))
        return user

    return {
        "writer": member("claire", "Claire", WRITERS),
        "manager": member("louise", "Louise", NEWSLETTER_MANAGERS),
    }


def test_an_archive_uses_the_newsletter_workflow(lettre_index):
    assert lettre_index.get_workflow().name == NEWSLETTER_WORKFLOW


def test_a_writer_submits_and_the_manager_gets_a_french_email_by_name(
    client, team, issue_factory, mailoutbox
):
    issue = issue_factory(number=5, publish=False)
    client.force_login(team["writer"])
    data = issue_form_data(issue, issue_date="2021-05-12", **{"action-submit": "1"})
    response = client.post(reverse("wagtailadmin_pages:edit", args=[issue.pk]), data)
    assert response.status_code == 302
    issue.refresh_from_db()
    assert issue.current_workflow_task.name == "Validation par les responsables de la lettre"
    [message] = [m for m in mailoutbox if "louise@anct.gouv.fr" in m.to]
    assert message.body.lstrip().startswith("Bonjour Louise,")
    assert "« Validation par les responsables de la lettre »" in message.subject.replace("\xa0", " ")


def test_a_writer_cannot_publish(client, team, issue_factory):
    issue = issue_factory(number=5, publish=False)
    assert not issue.permissions_for_user(team["writer"]).can_publish()
    assert issue.permissions_for_user(team["writer"]).can_edit()
    assert issue.permissions_for_user(team["manager"]).can_publish()

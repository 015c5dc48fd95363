"""« Préparer la prochaine lettre »: issue #5 numbered, dated, addressed and pre-filled from the world
around it; a copy of an issue gets the same fresh number, date and address."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import PageLogEntry

from lettre.models import LettrePage
from lettre.preparation import first_weekday_of_next_month, issue_slug, same_day_next_month
from tests import html
from tests.factories import paris

TODAY = paris(2026, 11, 30, 15, 0)


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel(TODAY, tick=False):
        yield


def prepare_url(index):
    return reverse("lettre_prepare", args=[index.pk])


def chosen_titles(block) -> list[str]:
    if block.block_type == "agenda":
        return [item["page"].title for item in block.value["items"]]
    return [item["page"].title for group in block.value["groups"] for item in group["items"]]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (datetime.date(2026, 11, 30), datetime.date(2026, 12, 1)),  # a Tuesday
        (datetime.date(2026, 12, 15), datetime.date(2027, 1, 1)),  # a Friday, new year
        (datetime.date(2026, 7, 14), datetime.date(2026, 8, 3)),  # 1 August is a Saturday
        (datetime.date(2027, 4, 30), datetime.date(2027, 5, 3)),  # 1 May is a Saturday
    ],
)
def test_the_date_is_the_first_weekday_of_the_next_month(day, expected):
    assert first_weekday_of_next_month(day) == expected


def test_the_window_of_the_agenda_ends_on_the_same_day_of_the_next_month():
    assert same_day_next_month(datetime.date(2026, 12, 1)) == datetime.date(2027, 1, 1)
    assert same_day_next_month(datetime.date(2027, 1, 31)) == datetime.date(2027, 2, 28)


def test_the_slug_is_ascii_with_the_french_month():
    assert issue_slug(5, datetime.date(2026, 12, 1)) == "lettre-5-decembre-2026"
    assert issue_slug(6, datetime.date(2027, 2, 1)) == "lettre-6-fevrier-2027"


def test_the_confirmation_shows_what_the_draft_will_hold(editor_client, lettre_index, december_world):
    response = editor_client.get(prepare_url(lettre_index))
    assert response.status_code == 200
    soup = html.page(response)
    assert soup.select_one("#id_issue_date")["value"] == "2026-12-01"
    text = html.text(soup.select_one("main"))
    assert "lettre-5-decembre-2026" in text
    assert "Dedans : matinée du 1er décembre" in text
    assert "Dehors : veille au soir" not in text
    assert "Les rendez-vous du Club" in text
    assert not LettrePage.objects.filter(number=5).exists()  # nothing is created by looking


def test_the_next_issue_is_a_numbered_dated_prefilled_draft(editor_client, lettre_index, december_world):
    events, resources = december_world
    response = editor_client.post(prepare_url(lettre_index), {"issue_date": "2026-12-01"})

    issue = LettrePage.objects.get(number=5)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[issue.pk])
    assert not issue.live
    assert issue.issue_date == datetime.date(2026, 12, 1)
    assert issue.slug == "lettre-5-decembre-2026"
    assert issue.get_parent().pk == lettre_index.pk
    body = issue.get_latest_revision_as_object().body
    assert [(block.block_type, block.value["title"]) for block in body if block.block_type == "rubrique"] == [
        ("rubrique", "3 questions à"),
        ("rubrique", "Les rendez-vous du Club"),
        ("rubrique", "Les recommandations du mois"),
    ]
    # Only the headings, the agenda under the agenda's heading, the recommendations under theirs.
    assert [block.block_type for block in body] == [
        "rubrique",
        "rubrique",
        "agenda",
        "rubrique",
        "recommandations",
    ]
    agenda = next(block for block in body if block.block_type == "agenda")
    assert chosen_titles(agenda) == [events["in_first"].title, events["in_last"].title]
    recommendations = next(block for block in body if block.block_type == "recommandations")
    assert chosen_titles(recommendations) == [resources["in_same_day"].title, resources["in_later"].title]
    assert PageLogEntry.objects.filter(page=issue, action="wagtail.create").exists()


def test_an_editor_may_move_the_date_and_the_agenda_follows(editor_client, lettre_index, december_world):
    editor_client.post(prepare_url(lettre_index), {"issue_date": "2026-11-30"})
    issue = LettrePage.objects.get(number=5)
    body = issue.get_latest_revision_as_object().body
    agenda = next(block for block in body if block.block_type == "agenda")
    # From 30 November to 30 December (excluded): the evening of 31 December is out now.
    assert chosen_titles(agenda) == ["Dehors : veille au soir", "Dedans : matinée du 1er décembre"]
    assert issue.slug == "lettre-5-novembre-2026"


def test_a_date_already_used_is_refused_naming_the_issue(editor_client, lettre_index, last_issue):
    response = editor_client.post(prepare_url(lettre_index), {"issue_date": "2021-05-12"})
    assert response.status_code == 400
    assert "La lettre de mai" in html.text(html.parse(response.content).select_one("main"))
    assert not LettrePage.objects.filter(number=5).exists()


def test_a_bad_date_is_refused_in_french(editor_client, lettre_index, last_issue):
    response = editor_client.post(prepare_url(lettre_index), {"issue_date": "demain"})
    assert response.status_code == 400
    assert "Indiquez une date" in response.content.decode()


def test_a_draft_never_published_is_offered_before_preparing_another(
    editor_client, lettre_index, last_issue, issue_factory
):
    issue_factory(number=5, title="Brouillon abandonné", issue_date=datetime.date(2026, 12, 1), publish=False)
    soup = html.page(editor_client.get(prepare_url(lettre_index)))
    assert "Brouillon abandonné" in html.text(soup.select_one("main"))
    assert soup.select_one("#id_issue_date")["value"] == "2027-01-01"


def test_without_any_issue_the_first_one_is_number_one(editor_client, lettre_index, resource_factory):
    resource_factory("Guide", publication_date=datetime.date(2026, 11, 2))
    editor_client.post(prepare_url(lettre_index), {"issue_date": "2026-12-01"})
    issue = LettrePage.objects.get()
    assert (issue.number, issue.slug) == (1, "lettre-1-decembre-2026")
    assert [block.block_type for block in issue.get_latest_revision_as_object().body] == ["recommandations"]


def test_the_action_is_in_the_menu_of_the_archive(editor_client, lettre_index):
    soup = html.page(editor_client.get(reverse("wagtailadmin_explore", args=[lettre_index.pk])))
    assert soup.select_one(f'a[href="{prepare_url(lettre_index)}"]') is not None


def test_an_editor_without_the_right_to_add_is_refused(client, django_user_model, lettre_index):
    user = django_user_model.objects.create_user("lecteur", "lecteur@example.org", "motdepasse")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.post(prepare_url(lettre_index), {"issue_date": "2026-12-01"})
    # Wagtail answers a refusal in its admin by going back to the dashboard with a message.
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert not LettrePage.objects.exists()


def test_a_copy_gets_the_next_number_date_and_slug(editor_client, lettre_index, last_issue):
    url = reverse("wagtailadmin_pages:copy", args=[last_issue.pk])
    soup = html.page(editor_client.get(url))
    assert soup.select_one("#id_new_slug")["value"] == "lettre-5-decembre-2026"
    assert soup.select_one("#id_publish_copies") is None
    response = editor_client.post(
        url,
        {
            "new_title": "La lettre de décembre",
            "new_slug": "lettre-5-decembre-2026",
            "new_parent_page": str(lettre_index.pk),
        },
    )
    copy = LettrePage.objects.get(title="La lettre de décembre")
    assert response.status_code == 302
    assert (copy.number, copy.issue_date, copy.slug, copy.live) == (
        5,
        datetime.date(2026, 12, 1),
        "lettre-5-decembre-2026",
        False,
    )
    draft = copy.get_latest_revision_as_object()
    assert (draft.number, draft.issue_date, draft.slug) == (
        5,
        datetime.date(2026, 12, 1),
        "lettre-5-decembre-2026",
    )
    last_issue.refresh_from_db()
    assert (last_issue.number, last_issue.slug) == (4, "lettre-4-mai-2021")

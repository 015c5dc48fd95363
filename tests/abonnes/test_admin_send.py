"""The send in the admin: only with the permission, count and confirmation, now or later, progress,
retry, a second send, the final e-mail to download."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from abonnes.models import Delivery, Mailing
from core.roles import WRITERS
from tests.html import page, parse, text

from .conftest import run_worker


@pytest.fixture
def issue(issue_factory):
    return issue_factory(number=4, title="La lettre de mai")


def editor(django_user_model, client, *, can_send: bool):
    """A member of the « Rédacteurs » group (may edit issues), with or without the send permission."""
    user = django_user_model.objects.create_user(
        "redactrice" if can_send else "redacteur", "r@example.org", "x"
    )
    user.groups.add(Group.objects.get(name=WRITERS))
    if can_send:
        user.user_permissions.add(Permission.objects.get(codename="send_issue"))
    client.force_login(user)
    return client


def test_an_editor_without_the_permission_sees_no_send_action(client, django_user_model, issue):
    editor(django_user_model, client, can_send=False)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[issue.pk])).content.decode()
    assert "Envoyer aux abonnés" not in edit
    assert reverse("abonnes_send", args=[issue.pk]) not in edit
    refused = client.get(reverse("abonnes_send", args=[issue.pk]))
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
    client.post(reverse("abonnes_send", args=[issue.pk]), {"when": "now", "confirm": "on"})
    assert not Delivery.objects.exists()


def test_the_send_asks_for_confirmation_then_sends_and_shows_progress(
    client, django_user_model, issue, subscriber_factory, smtp
):
    editor(django_user_model, client, can_send=True)
    for n in range(3):
        subscriber_factory(f"lecteur{n}@example.org")
    subscriber_factory("attente@example.org", status="pending")
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[issue.pk])).content.decode()
    assert reverse("abonnes_send", args=[issue.pk]) in edit

    form_page = page(client.get(reverse("abonnes_send", args=[issue.pk])))
    assert "sera envoyée à 3 abonnés confirmés" in text(form_page)
    assert "les retours en erreur (bounces) et les plaintes ne sont pas suivis" in text(form_page)

    unconfirmed = client.post(reverse("abonnes_send", args=[issue.pk]), {"when": "now"})
    assert unconfirmed.status_code == 400
    assert "Cochez la case pour confirmer l'envoi" in text(parse(unconfirmed.content))
    assert not Delivery.objects.exists() and smtp.envelopes == []

    response = client.post(
        reverse("abonnes_send", args=[issue.pk]), {"when": "now", "confirm": "on"}, follow=True
    )
    soup = page(response)
    assert text(soup.select_one(".pvd-count-sent")) == "3"
    assert text(soup.select_one(".pvd-count-remaining")) == "0"
    assert soup.select_one("progress")["value"] == "100"
    assert len(smtp.per_address) == 3


def test_a_second_send_needs_its_own_confirmation(client, django_user_model, issue, subscriber_factory, smtp):
    editor(django_user_model, client, can_send=True)
    subscriber_factory("premiere@example.org")
    client.post(reverse("abonnes_send", args=[issue.pk]), {"when": "now", "confirm": "on"})
    subscriber_factory("nouvelle@example.org")

    assert "seulement aux abonnés qui ne l'ont pas reçue" in text(
        page(client.get(reverse("abonnes_send", args=[issue.pk])))
    )
    refused = client.post(reverse("abonnes_send", args=[issue.pk]), {"when": "now", "confirm": "on"})
    assert refused.status_code == 400 and list(smtp.per_address) == ["premiere@example.org"]

    client.post(
        reverse("abonnes_send", args=[issue.pk]), {"when": "now", "confirm": "on", "confirm_again": "on"}
    )
    assert smtp.per_address == {"premiere@example.org": 1, "nouvelle@example.org": 1}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_send_at_a_chosen_time_waits_for_it(
    client, django_user_model, issue, subscriber_factory, smtp, database_tasks
):
    editor(django_user_model, client, can_send=True)
    subscriber_factory("lecteur@example.org")
    later = timezone.localtime() + datetime.timedelta(hours=2)

    client.post(
        reverse("abonnes_send", args=[issue.pk]),
        {"when": "later", "send_at": later.strftime("%Y-%m-%d %H:%M"), "confirm": "on"},
    )
    run_worker()

    assert smtp.envelopes == []
    assert Mailing.objects.get(issue=issue).state == "scheduled"
    [task] = DBTaskResult.objects.all()
    assert abs((task.run_after - later).total_seconds()) < 60


def test_a_past_moment_is_refused(client, django_user_model, issue, subscriber_factory):
    editor(django_user_model, client, can_send=True)
    subscriber_factory("lecteur@example.org")
    response = client.post(
        reverse("abonnes_send", args=[issue.pk]),
        {"when": "later", "send_at": "2020-01-01 10:00", "confirm": "on"},
    )
    assert response.status_code == 400 and "Ce moment est passé" in text(parse(response.content))
    assert not Delivery.objects.exists()


def test_a_draft_cannot_be_sent(client, django_user_model, issue_factory, subscriber_factory, smtp):
    editor(django_user_model, client, can_send=True)
    draft = issue_factory(number=5, title="Brouillon", publish=False)
    subscriber_factory("lecteur@example.org")
    response = client.post(reverse("abonnes_send", args=[draft.pk]), {"when": "now", "confirm": "on"})
    assert response.status_code == 400 and "Seule une lettre publiée" in text(parse(response.content))
    assert smtp.envelopes == []


def test_failed_ones_are_listed_and_retried(client, django_user_model, issue, subscriber_factory, smtp):
    editor(django_user_model, client, can_send=True)
    subscriber_factory("refuse@example.org")
    subscriber_factory("accepte@example.org")
    smtp.accept_at_most = 1
    client.post(reverse("abonnes_send", args=[issue.pk]), {"when": "now", "confirm": "on"})

    progress = page(client.get(reverse("abonnes_progress", args=[issue.pk])))
    assert text(progress.select_one(".pvd-count-failed")) == "1"
    assert "554" in text(progress)

    smtp.accept_at_most = None
    client.post(reverse("abonnes_retry", args=[issue.pk]))
    assert sorted(smtp.per_address.values()) == [1, 1]


def test_the_final_email_can_be_downloaded(client, django_user_model, issue):
    editor(django_user_model, client, can_send=True)
    html = client.get(reverse("abonnes_download", args=[issue.pk, "html"]))
    assert html["Content-Disposition"] == 'attachment; filename="lettre-4.html"'
    assert "La lettre de mai" in html.content.decode()
    txt = client.get(reverse("abonnes_download", args=[issue.pk, "txt"]))
    assert txt["Content-Type"].startswith("text/plain") and "La lettre de mai" in txt.content.decode()
    assert client.get(reverse("abonnes_download", args=[issue.pk, "exe"])).status_code == 404

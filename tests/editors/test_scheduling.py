"""A page scheduled a little ahead and approved: the approver is told when it goes live, nothing is
published before, and one tick of the clock after that moment publishes it."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from core.clock import Clock
from core.roles import NEWSLETTER_MANAGERS, WRITERS
from lettre.models import LettrePage
from tests import html
from tests.editors.forms import issue_form_data
from tests.factories import paris

NOW = paris(2026, 11, 30, 16, 0, 0)


class NoLock:
    def acquire(self):
        return True

    def release(self):
        pass


@pytest.fixture
def people(django_user_model):
    def member(username, group):
        user = django_user_model.objects.create_user(
            username, f"{username}@anct.gouv.fr", "motdepasse", first_name=username.capitalize()
        )
        user.groups.add(Group.objects.get(name=group))
        return user

    return member("claire", WRITERS), member("louise", NEWSLETTER_MANAGERS)


def edit_data(issue, go_live_at, **action):
    return issue_form_data(issue, go_live_at=go_live_at, expire_at="", **action)


def test_an_issue_scheduled_two_seconds_ahead_and_approved_goes_live_at_the_next_tick(
    client, people, issue_factory
):
    writer, manager = people
    issue = issue_factory(
        number=5, title="La lettre de décembre", issue_date=datetime.date(2026, 12, 1), publish=False
    )
    edit_url = reverse("wagtailadmin_pages:edit", args=[issue.pk])
    go_live = NOW + datetime.timedelta(seconds=2)
    with time_machine.travel(NOW, tick=False) as traveller:
        client.force_login(writer)
        response = client.post(
            edit_url, edit_data(issue, go_live.strftime("%Y-%m-%d %H:%M:%S"), **{"action-submit": "1"})
        )
        assert response.status_code == 302

        client.force_login(manager)
        response = client.post(
            edit_url,
            edit_data(
                issue,
                go_live.strftime("%Y-%m-%d %H:%M:%S"),
                **{
                    "action-workflow-action": "1",
                    "workflow-action-name": "approve",
                },
            ),
        )
        assert response.status_code == 302
        said = " ".join(str(message) for message in get_messages(response.wsgi_request))
        assert "est approuvée et programmée" in said
        assert "lundi 30 novembre 2026 à 16h00" in said
        issue.refresh_from_db()
        assert not issue.live
        assert issue.scheduled_revision is not None

        # Opening it now says how to change it.
        page = html.page(client.get(edit_url))
        assert "Annuler la programmation" in html.text(page.select_one(".messages"))

        Clock(lock=NoLock()).tick()  # before the moment: nothing
        issue.refresh_from_db()
        assert not issue.live

        traveller.shift(datetime.timedelta(seconds=3))
        assert timezone.now() > go_live
        Clock(lock=NoLock()).tick()
    issue.refresh_from_db()
    assert issue.live
    assert LettrePage.objects.live().filter(pk=issue.pk).exists()

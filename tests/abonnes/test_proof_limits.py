"""“Send a test” is limited: only to the team's addresses (an admin account, a confirmed subscriber, an
allowed domain), and a number of messages per editor and hour."""

import pytest
from django.urls import reverse

from tests.html import parse, text


@pytest.fixture
def issue(issue_factory):
    return issue_factory(number=4, title="La lettre de mai")


def send(client, issue, recipients):
    return client.post(reverse("lettre_test_send", args=[issue.pk]), {"recipients": recipients})


def test_a_test_goes_only_to_known_addresses(
    admin_client, issue, subscriber_factory, smtp, settings, django_user_model
):
    settings.TEST_SEND_ALLOWED_DOMAINS = ["anct.gouv.fr"]
    subscriber_factory("abonnee@exemple.fr")
    subscriber_factory("attente@exemple.fr", status="pending")
    django_user_model.objects.create_superuser("collegue", "collegue@exemple.fr", "x")

    refused = send(admin_client, issue, "inconnu@exemple.fr, attente@exemple.fr, equipe@anct.gouv.fr")
    assert refused.status_code == 400
    message = text(parse(refused.content))
    assert "pas à : inconnu@exemple.fr, attente@exemple.fr" in message
    assert smtp.envelopes == []

    accepted = send(admin_client, issue, "abonnee@exemple.fr, collegue@exemple.fr, equipe@anct.gouv.fr")
    assert accepted.status_code == 302
    assert sorted(smtp.per_address) == ["abonnee@exemple.fr", "collegue@exemple.fr", "equipe@anct.gouv.fr"]


def test_an_editor_sends_at_most_n_test_messages_per_hour(admin_client, issue, smtp, settings):
    settings.TEST_SEND_MAX_PER_HOUR = 3
    assert send(admin_client, issue, "a@example.org, b@example.org").status_code == 302
    over = send(admin_client, issue, "c@example.org, d@example.org")

    assert over.status_code == 400
    assert "3 messages de test par heure ; il en reste 1 cette heure-ci" in text(parse(over.content))
    assert send(admin_client, issue, "c@example.org").status_code == 302
    assert sorted(smtp.per_address) == ["a@example.org", "b@example.org", "c@example.org"]

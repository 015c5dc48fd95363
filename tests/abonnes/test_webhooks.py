"""The provider's tracking webhooks (django-anymail, Brevo and Mailjet): a hard bounce or a complaint
marks the address bounced, never sent to again; wrong credentials get a 4xx and change nothing."""

import base64
import json

import pytest

from abonnes.models import Subscriber
from abonnes.sending import recipients_for

SECRET = "fournisseur:secret-des-webhooks"


def auth(secret: str = SECRET) -> dict:
    return {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(secret.encode()).decode()}


def brevo(client, event: str, address: str, secret: str = SECRET):
    payload = {
        "event": event,
        "email": address,
        "id": 1,
        "date": "2026-11-30 10:00:00",
        "ts_event": 1796032800,
        "message-id": "<abc@example.org>",
        "reason": "550 no such user",
    }
    return client.post(
        "/anymail/brevo/tracking/", json.dumps(payload), content_type="application/json", **auth(secret)
    )


def mailjet(client, event: str, address: str, **fields):
    payload = [{"event": event, "time": 1796032800, "MessageID": 1, "email": address, **fields}]
    return client.post(
        "/anymail/mailjet/tracking/", json.dumps(payload), content_type="application/json", **auth()
    )


@pytest.mark.parametrize("event", ["hard_bounce", "spam"])
def test_a_brevo_hard_bounce_or_complaint_marks_the_address_bounced(
    client, subscriber_factory, event, issue_factory
):
    subscriber_factory("Rebond@example.org")
    response = brevo(client, event, "rebond@example.org")

    assert response.status_code == 200
    assert Subscriber.objects.get().status == "bounced"
    assert not recipients_for(issue_factory(number=4)).exists(), "never sent to again"


def test_a_brevo_soft_bounce_changes_nothing(client, subscriber_factory):
    subscriber_factory("rebond@example.org")
    brevo(client, "soft_bounce", "rebond@example.org")
    assert Subscriber.objects.get().status == "confirmed"


def test_mailjet_hard_bounces_count_and_soft_ones_do_not(client, subscriber_factory):
    subscriber_factory("dur@example.org")
    subscriber_factory("mou@example.org")
    mailjet(client, "bounce", "dur@example.org", hard_bounce=True)
    mailjet(client, "bounce", "mou@example.org", hard_bounce=False)
    mailjet(client, "spam", "mou@example.org", source="FBL")
    statuses = dict(Subscriber.objects.values_list("email", "status"))
    assert statuses == {"dur@example.org": "bounced", "mou@example.org": "bounced"}


@pytest.mark.parametrize("secret", ["fournisseur:mauvais", "intrus:secret-des-webhooks"])
def test_wrong_credentials_get_a_4xx_and_change_nothing(client, subscriber_factory, secret):
    subscriber_factory("rebond@example.org")
    response = brevo(client, "hard_bounce", "rebond@example.org", secret=secret)

    assert 400 <= response.status_code < 500
    assert Subscriber.objects.get().status == "confirmed"


def test_no_credentials_get_a_4xx(client, subscriber_factory):
    subscriber_factory("rebond@example.org")
    response = client.post(
        "/anymail/brevo/tracking/",
        json.dumps({"event": "hard_bounce", "email": "rebond@example.org"}),
        content_type="application/json",
    )
    assert 400 <= response.status_code < 500
    assert Subscriber.objects.get().status == "confirmed"

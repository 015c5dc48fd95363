"""Subscribing with double opt-in, against a real SMTP server: the form, the e-mail, the signed links."""

import datetime

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from abonnes.models import Subscriber
from tests.html import page, parse, text

from .conftest import link_in, text_part


def subscribe(client, address, fields=None, **headers):
    return client.post("/abonnement/", {"email": address, "source": "/", **(fields or {})}, **headers)


def test_a_visitor_subscribes_from_the_home_page_and_confirms_from_the_email(client, home_page, smtp):
    form = page(client.get("/")).select_one("section.pvd-subscribe form")
    assert form["action"] == "/abonnement/" and form["method"] == "post"
    assert not form.select("input[name=csrfmiddlewaretoken]"), "the home page stays cacheable"

    response = Client(enforce_csrf_checks=True).post(
        form["action"], {"email": "Camille@Example.org", "role": "elu", "source": "/"}
    )
    assert response.status_code == 200
    assert "un e-mail a été envoyé à Camille@Example.org" in text(page(response))
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.status, subscriber.role) == ("camille@example.org", "pending", "elu")
    assert subscriber.consent_ip == "127.0.0.1" and subscriber.consent_at is None

    [message] = smtp.messages_to("camille@example.org")
    assert message["Subject"].strip() == "Confirmez votre abonnement à la lettre d'information"
    confirm = link_in(message, "/abonnement/confirmer/")
    landing = client.get(confirm)
    assert landing.status_code == 200 and page(landing).select_one("main form button")
    subscriber.refresh_from_db()
    assert subscriber.status == "pending", "opening the link (a mail scanner) does not confirm"

    confirmed = Client(enforce_csrf_checks=True).post(confirm)
    assert "Votre abonnement est confirmé" in text(page(confirmed))
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed" and subscriber.consent_at and subscriber.confirmed_at
    manage = page(confirmed).find("a", string="Gérer mon abonnement")["href"]
    assert client.get(manage).status_code == 200


def test_a_known_address_sees_the_same_page_and_is_told_by_email(client, home_page, smtp, subscriber_factory):
    subscriber_factory("deja@example.org")
    known = subscribe(client, "deja@example.org")
    new = subscribe(client, "nouveau@example.org")

    assert known.status_code == new.status_code == 200
    assert page(known).select_one("main").decode() == page(new).select_one("main").decode().replace(
        "nouveau@example.org", "deja@example.org"
    )
    assert Subscriber.objects.get(email="deja@example.org").status == "confirmed"
    [message] = smtp.messages_to("deja@example.org")
    assert message["Subject"].strip() == "Vous êtes déjà abonné·e à la lettre d'information"
    assert "déjà abonnée" in text_part(message) or "déjà abonné" in text_part(message)
    assert link_in(message, "/abonnement/gerer/")
    [welcome] = smtp.messages_to("nouveau@example.org")
    assert link_in(welcome, "/abonnement/confirmer/")


def test_an_invalid_address_is_refused_in_french_and_nothing_is_stored(client, home_page, smtp):
    response = subscribe(client, "pas-une-adresse")

    assert response.status_code == 400
    soup = parse(response.content)
    assert "Cette adresse e-mail n'est pas valide" in text(soup.select_one(".fr-error-text"))
    assert soup.select_one("#id_email")["aria-invalid"] == "true"
    assert Subscriber.objects.count() == 0 and smtp.envelopes == []


def test_a_robot_filling_the_honeypot_sees_the_same_page_and_nothing_happens(client, home_page, smtp):
    response = subscribe(client, "robot@example.org", {"website": "http://spam.example"})

    assert response.status_code == 200 and "un e-mail a été envoyé" in text(page(response))
    assert Subscriber.objects.count() == 0 and smtp.envelopes == []


def test_a_flood_from_one_address_gets_429_and_no_email_beyond_the_limit(client, home_page, smtp, settings):
    settings.RATELIMIT_RATES = {**settings.RATELIMIT_RATES, "subscribe": "3/h"}
    settings.TRUSTED_PROXY_COUNT = 1
    statuses = [
        subscribe(
            client, f"flood{n}@example.org", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7"
        ).status_code
        for n in range(5)
    ]
    other = subscribe(
        client, "voisin@example.org", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9"
    )

    assert statuses == [200, 200, 200, 429, 429]
    assert other.status_code == 200, "the limit counts the visitor's address, not the proxy's"
    assert sorted(smtp.per_address) == [
        "flood0@example.org",
        "flood1@example.org",
        "flood2@example.org",
        "voisin@example.org",
    ]
    flooded = subscribe(client, "x@example.org", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert "Trop de tentatives" in text(parse(flooded.content))


def test_the_same_address_typed_twice_gets_one_email(client, home_page, smtp):
    subscribe(client, "camille@example.org")
    subscribe(client, "CAMILLE@example.org")
    assert Subscriber.objects.count() == 1
    assert smtp.per_address["camille@example.org"] == 1


def test_an_expired_confirmation_link_is_refused_in_french(client, home_page, smtp, settings):
    subscribe(client, "camille@example.org")
    confirm = link_in(smtp.messages()[0], "/abonnement/confirmer/")
    later = timezone.now() + datetime.timedelta(seconds=settings.SUBSCRIBERS_CONFIRM_MAX_AGE + 60)
    with time_machine.travel(later):
        response = client.post(confirm)

    assert response.status_code == 410
    assert "Ce lien a expiré" in text(parse(response.content))
    assert Subscriber.objects.get().status == "pending"


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        lambda token: token.replace("eyJ", "eyK", 1),
        lambda token: "nimportequoi",
    ],
)
def test_a_tampered_link_is_refused_in_french(client, home_page, smtp, tamper):
    subscribe(client, "camille@example.org")
    confirm = link_in(smtp.messages()[0], "/abonnement/confirmer/")
    token = confirm.rstrip("/").rsplit("/", 1)[1]
    response = client.post(f"/abonnement/confirmer/{tamper(token)}/")

    assert response.status_code == 400
    assert "Ce lien n'est pas valide" in text(parse(response.content))
    assert Subscriber.objects.get().status == "pending"


def test_a_link_of_another_purpose_does_not_work_here(client, subscriber_factory, home_page):
    from abonnes.tokens import make_token

    subscriber = subscriber_factory(status="pending")
    response = client.post(f"/abonnement/confirmer/{make_token(subscriber, 'manage')}/")
    assert response.status_code == 400
    assert Subscriber.objects.get().status == "pending"


def test_an_unsubscribed_visitor_can_subscribe_again(client, home_page, smtp, subscriber_factory):
    subscriber_factory("revient@example.org", status="unsubscribed")
    subscribe(client, "revient@example.org")
    [message] = smtp.messages_to("revient@example.org")
    Client().post(link_in(message, "/abonnement/confirmer/"))
    assert Subscriber.objects.get().status == "confirmed"

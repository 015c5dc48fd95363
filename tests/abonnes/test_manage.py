"""The subscriber's own pages: manage (profile, language, my data, delete me) and unsubscribe."""

import json

from django.test import Client

from abonnes.links import manage_url, unsubscribe_url
from abonnes.models import Delivery, Subscriber, Suppression, email_hash
from tests.html import page, text


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def test_the_subscriber_changes_profile_and_language(client, subscriber_factory, home_page):
    subscriber = subscriber_factory(first_name="Camille")
    url = path_of(manage_url(subscriber))
    form = page(client.get(url)).select_one("main form")
    assert form.select_one("#id_first_name")["value"] == "Camille"

    response = client.post(
        url,
        {
            "first_name": "Camille",
            "last_name": "Martin",
            "organisation": "Mairie",
            "commune": "Barentin",
            "role": "elu",
            "language": "en",
        },
    )

    assert "Vos modifications sont enregistrées" in text(page(response))
    subscriber.refresh_from_db()
    assert (subscriber.last_name, subscriber.commune, subscriber.role, subscriber.language) == (
        "Martin",
        "Barentin",
        "elu",
        "en",
    )


def test_a_bad_profile_value_is_refused_and_nothing_changes(client, subscriber_factory, home_page):
    subscriber = subscriber_factory()
    response = client.post(path_of(manage_url(subscriber)), {"role": "roi", "language": "en"})
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert (subscriber.role, subscriber.language) == ("", "fr")


def test_the_subscriber_downloads_their_data_as_json(client, subscriber_factory, issue_factory, home_page):
    subscriber = subscriber_factory(organisation="ANCT", consent_source="Formulaire sur /")
    issue = issue_factory(number=4, title="La lettre de mai")
    Delivery.objects.create(issue=issue, subscriber=subscriber, status="sent")

    response = client.post(path_of(manage_url(subscriber)) + "donnees.json")

    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["email"] == "camille@example.org" and data["organisation"] == "ANCT"
    assert data["consent_source"] == "Formulaire sur /"
    assert data["deliveries"][0]["issue"] == "La lettre de mai"


def test_deleting_erases_the_subscriber_keeps_the_statistics_and_blocks_reimport(
    client, subscriber_factory, issue_factory, home_page
):
    subscriber = subscriber_factory("efface@example.org")
    issue = issue_factory(number=4)
    Delivery.objects.create(issue=issue, subscriber=subscriber, status="sent")
    url = path_of(manage_url(subscriber))

    response = client.post(url + "supprimer/")

    assert "Vos données ont été effacées" in text(page(response))
    assert not Subscriber.objects.filter(email="efface@example.org").exists()
    delivery = Delivery.objects.get()
    assert (delivery.subscriber, delivery.status) == (None, "sent")
    assert Suppression.objects.filter(email_hash=email_hash("Efface@example.org")).exists()
    assert client.get(url).status_code == 400, "the link names nobody any more"


def test_the_one_click_post_unsubscribes_without_login_or_token(subscriber_factory, issue_factory, home_page):
    subscriber = subscriber_factory()
    issue = issue_factory(number=4)
    Delivery.objects.create(issue=issue, subscriber=subscriber, status="sent")
    url = path_of(unsubscribe_url(subscriber, issue.pk))

    response = Client(enforce_csrf_checks=True).post(url, {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == "unsubscribed" and subscriber.unsubscribed_at
    assert Delivery.objects.get().unsubscribed, "counted in the statistics of the issue"


def test_the_unsubscribe_page_asks_with_one_button_and_get_changes_nothing(
    client, subscriber_factory, home_page
):
    subscriber = subscriber_factory()
    url = path_of(unsubscribe_url(subscriber))

    soup = page(client.get(url))
    [button] = soup.select("main form button")
    assert text(button) == "Se désinscrire"
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed"

    goodbye = client.post(url)
    assert "camille@example.org ne recevra plus la lettre" in text(page(goodbye))

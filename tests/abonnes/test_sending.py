"""Sending an issue to the subscribers through the task worker, to a real SMTP server: every address
once, the RFC 8058 headers on every message, failures kept and retried exactly."""

import pytest
from django.test import Client

from abonnes.models import Delivery, Mailing, Subscriber
from abonnes.sending import counts, retry, start_mailing
from tests.html import parse

from .conftest import many_subscribers, run_worker
from .sink import Sink, SinkServer, use_smtp

# The worker closes its database connection between tasks, as in production: these tests commit.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def issue(issue_factory):
    return issue_factory(number=4, title="La lettre de mai", intro="<p>Le chapô.</p>")


@pytest.fixture
def counting_smtp(settings):
    """A sink that only counts (thousands of messages)."""
    sink = Sink(keep_content=False)
    with SinkServer(sink) as server:
        use_smtp(settings, server.port)
        yield sink


def test_every_message_carries_its_own_links_and_the_one_click_headers(
    database_tasks, smtp, issue, subscriber_factory
):
    camille = subscriber_factory("camille@example.org")
    subscriber_factory("dominique@example.org")
    subscriber_factory("attente@example.org", status="pending")
    subscriber_factory("parti@example.org", status="unsubscribed")

    start_mailing(issue)
    run_worker()

    assert sorted(smtp.per_address) == ["camille@example.org", "dominique@example.org"]
    unsubscribe_links = set()
    for message in smtp.messages():
        assert message["Subject"].strip() == "La lettre de mai"
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        link = message["List-Unsubscribe"].strip()
        assert link.startswith("<http") and link.endswith(">")
        unsubscribe_links.add(link)
        html = message.get_body(preferencelist=("html",)).get_content()
        hrefs = [a["href"] for a in parse(html).find_all("a")]
        assert link[1:-1] in hrefs, "the footer's link is the header's"
        assert any("/abonnement/gerer/" in href for href in hrefs)
        assert "{{" not in html and "lien d'exemple" not in html
    assert len(unsubscribe_links) == 2, "one personal link per recipient"

    [to_camille] = smtp.messages_to("camille@example.org")
    one_click = to_camille["List-Unsubscribe"].strip()[1:-1].split("/", 3)[3]
    response = Client(enforce_csrf_checks=True).post("/" + one_click, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    camille.refresh_from_db()
    assert camille.status == "unsubscribed"
    assert counts(issue)["unsubscribed"] == 1


def test_a_send_to_2000_subscribers_delivers_exactly_2000_messages_one_per_address(
    database_tasks, counting_smtp, issue, settings
):
    settings.NEWSLETTER_BATCH_SIZE = 250
    many_subscribers(2000)

    assert start_mailing(issue) == 2000
    run_worker()

    assert counting_smtp.accepted == 2000
    assert len(counting_smtp.per_address) == 2000 and max(counting_smtp.per_address.values()) == 1
    assert counts(issue)["sent"] == 2000 and counts(issue)["pending"] == 0
    assert Mailing.objects.get(issue=issue).state == "done"


def test_a_server_refusing_after_500_leaves_500_sent_and_a_retry_sends_exactly_the_rest(
    database_tasks, counting_smtp, issue, settings
):
    settings.NEWSLETTER_BATCH_SIZE = 200
    many_subscribers(1000)
    counting_smtp.accept_at_most = 500

    start_mailing(issue)
    run_worker()

    figures = counts(issue)
    assert counting_smtp.accepted == 500 and figures["sent"] == 500
    assert figures["failed"] + figures["pending"] == 500 and figures["failed"] > 0
    assert figures["incertain"] == 0
    mailing = Mailing.objects.get(issue=issue)
    assert mailing.state == "stopped" and mailing.note == "refused"
    assert "554" in Delivery.objects.filter(status="failed").first().error

    counting_smtp.accept_at_most = None
    retry(issue)
    run_worker()

    assert counting_smtp.accepted == 1000
    assert max(counting_smtp.per_address.values()) == 1, "nobody receives it twice"
    assert counts(issue)["sent"] == 1000


def test_a_second_send_targets_only_the_subscribers_not_yet_sent(
    database_tasks, smtp, issue, subscriber_factory
):
    subscriber_factory("premiere@example.org")
    start_mailing(issue)
    run_worker()
    subscriber_factory("nouvelle@example.org")

    assert start_mailing(issue) == 1
    run_worker()

    assert smtp.per_address == {"premiere@example.org": 1, "nouvelle@example.org": 1}


def test_bounced_and_unsubscribed_addresses_are_never_sent_to(
    database_tasks, smtp, issue, subscriber_factory
):
    subscriber_factory("rebond@example.org", status=Subscriber.Status.BOUNCED)
    subscriber_factory("parti@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    assert start_mailing(issue) == 0
    run_worker()
    assert smtp.envelopes == []

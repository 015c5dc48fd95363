"""Sending an issue to subscribers of both languages, to a real SMTP server: an English subscriber gets
the English issue when it is live, else the French one; the send screen counts the recipients per
language and says which issue each group receives."""

import pytest
from django.urls import reverse
from django.utils import timezone

from abonnes.models import Subscriber
from abonnes.sending import start_mailing
from tests.abonnes.conftest import run_worker, text_part
from tests.abonnes.sink import Sink, SinkServer, use_smtp
from tests.html import page, text

# The worker closes its database connection between tasks, as in production: these tests commit.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def smtp(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    sink = Sink()
    with SinkServer(sink) as server:
        use_smtp(settings, server.port)
        yield sink


def subscriber(email: str, language: str) -> Subscriber:
    now = timezone.now()
    return Subscriber.objects.create(
        email=email, language=language, status=Subscriber.Status.CONFIRMED, confirmed_at=now, consent_at=now
    )


@pytest.fixture
def readers():
    return [subscriber("camille@example.org", "fr"), subscriber("alex@example.org", "en")]


def test_english_subscribers_receive_the_english_issue(smtp, readers, issue_factory, translate, english_home):
    french = issue_factory(number=4, title="Lettre n°4")
    translate(french, title="Newsletter #4")
    start_mailing(french)
    run_worker()

    [to_alex] = smtp.messages_to("alex@example.org")
    [to_camille] = smtp.messages_to("camille@example.org")
    assert to_alex["Subject"].strip() == "Newsletter #4"
    assert "Unsubscribe" in text_part(to_alex) and "/en/lettres/lettre-4/" in text_part(to_alex)
    assert to_camille["Subject"].strip() == "Lettre n°4"
    assert "Se désinscrire" in text_part(to_camille)


def test_without_a_live_english_issue_they_receive_the_french_one(smtp, readers, issue_factory):
    french = issue_factory(number=5, title="Lettre n°5")
    start_mailing(french)
    run_worker()
    [to_alex] = smtp.messages_to("alex@example.org")
    assert to_alex["Subject"].strip() == "Lettre n°5"


def test_the_send_screen_shows_the_recipients_per_language(
    editor_client, readers, issue_factory, translate, english_home
):
    subscriber("dominique@example.org", "fr")
    french = issue_factory(number=4, title="Lettre n°4")
    translate(french, title="Newsletter #4")
    screen = text(page(editor_client.get(reverse("abonnes_send", args=[french.pk]))).main)
    assert "Français : 2 abonnés, qui reçoivent « Lettre n°4 »." in screen
    assert "English : 1 abonné, qui reçoit « Newsletter #4 »." in screen

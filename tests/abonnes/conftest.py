"""Fixtures of the subscribers' tests: a real SMTP sink, subscribers, links read from e-mails."""

import re

import pytest
from django.core.cache import cache
from django.utils import timezone

from abonnes.models import Subscriber

from .sink import Sink, SinkServer, use_smtp


@pytest.fixture
def smtp(settings):
    sink = Sink()
    with SinkServer(sink) as server:
        use_smtp(settings, server.port)
        yield sink


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits and the pause between two confirmation e-mails live in the cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def subscriber_factory(db):
    def make(email="camille@example.org", status=Subscriber.Status.CONFIRMED, **fields):
        now = timezone.now()
        confirmed = {"confirmed_at": now, "consent_at": now} if status == Subscriber.Status.CONFIRMED else {}
        return Subscriber.objects.create(email=email, status=status, **{**confirmed, **fields})

    return make


def text_part(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def link_in(message, path_part: str) -> str:
    """The first link of the text part whose path contains `path_part`, without scheme and host."""
    match = re.search(rf"https?://[^/\s]+(\S*{re.escape(path_part)}\S*)", text_part(message))
    assert match, f"no link with {path_part} in:\n{text_part(message)}"
    return match.group(1)


@pytest.fixture
def database_tasks(settings):
    """The worker's backend (django-tasks-db) instead of the test suite's immediate one."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker():
    """`manage.py db_worker --batch`: runs every queued task (the chain of batches) and returns."""
    from django.core.management import call_command

    call_command("db_worker", batch=True, startup_delay=False, queue_name="*", verbosity=0)


def many_subscribers(count: int, prefix: str = "lecteur") -> list[Subscriber]:
    now = timezone.now()
    return Subscriber.objects.bulk_create(
        [
            Subscriber(
                email=f"{prefix}{n}@example.org",
                status=Subscriber.Status.CONFIRMED,
                confirmed_at=now,
                consent_at=now,
            )
            for n in range(count)
        ]
    )

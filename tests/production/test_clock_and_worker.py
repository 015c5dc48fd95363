"""The clock (periodic jobs under one lock), the task worker, and /healthz's view of both."""

import datetime
import time

import pytest
import time_machine
from django.core.management import call_command
from django.db import connection, connections
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max
from wagtail.models import PageLogEntry

from core import clock as clock_module
from core.clock import LOCK_KEY, Clock, register_job, registered_jobs
from lettre.email.proof import LOG_ACTION
from lettre.models import LettrePage

SEND_PROOF = "lettre.email.proof.send_proof"


@pytest.fixture(autouse=True)
def clock_lock_released(django_db_blocker):
    """A clock keeps its lock as long as its connection lives: the tests' connection outlives them."""
    yield
    if connection.vendor == "postgresql" and connection.connection is not None:
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock_all()")


@pytest.fixture
def database_tasks(settings):
    """The worker's backend instead of the test suite's immediate one."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def scheduled_issue(lettre_index, go_live_at):
    issue = LettrePage(title="La lettre programmée", slug="lettre-programmee", number=77,
                       issue_date=datetime.date(2021, 6, 1), live=False)
    lettre_index.add_child(instance=issue)
    issue.go_live_at = go_live_at
    issue.save_revision().publish()
    issue.refresh_from_db()
    return issue


def test_a_scheduled_issue_goes_live_at_the_first_tick_after_its_time(lettre_index, client):
    issue = scheduled_issue(lettre_index, timezone.now() + datetime.timedelta(minutes=5))
    clock = Clock()

    clock.tick()
    issue.refresh_from_db()
    assert not issue.live

    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=6)):
        assert "publish-scheduled" in clock.tick()
    issue.refresh_from_db()
    assert issue.live
    assert client.get(issue.url).status_code == 200


def test_jobs_that_other_apps_register_run_at_their_own_pace(db):
    calls = []
    register_job("test-every-hour", lambda: calls.append("hourly"), every=datetime.timedelta(hours=1))
    try:
        clock = Clock()
        start = timezone.now()
        clock.tick(start)
        clock.tick(start + datetime.timedelta(minutes=1))
        clock.tick(start + datetime.timedelta(minutes=61))
        assert calls == ["hourly", "hourly"]
    finally:
        clock_module._registry.pop("test-every-hour")
    assert "test-every-hour" not in {job.name for job in registered_jobs()}


def test_a_failing_job_does_not_stop_the_others(db):
    ran = []
    register_job("test-broken", lambda: 1 / 0)
    register_job("test-after", lambda: ran.append(True))
    try:
        Clock().tick()
    finally:
        clock_module._registry.pop("test-broken")
        clock_module._registry.pop("test-after")
    assert ran == [True]


def running_task(started_minutes_ago: int) -> DBTaskResult:
    return DBTaskResult.objects.create(
        task_path=SEND_PROOF, args_kwargs={"args": [], "kwargs": {}},
        backend_name="default", run_after=get_date_max(), status=TaskResultStatus.RUNNING,
        started_at=timezone.now() - datetime.timedelta(minutes=started_minutes_ago),
    )


def test_tasks_left_running_by_a_killed_worker_go_back_to_the_queue(db, settings):
    settings.TASKS_REQUEUE_AFTER_MINUTES = 60
    abandoned, busy = running_task(started_minutes_ago=90), running_task(started_minutes_ago=5)

    Clock().tick()

    abandoned.refresh_from_db()
    busy.refresh_from_db()
    assert abandoned.status == TaskResultStatus.READY and abandoned.started_at is None
    assert busy.status == TaskResultStatus.RUNNING


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_second_clock_does_nothing_while_the_first_holds_the_lock(lettre_index):
    if connection.vendor != "postgresql":
        pytest.skip("the lock is PostgreSQL's")
    issue = scheduled_issue(lettre_index, timezone.now() + datetime.timedelta(seconds=1))
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [LOCK_KEY])
            assert cursor.fetchone()[0], "the first clock takes the lock"
        time.sleep(1.2)

        assert Clock().tick() is None
        issue.refresh_from_db()
        assert not issue.live

        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [LOCK_KEY])
        clock = Clock()
        assert "publish-scheduled" in clock.tick()
        assert clock.tick(timezone.now() + datetime.timedelta(minutes=1)) is not None, "still its lock"
        clock.lock.release()
    finally:
        other.close()
    issue.refresh_from_db()
    assert issue.live


# The worker closes its database connection between tasks, as in production: the test commits.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_test_send_is_queued_then_sent_by_the_worker(
    database_tasks, admin_client, issue_factory, smtp_sink, settings, admin_user
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", smtp_sink.port, False
    issue = issue_factory(number=21, title="La lettre numéro 21")

    response = admin_client.post(reverse("lettre_test_send", args=[issue.pk]),
                                 {"recipients": "camille@example.org"}, follow=True)
    assert "en cours d’envoi à camille@example.org" in response.content.decode()
    assert smtp_sink.envelopes == []
    assert DBTaskResult.objects.ready().filter(task_path=SEND_PROOF).count() == 1

    call_command("db_worker", batch=True, startup_delay=False, queue_name="*", verbosity=0)

    assert [envelope.rcpt_tos for envelope in smtp_sink.envelopes] == [["camille@example.org"]]
    assert PageLogEntry.objects.filter(page=issue, action=LOG_ACTION, user=admin_user).exists()
    assert DBTaskResult.objects.successful().filter(task_path=SEND_PROOF).count() == 1


# The worker closes its database connection between tasks, as in production: the test commits.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_failure_in_the_worker_is_written_in_the_history_of_the_issue(
    database_tasks, admin_client, issue_factory, settings
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2  # nothing there
    issue = issue_factory(number=22, title="La lettre numéro 22")
    admin_client.post(reverse("lettre_test_send", args=[issue.pk]), {"recipients": "camille@example.org"})

    call_command("db_worker", batch=True, startup_delay=False, queue_name="*", verbosity=0)

    history = admin_client.get(reverse("wagtailadmin_pages:history", args=[issue.pk])).content.decode()
    assert "E-mail de test non envoyé" in history
    assert "injoignable" in history


def test_health_reports_tasks_that_wait_for_a_worker(database_tasks, client, db, settings):
    assert client.get("/healthz").json()["status"] == "ok"
    waiting = DBTaskResult.objects.create(
        task_path=SEND_PROOF, args_kwargs={"args": [], "kwargs": {}},
        backend_name="default", run_after=get_date_max(),
    )
    assert client.get("/healthz").status_code == 200, "a task queued a moment ago is fine"
    DBTaskResult.objects.filter(pk=waiting.pk).update(
        enqueued_at=timezone.now() - datetime.timedelta(minutes=settings.TASKS_MAX_WAIT_MINUTES + 1)
    )
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "checks": {
        "database": "ok", "cache": "ok", "storage": "ok", "tasks": "error"}}
    assert response["Cache-Control"].startswith("max-age=0")

"""A `db_worker` process really killed in the middle of a send, then started again (PostgreSQL): no
address gets two copies, every recipient is accounted for, at most one uncertain row per kill."""

import os
import signal
import subprocess
import sys
import time

import pytest
from django.db import connection

from abonnes.jobs import mark_uncertain_deliveries
from abonnes.sending import counts, start_mailing
from core.jobs import requeue_abandoned_tasks
from tests.production.servers import ROOT, production_env

from .conftest import many_subscribers
from .sink import Sink, SinkServer

RECIPIENTS = 600

pytestmark = [pytest.mark.postgres_only, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def database_url() -> str:
    params = connection.settings_dict
    password = f":{params['PASSWORD']}" if params.get("PASSWORD") else ""
    return (
        f"postgres://{params['USER']}{password}@{params['HOST'] or '127.0.0.1'}:{params['PORT'] or 5432}"
        f"/{params['NAME']}"
    )


def start_worker(port: int) -> subprocess.Popen:
    env = production_env(
        DATABASE_URL=database_url(),
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_USE_TLS="false",
        NEWSLETTER_SEND_RATE="150",
        NEWSLETTER_BATCH_SIZE="100",
    )
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--interval", "0.2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def wait_for(condition, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


def test_a_worker_killed_mid_send_and_restarted_sends_nobody_two_copies(
    issue_factory, database_tasks, settings
):
    issue = issue_factory(number=4, title="La lettre de mai")
    many_subscribers(RECIPIENTS)
    sink = Sink(keep_content=False)
    kills = 0
    with SinkServer(sink) as server:
        start_mailing(issue)
        for threshold in (150, 380):
            worker = start_worker(server.port)
            try:
                wait_for(lambda threshold=threshold: sink.accepted >= threshold)
            finally:
                os.killpg(worker.pid, signal.SIGKILL)
                worker.wait()
            kills += 1
            # What the clock does after its delays (here at once): the batch left RUNNING goes back to the
            # queue, the row left `sending` becomes uncertain.
            settings.TASKS_REQUEUE_AFTER_MINUTES = 0
            settings.NEWSLETTER_SENDING_STALE_SECONDS = 0
            requeue_abandoned_tasks()
            mark_uncertain_deliveries()
        worker = start_worker(server.port)
        try:
            wait_for(lambda: counts(issue)["pending"] == 0 and counts(issue)["sending"] == 0)
        finally:
            os.killpg(worker.pid, signal.SIGTERM)
            worker.wait(timeout=30)

    figures = counts(issue)
    print(f"\nkilled {kills} times: {figures}; messages at the sink: {sink.accepted}")
    assert max(sink.per_address.values()) == 1, "no address received two copies"
    assert figures["sent"] + figures["incertain"] + figures["failed"] + figures["pending"] == RECIPIENTS
    assert figures["incertain"] <= kills
    assert figures["sent"] <= sink.accepted <= figures["sent"] + figures["incertain"]

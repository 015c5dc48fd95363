"""Sending throughput: ``manage.py bench_send [--subscribers 10000]``.

Sends one issue to N subscribers through a local SMTP sink (aiosmtpd, in this process) with a real
`db_worker` process, and prints messages per second, the total time and the worker's memory (sampled
resident size, and its peak). Uses the database of ``DATABASE_URL`` (a database of its own: the bench
replaces its subscribers whose address ends with @bench.invalid) and the demo content's latest issue
(loaded if there is none). Needs the task worker's backend (django-tasks-db).
"""

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from aiosmtpd.controller import Controller
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from abonnes.models import Delivery, Mailing, Subscriber
from abonnes.sending import counts, start_mailing
from lettre.models import LettrePage

BENCH_DOMAIN = "bench.invalid"
ROOT = Path(settings.BASE_DIR)


class CountingSink:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += len(envelope.rcpt_tos)
        return "250 OK"


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class Command(BaseCommand):
    help = "Send one issue to N subscribers through a local SMTP sink and print the throughput."

    def add_arguments(self, parser):
        parser.add_argument("--subscribers", type=int, default=10_000)
        parser.add_argument("--batch-size", type=int, default=settings.NEWSLETTER_BATCH_SIZE)

    def handle(self, *args, subscribers, batch_size, **options):
        if settings.TASKS["default"]["BACKEND"] != "django_tasks_db.DatabaseBackend":
            raise CommandError(
                "bench_send needs the task worker's backend (django_tasks_db.DatabaseBackend)."
            )
        issue = self.issue()
        self.prepare(issue, subscribers)
        sink = CountingSink()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        controller = Controller(sink, hostname="127.0.0.1", port=port)
        controller.start()
        try:
            self.run(issue, subscribers, batch_size, sink, controller.port)
        finally:
            controller.stop()

    def issue(self) -> LettrePage:
        issue = LettrePage.objects.live().order_by("-issue_date").first()
        if issue is None:
            call_command("load_demo_content", verbosity=0)
            issue = LettrePage.objects.live().order_by("-issue_date").first()
        return issue

    def prepare(self, issue, count: int) -> None:
        Delivery.objects.filter(issue=issue).delete()
        Mailing.objects.filter(issue=issue).delete()
        Subscriber.objects.filter(email__endswith=f"@{BENCH_DOMAIN}").delete()
        now = timezone.now()
        Subscriber.objects.bulk_create(
            [
                Subscriber(
                    email=f"lecteur{n}@{BENCH_DOMAIN}",
                    status=Subscriber.Status.CONFIRMED,
                    confirmed_at=now,
                    consent_at=now,
                )
                for n in range(count)
            ],
            batch_size=2000,
        )

    def run(self, issue, count: int, batch_size: int, sink: CountingSink, port: int) -> None:
        recipients = start_mailing(issue)
        env = {
            **os.environ,
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(port),
            "EMAIL_USE_TLS": "false",
            "EMAIL_USE_SSL": "false",
            "NEWSLETTER_SEND_RATE": "0",
            "NEWSLETTER_BATCH_SIZE": str(batch_size),
        }
        with tempfile.TemporaryFile(mode="w+") as log:
            self.watch(issue, count, recipients, sink, env, log)

    def watch(self, issue, count, recipients, sink, env, log) -> None:
        started = time.perf_counter()
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--queue-name", "*"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
            text=True,
        )
        samples, peak = [], 0
        while worker.poll() is None:
            samples.append((time.perf_counter() - started, sink.count, rss_kib(worker.pid)))
            peak = max(peak, peak_rss_kib(worker.pid))
            time.sleep(0.5)
        elapsed = time.perf_counter() - started
        figures = counts(issue)
        rss = [kib for _, _, kib in samples if kib]
        self.stdout.write(
            f"Recipients: {recipients}; sent: {figures['sent']}; failed: {figures['failed']}; "
            f"uncertain: {figures['incertain']}; messages at the sink: {sink.count}"
        )
        self.stdout.write(f"Total time: {elapsed:.1f} s (worker start included)")
        self.stdout.write(f"Throughput: {sink.count / elapsed:.0f} messages/s")
        if rss:
            tenth = max(1, len(rss) // 10)
            profile = ", ".join(f"{kib / 1024:.0f}" for kib in rss[::tenth])
            self.stdout.write(f"Worker resident memory every {tenth * 0.5:.1f} s (MiB): {profile}")
            self.stdout.write(f"Worker peak memory: {max(peak, max(rss)) / 1024:.0f} MiB")
        if worker.returncode:
            log.seek(0)
            raise CommandError(f"the worker failed:\n{log.read()[-3000:]}")
        if sink.count != count or figures["sent"] != count:
            raise CommandError(f"expected {count} messages, the sink received {sink.count}")

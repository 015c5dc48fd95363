"""Sending throughput: ``manage.py bench_send [--subscribers 10000] [--workers 2]``.

Sends one issue to N subscribers with real `db_worker` processes through a local SMTP sink (a lean
asyncio SMTP server in this process, which reads each message whole and counts it per address), and
prints messages per second, the total time and the workers' memory (resident size sampled during the
send, and the peak). Uses the database of ``DATABASE_URL`` (a database of its own: the bench replaces
its subscribers whose address ends with @bench.invalid) and the latest live issue (the demo content is
loaded if there is none). Needs the task worker's backend (django-tasks-db).
"""

import asyncio
import collections
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from abonnes.models import Delivery, Mailing, Subscriber
from abonnes.sending import counts, start_mailing
from lettre.models import LettrePage

BENCH_DOMAIN = "bench.invalid"
ROOT = Path(settings.BASE_DIR)


class LeanSink:
    """Just enough SMTP for Django's backend: EHLO, MAIL, RCPT, DATA (read up to the final dot), RSET,
    NOOP, QUIT. Runs its own event loop in a thread."""

    def __init__(self):
        self.per_address: collections.Counter = collections.Counter()
        self.loop = asyncio.new_event_loop()
        self.server = self.loop.run_until_complete(
            asyncio.start_server(self.session, "127.0.0.1", 0, limit=2**24)
        )
        self.port = self.server.sockets[0].getsockname()[1]
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    @property
    def count(self) -> int:
        return sum(self.per_address.values())

    async def session(self, reader, writer):
        writer.write(b"220 bench ESMTP\r\n")
        recipients = []
        while line := await reader.readline():
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                writer.write(b"250-bench\r\n250 8BITMIME\r\n")
            elif verb == b"MAIL":
                recipients = []
                writer.write(b"250 OK\r\n")
            elif verb == b"RCPT":
                recipients.append(line.split(b":", 1)[1].strip(b" <>\r\n").decode().lower())
                writer.write(b"250 OK\r\n")
            elif verb == b"DATA":
                writer.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                await writer.drain()
                await reader.readuntil(b"\r\n.\r\n")
                self.per_address.update(recipients)
                writer.write(b"250 OK\r\n")
            elif verb == b"QUIT":
                writer.write(b"221 Bye\r\n")
                await writer.drain()
                break
            else:
                writer.write(b"250 OK\r\n")
            await writer.drain()
        writer.close()

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=5)


def proc_status_kib(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class Command(BaseCommand):
    help = "Send one issue to N subscribers through a local SMTP sink and print the throughput."

    def add_arguments(self, parser):
        parser.add_argument("--subscribers", type=int, default=10_000)
        parser.add_argument("--workers", type=int, default=2, help="db_worker processes (and chains)")
        parser.add_argument("--batch-size", type=int, default=settings.NEWSLETTER_BATCH_SIZE)

    def handle(self, *args, subscribers, workers, batch_size, **options):
        if settings.TASKS["default"]["BACKEND"] != "django_tasks_db.DatabaseBackend":
            raise CommandError(
                "bench_send needs the task worker's backend (django_tasks_db.DatabaseBackend)."
            )
        issue = self.issue()
        self.prepare(issue, subscribers)
        settings.NEWSLETTER_PARALLEL_SENDS = workers
        with LeanSink() as sink, tempfile.TemporaryFile(mode="w+") as log:
            recipients = start_mailing(issue)
            env = {
                **os.environ,
                "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "EMAIL_HOST": "127.0.0.1",
                "EMAIL_PORT": str(sink.port),
                "EMAIL_USE_TLS": "false",
                "EMAIL_USE_SSL": "false",
                "NEWSLETTER_SEND_RATE": "0",
                "NEWSLETTER_BATCH_SIZE": str(batch_size),
                "NEWSLETTER_PARALLEL_SENDS": str(workers),
            }
            started = time.perf_counter()
            processes = [
                subprocess.Popen(
                    [
                        sys.executable,
                        "manage.py",
                        "db_worker",
                        "--batch",
                        "--no-startup-delay",
                        "--queue-name",
                        "*",
                    ],
                    cwd=ROOT,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=log,
                )
                for _ in range(workers)
            ]
            samples, peak = [], 0
            while any(process.poll() is None for process in processes):
                samples.append(max(proc_status_kib(p.pid, "VmRSS") for p in processes))
                peak = max([peak, *(proc_status_kib(p.pid, "VmHWM") for p in processes)])
                time.sleep(0.5)
            elapsed = time.perf_counter() - started
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            self.cpu = usage.ru_utime + usage.ru_stime
            self.report(issue, recipients, sink, elapsed, samples, peak, workers)
            if any(process.returncode for process in processes):
                log.seek(0)
                raise CommandError(f"a worker failed:\n{log.read()[-3000:]}")
        if sink.count != subscribers or max(sink.per_address.values()) != 1:
            raise CommandError(f"expected {subscribers} messages, one per address; the sink got {sink.count}")

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

    def report(self, issue, recipients, sink, elapsed, samples, peak, workers) -> None:
        figures = counts(issue)
        self.stdout.write(f"Issue: {issue.title} ({recipients} recipients), {workers} worker(s)")
        self.stdout.write(
            f"Sent: {figures['sent']}; failed: {figures['failed']}; uncertain: "
            f"{figures['incertain']}; messages at the sink: {sink.count}"
        )
        self.stdout.write(f"Total time: {elapsed:.1f} s (workers' start included)")
        self.stdout.write(f"Throughput: {sink.count / elapsed:.0f} messages/s")
        self.stdout.write(
            f"Workers' CPU time: {self.cpu:.1f} s, start of Django included "
            f"({sink.count / self.cpu:.0f} messages per CPU second; load of the machine: "
            f"{os.getloadavg()[0]:.1f})"
        )
        rss = [kib for kib in samples if kib]
        if rss:
            step = max(1, len(rss) // 10)
            profile = ", ".join(f"{kib / 1024:.0f}" for kib in rss[::step])
            self.stdout.write(f"Largest worker's resident memory every {step * 0.5:.1f} s (MiB): {profile}")
            self.stdout.write(f"Workers' peak memory: {max(peak, *rss) / 1024:.0f} MiB (each)")

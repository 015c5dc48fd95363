import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lettre.email.commands import issue_by_number
from lettre.email.render import render_issue_email
from lettre.models import LettrePage


def summary(durations: list[float]) -> str:
    ordered = sorted(durations)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (f"median {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms, "
            f"min {ordered[0]:.1f} ms, max {ordered[-1]:.1f} ms")


class Command(BaseCommand):
    help = "Times the rendering of an issue to its e-mail (HTML + text): median and 95th percentile."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=50)
        parser.add_argument("--number", type=int, help="Number of the issue (default: the longest one).")

    def handle(self, *args, runs, number, **options):
        if runs < 1:
            raise CommandError("--runs must be at least 1.")
        if number is not None:
            page_id = issue_by_number(number).pk
        else:
            issues = list(LettrePage.objects.all())
            if not issues:
                raise CommandError("No issue to render: run `manage.py load_demo_content` first.")
            page_id = max(issues, key=lambda issue: len(issue.body.raw_data)).pk

        render_issue_email(LettrePage.objects.get(pk=page_id))  # warm up: renditions, templates
        durations, cpu_times = [], []
        for _run in range(runs):
            start, cpu_start = time.perf_counter(), time.process_time()
            page = LettrePage.objects.get(pk=page_id)
            edition = render_issue_email(page)
            durations.append((time.perf_counter() - start) * 1000)
            cpu_times.append((time.process_time() - cpu_start) * 1000)
        with CaptureQueriesContext(connection) as queries:
            render_issue_email(LettrePage.objects.get(pk=page_id))

        self.stdout.write(
            f"{page}: {len(page.body)} blocks, HTML {len(edition.html.encode()) / 1024:.1f} KB, "
            f"text {len(edition.text.encode()) / 1024:.1f} KB, {len(queries)} queries per render\n"
            f"{runs} runs (page loaded from the database + HTML + text):\n"
            f"  wall time: {summary(durations)}\n"
            f"  CPU time:  {summary(cpu_times)} (the same without waiting for a busy processor)"
        )

"""Directory latency and queries at the programme's size: ``manage.py bench_communes``.

Imports the whole reference (about 35,000 communes), makes 1,600 of them members (replacing the
members of the database given by ``DATABASE_URL``: use a database of its own), then renders the
directory through the whole Django stack — every member mentioned by one page, so that the lookup
of mentions runs as on a real site — for a fixed set of addresses — no filter, each filter, a
search by name, a far page, the map, a commune — and prints, for each, the number of SQL queries
and the median and p95 time. Prints figures; asserts nothing.
"""

import os
import statistics
import time

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, ReferenceIndex, Site

from communes.models import Commune, CommuneDirectoryPage, Membership
from communes.reference import import_reference

MEMBERS = 1_600
ADDRESSES = [
    "",
    "?region=24",
    "?department=76",
    "?region=93&department=05",
    "?q=ploeuc",
    "?q=saint",
    "?q=sur&region=84",
    "?page=40",
    "?department=974&page=2",
    "carte/",
]


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Command(BaseCommand):
    help = "Renders the directory with 1,600 members among 35,000 communes; prints queries, median and p95."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=30, help="Timed runs per address, after a warm-up.")
        parser.add_argument("--show-queries", action="store_true", help="Print the SQL of each address.")

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("No default site: run `manage.py migrate` first.")
        started = time.perf_counter()
        import_reference()
        self.ensure_members()
        directory = self.ensure_directory(site.root_page)
        self.ensure_mentions(directory)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            f"{Commune.objects.count()} communes, {Membership.objects.count()} members, "
            f"ready in {time.perf_counter() - started:.1f} s; database {connection.vendor}; "
            f"{options['runs']} runs per address; load average "
            f"{', '.join(f'{value:.1f}' for value in os.getloadavg())} on {os.cpu_count()} CPUs\n"
        )
        member = Membership.objects.order_by("commune_id").values_list("commune_id", flat=True)[MEMBERS // 2]
        addresses = [*ADDRESSES, f"{member}/"]
        client = Client(HTTP_HOST=site.hostname if site.hostname != "*" else "localhost")
        self.stdout.write(f"{'address':<34} {'status':>6} {'queries':>7} {'median ms':>10} {'p95 ms':>8}")
        worst, shown = 0, []
        for address in addresses:
            url = directory.url + address
            client.get(url)  # warm-up: caches, first renditions of templates
            samples, queries, status = [], 0, 0
            for _run in range(options["runs"]):
                reset_queries()  # the query log keeps 9,000 entries: a full log cannot be sliced
                with CaptureQueriesContext(connection) as captured:
                    begin = time.perf_counter()
                    response = client.get(url)
                    samples.append((time.perf_counter() - begin) * 1000)
                queries, status = len(captured), response.status_code
            worst = max(worst, queries)
            if options["show_queries"] or not shown:  # always the unfiltered directory's
                shown.append((url, [query["sql"] for query in captured.captured_queries]))
            self.stdout.write(
                f"{url:<34} {status:>6} {queries:>7} {statistics.median(samples):>10.1f} "
                f"{percentile(samples, 0.95):>8.1f}"
            )
        self.stdout.write(f"\nmost queries for one page: {worst} (goal: under 15)")
        for url, statements in shown:
            self.stdout.write(f"\nqueries of {url}:")
            for number, sql in enumerate(statements, start=1):
                self.stdout.write(f"{number:>3}. {sql[:160]}")

    def ensure_members(self) -> None:
        """Every n-th small town of the reference, by INSEE code, until there are 1,600."""
        candidates = list(
            Commune.objects.filter(current=True, population__gte=2_000, population__lte=25_000)
            .order_by("code").values_list("code", flat=True)
        )
        step = max(1, len(candidates) // MEMBERS)
        chosen = candidates[::step][:MEMBERS]
        if set(Membership.objects.values_list("commune_id", flat=True)) != set(chosen):
            Membership.objects.all().delete()
            Membership.objects.bulk_create([Membership(commune_id=code) for code in chosen], batch_size=500)

    def ensure_mentions(self, page) -> None:
        """Reference index rows as Wagtail writes them for a page that chooses every member commune."""
        page_type = ContentType.objects.get_for_model(Page)
        commune_type = ContentType.objects.get_for_model(Commune)
        ReferenceIndex.objects.filter(to_content_type=commune_type, model_path="bench").delete()
        ReferenceIndex.objects.bulk_create([
            ReferenceIndex(
                content_type=page_type, base_content_type=page_type, object_id=str(page.pk),
                to_content_type=commune_type, to_object_id=code, model_path="bench",
                content_path=f"bench.{code}",
                content_path_hash=ReferenceIndex._get_content_path_hash(f"bench.{code}"),
            )
            for code in Membership.objects.values_list("commune_id", flat=True)
        ], batch_size=500)

    def ensure_directory(self, home) -> CommuneDirectoryPage:
        directory = CommuneDirectoryPage.objects.child_of(home).first()
        if directory is None:
            directory = home.add_child(instance=CommuneDirectoryPage(title="Les communes", slug="communes"))
            directory.save_revision().publish()
        return directory

"""Search latency on a large site: ``manage.py bench_search`` (PostgreSQL only).

Builds (once) 10,000 resources, 200 issues, 300 events and 20 partners in the database given by
``DATABASE_URL``, then runs a fixed set of searches and prints p50/p95 latency, for the search
itself (words, facets, first page of results with snippets) and for the whole page (view and
template, query log included). Use a database of its own, e.g.
``DATABASE_URL=postgres://postgres@127.0.0.1:5432/pvd_search_bench``.
"""

import os
import statistics
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.http import QueryDict
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from ressources.models import ResourcePage
from search.bench_data import BENCH_PREFIX, build, index_bench_pages
from search.engine import run_search
from search.models import SearchDocument
from search.query import SearchRequest
from search.views import search_view

QUERIES = [
    "q=revitalisation",
    "q=tiers-lieux",
    "q=replay+tiers-lieux",
    "q=guide+ordre+des+architectes",
    "q=bibliothèque",
    "q=mensuel",
    "q=evenement+regional",
    "q=commerce+de+proximité",
    "q=friche+industrielle",
    "q=Barentin",
    "q=petites+villes+de+demain",
    "q=chef+de+projet&type=ressource&year=2021",
    "q=guide&theme=bench-3&page=5",
    "q=zzzz+introuvable",
]


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Command(BaseCommand):
    help = "Builds a large site (once) and prints p50/p95 search latency for a fixed set of queries."

    def add_arguments(self, parser):
        parser.add_argument("--resources", type=int, default=10_000)
        parser.add_argument("--issues", type=int, default=200)
        parser.add_argument("--events", type=int, default=300)
        parser.add_argument("--runs", type=int, default=20,
                            help="Timed runs per query (after one warm-up run).")

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError("bench_search needs PostgreSQL: set DATABASE_URL to a database of its own.")
        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        if not ResourcePage.objects.filter(slug__startswith=BENCH_PREFIX).exists():
            build(options["resources"], options["issues"], options["events"], self.stdout)
        if SearchDocument.objects.count() < ResourcePage.objects.count():  # new, or documents migrated
            index_bench_pages(self.stdout)
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")  # fresh statistics, as autovacuum would give a live site
            self.stdout.write(f"ready in {time.perf_counter() - started:.0f} s")
        total = ResourcePage.objects.live().count()
        load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
        self.stdout.write(f"{total} live resources; {options['runs']} runs per query; "
                          f"load average {load} on {os.cpu_count()} CPUs\n")
        with translation.override("fr"):
            self.report("search (words, facets, first page, snippets)", self.time_engine, options["runs"])
            self.report("whole page (view, template, query log)", self.time_page, options["runs"])

    def time_engine(self, query: str) -> float:
        started = time.perf_counter()
        run_search(SearchRequest.from_querydict(QueryDict(query)), base_url="/recherche/")
        return time.perf_counter() - started

    def time_page(self, query: str) -> float:
        request = RequestFactory().get(f"/recherche/?{query}")
        started = time.perf_counter()
        search_view(request).render()
        return time.perf_counter() - started

    def report(self, title: str, measure, runs: int) -> None:
        """Queries measured in turn (round robin), so that a burst of load on a shared machine
        spreads over all of them; the minimum shows the cost without contention."""
        for query in QUERIES:
            measure(query)
        samples: dict[str, list[float]] = {query: [] for query in QUERIES}
        for _ in range(runs):
            for query in QUERIES:
                samples[query].append(measure(query) * 1000)
        self.stdout.write(f"{title}\n{'query':45} {'results':>8} {'queries':>8} {'min ms':>8} {'p50 ms':>8} "
                          f"{'p95 ms':>8}")
        for query in QUERIES:
            with CaptureQueriesContext(connection) as queries:
                measure(query)
            total = run_search(SearchRequest.from_querydict(QueryDict(query)), base_url="/recherche/").total
            timings = samples[query]
            self.stdout.write(f"{query:45} {total:8d} {len(queries):8d} {min(timings):8.1f} "
                              f"{statistics.median(timings):8.1f} {percentile(timings, 0.95):8.1f}")
        everything = [value for timings in samples.values() for value in timings]
        p50, p95 = statistics.median(everything), percentile(everything, 0.95)
        self.stdout.write(self.style.SUCCESS(f"all queries: p50 {p50:.1f} ms, p95 {p95:.1f} ms\n"))

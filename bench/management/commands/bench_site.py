"""`make bench`: the figures of docs/performance.md, on PostgreSQL.

1. The demo content plus 200 issues, 10,000 resources and 500 events (built once, in bulk, by the
   search's bench data) in the database of DATABASE_URL (a database of its own).
2. For each page type: SQL queries, median and p95 server time uncached and from the page cache,
   HTML size (plain and gzip), measured inside the process.
3. gunicorn with 2 workers and the production settings, wrk in front: the issue page cached and
   uncached, the library, the search, each as a share of the ceiling (the same issue HTML served by
   a WSGI app that only returns bytes, under the same gunicorn); 50 connections for 30 s on the cached
   issue (errors counted); the memory of a worker after 1,000 uncached requests.
"""

import os
import shutil
import statistics
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import override_settings
from django.utils import translation

from agenda.models import EventPage
from bench.bakerydemo import REFERENCE_PATH, as_blog_posts
from bench.load import Gunicorn, server_time_ms, site_environment, wrk
from bench.timing import time_page
from home.models import HomePage
from lettre.models import LettreIndexPage, LettrePage
from ressources.models import PartnerPage, ResourceIndexPage, ResourcePage, Theme
from search.bench_data import BENCH_PREFIX, build, index_bench_pages
from search.models import SearchDocument

HOST = "127.0.0.1"
ISSUE_GOAL_QUERIES = 15


class Command(BaseCommand):
    help = "Builds a large site (once) and prints queries, server time and load figures per page type."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=30, help="Timed requests per page (after a warm-up).")
        parser.add_argument("--seconds", type=int, default=15, help="Duration of each wrk run.")
        parser.add_argument("--no-load", action="store_true", help="Server times only, no gunicorn nor wrk.")
        parser.add_argument(
            "--redis-url", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
        )

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError("bench_site needs PostgreSQL: set DATABASE_URL to a database of its own.")
        self.prepare()
        urls = self.urls()
        self.stdout.write(
            f"load average {', '.join(f'{x:.1f}' for x in os.getloadavg())} on "
            f"{os.cpu_count()} CPUs; {options['runs']} runs per page\n"
        )
        with translation.override("fr"):
            self.server_times(urls, options["runs"])
        if not options["no_load"]:
            self.load(urls, options)

    # --- the site ------------------------------------------------------------------------------

    def prepare(self):
        call_command("migrate", verbosity=0)
        if not LettrePage.objects.filter(number=4).exists():
            call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
        if not ResourcePage.objects.filter(slug__startswith=BENCH_PREFIX).exists():
            self.stdout.write("building 200 issues, 10,000 resources and 500 events (once)…")
            build(10_000, 200, 500, self.stdout)
        if SearchDocument.objects.count() < ResourcePage.objects.count():
            index_bench_pages(self.stdout)
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def urls(self) -> dict[str, str]:
        issue = LettrePage.objects.get(number=4, locale__language_code=settings.LANGUAGE_CODE)
        library = ResourceIndexPage.objects.first()
        theme = Theme.objects.filter(slug__startswith=BENCH_PREFIX).first()
        partner = PartnerPage.objects.live().filter(events__isnull=False).distinct().first()
        return {
            "issue #4": issue.url,
            "archive": LettreIndexPage.objects.first().url,
            "library, filtered": f"{library.url}?theme={theme.slug}&year=2021",
            "event": EventPage.objects.live().filter(slug__startswith=BENCH_PREFIX).last().url,
            "partner": partner.url,
            "home": HomePage.objects.first().url,
            "search": "/recherche/?q=revitalisation",
        }

    # --- server time ---------------------------------------------------------------------------

    def server_times(self, urls: dict, runs: int):
        self.stdout.write(
            f"{'page':<20}{'queries':>8}{'uncached median / p95':>25}"
            f"{'cached median / p95':>23}{'HTML':>10}{'gzip':>9}"
        )
        for name, url in urls.items():
            with override_settings(PAGE_CACHE_ENABLED=False, DEBUG=False):
                uncached = time_page(url, runs, HOST)
            cache.clear()
            with override_settings(PAGE_CACHE_ENABLED=True, DEBUG=False):
                cached = time_page(url, runs, HOST)
            self.stdout.write(
                f"{name:<20}{uncached.queries:>8}{uncached.median_ms:>15.1f} / {uncached.p95_ms:5.1f} ms"
                f"{cached.median_ms:>13.2f} / {cached.p95_ms:5.2f} ms"
                f"{uncached.size / 1024:>8.0f} kB{uncached.gzip_size / 1024:>6.0f} kB"
            )
            if name == "issue #4":
                goal = "met" if uncached.queries <= ISSUE_GOAL_QUERIES else "NOT met"
                self.issue_median = uncached.median_ms
        self.stdout.write(f"goal: issue page in at most {ISSUE_GOAL_QUERIES} queries: {goal}\n")

    # --- load ----------------------------------------------------------------------------------

    def load(self, urls: dict, options):
        database_url = os.environ["DATABASE_URL"]
        static_root = tempfile.mkdtemp(prefix="pvd-bench-static-")
        html_file = Path(static_root) / "issue.html"
        try:
            environment = site_environment(database_url, options["redis_url"], static_root, page_cache=True)
            subprocess.run(
                [os.sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
                env=environment,
                check=True,
            )
            seconds = options["seconds"]
            results = {}
            with Gunicorn("pvd_site.wsgi", environment) as site:
                site.get(urls["issue #4"], 2)
                html_file.write_bytes(self.fetch(site, urls["issue #4"]))
                for name, key in (
                    ("issue, cached", "issue #4"),
                    ("library, cached", "library, filtered"),
                    ("search, cached", "search"),
                ):
                    site.get(urls[key])
                    results[name] = wrk(site.base_url + urls[key], seconds=seconds)
                busy = wrk(site.base_url + urls["issue #4"], connections=50, seconds=30, timeout="5s")
            uncached_env = {**environment, "PAGE_CACHE_ENABLED": "false"}
            with Gunicorn("pvd_site.wsgi", uncached_env) as site:
                for name, key in (
                    ("issue, uncached", "issue #4"),
                    ("library, uncached", "library, filtered"),
                    ("search, uncached", "search"),
                ):
                    site.get(urls[key])
                    results[name] = wrk(site.base_url + urls[key], seconds=seconds)
                against_bakerydemo = self.against_bakerydemo(site, urls["issue #4"])
            with Gunicorn("bench.ceiling", {**environment, "BENCH_CEILING_HTML": str(html_file)}) as ceiling:
                roof = wrk(ceiling.base_url + "/", seconds=seconds)
            with Gunicorn("pvd_site.wsgi", uncached_env) as site:
                paths = list(urls.values())
                for n in range(1000):
                    site.get(paths[n % len(paths)])
                rss = site.worker_rss_mb()
        finally:
            shutil.rmtree(static_root, ignore_errors=True)
        self.report_load(results, roof, busy, rss, seconds)
        self.stdout.write(against_bakerydemo)

    @staticmethod
    def against_bakerydemo(site, issue_path: str, rounds: int = 3) -> str:
        """Issue #4 as a multiple of bakerydemo's blog post, through the reference page measured in
        alternating pairs with it (bench/bakerydemo.py holds the reference's own ratio)."""
        site.get(REFERENCE_PATH)
        ratios = []
        for _ in range(rounds):
            issue_ms = server_time_ms(site.base_url + issue_path, 5)
            reference_ms = server_time_ms(site.base_url + REFERENCE_PATH, 5)
            ratios.append(issue_ms / reference_ms)
        ratio = statistics.median(ratios)
        multiple = as_blog_posts(ratio, 1, connection.vendor)
        if multiple is None:
            return f"uncached issue = {ratio:.2f}× the reference page (no ratio to bakerydemo yet)"
        goal = "met" if multiple <= 1 else "NOT met"
        return (
            f"uncached issue = {ratio:.2f}× the reference page {REFERENCE_PATH} = {multiple:.2f}× "
            f"bakerydemo's blog post (goal ≤ 1×: {goal})"
        )

    @staticmethod
    def fetch(site, path) -> bytes:
        import urllib.request

        with urllib.request.urlopen(site.base_url + path, timeout=30) as response:  # noqa: S310 - local
            return response.read()

    def report_load(self, results, roof, busy, rss, seconds):
        self.stdout.write(f"\nwrk -t2 -c20 -d{seconds}s against gunicorn, 2 workers, production settings")
        self.stdout.write(f"{'page':<20}{'req/s':>10}{'errors':>8}{'p99':>10}{'% of ceiling':>14}")
        self.stdout.write(
            f"{'ceiling':<20}{roof.requests_per_second:>10.0f}{roof.failures:>8}"
            f"{roof.latency_p99:>10}{100:>13.1f}%"
        )
        for name, result in results.items():
            share = 100 * result.requests_per_second / roof.requests_per_second
            self.stdout.write(
                f"{name:<20}{result.requests_per_second:>10.1f}{result.failures:>8}"
                f"{result.latency_p99:>10}{share:>13.2f}%"
            )
        cached_share = 100 * results["issue, cached"].requests_per_second / roof.requests_per_second
        self.stdout.write(
            f"goal: cached issue at 50 % of the ceiling or more: "
            f"{'met' if cached_share >= 50 else 'NOT met'} ({cached_share:.1f} %)"
        )
        self.stdout.write(
            f"cached issue, wrk -c50 -d30s --timeout 5s: {busy.requests_per_second:.0f} req/s, "
            f"{busy.failures} errors (goal 0: {'met' if busy.failures == 0 else 'NOT met'})"
        )
        self.stdout.write(
            f"RSS of the workers after 1,000 uncached requests: {', '.join(f'{size:.0f} MB' for size in rss)}"
        )

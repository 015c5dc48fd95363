"""`manage.py bench_bakerydemo`: issue #4 and the reference page beside bakerydemo's blog post.

Both sites under gunicorn (2 sync workers, production settings, no page cache), on the database of
DATABASE_URL for this site and on bakerydemo's own (its SQLite file, or BAKERYDEMO_DATABASE_URL);
`--runs` alternating rounds of: issue #4, reference page, blog post. Prints each round's server
times and ratios, then the medians (the ratio to write in bench/bakerydemo.py).
"""

import os
import secrets
import shutil
import statistics
import subprocess
import tempfile
import urllib.request

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from bench.bakerydemo import BAKERYDEMO_COMMIT, BLOG_POST_PATH, REFERENCE_PATH
from bench.load import Gunicorn, server_time_ms, site_environment
from lettre.models import LettrePage


def warm_up(url: str, headers) -> None:
    """A few requests before measuring: renditions (seconds each), caches, database connections."""
    request = urllib.request.Request(url, headers=dict(header.split(": ", 1) for header in headers))
    for _ in range(3):
        with urllib.request.urlopen(request, timeout=300) as response:  # noqa: S310 - local
            if response.status != 200:
                raise CommandError(f"{url} answered {response.status}")
            response.read()


class Command(BaseCommand):
    help = "Server time of issue #4 and of the reference page beside bakerydemo's blog post."

    def add_arguments(self, parser):
        parser.add_argument(
            "--bakerydemo-dir",
            default=os.environ.get("BAKERYDEMO_DIR", ""),
            help=f"A checkout of wagtail/bakerydemo ({BAKERYDEMO_COMMIT}), data loaded.",
        )
        parser.add_argument(
            "--bakerydemo-python",
            default=os.environ.get("BAKERYDEMO_PYTHON", ""),
            help="The Python of bakerydemo's virtualenv (with gunicorn).",
        )
        parser.add_argument("--runs", type=int, default=3)
        parser.add_argument("--seconds", type=int, default=10, help="Duration of each measure.")
        parser.add_argument(
            "--redis-url", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
        )

    def handle(self, *args, **options):
        if not options["bakerydemo_dir"] or not options["bakerydemo_python"]:
            raise CommandError("Give --bakerydemo-dir and --bakerydemo-python (or BAKERYDEMO_DIR, _PYTHON).")
        call_command("migrate", verbosity=0)
        if not LettrePage.objects.filter(number=4).exists():
            call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
        issue_path = LettrePage.objects.get(number=4, locale__language_code=settings.LANGUAGE_CODE).url
        static_root = tempfile.mkdtemp(prefix="pvd-bench-static-")
        try:
            site_env = site_environment(os.environ["DATABASE_URL"], options["redis_url"], static_root, False)
            subprocess.run(
                [os.sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
                env=site_env,
                check=True,
            )
            bakery_env = self.bakerydemo_environment()
            with (
                Gunicorn("pvd_site.wsgi", site_env) as site,
                Gunicorn(
                    "bakerydemo.wsgi",
                    bakery_env,
                    python=options["bakerydemo_python"],
                    cwd=options["bakerydemo_dir"],
                ) as bakery,
            ):
                # bakerydemo redirects to https unless its proxy says the request came so
                https = ("X-Forwarded-Proto: https",)
                pages = {
                    "issue #4": (site.base_url + issue_path, ()),
                    "reference": (site.base_url + REFERENCE_PATH, ()),
                    "blog post": (bakery.base_url + BLOG_POST_PATH, https),
                }
                for url, headers in pages.values():
                    warm_up(url, headers)
                self.rounds(pages, options["runs"], options["seconds"])
        finally:
            shutil.rmtree(static_root, ignore_errors=True)

    @staticmethod
    def bakerydemo_environment() -> dict:
        env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "REDIS_URL"}}
        env.update(
            DJANGO_SETTINGS_MODULE="bakerydemo.settings.production",
            DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        )
        if os.environ.get("BAKERYDEMO_DATABASE_URL"):
            env["DATABASE_URL"] = os.environ["BAKERYDEMO_DATABASE_URL"]
        return env

    def rounds(self, pages: dict, runs: int, seconds: int):
        self.stdout.write(
            f"{connection.vendor}, bakerydemo {BAKERYDEMO_COMMIT}, gunicorn 2 sync workers each, "
            f"wrk -t1 -c1 -d{seconds}s per page, load average {os.getloadavg()[0]:.1f}"
        )
        self.stdout.write(
            f"{'round':<7}{'issue #4':>10}{'reference':>11}{'blog post':>11}"
            f"{'issue/blog':>12}{'ref/blog':>10}"
        )
        issue_ratios, reference_ratios = [], []
        for n in range(1, runs + 1):
            times = {name: server_time_ms(url, seconds, headers) for name, (url, headers) in pages.items()}
            issue_ratios.append(times["issue #4"] / times["blog post"])
            reference_ratios.append(times["reference"] / times["blog post"])
            self.stdout.write(
                f"{n:<7}{times['issue #4']:>8.1f}ms{times['reference']:>9.1f}ms{times['blog post']:>9.1f}ms"
                f"{issue_ratios[-1]:>11.2f}×{reference_ratios[-1]:>9.2f}× (load {os.getloadavg()[0]:.1f})"
            )
        self.stdout.write(
            f"median: issue #4 = {statistics.median(issue_ratios):.2f}× the blog post; "
            f"reference = {statistics.median(reference_ratios):.2f}× (REFERENCE_TO_BLOG_POST)"
        )

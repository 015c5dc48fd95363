"""Server time beside wagtail/bakerydemo's blog post (issue #15), and the reference page that stands
for bakerydemo in `make bench`.

`manage.py bench_bakerydemo` serves this site and a checkout of bakerydemo (its own virtualenv, its
production settings) under gunicorn with 2 sync workers each, on the same machine, and measures in
alternating pairs the server time of issue #4, of the reference page and of bakerydemo's blog post
(one connection asking again as soon as it is answered). The ratio of the reference page to the blog
post, established once that way, is written below: `make bench` then gives the issue page as a
multiple of bakerydemo's blog post without running bakerydemo.
"""

BAKERYDEMO_COMMIT = "3c7e3af"  # the commit of the issue's table (Django 5.2, Wagtail 7.2)
BLOG_POST_PATH = "/blog/wild-yeast/"
REFERENCE_PATH = "/mentions-legales/"  # a legal page of the demo content: text blocks, header, footer

# Server time of REFERENCE_PATH / server time of bakerydemo's blog post, by database, as measured by
# `bench_bakerydemo --runs 9 --seconds 4` (the median of 9 alternating rounds) on 1 December 2026,
# 2 CPUs with nothing else running (load average 1.3 to 3.3), after the footer stopped reading each
# legal page's status with a query of its own: SQLite 0.56×, PostgreSQL 0.53× (bakerydemo on
# PostgreSQL too). Earlier, on a machine at load 4 to 10 and with that query: SQLite 0.61×,
# PostgreSQL 0.68× (docs/performance.md). Measure again when the reference page or the chrome
# changes much.
REFERENCE_TO_BLOG_POST = {
    "sqlite": 0.56,
    "postgresql": 0.53,
}


def as_blog_posts(issue_ms: float, reference_ms: float, vendor: str) -> float | None:
    """The issue page's server time as a multiple of bakerydemo's blog post, through the reference page
    measured in the same run; None while the ratio for this database is not established."""
    ratio = REFERENCE_TO_BLOG_POST.get(vendor)
    if ratio is None:
        return None
    return issue_ms / reference_ms * ratio

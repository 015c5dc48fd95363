"""The ceiling of the load test: a minimal WSGI app that answers every request with the same bytes
(an issue's HTML, from the file named by BENCH_CEILING_HTML), under the same gunicorn as the site."""

import os
from pathlib import Path

BODY = Path(os.environ.get("BENCH_CEILING_HTML", "/dev/null")).read_bytes()
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]

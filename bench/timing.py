"""Server time of a page inside the process: the Django test client, the site's middlewares, views
and templates, no network. Median and p95 of `runs` requests after a warm-up one."""

import gzip
import statistics
import time
from dataclasses import dataclass

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


@dataclass
class Timing:
    queries: int
    median_ms: float
    p95_ms: float
    size: int
    gzip_size: int


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def time_page(url: str, runs: int, host: str) -> Timing:
    client = Client(HTTP_HOST=host)
    response = client.get(url)  # renditions, caches, the page cache filled when it is on
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    content = response.content
    if response.get("Content-Encoding") == "gzip":
        content = gzip.decompress(content)
    return Timing(
        len(queries),
        statistics.median(samples),
        percentile(samples, 0.95),
        len(content),
        len(gzip.compress(content, 6)),
    )

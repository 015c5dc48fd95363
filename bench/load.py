"""The HTTP load test: gunicorn with 2 workers and the production settings, wrk in front.

Every figure is relative to the ceiling: the same issue HTML served by `bench.ceiling` (a WSGI app
that only returns bytes) under the same gunicorn, so the machine's speed cancels out.
"""

import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)


@dataclass
class WrkResult:
    requests_per_second: float
    errors: int
    non_2xx: int
    latency_p99: str

    @property
    def failures(self) -> int:
        return self.errors + self.non_2xx


def free_port() -> int:
    """A free local port: in BENCH_PORTS ("8650-8669") when set (a shared machine), any one else."""
    first, _, last = os.environ.get("BENCH_PORTS", "0-0").partition("-")
    for port in range(int(first), int(last or first) + 1):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise RuntimeError(f"no free port in BENCH_PORTS={os.environ['BENCH_PORTS']}")


def site_environment(database_url: str, redis_url: str, static_root: str, page_cache: bool) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "pvd_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": static_root,
        "PAGE_CACHE_ENABLED": "true" if page_cache else "false",
    }


class Gunicorn:
    """`gunicorn <app> --config gunicorn.conf.py` with 2 workers on a free local port."""

    def __init__(self, app: str, env: dict, workers: int = 2, python: str = sys.executable, cwd=BASE_DIR):
        self.port = free_port()
        self.python, self.cwd = python, cwd
        self.env = {
            **env,
            "WEB_CONCURRENCY": str(workers),
            "PORT": str(self.port),
            "GUNICORN_BIND_HOST": "127.0.0.1",
            "GUNICORN_MAX_REQUESTS": "0",
        }
        self.app = app
        self.process = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        if self.cwd == BASE_DIR:
            config = str(BASE_DIR / "gunicorn.conf.py")
            command = [self.python, "-m", "gunicorn", self.app, "--config", config]
        else:  # another project (bakerydemo): gunicorn's defaults, sync workers
            command = [
                self.python,
                "-m",
                "gunicorn",
                self.app,
                "--workers",
                self.env["WEB_CONCURRENCY"],
                "--bind",
                f"127.0.0.1:{self.port}",
            ]
        self.process = subprocess.Popen(
            command, cwd=self.cwd, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                # as if through the TLS proxy: bakerydemo redirects plain HTTP to https
                ready = urllib.request.Request(
                    self.base_url + "/robots.txt", headers={"X-Forwarded-Proto": "https"}
                )
                urllib.request.urlopen(ready, timeout=5)  # noqa: S310 - local
                return self
            except urllib.error.HTTPError:  # an answer all the same (bakerydemo has no robots.txt)
                return self
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(f"gunicorn {self.app} stopped at start") from None
                time.sleep(0.3)
        self.__exit__()
        raise RuntimeError(f"gunicorn {self.app} did not answer in 60 s")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        return [int(pid) for pid in children]

    def worker_rss_mb(self) -> list[float]:
        sizes = []
        for pid in self.worker_pids():
            status = Path(f"/proc/{pid}/status").read_text()
            sizes.append(int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024)
        return sizes

    def get(self, path: str, count: int = 1) -> None:
        for _ in range(count):
            with urllib.request.urlopen(self.base_url + path, timeout=30) as response:  # noqa: S310 - local
                response.read()


def wrk(url: str, connections=20, seconds=15, timeout="2s", threads=2, headers=()) -> WrkResult:
    arguments = [f"-t{threads}", f"-c{connections}", f"-d{seconds}s", f"--timeout={timeout}", "--latency"]
    arguments += [part for header in headers for part in ("-H", header)]
    output = subprocess.run(
        ["wrk", *arguments, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    errors = sum(int(n) for n in socket_errors.groups()) if socket_errors else 0
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    p99 = re.search(r"99%\s+(\S+)", output)
    return WrkResult(rate, errors, int(non_2xx.group(1)) if non_2xx else 0, p99.group(1) if p99 else "?")


def server_time_ms(url: str, seconds: int, headers=()) -> float:
    """Server time of a page: one connection asking again as soon as it is answered (wrk -c1), so one
    worker serves it at a time; milliseconds per request."""
    result = wrk(url, connections=1, seconds=seconds, threads=1, headers=headers)
    if result.failures:
        raise RuntimeError(f"{url}: {result.failures} failed requests")
    return 1000 / result.requests_per_second

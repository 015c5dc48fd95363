"""Real processes for the tests of production: gunicorn with the production settings, moto's S3 server,
a private redis-server, and a real `collectstatic` into a temporary folder.

Each server listens on a free port of 127.0.0.1 and is stopped by the fixture that started it.
"""

import hashlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
BIN = Path(PYTHON).parent
PRODUCTION_SETTINGS = "pvd_site.settings.production"
STARTUP_TIMEOUT = 60


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_env(**overrides) -> dict[str, str]:
    """The environment of a production process: what README's « Mettre en production » asks for."""
    env = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "AWS_", "REDIS_", "PYTEST_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE=PRODUCTION_SETTINGS,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="localhost,127.0.0.1",
        TRUSTED_PROXY_COUNT="1",
        REDIS_URL="",
        SERVE_MEDIA="false",
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
        PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    )
    env.update({key: str(value) for key, value in overrides.items()})
    return env


def manage(*args: str, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


def static_inputs_key() -> str:
    """What `collectstatic` reads: the pinned packages, the project's static files, the storage class."""
    digest = hashlib.sha256()
    for path in [ROOT / "requirements.lock", ROOT / "core" / "staticfiles.py",
                 *sorted(p for p in (ROOT / "static").rglob("*") if p.is_file())]:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class StaticCollection:
    """A real `collectstatic` with the production settings (manifest, compressed copies) into a folder
    of the system's temporary directory named after its inputs: the browser tests and the production
    tests of one run (and later runs on the same machine) share it. Runs in a subprocess that starts
    early and is waited for when the files are needed."""

    def __init__(self):
        self.root = Path(tempfile.gettempdir()) / f"pvd-static-{static_inputs_key()}"
        self.popen = None
        if not (self.root / "staticfiles.json").is_file():
            self.partial = Path(tempfile.mkdtemp(prefix=f"{self.root.name}-", dir=self.root.parent))
            env = production_env(STATIC_ROOT=self.partial, DATABASE_URL="sqlite:///:memory:")
            self.popen = subprocess.Popen(
                [PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env,
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            )

    def wait(self) -> Path:
        if self.popen is not None:
            output, _ = self.popen.communicate(timeout=600)
            assert self.popen.returncode == 0, output
            self.popen = None
            try:
                self.partial.rename(self.root)
            except OSError:  # another run finished the same collection first
                shutil.rmtree(self.partial, ignore_errors=True)
        return self.root


def wait_until(condition, timeout: float = STARTUP_TIMEOUT, what: str = "server") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise TimeoutError(f"{what} did not start within {timeout} s")


def answers(url: str) -> bool:
    try:
        requests.get(url, timeout=2, allow_redirects=False)
    except requests.ConnectionError:
        return False
    return True


class Process:
    """A server started as a child process in its own process group, stopped with SIGTERM."""

    def __init__(self, name: str, command: list[str], *, env=None, log_dir: Path):
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        self._log = self.log_path.open("w")
        self.popen = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.popen.poll() is None:
            os.killpg(self.popen.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait()
        self._log.close()


class Gunicorn(Process):
    """Started at once; `wait_ready()` before the first request (servers start side by side)."""

    def __init__(self, name: str, env: dict[str, str], *, log_dir: Path, port: int | None = None,
                 host: str = "127.0.0.1"):
        self.port = port or free_port()
        self.url = f"http://{host}:{self.port}"
        env = {**env, "PORT": str(self.port), "GUNICORN_BIND_HOST": "127.0.0.1"}
        super().__init__(name, [str(BIN / "gunicorn"), "pvd_site.wsgi", "--config", "gunicorn.conf.py"],
                         env=env, log_dir=log_dir)

    def wait_ready(self) -> "Gunicorn":
        try:
            wait_until(lambda: self.popen.poll() is None and answers(f"{self.url}/robots.txt"),
                       what=self.name)
        except TimeoutError:
            self.stop()
            raise AssertionError(f"{self.name} did not start:\n{self.log()}") from None
        return self


class MotoS3(Process):
    def __init__(self, *, log_dir: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        super().__init__("moto", [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(self.port)],
                         log_dir=log_dir)
        wait_until(lambda: answers(self.url), what="moto")


class Redis(Process):
    def __init__(self, *, log_dir: Path):
        executable = shutil.which("redis-server")
        assert executable, "redis-server is missing: run `bash .ci/system-deps.sh`"
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        super().__init__("redis", [executable, "--port", str(self.port), "--bind", "127.0.0.1",
                                   "--save", "", "--appendonly", "no"], log_dir=log_dir)
        wait_until(self._ready, what="redis-server")

    def _ready(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as connection:
                connection.sendall(b"PING\r\n")
                return connection.recv(16).startswith(b"+PONG")
        except OSError:
            return False

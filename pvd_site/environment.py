"""The environment the settings read: the process environment, plus `.env` when present.

Every entry point (manage.py, wsgi.py, gunicorn.conf.py) calls `read_env_file()` before choosing the
settings module, so `DJANGO_SETTINGS_MODULE` may itself come from `.env`. A variable already set in the
environment wins over the file. The test suite does not read `.env`: a developer's file never changes
what the tests see.
"""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent
ENV_FILE = BASE_DIR / ".env"
DEFAULT_SETTINGS_MODULE = "pvd_site.settings.production"

env = environ.Env()


def read_env_file() -> None:
    if ENV_FILE.is_file():
        environ.Env.read_env(ENV_FILE, overwrite=False)

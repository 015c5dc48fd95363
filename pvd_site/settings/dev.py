from .base import *  # noqa: F403
from .base import STORAGES, env

DEBUG = True
SECRET_KEY = env.str("SECRET_KEY", default="") or "dev-only-not-secret"
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}

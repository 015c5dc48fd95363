import os

from .base import *  # noqa: F403
from .base import STORAGES, env

SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
# Each pytest-xdist worker (gw0, gw1) keeps its files apart from the other's.
xdist_worker = os.environ.get("PYTEST_XDIST_WORKER", "")  # lower case: not a setting
MEDIA_ROOT = env.str("TEST_MEDIA_ROOT", default=f"/tmp/pvd-test-media{xdist_worker}")
WAGTAILADMIN_BASE_URL = "http://testserver"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests run without collectstatic: WhiteNoise looks files up per request instead of warning at startup.
WHITENOISE_AUTOREFRESH = True
# Tasks run inside the call that queues them; only the tests of the worker use the database backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Django's test client logs in without a request, which django-axes refuses: the lockout tests turn it on.
AXES_ENABLED = False
# The provider's webhooks (django-anymail) are served only behind their basic-auth secret.
ANYMAIL = {**ANYMAIL, "WEBHOOK_SECRET": "fournisseur:secret-des-webhooks"}  # noqa: F405
# The tests' addresses may receive a test send.
TEST_SEND_ALLOWED_DOMAINS = ["anct.gouv.fr", "example.org"]
# The page cache is tested by tests/performance (which turn it on); other tests change pages
# without publishing them and read them again.
PAGE_CACHE_ENABLED = False

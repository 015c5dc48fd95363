from .base import *  # noqa: F403
from .base import os

SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT", "/tmp/pvd-test-media")
WAGTAILADMIN_BASE_URL = "http://testserver"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests run without collectstatic: WhiteNoise looks files up per request instead of warning at startup.
WHITENOISE_AUTOREFRESH = True

"""/healthz: is this web process able to serve? Database, cache, media storage, task queue.

Answers 200 when every check passes, 503 otherwise, naming only which check failed (the reason goes
to the logs, never to the response). Meant for the PaaS or load balancer probe and for monitoring.
"""

import logging
import os
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.db.models import Q
from django.http import JsonResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import get_random_string
from django.views.decorators.http import require_GET
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult, get_date_max

logger = logging.getLogger(__name__)


def database_ok() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone()[0] == 1


def cache_ok() -> bool:
    key, value = "healthz-probe", get_random_string(12)
    cache.set(key, value, 30)
    return cache.get(key) == value


def storage_ok() -> bool:
    bucket = getattr(default_storage, "bucket", None)
    if bucket is not None:
        bucket.meta.client.head_bucket(Bucket=bucket.name)
        return True
    location = default_storage.location
    os.makedirs(location, exist_ok=True)
    return os.access(location, os.W_OK)


def tasks_ok() -> bool:
    """No task has waited for a worker longer than TASKS_MAX_WAIT_MINUTES (is the worker running?)."""
    if not isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend):
        return True
    cutoff = timezone.now() - timedelta(minutes=settings.TASKS_MAX_WAIT_MINUTES)
    waiting_too_long = Q(run_after=get_date_max(), enqueued_at__lt=cutoff) | Q(run_after__lt=cutoff)
    return not DBTaskResult.objects.ready().filter(waiting_too_long).exists()


CHECKS = {"database": database_ok, "cache": cache_ok, "storage": storage_ok, "tasks": tasks_ok}


def run_checks() -> dict[str, bool]:
    results = {}
    for name, check in CHECKS.items():
        try:
            results[name] = bool(check())
        except Exception:  # noqa: BLE001 - a failing dependency is what this view reports
            logger.exception("Health check %s failed", name)
            results[name] = False
    return results


@require_GET
def healthz(request):
    results = run_checks()
    healthy = all(results.values())
    response = JsonResponse(
        {"status": "ok" if healthy else "error",
         "checks": {name: "ok" if ok else "error" for name, ok in results.items()}},
        status=200 if healthy else 503,
    )
    add_never_cache_headers(response)
    return response

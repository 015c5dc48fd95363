"""The clock's own jobs: scheduled publishing, and tasks that a killed worker left RUNNING."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from .clock import register_job

logger = logging.getLogger(__name__)


@register_job("publish-scheduled", every=timedelta(minutes=1))
def publish_scheduled():
    """Pages and snippets whose go-live (or expiry) time has come: Wagtail's own command."""
    call_command("publish_scheduled", verbosity=0)


@register_job("requeue-abandoned-tasks", every=timedelta(minutes=1))
def requeue_abandoned_tasks() -> int:
    """`db_worker` never resumes a task it was running when killed (deploy, crash, out of memory): after
    TASKS_REQUEUE_AFTER_MINUTES such a task goes back to the queue. Tasks must therefore be safe to
    run twice, and shorter than that delay."""
    cutoff = timezone.now() - timedelta(minutes=settings.TASKS_REQUEUE_AFTER_MINUTES)
    count = DBTaskResult.objects.running().filter(started_at__lt=cutoff).update(
        status=TaskResultStatus.READY, started_at=None
    )
    if count:
        logger.warning("Clock: %d task(s) left running by a stopped worker put back in the queue", count)
    return count

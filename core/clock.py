"""The clock: periodic jobs that apps register, run by one process at a time.

`django_tasks_db`'s worker has no periodic jobs, so the `clock` process (`manage.py clock`) wakes every
minute and runs the jobs that are due. Apps register jobs without core knowing them: either from their
AppConfig.ready() or in a `jobs.py` module, which the clock imports at start::

    from core.clock import register_job

    @register_job("purge-unconfirmed-subscribers", every=timedelta(hours=1))
    def purge_unconfirmed_subscribers():
        ...

On PostgreSQL the clock holds a session advisory lock: a second copy (a second machine, a deploy that
overlaps) finds the lock taken and does nothing until the first one stops. On SQLite (development) there
is no lock.
"""

import logging
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import DatabaseError, connection
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules

logger = logging.getLogger(__name__)

# A fixed 32-bit number that names the clock's advisory lock in pg_locks.
LOCK_KEY = zlib.crc32(b"pvd-clock")


@dataclass(frozen=True)
class Job:
    name: str
    function: Callable[[], object]
    every: timedelta


_registry: dict[str, Job] = {}


def register_job(name: str, function: Callable[[], object] | None = None, *, every=timedelta(minutes=1)):
    """Register `function` to run every `every`; usable as a decorator. Registering a name again
    replaces the job (modules may be imported twice)."""

    def register(func):
        _registry[name] = Job(name=name, function=func, every=every)
        return func

    return register(function) if function is not None else register


def registered_jobs() -> list[Job]:
    return list(_registry.values())


def discover_jobs() -> list[Job]:
    autodiscover_modules("jobs")
    return registered_jobs()


class AdvisoryLock:
    """A PostgreSQL session-level advisory lock, held by this process's connection until it closes."""

    def __init__(self, key: int = LOCK_KEY):
        self.key = key
        self._holder = None  # the DB-API connection that holds the lock

    def acquire(self) -> bool:
        if connection.vendor != "postgresql":
            return True
        connection.ensure_connection()
        current = connection.connection
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [self.key])
            acquired = cursor.fetchone()[0]
            if acquired and self._holder is current:
                # Already ours: the lock counts re-entries, keep the count at one.
                cursor.execute("SELECT pg_advisory_unlock(%s)", [self.key])
        self._holder = current if acquired else None
        return acquired

    def release(self) -> None:
        if connection.vendor == "postgresql" and self._holder is not None:
            if connection.connection is self._holder:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [self.key])
            self._holder = None


class Clock:
    def __init__(self, jobs: list[Job] | None = None, lock: AdvisoryLock | None = None):
        self.jobs = discover_jobs() if jobs is None else jobs
        self.lock = lock or AdvisoryLock()
        self.last_run: dict[str, datetime] = {}

    def due(self, now: datetime) -> list[Job]:
        return [job for job in self.jobs
                if job.name not in self.last_run or now - self.last_run[job.name] >= job.every]

    def tick(self, now: datetime | None = None) -> list[str] | None:
        """Run the due jobs; None when another clock holds the lock. Returns the names of the jobs run."""
        now = now or timezone.now()
        try:
            if not self.lock.acquire():
                return None
        except DatabaseError:
            logger.exception("Clock: the database cannot be reached; trying again at the next tick")
            connection.close()
            return None
        ran = []
        for job in self.due(now):
            try:
                job.function()
            except DatabaseError:
                logger.exception("Clock job %s failed", job.name)
                # The connection may be broken, and the lock with it: stop here, and start the next
                # tick with a new connection that takes the lock again.
                connection.close()
                self.last_run[job.name] = now
                ran.append(job.name)
                break
            except Exception:  # noqa: BLE001 - one failing job must not stop the others
                logger.exception("Clock job %s failed", job.name)
            self.last_run[job.name] = now
            ran.append(job.name)
        return ran

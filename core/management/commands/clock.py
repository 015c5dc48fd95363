import signal
import threading

from django.core.management.base import BaseCommand
from django.db import connection

from core.clock import Clock


class Command(BaseCommand):
    help = "Run the periodic jobs (scheduled publishing, purges, re-queueing), one clock at a time."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=60.0, help="Seconds between two ticks.")
        parser.add_argument("--once", action="store_true", help="Run one tick and exit.")

    def handle(self, *args, interval: float, once: bool, verbosity: int, **options):
        clock = Clock()
        if connection.vendor != "postgresql" and verbosity:
            self.stdout.write("Clock: no lock on this database (PostgreSQL only): run a single clock.")
        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        try:
            while True:
                ran = clock.tick()
                if verbosity > 1 or (verbosity and ran is None and once):
                    self.stdout.write(
                        "Clock: another clock holds the lock; nothing done." if ran is None
                        else f"Clock: ran {', '.join(ran) or 'nothing'}."
                    )
                if once or stop.wait(interval):
                    break
        finally:
            clock.lock.release()

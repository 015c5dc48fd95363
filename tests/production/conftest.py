"""Fixtures of the production tests: a real SMTP server (aiosmtpd) the worker delivers to."""

import pytest
from aiosmtpd.controller import Controller

from .servers import free_port


class Sink:
    def __init__(self):
        self.envelopes = []
        self.port = free_port()

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_sink():
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=sink.port)
    controller.start()
    yield sink
    controller.stop()

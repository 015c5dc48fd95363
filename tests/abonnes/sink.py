"""A real SMTP server (aiosmtpd) for the subscribers' tests: keeps every message, counts them per
address, and can start refusing after a number of messages."""

import collections
import email
import email.policy
import socket
import threading

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Sink:
    def __init__(self, keep_content: bool = True):
        self.envelopes = []
        self.keep_content = keep_content
        self.accept_at_most: int | None = None  # then every RCPT gets a 554
        self.lock = threading.Lock()
        self.per_address: collections.Counter = collections.Counter()

    @property
    def accepted(self) -> int:
        return sum(self.per_address.values())

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.accept_at_most is not None and self.accepted >= self.accept_at_most:
            return "554 5.7.1 Too many messages, try later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            for address in envelope.rcpt_tos:
                self.per_address[address.lower()] += 1
            self.envelopes.append(envelope if self.keep_content else None)
        return "250 Message accepted for delivery"

    def messages(self):
        return [
            email.message_from_bytes(envelope.original_content, policy=email.policy.default)
            for envelope in self.envelopes
            if envelope is not None
        ]

    def messages_to(self, address: str):
        return [message for message in self.messages() if address in message["To"]]


class SinkServer:
    def __init__(self, sink: Sink):
        self.sink = sink
        self.controller = Controller(sink, hostname="127.0.0.1", port=free_port())

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()

    @property
    def port(self) -> int:
        return self.controller.port


def use_smtp(settings, port: int) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 10

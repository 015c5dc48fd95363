"""The bytes of a newsletter message, built fast: thousands of recipients share one e-mail that differs
only by its links, so each part is encoded in quoted-printable once per batch, cut at the recipient's
tokens (`{{ unsubscribe_url }}`…), and each message joins the encoded pieces with its own encoded links
by soft line breaks. Headers are encoded by the standard library; `email.generator`, which costs several
milliseconds per 100 KB message, is not used.

`PreparedMessage` is an ordinary `EmailMultiAlternatives` for any other backend (Anymail reads its
body, alternatives and headers); only `message()`, which Django's SMTP backend turns into bytes, is
replaced.
"""

import binascii
import re
import uuid
from email.header import Header
from email.utils import formatdate, make_msgid

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.message import sanitize_address
from django.core.mail.utils import DNS_NAME
from django.utils.html import escape

from lettre.email.placeholders import TOKENS

CRLF = b"\r\n"
SOFT_BREAK = b"=" + CRLF
TOKEN_NAMES = {token: name for name, token in TOKENS.items()}
TOKEN_RE = re.compile("|".join(re.escape(token) for token in TOKENS.values()))


def quoted_printable(text: str) -> bytes:
    data = text.replace("\r\n", "\n").encode("utf-8")
    return binascii.b2a_qp(data, istext=True).replace(b"\n", CRLF)


class QuotedPrintableTemplate:
    """A part encoded once; `render(values)` puts each token's encoded value in its place."""

    def __init__(self, text: str, *, html: bool):
        self.html = html
        self.pieces: list[bytes | str] = []  # encoded text, or the name of a token
        position = 0
        for match in TOKEN_RE.finditer(text):
            self.pieces.append(quoted_printable(text[position : match.start()]))
            self.pieces.append(TOKEN_NAMES[match.group()])
            position = match.end()
        self.pieces.append(quoted_printable(text[position:]))

    def render(self, values: dict[str, str]) -> bytes:
        out = []
        for piece in self.pieces:
            if isinstance(piece, str):
                value = values.get(piece, "")
                piece = quoted_printable(escape(value) if self.html else value)
            if piece:
                out.append(piece)
        return SOFT_BREAK.join(out)


def header_value(value: str) -> str:
    """A header value on one logical line, encoded when it is not plain ASCII."""
    value = " ".join(str(value).split())
    if value.isascii():
        return value
    return Header(value, "utf-8").encode(linesep="\r\n")


def mime_part(content_type: str, encoded: bytes) -> bytes:
    head = f'Content-Type: {content_type}; charset="utf-8"\r\n'
    return (head + "Content-Transfer-Encoding: quoted-printable\r\n\r\n").encode() + encoded


class PreparedEdition:
    """An issue's e-mail ready for thousands of messages: parts encoded, subject encoded."""

    def __init__(self, edition):
        self.edition = edition
        self.subject = header_value(edition.subject)
        self.text = QuotedPrintableTemplate(edition.text, html=False)
        self.html = QuotedPrintableTemplate(edition.html, html=True)


class RawMessage:
    def __init__(self, data: bytes):
        self.data = data

    def as_bytes(self, linesep: str = "\r\n") -> bytes:
        return self.data


class PreparedMessage(EmailMultiAlternatives):
    def __init__(self, prepared: PreparedEdition, values: dict[str, str], **kwargs):
        self.prepared, self.values = prepared, values
        super().__init__(subject=prepared.edition.subject, **kwargs)

    def message(self):
        boundary = f"=_pvd_{uuid.uuid4().hex}"
        headers = {
            "Subject": self.prepared.subject,
            "From": sanitize_address(self.from_email, "utf-8"),
            "To": ", ".join(sanitize_address(address, "utf-8") for address in self.to),
            "Date": formatdate(localtime=settings.EMAIL_USE_LOCALTIME),
            "Message-ID": make_msgid(domain=DNS_NAME),
            "MIME-Version": "1.0",
        }
        if self.reply_to:
            headers["Reply-To"] = ", ".join(sanitize_address(address, "utf-8") for address in self.reply_to)
        headers.update({name: header_value(value) for name, value in self.extra_headers.items()})
        headers["Content-Type"] = f'multipart/alternative; boundary="{boundary}"'
        separator = f"--{boundary}".encode()
        return RawMessage(
            b"".join(
                [
                    "".join(f"{name}: {value}\r\n" for name, value in headers.items()).encode("utf-8"),
                    CRLF,
                    separator,
                    CRLF,
                    mime_part("text/plain", self.prepared.text.render(self.values)),
                    CRLF,
                    separator,
                    CRLF,
                    mime_part("text/html", self.prepared.html.render(self.values)),
                    CRLF,
                    separator,
                    b"--",
                    CRLF,
                ]
            )
        )

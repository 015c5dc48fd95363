"""Per-recipient placeholders of the e-mail, filled when each message is sent.

The compiled e-mail is the same for every subscriber except these tokens; the sending fills
them with the recipient's own links. A test send, which has no subscriber, fills them with a
sample link that does not work and says so.
"""

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.translation import gettext as _

UNSUBSCRIBE_URL = "{{ unsubscribe_url }}"
MANAGE_URL = "{{ manage_url }}"
SAMPLE_NOTICE = "{{ sample_notice }}"

TOKENS = {"unsubscribe_url": UNSUBSCRIBE_URL, "manage_url": MANAGE_URL, "sample_notice": SAMPLE_NOTICE}

SAMPLE_URL = "https://exemple.invalid/lien-exemple-envoi-de-test"


@dataclass(frozen=True)
class RecipientLinks:
    unsubscribe_url: str
    manage_url: str
    sample_notice: str = ""

    @classmethod
    def sample(cls) -> "RecipientLinks":
        """Non-working links, marked as such: for a test send and the admin preview."""
        notice = " " + _("(sample link — test send)")
        return cls(unsubscribe_url=SAMPLE_URL, manage_url=SAMPLE_URL, sample_notice=notice)

    def fill(self, content: str, *, html: bool) -> str:
        for name, token in TOKENS.items():
            value = getattr(self, name)
            content = content.replace(token, escape(value) if html else value)
        return content

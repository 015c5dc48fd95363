"""What the site shows in French, from its English msgids: tests follow the translations."""

from django.utils import translation


def fr(msgid: str) -> str:
    with translation.override("fr"):
        return translation.gettext(msgid)

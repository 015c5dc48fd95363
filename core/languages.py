"""The site's languages: a page is served only in the language of its own locale.

Wagtail routes ``/en/…`` through the English tree when the home page has a live English
translation and through the French tree otherwise; without this rule an untranslated page would
be served under ``/en/`` in French. ``only_in_its_language`` (a ``before_serve_page`` hook, see
``core/wagtail_hooks.py``) turns that case into the site's 404 page, in the language of the address.
"""

from django.http import Http404
from django.utils import translation


def language_of_address() -> str:
    """The language the middleware took from the address (``/en/…``: English, else French)."""
    return translation.get_language() or ""


def only_in_its_language(page, request, args, kwargs) -> None:
    if page.locale.language_code != language_of_address():
        raise Http404("This page has no version in the language of the address.")

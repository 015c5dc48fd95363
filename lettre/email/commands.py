"""Shared by the e-mail management commands: find an issue by its number."""

from django.conf import settings
from django.core.management import CommandError
from django.utils.translation import gettext as _

from lettre.models import LettrePage


def issue_by_number(number: int, language_code: str | None = None):
    language_code = language_code or settings.LANGUAGE_CODE
    issue = LettrePage.objects.filter(number=number, locale__language_code=language_code).first()
    if issue is None:
        raise CommandError(
            _("No issue has the number %(number)s (language: %(language)s).")
            % {"number": number, "language": language_code}
        )
    return issue

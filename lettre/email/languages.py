"""Which edition a subscriber receives, by the language the subscriber chose.

Hook for the subscribers' sending (``abonnes``, not merged yet): a subscriber reading English gets
the live English translation of the issue when it exists, else the French issue; group the
recipients with ``issue_for_language`` and render each edition once (``render_issue_email`` renders
an issue in its own language, interface strings and dates included).
"""

from django.conf import settings

from lettre.models import LettrePage


def issue_for_language(issue: LettrePage, language_code: str | None) -> LettrePage:
    """The version of ``issue`` for a reader of ``language_code``: its live, public translation,
    else the issue in the site's default language (French), else ``issue`` itself."""
    versions = LettrePage.objects.filter(translation_key=issue.translation_key).live().public()
    by_language = {page.locale.language_code: page for page in versions.select_related("locale")}
    return (
        by_language.get(language_code or settings.LANGUAGE_CODE)
        or by_language.get(settings.LANGUAGE_CODE)
        or issue
    )

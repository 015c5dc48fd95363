from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from lettre.email.commands import issue_by_number
from lettre.email.render import EmailRenderError, render_issue_email


class Command(BaseCommand):
    help = (
        "Writes the e-mail of an issue (its latest revision, published or not) to files, as a test "
        "send would: HTML with --html, plain text with --text (to the standard output if neither)."
    )

    def add_arguments(self, parser):
        parser.add_argument("number", type=int, help="Number of the issue, e.g. 4.")
        parser.add_argument("--html", type=Path, help="File to write the HTML part to.")
        parser.add_argument("--text", type=Path, help="File to write the plain-text part to.")
        parser.add_argument("--language", default=None, help="Language of the issue (default: the site's).")
        parser.add_argument(
            "--keep-placeholders", action="store_true",
            help="Keep the per-recipient placeholders ({{ unsubscribe_url }}…) instead of sample links.",
        )

    def handle(self, *args, number, html, text, language, keep_placeholders, **options):
        issue = issue_by_number(number, language)
        draft = issue.get_latest_revision_as_object()
        try:
            edition = render_issue_email(draft)
        except EmailRenderError as error:
            raise CommandError(str(error)) from error
        if not keep_placeholders:
            edition = edition.as_sample()
        if html is None and text is None:
            self.stdout.write(edition.text)
            return
        for path, content in ((html, edition.html), (text, edition.text)):
            if path is not None:
                path = Path(path)
                path.write_text(content, encoding="utf-8")
                self.stdout.write(
                    _("%(path)s: %(size)d bytes") % {"path": path, "size": len(content.encode())}
                )

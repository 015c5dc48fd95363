import datetime
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from lettre.importer import ImportRejected, import_issue, read_upload
from lettre.models import LettreIndexPage


def iso_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(_("“%(value)s” is not a date (YYYY-MM-DD).") % {"value": value}) from error


class Command(BaseCommand):
    help = (
        "Imports a past issue (.html, .htm, .md, .txt or .zip with its images) as a draft under the archive, "
        "and prints what became what. Never publishes."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The issue's file.")
        parser.add_argument("--number", type=int, help="Number of the issue (default: the masthead's).")
        parser.add_argument(
            "--date", type=iso_date, help="Date of the issue, YYYY-MM-DD (default: the masthead's)."
        )
        parser.add_argument("--dry-run", action="store_true", help="Print the report, create nothing.")
        parser.add_argument("--replace", action="store_true", help="Replace a draft of the same number.")
        parser.add_argument("--user", help="Username recorded as the draft's author.")
        parser.add_argument("--language", default=settings.LANGUAGE_CODE, help="Language of the archive.")

    def handle(self, *args, file, number, date, dry_run, replace, user, language, **options):
        index = LettreIndexPage.objects.filter(locale__language_code=language).first()
        if index is None:
            raise CommandError(
                _("There is no archive of issues in the language “%(language)s”.") % {"language": language}
            )
        author = None
        if user:
            author = get_user_model().objects.filter(username=user).first()
            if author is None:
                raise CommandError(_("No user is named “%(name)s”.") % {"name": user})
        try:
            with file.open("rb") as stream:
                upload = read_upload(file.name, stream)
            report = import_issue(
                upload,
                index=index,
                user=author,
                number=number,
                issue_date=date,
                replace=replace,
                dry_run=dry_run,
            )
        except OSError as error:
            raise CommandError(str(error)) from error
        except ImportRejected as error:
            raise CommandError(str(error.message)) from error
        for line in report.lines():
            self.stdout.write(line)
        if dry_run:
            self.stdout.write(_("Dry run: nothing was created."))
        else:
            self.stdout.write(
                _("Draft saved: “%(title)s” (page %(id)d), not published.")
                % {"title": report.page.title, "id": report.page.pk}
            )

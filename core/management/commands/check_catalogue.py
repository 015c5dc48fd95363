from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from core.catalogue import check_catalogue


class Command(BaseCommand):
    help = "Fails when makemessages would add an untranslated string, or on an empty or fuzzy entry."

    def add_arguments(self, parser):
        parser.add_argument("--language", default="fr")

    def handle(self, *args, language, **options):
        report = check_catalogue(settings.BASE_DIR, language)
        for line in report.lines():
            self.stderr.write(line)
        if not report.complete:
            raise CommandError(
                _(
                    "The %(language)s catalogue is incomplete: %(count)d entries. Run “make messages” after "
                    "adding their translations to locale/translations/*.json."
                )
                % {"language": language, "count": len(report.untranslated) + len(report.fuzzy)}
            )
        self.stdout.write(_("The %(language)s catalogue is complete.") % {"language": language})

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from communes.membership_import import import_members


class Command(BaseCommand):
    help = (
        "Imports the member communes from a CSV file (header: code_insee, date_adhesion, chef_de_projet, "
        "contact, public). A bad file changes nothing; the report lists unknown codes, duplicates and "
        "communes merged since."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--replace", action="store_true",
                            help="Communes absent from the file stop being members.")
        parser.add_argument("--dry-run", action="store_true", help="Report only, change nothing.")

    def handle(self, *args, **options):
        try:
            content = options["file"].read_bytes()
        except OSError as error:
            message = _("Cannot read %(path)s: %(error)s") % {"path": options["file"], "error": error}
            raise CommandError(message) from error
        report = import_members(content, replace=options["replace"], dry_run=options["dry_run"])
        self.stdout.write("\n".join(report.lines()))
        if report.rejected:
            raise CommandError(_("Nothing was imported."))

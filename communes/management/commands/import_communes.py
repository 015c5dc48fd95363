from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from communes.reference import DATA_DIR, ReferenceDataError, import_reference


class Command(BaseCommand):
    help = (
        "Imports the official reference of communes, departments, regions and EPCI from the files "
        "committed in communes/data/ (made by `make communes-data`). Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("--data", type=Path, default=DATA_DIR, help="Folder of the reference files.")

    def handle(self, *args, **options):
        try:
            report = import_reference(options["data"])
        except ReferenceDataError as error:
            raise CommandError(str(error)) from error
        if options["verbosity"] > 0:
            self.stdout.write("\n".join(report.lines()))
            self.stdout.write(self.style.SUCCESS(_("Reference of communes imported.")))

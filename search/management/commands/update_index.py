"""``manage.py update_index``: Wagtail's index (``wagtail_update_index``), then every search document.

Named like Wagtail's command so that the usual rebuild, after a deployment or a bulk import,
also rebuilds what the results page reads; ``search`` comes before ``wagtail.search`` in
``INSTALLED_APPS``, so this command is the one ``manage.py`` runs.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from search import documents


class Command(BaseCommand):
    help = "Rebuilds Wagtail's search index, then the search documents of every searchable page."

    def add_arguments(self, parser):
        parser.add_argument("--documents-only", action="store_true",
                            help="Only the search documents, not Wagtail's index.")

    def handle(self, *args, **options):
        if not options["documents_only"]:
            call_command("wagtail_update_index", verbosity=options["verbosity"], stdout=self.stdout)
        written = documents.rebuild()
        if options["verbosity"]:
            self.stdout.write(f"search documents: {written}")

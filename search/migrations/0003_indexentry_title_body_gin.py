"""Once a GIN index on Wagtail's own index table; the search no longer reads that table.

Kept empty so that the migration history stays the same; ``0005`` drops the index where it was made.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_search_term_stat"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]
    operations: list = []

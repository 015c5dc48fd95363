"""A GIN index on the expression the PostgreSQL backend matches: ``title || body``.

Wagtail's database backend searches ``(title || body) @@ query``; its own GIN indexes cover the
two columns separately, so without this one every search reads the whole index table
(about 50 ms for 10,000 pages, see ``manage.py bench_search``). Nothing to do on SQLite.
"""

from django.db import migrations

from search.migration_sql import on_postgres

CREATE_SQL = (
    "CREATE INDEX IF NOT EXISTS search_indexentry_title_body_gin "
    "ON wagtailsearch_indexentry USING GIN ((title || body))"
)
DROP_SQL = "DROP INDEX IF EXISTS search_indexentry_title_body_gin"


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_search_term_stat"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]
    operations = [on_postgres(CREATE_SQL, DROP_SQL)]

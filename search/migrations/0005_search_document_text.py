"""Search documents that hold their own text and vectors, and whether their page is public.

The documents of the previous layout are deleted (they copied Wagtail's index and had no text):
run ``manage.py update_index`` after this migration to write them again. PostgreSQL: GIN indexes
on the two vectors; the GIN index that 0003 once made on Wagtail's index table is dropped.
"""

import django.contrib.postgres.search
from django.db import migrations, models

from search.migration_sql import on_postgres

CREATE_SQL = (
    "DROP INDEX IF EXISTS search_indexentry_title_body_gin; "
    "CREATE INDEX search_document_vector_gin ON search_searchdocument USING GIN (vector); "
    "CREATE INDEX search_document_title_prefixes_gin ON search_searchdocument USING GIN (title_prefixes);"
)
DROP_SQL = (
    "DROP INDEX IF EXISTS search_document_vector_gin; "
    "DROP INDEX IF EXISTS search_document_title_prefixes_gin;"
)


def forget_documents(apps, schema_editor):
    apps.get_model("search", "SearchDocument").objects.all().delete()


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0004_search_document'),
    ]

    operations = [
        migrations.RunPython(forget_documents, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name='searchdocument',
            name='body_vector',
        ),
        migrations.RemoveField(
            model_name='searchdocument',
            name='title_norm',
        ),
        migrations.RemoveField(
            model_name='searchdocument',
            name='title_vector',
        ),
        migrations.AddField(
            model_name='searchdocument',
            name='body',
            field=models.TextField(blank=True, default=''),
        ),
        migrations.AddField(
            model_name='searchdocument',
            name='public',
            field=models.BooleanField(default=True),
        ),
        migrations.AddField(
            model_name='searchdocument',
            name='title',
            field=models.TextField(blank=True, default=''),
        ),
        migrations.AddField(
            model_name='searchdocument',
            name='title_prefixes',
            field=django.contrib.postgres.search.SearchVectorField(null=True),
        ),
        migrations.AddField(
            model_name='searchdocument',
            name='vector',
            field=django.contrib.postgres.search.SearchVectorField(null=True),
        ),
        migrations.RemoveField(
            model_name='searchdocument',
            name='themes',
        ),
        migrations.AddField(
            model_name='searchdocument',
            name='themes',
            field=models.CharField(blank=True, default='', max_length=1000),
        ),
        on_postgres(CREATE_SQL, DROP_SQL),
    ]

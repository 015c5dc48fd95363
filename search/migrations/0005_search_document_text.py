"""Search documents that hold their own text and vectors, and whether their page is public.

The table is made anew (the documents of the previous layout copied Wagtail's index and had no
text): run ``manage.py update_index`` after this migration to write them again. The columns read
by every search (flags, facets, vectors) come before the texts, which only the results read.
PostgreSQL: GIN indexes on the two vectors; the GIN index that 0003 once made on Wagtail's index
table is dropped.
"""

import django.contrib.postgres.search
import django.db.models.deletion
from django.conf import settings
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


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('search', '0004_search_document'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.DeleteModel(name='SearchDocument'),
        migrations.CreateModel(
            name='SearchDocument',
            fields=[
                ('page', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='+', serialize=False, to=settings.WAGTAIL_PAGE_MODEL, verbose_name='page')),
                ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='contenttypes.contenttype')),
                ('locale', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.locale')),
                ('live', models.BooleanField(default=False)),
                ('public', models.BooleanField(default=True)),
                ('published_at', models.DateTimeField(null=True)),
                ('year', models.PositiveSmallIntegerField(null=True)),
                ('partner', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                ('themes', models.CharField(blank=True, default='', max_length=1000)),
                ('vector', django.contrib.postgres.search.SearchVectorField(null=True)),
                ('title_prefixes', django.contrib.postgres.search.SearchVectorField(null=True)),
                ('title', models.TextField(blank=True, default='')),
                ('body', models.TextField(blank=True, default='')),
            ],
            options={
                'verbose_name': 'search document',
                'verbose_name_plural': 'search documents',
            },
        ),
        on_postgres(CREATE_SQL, DROP_SQL),
    ]

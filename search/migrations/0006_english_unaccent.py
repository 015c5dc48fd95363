"""``english_unaccent``: unaccent, then English stemming, for the pages in English (search.languages).
Run ``manage.py update_index`` after deploying it: English documents get their English vectors."""

from django.db import migrations

from search.migration_sql import on_postgres

CREATE_SQL = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'english_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION english_unaccent (COPY = english);
        ALTER TEXT SEARCH CONFIGURATION english_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
    END IF;
END
$$;
"""

DROP_SQL = "DROP TEXT SEARCH CONFIGURATION IF EXISTS english_unaccent;"


class Migration(migrations.Migration):
    dependencies = [("search", "0005_search_document_text")]
    operations = [on_postgres(CREATE_SQL, DROP_SQL)]

"""PostgreSQL text search configurations that ignore accents, so “evenement” finds “événement”.

``french_unaccent``: unaccent, then French stemming (``SEARCH_CONFIG``).
``simple_unaccent``: unaccent, no stemming (``AUTOCOMPLETE_CONFIG``, for prefixes).
Creating the ``unaccent`` extension needs a role allowed to create extensions. Nothing to do on SQLite.
"""

from django.db import migrations

from search.migration_sql import on_postgres

CREATE_SQL = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
        ALTER TEXT SEARCH CONFIGURATION french_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'simple_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION simple_unaccent (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION simple_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
END
$$;
"""

DROP_SQL = """
DROP TEXT SEARCH CONFIGURATION IF EXISTS french_unaccent;
DROP TEXT SEARCH CONFIGURATION IF EXISTS simple_unaccent;
"""


class Migration(migrations.Migration):
    initial = True
    dependencies: list = []
    operations = [on_postgres(CREATE_SQL, DROP_SQL)]

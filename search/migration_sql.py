"""Migration steps that only mean something on PostgreSQL (text search configurations, GIN indexes).

SQLite searches with FTS5 and has neither: there the step does nothing, in both directions.
"""

from django.db import migrations


def on_postgres(sql: str, reverse_sql: str) -> migrations.RunPython:
    def run(statements):
        def step(apps, schema_editor):
            if schema_editor.connection.vendor == "postgresql":
                schema_editor.execute(statements)

        return step

    return migrations.RunPython(run(sql), run(reverse_sql), elidable=False)

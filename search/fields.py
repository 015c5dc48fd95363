"""Two columns of ``SearchDocument`` whose database type depends on the database.

The same migration creates them everywhere: on PostgreSQL a ``tsvector`` and an ``integer[]``, on
SQLite plain text (the SQLite search reads no vector; the ids are kept as a JSON list, read with
``json_each``).
"""

import json

from django.db import models


def _is_postgres(connection) -> bool:
    return connection.vendor == "postgresql"


class VectorField(models.Field):
    """A text search vector copied from Wagtail's index entry (PostgreSQL); unused elsewhere."""

    description = "Text search vector (PostgreSQL)"

    def db_type(self, connection):
        return "tsvector" if _is_postgres(connection) else "text"


class IdListField(models.Field):
    """A list of integer ids: ``integer[]`` on PostgreSQL, a JSON list elsewhere."""

    description = "List of integer ids"

    def db_type(self, connection):
        return "integer[]" if _is_postgres(connection) else "text"

    def get_db_prep_value(self, value, connection, prepared=False):
        ids = [int(item) for item in (value or [])]
        return ids if _is_postgres(connection) else json.dumps(ids)

    def from_db_value(self, value, expression, connection):
        if value is None:
            return []
        return list(value) if _is_postgres(connection) else json.loads(value)

    def to_python(self, value):
        if isinstance(value, str):
            return json.loads(value or "[]")
        return list(value or [])

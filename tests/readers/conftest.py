"""The demo site of both seed issues, loaded once per module and rolled back at its end."""

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import translation

from lettre.models import LettrePage
from tests.seeds import SEED_FILES


@pytest.fixture(scope="module")
def demo_issues(django_db_setup, django_db_blocker) -> dict[int, LettrePage]:
    """{number: the French issue} of the demo content."""
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fr"):
        call_command("load_demo_content", verbosity=0)
        yield {n: LettrePage.objects.get(number=n, locale__language_code="fr") for n in SEED_FILES}
        transaction.set_rollback(True)

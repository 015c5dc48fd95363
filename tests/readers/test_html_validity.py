"""Every public page type is valid HTML for the Nu HTML checker: errors fail (DSFR's own known markup
is listed with its reason in vnu.py)."""

import pytest
from django.core.management import call_command

from tests.public_pages import public_pages

from .vnu import validation_errors


@pytest.mark.django_db
def test_every_public_page_type_is_valid_html(client):
    call_command("load_demo_content", verbosity=0)
    documents = {name: client.get(url).content.decode() for name, url in public_pages().items()}
    errors = validation_errors(documents)
    assert not errors, f"{len(errors)} Nu HTML checker error(s):\n" + "\n".join(errors)

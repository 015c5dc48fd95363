"""English pages for the tests: the English locale (created by core's migration 0003) and a helper
that translates a page, its missing parents included, and publishes the translation."""

import pytest
from wagtail.models import Locale


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def translate(english):
    """``translate(page, title="…", publish=True)``: the English version of ``page``, live."""

    def make(page, publish=True, **fields):
        translation = page.specific.copy_for_translation(english, copy_parents=True)
        for name, value in fields.items():
            setattr(translation, name, value)
        revision = translation.save_revision()
        if publish:
            revision.publish()
        translation.refresh_from_db()
        return translation

    return make


@pytest.fixture
def english_home(home_page, translate):
    return translate(home_page, title="Club of Small towns of tomorrow")

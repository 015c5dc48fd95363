"""The page chooser of a page in English opens on the English pages (Wagtail's chooser sends the page's
language, core.page_chooser starts there), and one of a French page on the French ones."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from tests import factories

PASSWORD = "un-mot-de-passe-solide"
APVF_FR = "Association des petites villes de France"
APVF_EN = "Association of small towns of France"


def translated(page, locale, **fields):
    translation = page.specific.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def libraries(migrated_db, home_page, django_user_model):
    english = Locale.objects.get(language_code="en")
    partners = factories.PartnerIndexPageFactory(parent=home_page)
    apvf = factories.PartnerFactory(parent=partners, title=APVF_FR, acronym="APVF")
    translated(apvf, english, title=APVF_EN)
    library = factories.ResourceIndexPageFactory(parent=home_page)
    django_user_model.objects.create_superuser("claire", "claire@anct.gouv.fr", PASSWORD)
    return {"fr": library, "en": translated(library, english, title="Library")}


def partner_choices(page, library):
    page.goto(f"/admin/pages/add/ressources/resourcepage/{library.pk}/")
    page.locator("#id_partner-chooser [data-chooser-action-choose]").click()
    return page.locator(".modal-dialog a.choose-page")


@pytest.mark.parametrize(
    ("language", "shown", "hidden"), [("en", APVF_EN, APVF_FR), ("fr", APVF_FR, APVF_EN)]
)
def test_the_partner_chooser_opens_on_the_partners_of_the_pages_language(
    page, libraries, language, shown, hidden
):
    page.goto("/admin/login/")
    page.locator("#id_username").fill("claire")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    choices = partner_choices(page, libraries[language])
    expect(choices).to_have_text([shown])
    expect(page.locator(".modal-dialog")).not_to_contain_text(hidden)

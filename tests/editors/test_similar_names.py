"""A partner, resource or theme whose name is close to an existing one (case, accents, punctuation, a
partner's acronym) is saved only once the editor confirms that it is another one."""

import pytest
from django.urls import reverse
from django.utils.text import slugify
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from ressources.models import PartnerPage, ResourcePage, Theme
from ressources.similar import normalise
from tests import html


def test_names_are_compared_without_case_accents_or_punctuation():
    assert normalise("  Établissement public-foncier ") == "etablissement public foncier"


def partner_data(title, acronym="", **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "acronym": acronym,
            "logo": "",
            "description": rich_text(""),
            "website": "",
            "offers": rich_text(""),
            "comments": inline_formset([]),
            **extra,
        }
    )


def add_partner(editor_client, partner_index, title, acronym="", **extra):
    url = reverse("wagtailadmin_pages:add", args=("ressources", "partnerpage", partner_index.pk))
    return editor_client.post(url, partner_data(title, acronym, **extra))


@pytest.fixture
def apvf(partner_factory):
    return partner_factory("Association des petites villes de France", acronym="APVF")


@pytest.mark.parametrize(
    ("title", "acronym"),
    [
        ("association des Petites Villes de France", ""),  # case
        ("Association des petites villes de France.", ""),  # punctuation
        ("APVF", ""),  # the acronym as a name
        ("Une autre association", "apvf"),  # the same acronym
    ],
)
def test_a_close_partner_asks_for_confirmation(editor_client, partner_index, apvf, title, acronym):
    response = add_partner(editor_client, partner_index, title, acronym)
    assert response.status_code == 200
    soup = html.parse(response.content)
    assert "Association des petites villes de France (APVF)" in html.text(soup.select_one("main"))
    assert soup.select_one('[name="confirm_not_duplicate"]') is not None
    assert PartnerPage.objects.count() == 1


def test_the_editor_confirms_and_the_partner_is_saved(editor_client, partner_index, apvf):
    response = add_partner(editor_client, partner_index, "APVF", confirm_not_duplicate="on")
    assert response.status_code == 302, html.text(html.parse(response.content).select_one("main"))
    assert response.status_code == 302
    assert PartnerPage.objects.filter(title="APVF").exists()


def test_a_new_name_needs_no_confirmation_and_shows_no_box(editor_client, partner_index, apvf):
    url = reverse("wagtailadmin_pages:add", args=("ressources", "partnerpage", partner_index.pk))
    assert html.page(editor_client.get(url)).select_one('[name="confirm_not_duplicate"]') is None
    assert add_partner(editor_client, partner_index, "Banque des territoires", "BDT").status_code == 302


def test_editing_a_partner_without_renaming_it_asks_nothing(editor_client, apvf, partner_factory):
    partner_factory("APVF Formation")  # close to nothing: another name
    url = reverse("wagtailadmin_pages:edit", args=[apvf.pk])
    data = partner_data(apvf.title, "APVF", website="https://apvf.asso.fr")
    data["slug"] = apvf.slug
    assert editor_client.post(url, data).status_code == 302


def test_a_close_theme_asks_for_confirmation(editor_client, theme_factory):
    theme_factory("Revitalisation des centres-villes")
    url = reverse("wagtailsnippets_ressources_theme:add")
    data = {"name": "revitalisation des centres villes", "slug": "", "locale": "fr"}
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "Revitalisation des centres-villes" in html.text(html.parse(response.content).select_one("main"))
    assert Theme.objects.count() == 1
    assert editor_client.post(url, {**data, "confirm_not_duplicate": "on"}).status_code == 302
    assert Theme.objects.count() == 2


def test_a_close_resource_asks_for_confirmation(editor_client, library, resource_factory):
    resource_factory("Guide de l'habitat inclusif")
    url = reverse("wagtailadmin_pages:add", args=("ressources", "resourcepage", library.pk))
    data = nested_form_data(
        {
            "title": "Guide de l’habitat inclusif",
            "slug": "guide-2",
            "summary": "Un guide.",
            "resource_type": "guide",
            "publication_date": "2026-11-02",
            "partner": "",
            "document": "",
            "external_url": "https://example.org/guide",
            "image": "",
            "body": rich_text(""),
            "commune_links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "Guide de l'habitat inclusif" in html.text(html.parse(response.content).select_one("main"))
    assert ResourcePage.objects.count() == 1

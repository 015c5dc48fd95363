"""Editors in the admin: themes are editable, a resource must lead somewhere."""

from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import querydict_from_html

from ressources.models import ResourcePage, Theme
from tests.test_ressources_factories import *  # noqa: F403  (fixtures)


def resource_form(client, library, **values):
    url = reverse("wagtailadmin_pages:add", args=("ressources", "resourcepage", library.pk))
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update({"title": "Guide sans lien", "slug": "guide-sans-lien", "summary": "Un guide.",
                 "publication_date": "2021-05-12", **values})
    return url, data


def test_admin_refuses_a_resource_without_document_nor_link(editor_client, library):
    url, data = resource_form(editor_client, library, external_url="")
    response = editor_client.post(url, data)

    assert response.status_code == 200
    assert not ResourcePage.objects.filter(slug="guide-sans-lien").exists()
    with translation.override("fr"):  # the admin speaks French
        expected = translation.gettext("Give a document or an external link: a resource must lead somewhere.")
    assert response.context["form"].errors["external_url"] == [expected]


def test_admin_accepts_a_resource_with_a_link(editor_client, library):
    url, data = resource_form(editor_client, library, external_url="https://www.anct.gouv.fr/guide")
    response = editor_client.post(url, data)

    assert response.status_code == 302
    assert ResourcePage.objects.get(slug="guide-sans-lien").external_url == "https://www.anct.gouv.fr/guide"


def test_themes_are_editable_snippets(editor_client, home_page):
    url = reverse("wagtailsnippets_ressources_theme:add")
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(url, {"name": "Tiers-lieux", "slug": ""})

    assert response.status_code == 302
    assert Theme.objects.get(name="Tiers-lieux").slug == "tiers-lieux"
    listing = editor_client.get(reverse("wagtailsnippets_ressources_theme:list")).content.decode()
    assert "Tiers-lieux" in listing

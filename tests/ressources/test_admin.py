"""Editors in the admin: themes are editable, a resource must lead somewhere."""

from django.urls import reverse

from ressources.models import ResourcePage, Theme

GUIDE = {"title": "Guide sans lien", "slug": "guide-sans-lien", "summary": "Un guide.",
         "publication_date": "2021-05-12"}


def test_admin_refuses_a_resource_without_document_nor_link(editor_client, add_page_form, library):
    url, data = add_page_form(ResourcePage, library, **GUIDE, external_url="")
    response = editor_client.post(url, data)

    assert response.status_code == 200
    assert not ResourcePage.objects.filter(slug="guide-sans-lien").exists()
    assert response.context["form"].errors["external_url"] == [
        "Indiquez un document ou un lien externe : une ressource doit mener quelque part."
    ]


def test_admin_accepts_a_resource_with_a_link(editor_client, add_page_form, library):
    url, data = add_page_form(ResourcePage, library, **GUIDE, external_url="https://www.anct.gouv.fr/guide")
    response = editor_client.post(url, data)

    assert response.status_code == 302
    assert ResourcePage.objects.get(slug="guide-sans-lien").external_url == "https://www.anct.gouv.fr/guide"


def test_editors_add_a_theme_whose_slug_is_made_from_its_name(editor_client, home_page):
    url = reverse("wagtailsnippets_ressources_theme:add")
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(url, {"name": "Tiers-lieux", "slug": ""})

    assert response.status_code == 302
    assert Theme.objects.get(name="Tiers-lieux").slug == "tiers-lieux"
    listing = editor_client.get(reverse("wagtailsnippets_ressources_theme:list")).content.decode()
    assert "Tiers-lieux" in listing

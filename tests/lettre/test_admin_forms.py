"""Editors create every page type through the admin forms; block previews; page-type rules."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import ContentPage, HomePage
from lettre.models import LettreIndexPage, LettrePage


def list_block(items):
    """Form data of a ListBlock, in the same nested format as `streamfield`."""
    data = {
        str(i): {"value": value, "deleted": "", "order": str(i), "id": ""} for i, value in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def empty_link():
    return {"label": "", "page": "", "document": "", "url": ""}


def add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk))


def post_page(editor_client, model, parent, data):
    return editor_client.post(add_url(model, parent), nested_form_data(data))


def issue_form_data(number=4, title="La lettre de mai", **extra):
    data = {
        "title": title,
        "slug": f"lettre-{number}",
        "number": str(number),
        "issue_date": "2021-05-12",
        "intro": rich_text("<p>Chaque mois, retrouvez des actualités.</p>"),
        "hero": "",
        "body": streamfield(
            [
                ("rubrique", {"title": "Le point de vue du maire", "anchor": ""}),
                (
                    "interview",
                    {
                        "kicker": "",
                        "person": {
                            "name": "Martin Sotton",
                            "role": "Maire de Thizy-les-Bourgs",
                            "portrait": {"image": "", "decorative": "", "alt_text": ""},
                        },
                        "statement": rich_text(""),
                        "questions": list_block(
                            [
                                {
                                    "question": "Pourquoi un architecte ?",
                                    "answer": rich_text("<p>Pour le bâti.</p>"),
                                }
                            ]
                        ),
                        "read_more": empty_link(),
                        "communes": list_block([]),
                    },
                ),
                (
                    "agenda",
                    {
                        "title": "Les rendez-vous du Club",
                        "items": list_block(
                            [
                                {
                                    "page": "",
                                    "title": "Panorama de l'offre de services",
                                    "date_text": "26 novembre",
                                    "organisation": "",
                                    "text": rich_text(""),
                                    "links": list_block(
                                        [
                                            {
                                                "label": "Je m'inscris",
                                                "page": "",
                                                "document": "",
                                                "url": "https://example.org/inscription",
                                            }
                                        ]
                                    ),
                                }
                            ]
                        ),
                    },
                ),
                ("texte", rich_text("<p>Bonne lecture !</p>")),
            ]
        ),
        "credits": streamfield([]),
    }
    data.update(extra)
    return data


def test_editor_creates_an_issue_with_a_streamfield_body(editor_client, lettre_index):
    response = post_page(editor_client, LettrePage, lettre_index, issue_form_data())
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    issue = LettrePage.objects.get(number=4)
    assert issue.get_parent().specific == lettre_index
    assert [block.block_type for block in issue.body] == ["rubrique", "interview", "agenda", "texte"]
    interview = issue.body[1].value
    assert interview["person"]["name"] == "Martin Sotton"
    assert interview["questions"][0]["question"] == "Pourquoi un architecte ?"
    assert issue.body[2].value["items"][0].actions[0].accessible_name == (
        "Je m'inscris – Panorama de l'offre de services"
    )


def test_editor_creates_the_archive_under_home(editor_client, home_page):
    response = post_page(
        editor_client,
        LettreIndexPage,
        home_page,
        {"title": "Les lettres", "slug": "lettres", "intro": rich_text("")},
    )
    assert response.status_code == 302
    assert LettreIndexPage.objects.child_of(home_page).get().title == "Les lettres"


def test_editor_creates_a_content_page(editor_client, home_page):
    data = {
        "title": "Mentions légales",
        "slug": "mentions-legales",
        "body": streamfield(
            [("texte", rich_text("<h2>Éditeur</h2><p>ANCT.</p>", features=["h2", "h3", "h4", "bold"]))]
        ),
    }
    response = post_page(editor_client, ContentPage, home_page, data)
    assert response.status_code == 302
    page = ContentPage.objects.get(slug="mentions-legales")
    assert "<h2" in str(page.body[0].value), "sections of a content page are h2, right under its h1"
    assert "ANCT." in str(page.body[0].value)


def test_duplicate_issue_number_is_refused_with_a_clear_message(editor_client, issue_factory, lettre_index):
    issue_factory(number=4, title="La lettre de mai")
    response = post_page(editor_client, LettrePage, lettre_index, issue_form_data(number=4, title="Doublon"))
    assert response.status_code == 200
    assert response.context["form"].errors["number"] == [
        "Le numéro 4 est déjà utilisé par la lettre « La lettre de mai »."
    ]
    assert "La lettre de mai" in response.content.decode()
    assert LettrePage.objects.filter(number=4).count() == 1


def test_issue_number_is_free_again_when_editing_the_same_issue(issue_factory):
    issue = issue_factory(number=9)
    issue.title = "Titre corrigé"
    issue.full_clean()  # no error: the issue does not clash with itself


def test_issues_go_in_the_archive_and_home_holds_one_archive(home_page, lettre_index):
    root = Page.get_first_root_node()
    assert LettrePage.can_create_at(lettre_index)
    assert not LettrePage.can_create_at(home_page)
    assert not LettreIndexPage.can_create_at(root)
    assert not LettreIndexPage.can_create_at(home_page), "only one archive per home page"
    assert ContentPage.can_create_at(home_page)
    assert not HomePage.can_create_at(root), "only one home page"
    assert LettrePage.allowed_subpage_models() == []
    assert set(LettreIndexPage.allowed_subpage_models()) == {LettrePage}


def test_admin_refuses_an_issue_outside_the_archive(editor_client, home_page):
    response = editor_client.get(add_url(LettrePage, home_page))
    assert response.status_code == 302  # Wagtail sends the editor back to the dashboard
    assert response["Location"] == "/admin/"
    assert not LettrePage.objects.exists()


def test_archive_can_be_created_under_home_but_not_twice(home_page):
    assert LettreIndexPage.can_create_at(home_page)
    home_page.add_child(instance=LettreIndexPage(title="Les lettres", slug="lettres"))
    assert not LettreIndexPage.can_create_at(HomePage.objects.get(pk=home_page.pk))


# Block previews in the admin


def body_blocks():
    return LettrePage._meta.get_field("body").stream_block.child_blocks


@pytest.mark.parametrize("name", list(body_blocks().keys()))
def test_block_preview_renders_with_the_site_styles(editor_client, image_factory, document_factory, name):
    image_factory(title="Photothèque")
    document_factory("Guide du programme")
    block = body_blocks()[name]
    assert block.get_description(), f"{name} needs a description for the block picker"
    assert block.is_previewable
    response = editor_client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == 200
    html = response.content.decode()
    assert "dsfr.min.css" in html and "css/site.css" in html
    assert f'class="w-block-{name} block-{name}"' in html
    body = html.split("<main", 1)[1]
    assert len(body) > 200, "the block renders real content"
    if name in {"image", "image_du_mois", "appel", "article"}:
        assert "<picture>" in body, "the preview uses an image of the library"
    if name == "documents":
        assert "Guide du programme" in body


def test_block_preview_without_image_in_the_library_still_renders(editor_client, home_page):
    block = body_blocks()["image_du_mois"]
    response = editor_client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == 200
    assert "Signature de convention" in response.content.decode()


def test_issue_date_is_required_in_the_admin(editor_client, lettre_index):
    response = post_page(editor_client, LettrePage, lettre_index, issue_form_data(issue_date=""))
    assert response.status_code == 200
    assert "issue_date" in response.context["form"].errors
    assert not LettrePage.objects.exists()


def test_issue_edit_form_opens_with_every_block(editor_client, issue_factory, image_factory):
    photo = image_factory(title="Photo")
    image = {"image": photo, "decorative": False, "alt_text": "Une photo"}
    issue = issue_factory(
        body=[
            ("rubrique", {"title": "Actualités"}),
            ("interview", {"person": {"name": "Martin Sotton"}, "statement": "<p>Un point de vue.</p>"}),
            ("image_du_mois", {"image": image, "title": "L'image", "text": "<p>Texte.</p>"}),
            ("agenda", {"items": [{"title": "Webinaire"}]}),
            ("recommandations", {"groups": [{"heading": "Ressources", "items": [{"title": "Guide"}]}]}),
            ("actualites", {"items": [{"title": "Une actualité"}]}),
            ("article", {"title": "Un article", "text": "<p>Texte.</p>"}),
            ("appel", {"title": "Une enquête", "link": {"label": "Je contribue", "url": "https://example.org"}}),
            ("texte", "<p>Texte libre.</p>"),
            ("image", {"image": image}),
        ]
    )
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=(issue.pk,)))
    assert response.status_code == 200
    assert "Martin Sotton" in response.content.decode()

"""Every block of an issue, as a reader sees it on the web page."""

import datetime

import pytest
from django.core.files.base import ContentFile
from lxml import html as lxml_html
from wagtail.documents import get_document_model


@pytest.fixture
def render_issue(client, issue_factory):
    """Publish an issue with the given body and return (html text, parsed tree) of its page."""

    def render(*body):
        issue = issue_factory(body=list(body))
        response = client.get(issue.url)
        assert response.status_code == 200
        text = response.content.decode()
        return text, lxml_html.fromstring(text)

    return render


def image_value(image, alt="", decorative=False):
    return {"image": image, "decorative": decorative, "alt_text": alt}


def headings(tree):
    return [
        (int(el.tag[1]), el.text_content().strip()) for el in tree.iter("h1", "h2", "h3", "h4", "h5", "h6")
    ]


def test_rubrique_is_an_h2_with_its_anchor_and_in_the_table_of_contents(render_issue):
    html, tree = render_issue(("rubrique", {"title": "Les recommandations du mois", "anchor": ""}))
    heading = tree.get_element_by_id("les-recommandations-du-mois")
    assert heading.tag == "h2"
    assert heading.text_content() == "Les recommandations du mois"
    toc_links = tree.xpath("//nav[contains(@class, 'fr-summary')]//a")
    assert [(a.get("href"), a.text_content()) for a in toc_links] == [
        ("#les-recommandations-du-mois", "Les recommandations du mois")
    ]


def test_interview_shows_the_person_and_every_answer(render_issue):
    html, tree = render_issue(
        (
            "interview",
            {
                "kicker": "",
                "person": {"name": "Martin Sotton", "role": "Maire de Thizy-les-Bourgs (69)"},
                "statement": "",
                "questions": [
                    {"question": "Pourquoi un architecte ?", "answer": "<p>Pour son regard sur le bâti.</p>"},
                    {"question": "Et ensuite ?", "answer": "<p>La revitalisation du centre-bourg.</p>"},
                ],
                "read_more": {"label": "Lire la suite", "url": "https://example.org/suite"},
            },
        )
    )
    assert ("2 questions to Martin Sotton" in html) or ("2 questions à Martin Sotton" in html)
    assert "Maire de Thizy-les-Bourgs (69)" in html
    assert [text for level, text in headings(tree) if level == 4] == [
        "Pourquoi un architecte ?",
        "Et ensuite ?",
    ]
    assert "Pour son regard sur le bâti." in html
    assert "La revitalisation du centre-bourg." in html
    link = tree.xpath("//a[@href='https://example.org/suite']")[0]
    assert link.text_content() == "Lire la suite"
    assert "Martin Sotton" in link.get("aria-label")


def test_interview_point_of_view_keeps_the_kicker_and_the_free_text(render_issue):
    html, tree = render_issue(
        (
            "interview",
            {
                "kicker": "Le point de vue du maire",
                "person": {"name": "Christophe Bouillon", "role": "Maire de Barentin"},
                "statement": "<p>Les petites villes sont des villes d'avenir.</p>",
                "questions": [],
            },
        )
    )
    assert (3, "Le point de vue du maire") in headings(tree)
    assert "Christophe Bouillon" in html
    assert "Les petites villes sont des villes d'avenir." in html


def test_image_du_mois_shows_a_responsive_picture_with_its_alt_text(render_issue, image_factory):
    photo = image_factory(title="Signature")
    html, tree = render_issue(
        (
            "image_du_mois",
            {
                "image": image_value(photo, alt="Joël Giraud signe la convention en mairie"),
                "title": "Signature de convention d'adhésion",
                "text": "<p>Espinasses et La Bâtie-Neuve rejoignent le programme.</p>",
                "credit": "© Préfecture 05",
            },
        )
    )
    assert (3, "Signature de convention d'adhésion") in headings(tree)
    assert "Espinasses et La Bâtie-Neuve rejoignent le programme." in html
    assert "© Préfecture 05" in html
    # lxml's HTML parser nests <source> elements: look them up anywhere in the picture.
    picture = tree.xpath("//picture")[0]
    assert {source.get("type") for source in picture.iter("source")} == {"image/avif", "image/webp"}
    img = next(picture.iter("img"))
    assert img.get("alt") == "Joël Giraud signe la convention en mairie"
    assert "800w" in img.get("srcset") and img.get("sizes")


def test_decorative_image_has_an_empty_alt(render_issue, image_factory):
    photo = image_factory(title="Fond", alt="Une description de la photothèque")
    html, tree = render_issue(
        ("image", {"image": image_value(photo, decorative=True), "caption": "Vue du bourg"})
    )
    img = tree.xpath("//main//picture//img")[0]
    assert img.get("alt") == ""
    assert "Vue du bourg" in html


def test_agenda_item_written_inline_has_a_registration_link_naming_the_event(render_issue):
    html, tree = render_issue(
        (
            "agenda",
            {
                "title": "Les rendez-vous du Club",
                "items": [
                    {
                        "title": "Panorama de l'offre de services",
                        "date_text": "26 novembre de 11h à 12h",
                        "organisation": "ANCT",
                        "text": "<p>Un premier rendez-vous pour découvrir l'offre.</p>",
                        "links": [{"label": "Je m'inscris", "url": "https://example.org/inscription"}],
                    }
                ],
            },
        )
    )
    assert (3, "Les rendez-vous du Club") in headings(tree)
    assert (4, "26 novembre de 11h à 12h : Panorama de l'offre de services") in headings(tree)
    assert "Un premier rendez-vous pour découvrir l'offre." in html
    link = tree.xpath("//a[@href='https://example.org/inscription']")[0]
    assert link.text_content() == "Je m'inscris"
    assert link.get("aria-label") == "Je m'inscris – Panorama de l'offre de services"


def test_agenda_item_chosen_from_the_agenda_shows_the_event_page(render_issue, home_page):
    from django.utils import timezone

    from agenda.models import EventIndexPage, EventPage

    agenda = home_page.add_child(instance=EventIndexPage(title="Agenda", slug="agenda"))
    start = timezone.now() + datetime.timedelta(days=10)
    event = agenda.add_child(
        instance=EventPage(
            title="Le tiers lieu comme levier de revitalisation",
            slug="tiers-lieu",
            start=start,
            end=start + datetime.timedelta(hours=2),
            summary="Un webinaire sur les tiers lieux.",
            registration_url="https://example.org/tiers-lieu",
        )
    )
    html, tree = render_issue(("agenda", {"title": "", "items": [{"page": event, "links": []}]}))
    assert tree.xpath(f"//h3/a[@href='{event.url}']")[0].text_content() == event.title
    assert "Un webinaire sur les tiers lieux." in html
    assert tree.xpath("//a[@href='https://example.org/tiers-lieu']")


def test_recommandations_show_groups_and_items(render_issue):
    html, tree = render_issue(
        ("rubrique", {"title": "Les recommandations du mois"}),
        (
            "recommandations",
            {
                "title": "",
                "groups": [
                    {
                        "heading": "Ressources utiles",
                        "items": [
                            {
                                "organisation": "ANPP",
                                "title": "Faire Territoire : OSONS avec et pour tous !",
                                "text": "<p>Un vademecum pour associer les habitants.</p>",
                                "link": {
                                    "label": "Voir le vademecum",
                                    "url": "https://example.org/vademecum",
                                },
                            }
                        ],
                    },
                    {
                        "heading": "Inspirations",
                        "items": [{"text": "<p>Le palmarès des villes durables.</p>"}],
                    },
                ],
            },
        ),
    )
    assert [h for h in headings(tree) if h[0] == 3] == [(3, "Ressources utiles"), (3, "Inspirations")]
    assert "ANPP, Faire Territoire : OSONS avec et pour tous !" in html
    assert "Un vademecum pour associer les habitants." in html
    assert "Le palmarès des villes durables." in html
    link = tree.xpath("//a[@href='https://example.org/vademecum']")[0]
    assert link.get("aria-label") == "Voir le vademecum – Faire Territoire : OSONS avec et pour tous !"


def test_actualites_show_each_item_with_kicker_image_and_link(render_issue, image_factory):
    photo = image_factory(title="Conseiller")
    html, tree = render_issue(
        (
            "actualites",
            {
                "title": "La relance dans les PVD",
                "items": [
                    {
                        "kicker": "Conseiller numérique",
                        "image": image_value(photo, alt="Un conseiller numérique aide une habitante"),
                        "title": "Le recrutement des conseillers numériques progresse",
                        "text": "<p>Les communes peuvent recruter.</p>",
                        "link": {"label": "En savoir plus", "url": "https://example.org/cnfs"},
                    }
                ],
            },
        )
    )
    assert (3, "La relance dans les PVD") in headings(tree)
    assert (4, "Le recrutement des conseillers numériques progresse") in headings(tree)
    assert "Conseiller numérique" in html
    assert "Les communes peuvent recruter." in html
    assert tree.xpath("//img[@alt='Un conseiller numérique aide une habitante']")
    assert tree.xpath("//a[@href='https://example.org/cnfs']")[0].text_content() == "En savoir plus"


def test_article_shows_kicker_title_text_and_downloads(render_issue):
    document = get_document_model().objects.create(
        title="Guide du programme", file=ContentFile(b"%PDF-1.4 guide", name="guide.pdf")
    )
    html, tree = render_issue(
        (
            "article",
            {
                "kicker": "Regard sur le chef de projet",
                "title": "Chef de projet architecte, le profil gagnant !",
                "text": "<p>Les architectes ont un rôle majeur à jouer.</p>",
                "links": [{"document": document}],
            },
        )
    )
    assert "Regard sur le chef de projet" in html
    assert (3, "Chef de projet architecte, le profil gagnant !") in headings(tree)
    assert "Les architectes ont un rôle majeur à jouer." in html
    download = tree.xpath(f"//a[@href='{document.url}']")[0]
    assert download.get("download") is not None
    assert download.text_content() == "Guide du programme"


def test_appel_shows_a_button(render_issue):
    html, tree = render_issue(
        (
            "appel",
            {
                "title": "L'enquête de co-construction du Club",
                "text": "<p>Ce questionnaire recueille votre opinion.</p>",
                "link": {"label": "Je contribue à l'enquête", "url": "https://example.org/enquete"},
            },
        )
    )
    assert (3, "L'enquête de co-construction du Club") in headings(tree)
    assert "Ce questionnaire recueille votre opinion." in html
    button = tree.xpath("//a[@href='https://example.org/enquete']")[0]
    assert "fr-btn" in button.get("class") and button.text_content() == "Je contribue à l'enquête"


def test_texte_keeps_its_rich_text(render_issue):
    html, tree = render_issue(
        ("texte", "<p>Chaque mois, <b>des actualités</b>.</p><ul><li>jeudi 17 juin</li></ul>")
    )
    assert "<b>des actualités</b>" in html
    assert tree.xpath("//main//li[text()='jeudi 17 juin']")


def test_image_block_shows_caption_and_credit(render_issue, image_factory):
    photo = image_factory(title="Place")
    html, tree = render_issue(
        (
            "image",
            {
                "image": image_value(photo, alt="La place du marché"),
                "caption": "Le marché",
                "credit": "© ANCT",
            },
        )
    )
    assert tree.xpath("//figcaption")[0].text_content().strip() == "Le marché – © ANCT"
    assert tree.xpath("//img[@alt='La place du marché']")


def test_documents_show_label_format_and_size(render_issue):
    document = get_document_model().objects.create(
        title="Kit logo", file=ContentFile(b"x" * 2048, name="kit-logo.zip")
    )
    html, tree = render_issue(
        (
            "documents",
            {"title": "Le pack de bienvenue", "documents": [{"document": document, "label": "Le kit logo"}]},
        )
    )
    assert (3, "Le pack de bienvenue") in headings(tree)
    link = tree.xpath(f"//a[@href='{document.url}']")[0]
    assert "Le kit logo" in link.text_content()
    assert "ZIP" in link.text_content()
    assert "2,0\xa0Kio" in link.text_content() or "2.0\xa0KB" in link.text_content()


def test_issue_outline_has_one_h1_and_no_skipped_level(render_issue, image_factory):
    html, tree = render_issue(
        ("rubrique", {"title": "Actualités et vie du programme"}),
        ("actualites", {"title": "", "items": [{"title": "Première rencontre nationale"}]}),
        ("rubrique", {"title": "L'agenda"}),
        ("agenda", {"title": "Les rendez-vous", "items": [{"title": "Webinaire"}]}),
    )
    levels = [level for level, _ in headings(tree)]
    assert levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))

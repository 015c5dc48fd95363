"""Every block of an issue, as a reader sees it on the web page."""

import datetime

import pytest
from django.template.loader import get_template
from django.utils import timezone

from lettre.blocks import IssueBodyBlock
from tests.html import headings, parse, text


@pytest.fixture
def render_issue(client, issue_factory):
    """Publish an issue with the given body and return (html text, parsed page) of its page."""

    def render(*body):
        issue = issue_factory(body=list(body))
        response = client.get(issue.url)
        assert response.status_code == 200
        html = response.content.decode()
        return html, parse(html)

    return render


def image_value(image, alt="", decorative=False):
    return {"image": image, "decorative": decorative, "alt_text": alt}


def link_to(soup, href):
    return soup.find("a", href=href)


def test_every_block_of_an_issue_has_a_web_template_a_description_and_a_preview():
    for name, block in IssueBodyBlock().child_blocks.items():
        get_template(block.meta.template)  # raises if missing or broken
        assert block.get_description(), name
        assert block.is_previewable, name


def test_section_heading_is_an_h2_with_its_anchor_and_in_the_table_of_contents(render_issue):
    html, soup = render_issue(("rubrique", {"title": "Les recommandations du mois", "anchor": ""}))
    heading = soup.find(id="les-recommandations-du-mois")
    assert heading.name == "h2"
    assert text(heading) == "Les recommandations du mois"
    toc_links = soup.select("nav.fr-summary a")
    assert [(a["href"], text(a)) for a in toc_links] == [
        ("#les-recommandations-du-mois", "Les recommandations du mois")
    ]


def test_interview_shows_the_person_and_every_answer(render_issue):
    html, soup = render_issue(
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
    assert (3, "2 questions à Martin Sotton") in headings(soup)
    assert "Maire de Thizy-les-Bourgs (69)" in html
    assert [title for level, title in headings(soup) if level == 4] == [
        "Pourquoi un architecte ?",
        "Et ensuite ?",
    ]
    assert "Pour son regard sur le bâti." in html
    assert "La revitalisation du centre-bourg." in html
    link = link_to(soup, "https://example.org/suite")
    assert text(link) == "Lire la suite"
    assert link["aria-label"] == "Lire la suite – 2 questions à Martin Sotton"


def test_interview_point_of_view_keeps_the_kicker_and_the_free_text(render_issue):
    html, soup = render_issue(
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
    assert (3, "Le point de vue du maire") in headings(soup)
    assert "Christophe Bouillon" in html
    assert "Les petites villes sont des villes d'avenir." in html


def test_image_of_the_month_shows_a_responsive_picture_with_its_alt_text(render_issue, image_factory):
    photo = image_factory(title="Signature")
    html, soup = render_issue(
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
    assert (3, "Signature de convention d'adhésion") in headings(soup)
    assert "Espinasses et La Bâtie-Neuve rejoignent le programme." in html
    assert "© Préfecture 05" in html
    picture = soup.find("picture")
    assert {source["type"] for source in picture.find_all("source")} == {"image/avif", "image/webp"}
    img = picture.find("img")
    assert img["alt"] == "Joël Giraud signe la convention en mairie"
    assert "800w" in img["srcset"] and img["sizes"]


def test_decorative_image_has_an_empty_alt(render_issue, image_factory):
    photo = image_factory(title="Fond", alt="Une description de la photothèque")
    html, soup = render_issue(
        ("image", {"image": image_value(photo, decorative=True), "caption": "Vue du bourg"})
    )
    img = soup.select_one("main picture img")
    assert img["alt"] == ""
    assert "Vue du bourg" in html


def test_agenda_item_written_inline_has_a_registration_link_naming_the_event(render_issue):
    html, soup = render_issue(
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
    assert (3, "Les rendez-vous du Club") in headings(soup)
    assert (4, "Panorama de l'offre de services") in headings(soup)
    assert text(soup.select_one(".pvd-date")) == "26 novembre de 11h à 12h"
    assert "Un premier rendez-vous pour découvrir l'offre." in html
    link = link_to(soup, "https://example.org/inscription")
    assert text(link) == "Je m'inscris"
    assert link["aria-label"] == "Je m'inscris – Panorama de l'offre de services"


def test_agenda_item_chosen_from_the_agenda_shows_the_event_page(render_issue, event_factory):
    event = event_factory(
        "Le tiers lieu comme levier de revitalisation",
        start=timezone.now() + datetime.timedelta(days=10),
        summary="Un webinaire sur les tiers lieux.",
        registration_url="https://example.org/tiers-lieu",
    )
    html, soup = render_issue(("agenda", {"title": "", "items": [{"page": event, "links": []}]}))
    assert text(soup.select_one(f"h3 a[href='{event.url}']")) == event.title
    assert "Un webinaire sur les tiers lieux." not in html  # the event's summary lives on its page
    assert text(link_to(soup, "https://example.org/tiers-lieu")) == "Je m'inscris"


def test_recommendations_show_groups_and_items(render_issue):
    html, soup = render_issue(
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
    assert [h for h in headings(soup) if h[0] == 3] == [(3, "Ressources utiles"), (3, "Inspirations")]
    assert "Faire Territoire : OSONS avec et pour tous !" in html
    assert "ANPP, Faire Territoire" not in html  # no invented “organisation, title, date” line
    assert "Un vademecum pour associer les habitants." in html
    assert "Le palmarès des villes durables." in html
    link = link_to(soup, "https://example.org/vademecum")
    assert link["aria-label"] == "Voir le vademecum – Faire Territoire : OSONS avec et pour tous !"


def test_news_show_each_item_with_kicker_image_and_link(render_issue, image_factory):
    photo = image_factory(title="Conseiller")
    html, soup = render_issue(
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
    assert (3, "La relance dans les PVD") in headings(soup)
    assert (4, "Le recrutement des conseillers numériques progresse") in headings(soup)
    assert "Conseiller numérique" in html
    assert "Les communes peuvent recruter." in html
    assert soup.find("img", alt="Un conseiller numérique aide une habitante")
    assert text(link_to(soup, "https://example.org/cnfs")) == "En savoir plus"


def test_article_shows_kicker_title_text_and_downloads(render_issue, document_factory):
    document = document_factory("Guide du programme")
    html, soup = render_issue(
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
    assert (3, "Chef de projet architecte, le profil gagnant !") in headings(soup)
    assert "Les architectes ont un rôle majeur à jouer." in html
    download = link_to(soup, document.url)
    assert download.has_attr("download")
    assert text(download) == "Guide du programme"


def test_call_to_action_shows_a_button(render_issue):
    html, soup = render_issue(
        (
            "appel",
            {
                "title": "L'enquête de co-construction du Club",
                "text": "<p>Ce questionnaire recueille votre opinion.</p>",
                "link": {"label": "Je contribue à l'enquête", "url": "https://example.org/enquete"},
            },
        )
    )
    assert (3, "L'enquête de co-construction du Club") in headings(soup)
    assert "Ce questionnaire recueille votre opinion." in html
    button = link_to(soup, "https://example.org/enquete")
    assert "fr-btn" in button["class"] and text(button) == "Je contribue à l'enquête"


def test_text_keeps_its_rich_text(render_issue):
    html, soup = render_issue(
        ("texte", "<p>Chaque mois, <b>des actualités</b>.</p><ul><li>jeudi 17 juin</li></ul>")
    )
    assert "<b>des actualités</b>" in html
    assert "jeudi 17 juin" in [text(li) for li in soup.select("main li")]


def test_image_block_shows_caption_and_credit(render_issue, image_factory):
    photo = image_factory(title="Place")
    html, soup = render_issue(
        (
            "image",
            {
                "image": image_value(photo, alt="La place du marché"),
                "caption": "Le marché",
                "credit": "© ANCT",
            },
        )
    )
    assert text(soup.find("figcaption")) == "Le marché – © ANCT"
    assert soup.find("img", alt="La place du marché")


def test_documents_show_label_format_and_size(render_issue, document_factory):
    document = document_factory("Kit logo", "kit-logo.zip", size=2039)  # 2 048 bytes with the header
    html, soup = render_issue(
        (
            "documents",
            {"title": "Le pack de bienvenue", "documents": [{"document": document, "label": "Le kit logo"}]},
        )
    )
    assert (3, "Le pack de bienvenue") in headings(soup)
    assert text(link_to(soup, document.url)) == "Le kit logo ZIP – 2,0 Kio"


def test_issue_outline_has_one_h1_and_no_skipped_level(render_issue, image_factory):
    html, soup = render_issue(
        ("rubrique", {"title": "Actualités et vie du programme"}),
        ("actualites", {"title": "", "items": [{"title": "Première rencontre nationale"}]}),
        ("rubrique", {"title": "L'agenda"}),
        ("agenda", {"title": "Les rendez-vous", "items": [{"title": "Webinaire"}]}),
    )
    levels = [level for level, _ in headings(soup)]
    assert levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))

"""The body of an issue holding every block type, for the e-mail tests (content, no test here).

Each phrase is unique so that a test can check it in the HTML and in the plain text.
"""

import datetime

from django.utils import timezone

from agenda.models import EventIndexPage
from tests.factories import DocumentFactory, EventFactory, EventIndexPageFactory

# Texts every block contributes; each must appear in both parts of the e-mail.
EVERY_BLOCK_TEXTS = {
    "rubrique": "Actualités et vie du programme",
    "interview": "Quelle ambition portez-vous pour le programme",
    "interview_answer": "La revitalisation des centres-bourgs",
    "image_du_mois": "Signature de convention à Espinasses",
    "image_du_mois_text": "Joël Giraud a signé la convention",
    "agenda": "Panorama de l'offre de services",
    "agenda_event": "Webinaire sur le plan de relance",
    "recommandations": "Faire Territoire : OSONS avec et pour tous",
    "recommandations_group": "Ressources à lire",
    "actualites": "Le recrutement des conseillers numériques progresse",
    "article": "Chef de projet architecte, le profil gagnant",
    "appel": "L'enquête de co-construction du Club",
    "appel_button": "Je contribue à l'enquête",
    "texte": "Chaque mois, retrouvez dans cette lettre des actualités",
    "image": "Les élus réunis à Pantin",
    "documents": "Guide de formation des chefs de projet",
}


def make_event(home_page, title):
    """An upcoming event with a registration link (shown as a button in the e-mail)."""
    agenda = EventIndexPage.objects.first() or EventIndexPageFactory(parent=home_page)
    return EventFactory(
        parent=agenda, title=title, slug="webinaire-relance",
        start=timezone.now() + datetime.timedelta(days=10), duration=datetime.timedelta(hours=2),
        registration_url="https://evenements.example.org/inscription-relance",
        summary="Les opportunités du plan de relance pour votre territoire.",
    )


def image_value(image, alt="", decorative=False) -> dict:
    """An ImageBlock value. A fresh instance each time: ImageBlock writes the alt text on the
    image object itself, so one instance shared by two blocks would give both the same alt."""
    return {"image": type(image).objects.get(pk=image.pk), "decorative": decorative, "alt_text": alt}


def every_block_body(image_factory, home_page) -> list:
    """A StreamField body with one block of each type, links to a page, a document and the web."""
    t = EVERY_BLOCK_TEXTS
    photo = image_factory(title="Signature", alt="Les élus signent la convention")
    portrait = image_factory(title="Portrait", alt="Portrait de Christophe Bouillon", size=(300, 300))
    document = DocumentFactory(title=t["documents"], name="guide-formation.pdf")
    event = make_event(home_page, t["agenda_event"])
    return [
        ("rubrique", {"title": t["rubrique"], "anchor": ""}),
        ("texte", f'<p>{t["texte"]}, voir <a linktype="page" id="{home_page.pk}">notre accueil</a>.</p>'),
        ("interview", {
            "kicker": "", "statement": "",
            "person": {"name": "Christophe Bouillon", "role": "Maire de Barentin",
                       "portrait": image_value(portrait, "Christophe Bouillon")},
            "questions": [{"question": t["interview"] + " ?", "answer": f"<p>{t['interview_answer']}.</p>"}],
            "read_more": {"label": "Lire la suite", "page": None, "document": None,
                          "url": "https://www.apvf.asso.fr/entretien"},
        }),
        ("image_du_mois", {
            "image": image_value(photo, "Deux élus signent un document"),
            "title": t["image_du_mois"], "text": f"<p>{t['image_du_mois_text']}.</p>", "credit": "© ANCT",
        }),
        ("agenda", {"title": "Les rendez-vous du Club", "items": [
            {"page": None, "title": t["agenda"], "date_text": "20 mai de 14h à 15h30", "organisation": "ANCT",
             "text": "<p>Un premier rendez-vous.</p>",
             "links": [{"label": "Je m'inscris", "page": None, "document": None,
                        "url": "https://evenements.example.org/panorama"}]},
            {"page": event, "title": "", "date_text": "", "organisation": "", "text": "", "links": []},
        ]}),
        ("recommandations", {"title": "Les recommandations du mois", "groups": [
            {"heading": t["recommandations_group"], "items": [
                {"page": None, "organisation": "ANPP", "title": t["recommandations"], "date_text": "",
                 "text": "<p>Un vademecum.</p>",
                 "link": {"label": "Voir le vademecum", "page": None, "document": None,
                          "url": "https://anpp.example.org/vademecum"}},
            ]},
        ]}),
        ("actualites", {"title": "", "items": [
            {"kicker": "Conseiller numérique", "title": t["actualites"],
             "text": "<p>Les communes recrutent.</p>",
             "image": image_value(photo, "Une conseillère numérique"),
             "link": {"label": "En savoir plus", "page": None, "document": None,
                      "url": "/actualites/conseillers-numeriques/"}},
        ]}),
        ("article", {"kicker": "Regard sur le chef de projet", "title": t["article"],
                     "image": image_value(photo, "", decorative=True),
                     "text": f'<p>Le <a linktype="document" id="{document.pk}">guide</a> à lire.</p>',
                     "links": [{"label": "", "page": None, "document": document, "url": ""}]}),
        ("appel", {"title": t["appel"], "text": "<p>Votre avis compte.</p>", "image": None,
                   "link": {"label": t["appel_button"], "page": None, "document": None,
                            "url": "https://enquete.example.org/club"}}),
        ("image", {"image": image_value(photo, "Une salle de réunion"),
                   "caption": t["image"], "credit": "© ANCT",
                   "link": {"label": "", "page": None, "document": None, "url": ""}}),
        ("documents", {"title": "Le pack de bienvenue", "documents": [{"document": document, "label": ""}]}),
    ]

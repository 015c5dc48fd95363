"""The agenda: the Club's rendez-vous and webinars, and the partner events of the two issues."""

import datetime
from dataclasses import dataclass

from agenda.models import EventIndexPage, EventPage
from core.dates import PARIS

from .pages import upsert_page
from .resources import ANCT_PROGRAMME_URL


def paris(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=PARIS)


@dataclass(frozen=True)
class Event:
    slug: str
    title: str
    start: datetime.datetime
    end: datetime.datetime
    summary: str
    themes: tuple[str, ...] = ()
    organiser: str = ""
    location: str = ""
    is_online: bool = True
    registration_url: str = ""
    replay: str = ""
    slides: str = ""


EVENTS = [
    # Issue #1: the Club's first rendez-vous (webinars of the initialisation phase).
    Event(
        "panorama-de-l-offre-de-services", "Panorama de l'offre de services",
        paris(2020, 11, 26, 10, 0), paris(2020, 11, 26, 11, 30),
        "Un premier rendez-vous pour découvrir l'offre de services à travers les partenaires financeurs du "
        "programme.",
        ("revitalisation", "ingenierie"), registration_url=ANCT_PROGRAMME_URL,
    ),
    Event(
        "soutien-d-urgence-au-commerce", "Comment mobiliser les offres de soutien d'urgence au commerce ?",
        paris(2020, 12, 2, 11, 0), paris(2020, 12, 2, 12, 0),
        "Un rendez-vous proposé pour décrypter l'offre de soutien au commerce, vous permettant de comprendre "
        "quelles offres seront les plus appropriées pour votre collectivité.",
        ("commerce", "relance"), registration_url=ANCT_PROGRAMME_URL,
    ),
    Event(
        "un-chef-de-projet-pour-quoi-faire", "Un chef de projet : pour quoi faire ?",
        paris(2020, 12, 8, 14, 0), paris(2020, 12, 8, 15, 0),
        "En 1h, venez comprendre comment mobiliser l'une des offres phares du programme Petites villes de "
        "demain, grâce à des conseils pratiques et témoignages.",
        ("ingenierie",), registration_url=ANCT_PROGRAMME_URL,
    ),
    # Issue #1: the partner events recommended.
    Event(
        "la-nature-au-coeur-des-villes",
        "La nature au cœur des villes : un poumon d'air frais ! - Spécial Petites Villes de demain",
        paris(2020, 12, 1, 9, 30), paris(2020, 12, 1, 12, 30),
        "Une matinée d'échanges sur la place de la nature dans les centres-villes, spéciale Petites villes "
        "de demain.",
        ("biodiversite", "amenagement-urbanisme"), organiser="centre-ville-en-mouvement",
        registration_url="https://www.centre-ville.org",
    ),
    Event(
        "les-ateliers-du-developpement-local", "Les ateliers du développement local",
        paris(2020, 12, 3, 9, 30), paris(2020, 12, 4, 17, 0),
        "Deux journées d'ateliers sur le développement local et le projet de territoire.",
        ("ingenierie",), organiser="anpp", registration_url="https://anpp.fr",
    ),
    Event(
        "atelier-hors-les-murs", "Atelier hors les murs retours d'expériences et rencontres",
        paris(2020, 12, 10, 14, 0), paris(2020, 12, 10, 17, 0),
        "Retours d'expériences et rencontres entre Parcs naturels régionaux et petites villes.",
        ("amenagement-urbanisme", "patrimoine"), organiser="federation-des-parcs-naturels-regionaux",
        registration_url="https://www.parcs-naturels-regionaux.fr",
    ),
    # Issue #4: the Club's past events, with their replay and slides.
    Event(
        "premiere-rencontre-nationale", "La première rencontre nationale Petites villes de demain",
        paris(2021, 4, 22, 9, 30), paris(2021, 4, 22, 12, 30),
        "Une rencontre 100 % digitale avec Jacqueline Gourault, Joël Giraud et de nombreux partenaires : "
        "plus de 1200 participants.",
        ("revitalisation",), replay="replay-premiere-rencontre-nationale",
    ),
    Event(
        "le-tiers-lieu-levier-de-revitalisation", "Le tiers lieu comme levier de revitalisation",
        paris(2021, 5, 5, 10, 0), paris(2021, 5, 5, 11, 30),
        "Un webinaire du Club sur les tiers-lieux au service de la revitalisation des centres-bourgs.",
        ("tiers-lieux", "revitalisation"), slides="support-tiers-lieu-levier-de-revitalisation",
    ),
    Event(
        "le-plan-de-relance-quelles-opportunites",
        "Le Plan de relance : quelles opportunités pour mon territoire ?",
        paris(2021, 5, 10, 10, 0), paris(2021, 5, 10, 11, 30),
        "Un webinaire du Club pour repérer les mesures du Plan de relance ouvertes aux petites villes.",
        ("relance",), slides="support-plan-de-relance",
    ),
    # Issue #4: the events to come (in May 2021).
    Event(
        "semaine-thematique-les-patrimoines", "Semaine thématique #3 : les patrimoines",
        paris(2021, 7, 5, 9, 0), paris(2021, 7, 10, 18, 0),
        "Une semaine thématique sur le patrimoine et la culture est en cours de construction avec le "
        "Ministère de la Culture, Petites Cités de Caractère, la Fondation du Patrimoine, Sites et Cités "
        "remarquables, la Fédération des parcs naturels régionaux de France et la Cité de l'Architecture et "
        "du Patrimoine. Cette troisième semaine thématique du Club des PVD aura lieu du 5 au 10 juillet "
        "2021. Plus d'informations à venir.",
        ("patrimoine", "culture"), registration_url=ANCT_PROGRAMME_URL,
    ),
    Event(
        "mobiliser-les-habitants-projets-citoyens",
        "Mobiliser les habitants pour encourager la création de projets citoyens",
        paris(2021, 5, 20, 14, 0), paris(2021, 5, 20, 15, 30),
        "Un webinaire du cycle ESS & Ruralités sur les solutions qu'offre l'ESS face aux défis de la "
        "transition écologique et solidaire dans les territoires ruraux.",
        ("ess", "transition-ecologique"), organiser="avise", registration_url="https://www.avise.org",
    ),
    Event(
        "residences-d-architectes",
        "Quelle est la plus-value des résidences d'architectes pour l'aménagement du territoire ?",
        paris(2021, 5, 28, 14, 0), paris(2021, 5, 28, 16, 45),
        "Le webinaire mensuel de la Fédération sur le cadre de vie et l'aménagement du territoire : "
        "l'intérêt des résidences d'architectes et d'artistes.",
        ("amenagement-urbanisme", "patrimoine"), organiser="federation-des-parcs-naturels-regionaux",
        registration_url="https://www.parcs-naturels-regionaux.fr",
    ),
    Event(
        "universites-de-printemps-du-centre-ville",
        "Les Universités de Printemps du centre-ville et du commerce",
        paris(2021, 7, 6, 9, 0), paris(2021, 7, 7, 17, 30),
        "Deux journées de rencontres sur la vitalité des centres-villes et du commerce de proximité.",
        ("commerce", "revitalisation"), organiser="centre-ville-en-mouvement",
        location="La Cité Fertile, Pantin", is_online=False, registration_url="https://www.centre-ville.org",
    ),
    Event(
        "villes-durables-en-actions", "Villes Durables en actions",
        paris(2021, 5, 19, 9, 0), paris(2021, 5, 19, 17, 30),
        "L'événement professionnel de France Ville Durable, où sont présentés les démonstrateurs de la "
        "démarche « Habiter la France de Demain », à suivre sur place ou en webinaire.",
        ("transition-ecologique", "habitat", "amenagement-urbanisme"), organiser="france-ville-durable",
        location="Halle aux Sucres, Dunkerque", is_online=True, registration_url="https://francevilledurable.fr",
    ),
]


def event_index(home) -> EventIndexPage:
    return upsert_page(
        home, EventIndexPage, "agenda", title="Agenda", show_in_menus=True,
        intro="<p>Les rendez-vous du Club des Petites villes de demain et les événements de ses "
              "partenaires.</p>",
    )


def load_events(index: EventIndexPage, themes: dict, partners: dict, resources: dict) -> dict[str, EventPage]:
    pages = {}
    for event in EVENTS:
        pages[event.slug] = upsert_page(
            index, EventPage, event.slug,
            title=event.title,
            start=event.start,
            end=event.end,
            summary=event.summary,
            is_online=event.is_online,
            location=event.location,
            organiser=partners[event.organiser] if event.organiser else None,
            themes=[themes[slug] for slug in event.themes],
            registration_url=event.registration_url,
            replay=resources[event.replay] if event.replay else None,
            slides=resources[event.slides] if event.slides else None,
        )
    return pages

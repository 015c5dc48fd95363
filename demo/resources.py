"""The resource library: the welcome pack of #1, the useful resources, replays and slides of #4."""

import datetime
from dataclasses import dataclass, field

from ressources.models import ResourceIndexPage, ResourcePage, ResourceType

from .images import pdf_document
from .pages import upsert_page

ANCT_PROGRAMME_URL = "https://agence-cohesion-territoires.gouv.fr/petites-villes-de-demain-45"


@dataclass(frozen=True)
class Resource:
    slug: str
    title: str
    resource_type: str
    publication_date: datetime.date
    summary: str
    themes: tuple[str, ...]
    partner: str = ""
    url: str = ""
    pdf_lines: list[str] = field(default_factory=list)


RESOURCES = [
    Resource(
        "guide-du-programme-et-offre-de-services", "Guide du programme et offre de services",
        ResourceType.GUIDE, datetime.date(2020, 11, 23),
        "Le guide du programme Petites villes de demain et l'offre de services de l'État et des "
        "partenaires : des réponses aux questions que vous vous posez sur le programme.",
        ("revitalisation", "ingenierie"),
        pdf_lines=[
            "Petites villes de demain vise à améliorer les conditions de vie des habitants des petites "
            "communes et des territoires alentour, en accompagnant les collectivités dans des trajectoires "
            "dynamiques et respectueuses de l'environnement.",
            "L'offre de services rassemble les aides de l'État et des partenaires financeurs : ingénierie, "
            "financement d'un chef de projet, mesures thématiques, mise en réseau au sein du Club.",
        ],
    ),
    Resource(
        "kit-logo-petites-villes-de-demain", "Kit logo Petites villes de demain", ResourceType.KIT,
        datetime.date(2020, 11, 23),
        "Tous les éléments indispensables pour bien communiquer sur et dans le programme : logos, règles "
        "d'usage et exemples.",
        ("revitalisation",),
        pdf_lines=[
            "Le logo Petites villes de demain s'utilise sur tous les supports de communication liés au "
            "programme, accompagné du bloc marque de la République française.",
            "Respectez la zone de protection autour du logo et n'en modifiez ni les couleurs ni les "
            "proportions.",
        ],
    ),
    Resource(
        "webinaires-ess-et-ruralites", "Les webinaires ESS & ruralités de l'Avise et du RTES",
        ResourceType.REPLAY, datetime.date(2020, 11, 16),
        "Un cycle de webinaires pour partager la diversité des solutions qu'offre l'économie sociale et "
        "solidaire dans les territoires ruraux, à suivre en direct ou à revoir en replay.",
        ("ess",), partner="avise", url="https://www.avise.org",
    ),
    Resource(
        "mesures-de-soutien-d-urgence-au-commerce", "Les mesures de soutien d'urgence au commerce",
        ResourceType.OFFER, datetime.date(2020, 11, 23),
        "Les offres de la Banque des Territoires mobilisables dès l'entrée dans le programme : recrutement "
        "rapide d'un manager de commerce, solutions numériques pour soutenir le commerce.",
        ("commerce", "relance", "numerique"), partner="banque-des-territoires",
        url="https://www.banquedesterritoires.fr",
    ),
    Resource(
        "guide-des-architectes-pour-les-elus", "Guide des architectes à l'attention des élus des villes "
        "petites et moyennes", ResourceType.GUIDE, datetime.date(2021, 4, 15),
        "Un guide pour aider les élus des villes petites et moyennes à répondre concrètement aux défis de la "
        "transition écologique, édité en partenariat avec l'association Villes de France.",
        ("transition-ecologique", "amenagement-urbanisme", "patrimoine"), partner="ordre-des-architectes",
        url="https://www.architectes.org",
    ),
    Resource(
        "ateliers-des-territoires-format-flash", "Synthèse des Ateliers des territoires format flash",
        ResourceType.STUDY, datetime.date(2021, 4, 20),
        "Les Ateliers des territoires format flash offrent aux collectivités un accompagnement en ingénierie "
        "autour d'une question d'aménagement et d'urbanisme ; deux projets de Petites villes de demain, "
        "Fumel (47) et Carvin (62).",
        ("ingenierie", "amenagement-urbanisme"), partner="dgaln",
        url="https://www.ecologie.gouv.fr/ateliers-des-territoires",
    ),
    Resource(
        "vademecum-faire-territoire", "Faire Territoire : OSONS avec et pour tous !", ResourceType.VADEMECUM,
        datetime.date(2021, 4, 28),
        "Le vademecum de l'ANPP sur le projet de territoire, publié fin avril 2021.",
        ("ingenierie", "revitalisation"), partner="anpp", url="https://anpp.fr",
    ),
    Resource(
        "ademe-52-histoires-inspirantes", "52 histoires inspirantes : le bilan 2020 de l'ADEME",
        ResourceType.EXAMPLE, datetime.date(2021, 3, 1),
        "Le bilan de l'année 2020 au travers de 52 histoires inspirantes dans le domaine de la transition "
        "écologique.",
        ("transition-ecologique",), partner="ademe", url="https://www.ademe.fr",
    ),
    Resource(
        "replay-premiere-rencontre-nationale", "Replay de la première rencontre nationale Petites villes de "
        "demain", ResourceType.REPLAY, datetime.date(2021, 4, 22),
        "La première rencontre nationale, 100 % digitale, avec Jacqueline Gourault, Joël Giraud et de "
        "nombreux partenaires, à revoir en vidéo.",
        ("revitalisation",), url=ANCT_PROGRAMME_URL,
    ),
    Resource(
        "support-tiers-lieu-levier-de-revitalisation", "Support de présentation : le tiers lieu comme levier "
        "de revitalisation", ResourceType.SLIDES, datetime.date(2021, 5, 5),
        "Les diapositives du webinaire du Club du 5 mai 2021 sur les tiers-lieux.",
        ("tiers-lieux", "revitalisation"),
        pdf_lines=[
            "Webinaire du Club des Petites villes de demain, 5 mai 2021.",
            "Le tiers lieu comme levier de revitalisation : espaces de travail partagés, fabriques, "
            "lieux de services et de lien social au cœur des centres-bourgs.",
        ],
    ),
    Resource(
        "support-plan-de-relance", "Support de présentation : le Plan de relance, quelles opportunités pour "
        "mon territoire ?", ResourceType.SLIDES, datetime.date(2021, 5, 10),
        "Les diapositives du webinaire du Club du 10 mai 2021 sur les mesures du Plan de relance.",
        ("relance",),
        pdf_lines=[
            "Webinaire du Club des Petites villes de demain, 10 mai 2021.",
            "Le Plan de relance : quelles opportunités pour mon territoire ? Les mesures ouvertes aux "
            "collectivités et la manière de les mobiliser.",
        ],
    ),
]


def resource_index(home) -> ResourceIndexPage:
    return upsert_page(
        home, ResourceIndexPage, "ressources", title="Ressources", show_in_menus=True,
        intro="<p>Guides, replays de webinaires, supports de présentation et offres des partenaires : "
              "toutes les ressources citées dans les lettres du Club.</p>",
    )


def load_resources(index: ResourceIndexPage, themes: dict, partners: dict) -> dict[str, ResourcePage]:
    pages = {}
    for resource in RESOURCES:
        document = pdf_document(resource.title, resource.pdf_lines) if resource.pdf_lines else None
        pages[resource.slug] = upsert_page(
            index, ResourcePage, resource.slug,
            title=resource.title,
            summary=resource.summary,
            resource_type=str(resource.resource_type),
            publication_date=resource.publication_date,
            themes=[themes[slug] for slug in resource.themes],
            partner=partners[resource.partner] if resource.partner else None,
            document=document,
            external_url=resource.url,
        )
    return pages

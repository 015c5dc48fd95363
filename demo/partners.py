"""The partner organisations named in the two seed issues, each with a placeholder logo."""

from dataclasses import dataclass

from ressources.models import PartnerIndexPage, PartnerPage

from .images import placeholder_image
from .pages import upsert_page


@dataclass(frozen=True)
class Partner:
    slug: str
    title: str
    acronym: str
    website: str
    description: str
    palette: str = "bleu"
    offers: str = ""


PARTNERS = [
    Partner(
        "banque-des-territoires", "Banque des Territoires", "BdT", "https://www.banquedesterritoires.fr",
        "Direction de la Caisse des Dépôts au service des collectivités, elle finance et accompagne "
        "les projets des territoires : ingénierie, logement, commerce, transition écologique.",
        "vert",
        "<p>Quatre offres mobilisables dès l'entrée dans le programme, dont le financement d'un "
        "manager de commerce et l'acquisition de solutions numériques pour soutenir le commerce.</p>",
    ),
    Partner(
        "anah", "Agence nationale de l'habitat", "Anah", "https://www.anah.gouv.fr",
        "Établissement public qui aide à rénover et adapter les logements privés et accompagne les "
        "collectivités dans leurs opérations d'amélioration de l'habitat.",
        "rouge",
        "<p>Financement des opérations programmées d'amélioration de l'habitat (OPAH) et de "
        "l'ingénierie des opérations de revitalisation du territoire (ORT).</p>",
    ),
    Partner(
        "cerema", "Cerema", "Cerema", "https://www.cerema.fr",
        "Centre d'études et d'expertise sur les risques, l'environnement, la mobilité et l'aménagement, "
        "au service de l'État et des collectivités.",
        "bleu",
        "<p>Expertise en aménagement, mobilités et transition écologique pour les projets de territoire.</p>",
    ),
    Partner(
        "apvf", "Association des Petites Villes de France", "APVF", "https://www.apvf.asso.fr",
        "Association d'élus qui fédère les petites villes de 2 500 à 25 000 habitants et porte leur voix "
        "auprès des pouvoirs publics.",
        "violet",
    ),
    Partner(
        "anpp", "Association nationale des pôles territoriaux et des pays", "ANPP", "https://anpp.fr",
        "Réseau national des pôles d'équilibre territoriaux et ruraux et des pays, engagé pour le "
        "développement local et les projets de territoire.",
        "ocre",
    ),
    Partner(
        "federation-des-parcs-naturels-regionaux",
        "Fédération des Parcs naturels régionaux de France", "FPNR",
        "https://www.parcs-naturels-regionaux.fr",
        "Tête de réseau des Parcs naturels régionaux, elle anime leurs échanges sur le cadre de vie, "
        "l'aménagement du territoire et la préservation des patrimoines.",
        "vert",
    ),
    Partner(
        "centre-ville-en-mouvement", "Centre-Ville en Mouvement", "CVM", "https://www.centre-ville.org",
        "Association qui réunit élus, parlementaires et acteurs économiques autour de la vitalité des "
        "centres-villes et du commerce de proximité.",
        "rouge",
    ),
    Partner(
        "avise", "Avise", "Avise", "https://www.avise.org",
        "Agence d'ingénierie pour développer l'économie sociale et solidaire (ESS) dans les territoires.",
        "ocre",
    ),
    Partner(
        "rtes", "Réseau des collectivités Territoriales pour une Économie Solidaire", "RTES",
        "https://www.rtes.fr",
        "Réseau de collectivités engagées pour le développement de l'économie sociale et solidaire sur "
        "leur territoire.",
        "violet",
    ),
    Partner(
        "ordre-des-architectes", "Conseil national de l'Ordre des architectes", "CNOA",
        "https://www.architectes.org",
        "Instance nationale de la profession d'architecte, elle promeut la qualité architecturale "
        "auprès des élus et du public.",
        "gris",
    ),
    Partner(
        "dgaln", "Direction générale de l'aménagement, du logement et de la nature", "DGALN",
        "https://www.ecologie.gouv.fr",
        "Direction des ministères de la Transition écologique et de la Cohésion des territoires chargée "
        "de l'urbanisme, de l'aménagement, du logement et de la biodiversité.",
        "bleu",
    ),
    Partner(
        "ademe", "Agence de la transition écologique", "ADEME", "https://www.ademe.fr",
        "Agence de l'État qui accompagne citoyens, entreprises et collectivités dans la transition "
        "écologique : énergie, économie circulaire, sobriété.",
        "vert",
    ),
    Partner(
        "france-ville-durable", "France Ville Durable", "FVD", "https://francevilledurable.fr",
        "Association qui rassemble les acteurs de la ville durable pour partager et diffuser les "
        "meilleures réalisations en matière d'urbanisme sobre, résilient, inclusif et créatif.",
        "vert",
    ),
    Partner(
        "sncf-gares-et-connexions", "SNCF Gares & Connexions", "", "https://www.garesetconnexions.sncf",
        "Filiale de SNCF Réseau qui gère, exploite et développe les gares françaises de voyageurs.",
        "gris",
    ),
    Partner(
        "ile-de-france-mobilites", "Île-de-France Mobilités", "IDFM", "https://www.iledefrance-mobilites.fr",
        "Autorité organisatrice des transports de la région Île-de-France.",
        "bleu",
    ),
    Partner(
        "villes-de-france", "Villes de France", "", "https://www.villesdefrance.fr",
        "Association d'élus des villes de 10 000 à 100 000 habitants et de leurs intercommunalités.",
        "rouge",
    ),
    Partner(
        "ministere-de-la-culture", "Ministère de la Culture", "", "https://www.culture.gouv.fr",
        "Ministère chargé du patrimoine, de l'architecture, de la création et des industries culturelles.",
        "bleu",
    ),
    Partner(
        "petites-cites-de-caractere", "Petites Cités de Caractère", "", "https://www.petitescitesdecaractere.com",
        "Réseau de petites communes au patrimoine remarquable engagées dans sa sauvegarde et son animation.",
        "ocre",
    ),
    Partner(
        "fondation-du-patrimoine", "Fondation du patrimoine", "", "https://www.fondation-patrimoine.org",
        "Fondation qui soutient la restauration du patrimoine de proximité, public comme privé.",
        "rouge",
    ),
    Partner(
        "sites-et-cites-remarquables", "Sites & Cités remarquables de France", "", "https://www.sites-cites.fr",
        "Association des villes et pays d'art et d'histoire et des villes à secteurs sauvegardés et "
        "protégés.",
        "violet",
    ),
    Partner(
        "cite-de-l-architecture-et-du-patrimoine", "Cité de l'architecture et du patrimoine", "",
        "https://www.citedelarchitecture.fr",
        "Établissement public de diffusion de la culture architecturale, musée et centre de ressources.",
        "gris",
    ),
]


def logo_alt(partner: Partner) -> str:
    if partner.acronym and partner.acronym != partner.title:
        return f"Logo : {partner.title} ({partner.acronym})"
    return f"Logo : {partner.title}"


def partner_index(home) -> PartnerIndexPage:
    return upsert_page(
        home, PartnerIndexPage, "partenaires", title="Partenaires", show_in_menus=True,
        intro="<p>Les partenaires nationaux du programme <i>Petites villes de demain</i> : leurs offres, "
              "leurs ressources et leurs événements.</p>",
    )


def load_partners(index: PartnerIndexPage) -> dict[str, PartnerPage]:
    pages = {}
    for partner in PARTNERS:
        name = partner.acronym or partner.title
        logo = placeholder_image(
            f"Logo {partner.title}",
            logo_alt(partner),
            label=name, palette=partner.palette, size=(600, 338),
        )
        pages[partner.slug] = upsert_page(
            index, PartnerPage, partner.slug,
            title=partner.title,
            acronym=partner.acronym,
            logo=logo,
            description=f"<p>{partner.description}</p>",
            website=partner.website,
            offers=partner.offers,
        )
    return pages

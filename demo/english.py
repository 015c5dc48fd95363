"""The English demo: the home page, the sections, a theme, a partner, a resource, an event and issue #4
(its introduction, section headings, mayor's interview and image du mois) and the « Textes du site »,
translated the way the communication team does it: wagtail-localize's translation of each page, filled from a PO file.

Strings without an English entry below keep their French source (wagtail-localize's fallback): slugs
and anchors on purpose (the English addresses mirror the French ones), the rest of issue #4 because
the demo only shows what a translation in progress looks like. Running the loader again changes
nothing: an object that already has its English version is left as it is.
"""

# ruff: noqa: E501 -- sentences read better unwrapped.

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from core.models import SiteTexts
from ressources.models import Theme

ENGLISH = {
    # Home page and sections
    "Club des Petites villes de demain": "Club of Small towns of tomorrow",
    "Le réseau des communes du programme <i>Petites villes de demain</i> : la lettre d'information, les ressources, les partenaires et l'agenda du Club.": "The network of the towns of the <i>Small towns of tomorrow</i> programme: the Club's newsletter, resources, partners and agenda.",
    "Les lettres": "Newsletters",
    "Chaque mois, la lettre d'information du Club des Petites villes de demain : actualités, ressources et témoignages d'élus ou d'acteurs institutionnels.": "Every month, the newsletter of the Club of Small towns of tomorrow: news, resources and accounts from elected officials and institutions.",
    "Ressources": "Resources",
    "Guides, replays de webinaires, supports de présentation et offres des partenaires : toutes les ressources citées dans les lettres du Club.": "Guides, webinar replays, slides and partners' offers: every resource mentioned in the Club's newsletters.",
    "Partenaires": "Partners",
    "Les partenaires nationaux du programme <i>Petites villes de demain</i> : leurs offres, leurs ressources et leurs événements.": "The national partners of the <i>Small towns of tomorrow</i> programme: their offers, resources and events.",
    "Agenda": "Agenda",
    "Les rendez-vous du Club des Petites villes de demain et les événements de ses partenaires.": "The meetings of the Club of Small towns of tomorrow and its partners' events.",
    # A theme, a partner, a resource, an event
    "Revitalisation": "Revitalisation",
    "Direction de la Caisse des Dépôts au service des collectivités, elle finance et accompagne les projets des territoires : ingénierie, logement, commerce, transition écologique.": "The branch of the Caisse des Dépôts serving local authorities: it funds and supports local projects in engineering, housing, retail and the ecological transition.",
    "Quatre offres mobilisables dès l'entrée dans le programme, dont le financement d'un manager de commerce et l'acquisition de solutions numériques pour soutenir le commerce.": "Four offers available as soon as a town joins the programme, including funding for a town-centre retail manager and digital tools to support local shops.",
    "Guide du programme et offre de services": "Programme guide and range of services",
    "Le guide du programme Petites villes de demain et l'offre de services de l'État et des partenaires : des réponses aux questions que vous vous posez sur le programme.": "The guide to the Small towns of tomorrow programme and the services offered by the State and its partners: answers to the questions you have about the programme.",
    "Le tiers lieu comme levier de revitalisation": "Third places as a lever for revitalisation",
    "Un webinaire du Club sur les tiers-lieux au service de la revitalisation des centres-bourgs.": "A Club webinar on third places serving the revitalisation of small town centres and villages.",
    # « Textes du site »: contact label, default credits, personal data notice
    "Contacter la direction de programme :": "Contact the programme team:",
    "Directeur de publication": "Publication director",
    "Responsable d'édition": "Managing editor",
    "Rédactrice en chef": "Editor-in-chief",
    "Rédaction": "Writing",
    "Design graphique": "Graphic design",
    "Maquette/Webmaster": "Layout/Webmaster",
    "Crédits photos": "Photo credits",
    'Conformément à la loi "Informatique et libertés" du 6 janvier 1978, vous pouvez accéder aux informations vous concernant, les rectifier ou vous opposer à leur traitement et à leur transmission éventuelle à des tiers en écrivant à : Agence nationale de la cohésion des territoires | service communication - TSA 10717 - 75334 Paris Cedex 07 ou en envoyant un courriel à l\'adresse suivante : <a id="a1">info@anct.gouv.fr</a>': 'Under the French Data Protection Act of 6 January 1978, you may access the information about you, correct it or object to its processing and to its possible transfer to third parties by writing to: Agence nationale de la cohésion des territoires | service communication - TSA 10717 - 75334 Paris Cedex 07, or by e-mail to: <a id="a1">info@anct.gouv.fr</a>',
    # Issue #4: title and introduction
    "Formation des chefs de projet, première rencontre nationale et point de vue du maire de Thizy-les-Bourgs": "Project managers' training, the first national meeting and the view of the mayor of Thizy-les-Bourgs",
    "Chaque mois, retrouvez dans cette lettre des actualités, des ressources, mais aussi des témoignages d'élus ou d'acteurs institutionnels.": "Every month, this newsletter brings you news, resources and accounts from elected officials and institutions.",
    "Ce mois-ci, découvrez le guide de formation dédié aux chefs de projets et aux élus référents, le retour sur la première rencontre nationale Petites villes de demain et un entretien avec le maire de Thizy-les-Bourgs (69).": "This month, discover the training guide for project managers and lead elected officials, a look back at the first national meeting of Small towns of tomorrow and an interview with the mayor of Thizy-les-Bourgs (69).",
    'Nous sommes à votre écoute pour tout retour ou suggestion : <a id="a1">petitesvillesdedemain@anct.gouv.fr</a>.': 'We welcome your feedback and suggestions: <a id="a1">petitesvillesdedemain@anct.gouv.fr</a>.',
    "L'Agence nationale de la cohésion des territoires vous souhaite une bonne lecture !": "The National Agency for Territorial Cohesion wishes you a good read!",
    # Issue #4: section headings
    "Actualités et vie du programme": "News and life of the programme",
    "La relance dans les PVD": "Recovery in the Small towns of tomorrow",
    "L'ANCT est à vos côtés": "ANCT at your side",
    "Retour sur les événements passés": "Looking back at past events",
    "Regard sur le chef de projet": "Focus on the project manager",
    "Le point de vue du maire": "The mayor's view",
    "Les événements à venir": "Upcoming events",
    "L'agenda de nos partenaires": "Our partners' agenda",
    "Les recommandations du mois": "This month's recommendations",
    "Voir aussi": "See also",
    "L'image du mois": "Picture of the month",
    # Issue #4: the mayor's interview
    "4 questions à": "4 questions for",
    "Maire de Thizy les Bourgs (69)": "Mayor of Thizy-les-Bourgs (69)",
    "Martin Sotton, maire de Thizy-les-Bourgs (Rhône)": "Martin Sotton, mayor of Thizy-les-Bourgs (Rhône)",
    "Votre ville a bénéficié de la création d'un poste de Chef de projet dans le cadre de l'AMI pour la revitalisation des centres-bourgs en 2015. Pourquoi avoir choisi un architecte pour ce poste et comment s'est déroulé votre recrutement ?": "In 2015 your town gained a project manager post through the call for expressions of interest for the revitalisation of small town centres. Why did you choose an architect for the post, and how did the recruitment go?",
    "L'Appel à Manifestations d'Intérêt pour la revitalisation des centres-bourgs de 2015 était le premier programme permettant une réflexion globale sur le fonctionnement de la ville et sur des thématiques aussi larges que complémentaires....": "The 2015 call for expressions of interest for the revitalisation of small town centres was the first programme that let us think about how the whole town works, on themes as broad as they are complementary....",
    "Lire la suite": "Read more",
    # Issue #4: the picture of the month
    "Joël Giraud et les maires d'Espinasses et de La Bâtie-Neuve signent la convention d'adhésion Petites villes de demain": "Joël Giraud and the mayors of Espinasses and La Bâtie-Neuve sign the Small towns of tomorrow membership agreement",
    "Signature de convention d'adhésion d'Espinasses et La Bâtie-Neuve (05) par Joël Giraud": "Joël Giraud signs the membership agreements of Espinasses and La Bâtie-Neuve (05)",
    "Comme ce fut le cas il y a quelques jours en présence de Joël Giraud sur le territoire de la CC Serre-Ponçon Val d'Avance, les signatures de convention d'adhésion progressent partout sur en France, avant la date limite de fin juin 2021.": "As happened a few days ago with Joël Giraud in the Serre-Ponçon Val d'Avance community of communes, membership agreements are being signed all over France ahead of the end-of-June 2021 deadline.",
    "La signature de la convention d'adhésion Petites villes de demain permet l'accès aux mesures du programme. Après sa signature démarre une phase de 18 mois maximum avant la signature d'une opération de revitalisation de territoire (ORT). Votre Préfet et ses équipes sont à votre disposition pour vous aider à avancer sur cette convention, qui vous permettra de poser la première brique de votre projet de revitalisation !": "Signing the Small towns of tomorrow membership agreement opens access to the programme's measures. It starts a phase of at most 18 months before a territorial revitalisation operation (ORT) is signed. Your Prefect and their teams are there to help you move forward with this agreement, the first brick of your revitalisation project!",
    "© Préfecture des Hautes Alpes": "© Prefecture of Hautes-Alpes",
}

# What is translated, parents first (a page's English parent must exist before it).
PAGES = (
    "accueil",
    "lettres",
    "ressources",
    "partenaires",
    "agenda",
    "banque-des-territoires",
    "guide-du-programme-et-offre-de-services",
    "le-tiers-lieu-levier-de-revitalisation",
    "lettre-4-mai-2021",
)
THEMES = ("revitalisation",)


def translate(instance, locale: Locale, strings: dict[str, str]):
    """The ``locale`` version of ``instance`` made by wagtail-localize from ``strings`` (French → English),
    as an outside translator's PO file would give them; published. Left alone when it exists."""
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = strings.get(entry.msgid, "")
    translation.import_po(po)
    is_page = isinstance(instance, Page)
    # wagtail-localize would publish a page when the transaction commits, from the page as it was
    # then (a parent published that way loses the children added since): publish it here instead.
    translation.save_target(publish=not is_page)
    translated = instance.get_translation(locale)
    if is_page:
        translated.get_latest_revision().publish()
    return translated


def load_english(home: Page) -> list:
    """The English versions of the demo's chosen pages and theme (those whose French source exists)."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    french_pages = {
        page.slug: page for page in home.get_descendants(inclusive=True).filter(slug__in=PAGES).specific()
    }
    objects = [french_pages[slug] for slug in PAGES[:5] if slug in french_pages]
    objects += list(Theme.objects.filter(slug__in=THEMES, locale=home.locale))
    objects += list(SiteTexts.objects.filter(locale=home.locale))
    objects += [french_pages[slug] for slug in PAGES[5:] if slug in french_pages]
    return [translate(instance, english, ENGLISH) for instance in objects]

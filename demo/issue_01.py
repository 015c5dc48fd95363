"""Issue #1 of 23 November 2020 (seeds/lettre-01-2020-11-23.txt), every section mapped to a block."""

# ruff: noqa: E501 -- the seed's prose, kept sentence by sentence, reads better unwrapped.

import datetime

from communes.demo import chosen_communes

from .images import block_image, placeholder_image
from .pages import source_text
from .resources import ANCT_PROGRAMME_URL

NUMBER = 1
SLUG = "lettre-1-novembre-2020"
TITLE = "Bienvenue dans le programme Petites villes de demain"
ISSUE_DATE = datetime.date(2020, 11, 23)

INTRO = (
    "<p>Bienvenue dans le programme <i>Petites villes de demain</i> ! Que vous soyez en Centre-Val-de-Loire, "
    "à la Réunion ou en Provence-Alpes-Côte d'Azur, vous faites partie des premières collectivités à "
    "rejoindre le programme. Vous pouvez découvrir la "
    f'<a href="{ANCT_PROGRAMME_URL}">liste complète des collectivités dans ces trois régions ici</a>, '
    "ainsi que les cartes illustratives. Ces pages seront enrichies au fur et à mesure des annonces des "
    "autres régions.</p>"
    "<p>Dans cette première lettre d'information, vous trouverez des éléments d'introduction au programme, "
    "un kit logo, ainsi que les premiers rendez-vous déjà programmés pour vous accompagner dans la phase "
    "d'initialisation du programme.</p>"
)

CREDITS = [
    ("Directeur de publication", "Yves Le Breton"),
    ("Responsable d'édition", "Juliette Auricoste"),
    ("Rédactrice en chef", "Héroïse Thibault"),
    ("Rédaction", "Chloé Carpentier"),
    ("Contributions", "Pandora Baudouin, Mathilde Fraisse, Emmanuelle Le Bris"),
    ("Design graphique", "Silvia Colato"),
    ("Maquette/Webmaster", "Vincent Nicat"),
    ("Crédits photos", "ANCT, APVF, MTC"),
]

GOURAULT_ANSWERS = [
    (
        "Quelle ambition portez-vous pour le programme Petites villes de demain ?",
        "<p>Le Gouvernement a fait de la revitalisation des centres-villes et des centres-bourgs une priorité "
        "de son action en matière de cohésion des territoires. Après <i>Action cœur de ville</i>, qui concerne "
        "la revitalisation des villes moyennes, j'ai souhaité étendre l'offre de services proposée par l'Etat "
        "à davantage de communes.</p>"
        "<p>Petites villes de demain cible les collectivités de moins de 20 000 habitants, qui rayonnent et "
        "exercent pour tout le territoire qui les entoure, des fonctions essentielles de centralité : accès "
        "aux services, aux commerces, à la santé, activités économiques, événementielles, culturelles etc.</p>"
        "<p>J'ai tenu à ce que ce programme vous donne davantage de moyens pour concrétiser vos projets, tout "
        "au long de votre mandat communal et intercommunal. Vous serez notamment accompagné dans votre projet "
        "de revitalisation en matière d'amélioration de l'habitat et du cadre de vie, de développement de "
        "l'artisanat, du commerce et des services, de valorisation des qualités architecturales et "
        "patrimoniales de votre commune ou encore d'implication des habitants dans les projets.</p>",
    ),
    (
        "Comment ce programme va-t-il se mettre en place ?",
        "<p>Au regard de la diversité de nos territoires, j'ai fait le choix de confier aux préfets le soin "
        "d'identifier, en concertation avec les élus intéressés, les communes concernées par ce nouveau "
        "programme de l'Etat.</p>"
        "<p>Petites villes de demain vous propose à la fois un cadre de travail et une méthode partenariale, "
        "qui rassemblent au côté des services de l'Etat, un grand nombre de partenaires nationaux (Banque des "
        "territoires, ANAH, CEREMA). Ils viennent souvent compléter l'offre existante, proposée par votre "
        "conseil départemental et votre conseil régional. Chacun l'enrichit et y apporte sa propre "
        "contribution, pour augmenter vos chances de concrétiser tous vos projets.</p>"
        "<p>Dès à présent, vous pouvez bénéficier des premières aides. Je pense notamment au recrutement d'un "
        "chef de projet, ou la conception du projet de territoire, et la mise en œuvre d'une opération de "
        "revitalisation du territoire (ORT), un outil juridique qui vous donne des droits spécifiques sur le "
        "plan réglementaire et fiscal.</p>"
        "<p>Petites villes de demain est un programme d'appui piloté par l'Agence nationale de la cohésion "
        "des territoires. Avec son équipe, la directrice de programme, Juliette Auricoste "
        '(<a href="mailto:juliette.auricoste@anct.gouv.fr">juliette.auricoste@anct.gouv.fr</a>), est à votre '
        "disposition et à celle des services préfectoraux qui sont vos interlocuteurs de référence, pour "
        "répondre à toutes vos interrogations.</p>"
        "<p>Vous l'aurez compris, je souhaite qu'avec <i>Petites villes de demain</i>, l'Etat tienne compte "
        "des spécificités de votre territoire et articule au mieux son intervention avec celle des autres "
        "partenaires. Votre commune et les fonctions de centralité qu'elle exerce sont essentielles pour le "
        "quotidien de nombreux Français et pour faire face aux évolutions à venir. C'est pourquoi je me "
        "réjouis qu'avec <i>Petites villes de demain</i>, l'Etat vous procure un accompagnement "
        "« sur-mesure » dans la réalisation de vos projets.</p>",
    ),
    (
        "Comment les commerces des petites villes peuvent-ils faire face à la crise actuelle ?",
        "<p>Aujourd'hui, la mobilisation pour préserver les commerces de centre-ville est sans précédent. "
        "Au-delà des mesures déjà prévues dans le cadre du programme, des moyens supplémentaires ont été "
        "alloués dans le cadre du Plan de relance, que cela soit au bénéfice des artisans, commerçants, "
        "restaurateurs et TPE directement, ou des collectivités. La Banque des territoires met ainsi à "
        "disposition des Petites villes de demain quatre offres mobilisables dès l'entrée dans le programme. "
        "Ces offres faciliteront la relance grâce au recrutement rapide d'un manager de commerce, ou "
        "l'acquisition de solutions numériques pour soutenir le commerce.</p>",
    ),
]

BOUILLON_STATEMENT = (
    "<p>L'APVF (Association des Petites Villes de France) qui a tant milité pour l'élaboration d'un programme "
    "spécifique de revitalisation des centres villes de nos communes, ne peut que se réjouir du démarrage "
    "effectif du programme Petites villes de demain.</p>"
    "<p>Dès que l'ensemble des collectivités lauréates seront connues, il faudra en effet un démarrage très "
    "rapide du programme, tout particulièrement dans les collectivités dont les élus disposent d'ores et "
    "déjà de projet qu'ils ont soumis à l'approbation de leurs concitoyens lors des dernières élections "
    "municipales.</p>"
    "<p>Car il y a urgence, la crise sanitaire et les deux confinements successifs au cours de cette année "
    "ont considérablement fragilisé l'économie locale de nombreux territoires et surtout les commerces de "
    "proximité et l'artisanat. C'est donc d'une véritable mobilisation de tous les partenaires du programme "
    "dont nous avons besoin. Au cœur du dispositif, l'APVF ne ménagera pas ses efforts pour informer, "
    "impulser et encourager tous ceux veulent « réussir nos Petites villes demain ».</p>"
)


def rendez_vous(event, label="Je m'inscris"):
    """A Club rendez-vous chosen from the agenda; its registration button keeps the seed's words."""
    # The seed's words about it are the issue's text; the event page's summary is not repeated by itself.
    return {"page": event, "text": source_text(event.summary),
            "links": [{"label": label, "url": event.registration_url}]}


def recommended_event(event, organisation, registration_text="Inscription ici", date_text=""):
    """A recommended partner event: the page is chosen, the seed's line is kept as its text."""
    return {
        "page": event,
        "text": f'<p>{organisation}, "<b>{event.title}</b>", <b>{date_text}</b> - '
                f'<a href="{event.registration_url}">{registration_text}</a></p>',
    }


def body(demo) -> list:
    gourault = placeholder_image(
        "Portrait de Jacqueline Gourault",
        "Jacqueline Gourault, ministre de la Cohésion des territoires et des Relations avec les "
        "collectivités territoriales",
        label="Jacqueline Gourault", palette="bleu", size=(600, 600),
    )
    bouillon = placeholder_image(
        "Portrait de Christophe Bouillon",
        "Christophe Bouillon, maire de Barentin et président de l'APVF",
        label="Christophe Bouillon", palette="violet", size=(600, 600),
    )
    pack = placeholder_image(
        "Le pack de bienvenue",
        "Couverture du guide du programme Petites villes de demain et planche du kit logo",
        palette="rouge",
    )
    barentin = placeholder_image(
        "Lancement du programme à Barentin",
        "Jacqueline Gourault et Joël Giraud visitent la friche de l'ancienne usine Badin à Barentin "
        "(Seine-Maritime), le 1er octobre 2020",
        label="Barentin, 1er octobre 2020 : lancement du programme", palette="ocre",
    )
    events, resources = demo.events, demo.resources
    guide = resources["guide-du-programme-et-offre-de-services"]
    kit = resources["kit-logo-petites-villes-de-demain"]
    return [
        ("rubrique", {"title": "3 questions à", "anchor": "3-questions-a"}),
        ("interview", {
            "person": {
                "name": "Jacqueline Gourault",
                "role": "Ministre de la Cohésion des territoires et des Relations avec les collectivités "
                        "territoriales",
                "portrait": block_image(gourault),
            },
            "questions": [{"question": q, "answer": a} for q, a in GOURAULT_ANSWERS],
        }),
        ("rubrique", {"title": "Le point de vue du maire"}),
        ("interview", {
            "person": {
                "name": "Christophe Bouillon",
                "role": "maire de Barentin et président de l'APVF",
                "portrait": block_image(bouillon),
            },
            "statement": BOUILLON_STATEMENT,
            "questions": [],
            "communes": chosen_communes("76057"),
        }),
        # Its own section, in the sommaire: the section heading says the title, the article does not repeat it.
        ("rubrique", {"title": "Le pack de bienvenue", "anchor": "pack-de-bienvenue"}),
        ("article", {
            "image": block_image(pack),
            "text": "<p>Vous pouvez d'ores et déjà télécharger le <b>guide du programme et l'offre de "
                    "services</b>. Dans l'ensemble de ces documents vous trouverez des réponses aux questions "
                    "que vous vous posez sur le programme. Le préfet et ses équipes sont à vos côtés pour "
                    "engager les chantiers !</p>"
                    "<p>Un <b>kit logo Petites villes de demain</b> est également disponible. Il comprend tous "
                    "les éléments indispensables pour bien communiquer sur et dans le programme.</p>",
            "links": [
                {"label": "Guide du programme et offre de services", "document": guide.document},
                {"label": "Kit logo Petites villes de demain", "document": kit.document},
            ],
        }),
        ("rubrique", {"title": "Les (premiers) rendez-vous du Club", "anchor": "rendez-vous-du-club"}),
        ("agenda", {"items": [
            rendez_vous(events["panorama-de-l-offre-de-services"]),
            rendez_vous(events["soutien-d-urgence-au-commerce"]),
            rendez_vous(events["un-chef-de-projet-pour-quoi-faire"]),
        ]}),
        ("rubrique", {"title": "Les recommandations du mois"}),
        ("recommandations", {"groups": [
            {"heading": "Événements", "items": [
                recommended_event(events["la-nature-au-coeur-des-villes"], "Centre-Ville en Mouvement",
                                  date_text="1er décembre 2020"),
                recommended_event(events["les-ateliers-du-developpement-local"], "ANPP",
                                  date_text="3 et 4 décembre 2020"),
                recommended_event(events["atelier-hors-les-murs"],
                                  "Fédération des Parcs naturels régionaux de France",
                                  date_text="10 décembre 2020"),
            ]},
            {"heading": "Ressources", "items": [{
                "page": resources["webinaires-ess-et-ruralites"],
                "text": '<p>Aise et RTES, "<b>Les webinaires ESS &amp; ruralités de l\'Aise et du RTES</b>", '
                        '<a href="https://www.avise.org">Webinaires à venir et à revoir en replay ici</a></p>',
            }]},
            {"heading": "Concours", "items": [{
                "title": "Capitale française de la Biodiversité",
                "text": "<p>Le concours <b>Capitale française de la Biodiversité</b> s'adresse aux communes et "
                        "intercommunalités de toutes tailles : il y a des catégories \"village\" et \"petite "
                        "ville\", et en 2017 c'est Muttersholtz (Bas-Rhin, 2026 hab.) qui avait remporté le "
                        "titre de \"Capitale française de la Biodiversité\". Le thème de cette année permet de "
                        "faire connaître les actions sur le thème \"Eau &amp; biodiversité\", qu'elles aient "
                        "été réalisées en maîtrise d'ouvrage propre ou via un partenaire. Et la date limite de "
                        "participation vient d'être prolongée jusqu'au 31 janvier 2021, lauréats et recueil "
                        "d'actions exemplaires sont attendus pour juin 2021. "
                        '<a href="https://www.capitale-biodiversite.fr">Plus d\'informations ici</a></p>',
            }]},
        ]}),
        ("rubrique", {"title": "L'image du mois"}),
        ("image_du_mois", {
            "image": block_image(barentin),
            "title": "Le lancement du programme",
            "text": "<p>Le 1er octobre 2020, Madame la Ministre de la Cohésion des territoires et des Relations "
                    "avec les collectivités territoriales, Jacqueline Gourault, et Monsieur Joël Giraud, "
                    "Secrétaire d'Etat chargé de la Ruralité, se sont rendus à Barentin (Seine-Maritime) pour "
                    "lancer le programme <i>Petites villes de demain</i>. L'occasion de visiter le site en "
                    "friche de l'ancienne usine Badin, qui fait en ce moment l'objet d'un projet de "
                    "transformation.</p>",
            "credit": "© ANCT",
            "communes": chosen_communes("76057"),
        }),
    ]


def hero():
    return placeholder_image(
        "Bienvenue dans le Club des Petites villes de demain",
        "Bannière de la lettre d'information : « Bienvenue ! » sur fond bleu, "
        "Club des Petites villes de demain",
        label="Bienvenue ! Le Club des Petites villes de demain", palette="bleu",
    )

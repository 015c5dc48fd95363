"""Issue #4 of 12 May 2021 (seeds/lettre-04-2021-05-12.txt), every section mapped to a block."""

# ruff: noqa: E501 -- the seed's prose, kept sentence by sentence, reads better unwrapped.

import datetime

from communes.demo import chosen_communes

from .images import block_image, placeholder_image
from .pages import richtext_page_link, source_text
from .resources import ANCT_PROGRAMME_URL
from .site import CREDITS_04

NUMBER = 4
SLUG = "lettre-4-mai-2021"
TITLE = "Formation des chefs de projet, première rencontre nationale et point de vue du maire de Thizy-les-Bourgs"
ISSUE_DATE = datetime.date(2021, 5, 12)
CREDITS = CREDITS_04
# The seed's footer says “Contactez…” where #1 (and the site texts) say “Contacter…”.
CONTACT_LABEL = "Contactez la direction de programme :"
MAIL = '<a href="mailto:petitesvillesdedemain@anct.gouv.fr">petitesvillesdedemain@anct.gouv.fr</a>'

INTRO = (
    "<p>Chaque mois, retrouvez dans cette lettre des actualités, des ressources, mais aussi des témoignages "
    "d'élus ou d'acteurs institutionnels.</p>"
    "<p>Ce mois-ci, découvrez le guide de formation dédié aux chefs de projets et aux élus référents, le "
    "retour sur la première rencontre nationale Petites villes de demain et un entretien avec le maire de "
    "Thizy-les-Bourgs (69).</p>"
    f"<p>Nous sommes à votre écoute pour tout retour ou suggestion : {MAIL}.</p>"
    "<p>L'Agence nationale de la cohésion des territoires vous souhaite une bonne lecture !</p>"
)


def picture(title, alt, palette="bleu", label=None, size=(1200, 675)) -> dict:
    """An ImageBlock value of a placeholder picture whose alt text is ``alt``."""
    return block_image(placeholder_image(title, alt, label=label, palette=palette, size=size))


def partner_event(event, text):
    """A partner event chosen from the agenda; the seed's paragraph (with its registration link) is kept."""
    return {"page": event, "text": text}


def recommendation(page, text):
    return {"page": page, "text": text} if page is not None else {"text": text}


def body(demo) -> list:
    events, resources = demo.events, demo.resources
    replay = resources["replay-premiere-rencontre-nationale"]
    slides_relance = resources["support-plan-de-relance"]
    return [
        ("rubrique", {"title": "Actualités et vie du programme", "anchor": "actualites"}),
        ("actualites", {"items": [{
            "image": picture(
                "Première rencontre nationale des Petites villes de demain",
                "Écran de la rencontre nationale en ligne du 22 avril 2021 : Jacqueline Gourault et Joël "
                "Giraud s'adressent aux participants",
            ),
            "title": "Première rencontre nationale des Petites villes de demain",
            "text": "<p>L'ANCT a organisé <b>une première rencontre nationale des Petites villes de demain</b> "
                    "100% digitale le 22 avril, avec la participation de Jacqueline Gourault, Ministre de la "
                    "Cohésion des territoires et des Relations avec les collectivités territoriales, et de "
                    "Joël Giraud, Secrétaire d'Etat chargé de la Ruralité, et de nombreux partenaires. Vous "
                    "étiez plus de 1200 participants : nous avons été heureux de vous retrouver autour de "
                    "cette première rencontre !</p>",
            "link": {"label": "Revoir la rencontre", "page": events["premiere-rencontre-nationale"]},
        }]}),
        # A section of its own in the seed: its heading is the section's, in the sommaire, said once.
        ("rubrique", {"title": "L'enquête de co-construction du Club", "anchor": "enquete"}),
        ("appel", {
            "image": picture(
                "Enquête de co-construction du Club",
                "Des élus et des chefs de projet échangent autour d'une table : le Club se construit avec vous",
                palette="violet",
            ),
            "text": "<p>Le Club PVD est l'outil de mise en réseau des membres du programme Petites villes de "
                    "demain, que nous co-construisons avec vous, bénéficiaires du programme, et ce, tout au "
                    "long du premier semestre 2021. Ce questionnaire a pour objectif de recueillir votre "
                    "opinion pour proposer un Club qui vous ressemble et surtout qui réponde au mieux à vos "
                    "besoins.</p>",
            "link": {"label": "Je contribue à l'enquête de co-construction du Club", "url": ANCT_PROGRAMME_URL},
        }),
        ("rubrique", {"title": "La relance dans les PVD"}),
        ("actualites", {"items": [
            {
                "image": picture("Webinaire Plan de relance", "Diapositive de titre du webinaire du 10 mai "
                                 "2021 sur le Plan de relance", palette="rouge"),
                "title": "Retrouvez notre webinar du 10 mai \"Le Plan de relance : quelles opportunités pour "
                         "mon territoire ?\"",
                "link": {"label": "Support de présentation", "page": slides_relance},
            },
            {
                "image": picture("Soutien d'urgence au commerce", "Vitrine d'un commerce de centre-bourg",
                                 palette="vert"),
                "title": "Les mesures de soutien d'urgence au commerce de la Banque des territoires sont "
                         "toujours accessibles",
                "link": {"label": "En savoir plus", "page": resources["mesures-de-soutien-d-urgence-au-commerce"]},
            },
            {
                "kicker": "Conseiller numérique",
                "image": picture("Conseillers numériques", "Une conseillère numérique accompagne une habitante "
                                 "sur un ordinateur", palette="ocre"),
                "title": "Le recrutement des conseillers numériques progresse",
                "link": {"label": "En savoir plus", "url": "https://www.conseiller-numerique.gouv.fr"},
            },
        ]}),
        ("rubrique", {"title": "L'ANCT est à vos côtés", "anchor": "anct-a-vos-cotes"}),
        ("article", {
            "title": "Première session de formation",
            "image": picture("Parcours de formation des chefs de projet", "Des chefs de projet Petites villes "
                             "de demain en séance de formation", palette="bleu"),
            "text": "<p>Un parcours de formation est dédié aux chefs de projet Petites villes de demain et aux "
                    "élus référents qui le souhaitent.</p>"
                    "<p>Il vous permettra de mieux connaître votre écosystème, et de mobiliser les outils les "
                    "mieux adaptés au contexte local, pour assurer dans les meilleures conditions votre rôle "
                    "d'ensemblier et d'animateur de la démarche de revitalisation.</p>"
                    "<p><b>S'inscrire à la première session qui se déroulera en trois journées au mois de "
                    "juin :</b></p><ul><li>jeudi 17 juin</li><li>mardi 22 juin</li><li>mardi 29 juin</li></ul>",
            "links": [{"label": "Le parcours de formation", "url": ANCT_PROGRAMME_URL}],
        }),
        ("actualites", {"items": [{
            "image": picture("Première volontaire territoriale en administration", "Joël Giraud et Margaux "
                             "Visdeloup signent le premier contrat de VTA à Plœuc-L'Hermitage", palette="vert"),
            "title": "La première volontaire territoriale est recrutée !",
            "text": "<p>Joël Giraud, secrétaire d'Etat à la ruralité, s'est rendu dans la Petite ville de "
                    "demain de Plœuc-L'Hermitage (22) pour signer le premier contrat de VTA entre la commune "
                    "et Margaux Visdeloup.</p>"
                    "<p>Le VTA s'adresse à un jeune diplômé (à partir de bac + 2) qui souhaite travailler dans "
                    "une collectivité territoriale rurale. Le temps d'une mission de 12 à 18 mois, le VTA lui "
                    "permet de renforcer ses compétences en ingénierie de projet ; les communes Petites villes "
                    "de demain peuvent recruter un VTA en appui au chef de projet : "
                    '<a href="https://www.vta.anct.gouv.fr">sur la plateforme</a>, vous pouvez déposer votre '
                    "offre d'emploi.</p>",
            "communes": chosen_communes("22203"),
        }]}),
        ("rubrique", {"title": "Retour sur les événements passés", "anchor": "evenements-passes"}),
        ("agenda", {"items": [
            # The replay keeps the seed's words; the slides come from the events' own “Support de
            # présentation” link (EventPage.action_links), not repeated here.
            {"page": events["premiere-rencontre-nationale"],
             "links": [{"label": "Pour revoir cette rencontre", "url": replay.external_url}]},
            {"page": events["le-tiers-lieu-levier-de-revitalisation"]},
            {"page": events["le-plan-de-relance-quelles-opportunites"]},
        ]}),
        ("rubrique", {"title": "Regard sur le chef de projet"}),
        ("article", {
            "title": "Chef de projet architecte, le profil gagnant !",
            "image": picture("Chef de projet architecte", "Une architecte présente des plans de "
                             "réhabilitation d'un centre-bourg à des élus", palette="gris"),
            "text": "<p>Les architectes et les architectes du patrimoine sont trop peu associés en amont aux "
                    "projets de revitalisation des centres-villes. Ils ont pourtant un rôle majeur à jouer en "
                    "la matière dès le diagnostic. Ils sont à même de réaliser un diagnostic efficient, "
                    "prenant en compte la valeur patrimoniale et tant que ressource, et ce en amont de toute "
                    "programmation, dans le but de faire émerger les enjeux de développement par le prisme du "
                    "patrimoine : mobilités, tourisme, logements, entres autres.</p>"
                    "<p>Habilités à mener des projets d'envergure en coordination avec de nombreux métiers et "
                    "équipes, ils possèdent le profil polyvalent, pluridisciplinaire et visionnaire adapté à la "
                    "mise en œuvre des projets urbains, patrimoniaux, paysagers et d'urbanisme.</p>",
        }),
        ("rubrique", {"title": "Le point de vue du maire"}),
        ("interview", {
            "kicker": "4 questions à",
            "person": {
                "name": "Martin Sotton",
                "role": "Maire de Thizy les Bourgs (69)",
                "portrait": picture("Portrait de Martin Sotton", "Martin Sotton, maire de Thizy-les-Bourgs "
                                    "(Rhône)", palette="violet", label="Martin Sotton", size=(600, 600)),
            },
            "questions": [{
                "question": "Votre ville a bénéficié de la création d'un poste de Chef de projet dans le cadre "
                            "de l'AMI pour la revitalisation des centres-bourgs en 2015. Pourquoi avoir choisi "
                            "un architecte pour ce poste et comment s'est déroulé votre recrutement ?",
                "answer": "<p>L'Appel à Manifestations d'Intérêt pour la revitalisation des centres-bourgs de "
                          "2015 était le premier programme permettant une réflexion globale sur le "
                          "fonctionnement de la ville et sur des thématiques aussi larges que "
                          "complémentaires....</p>",
            }],
            "read_more": {"label": "Lire la suite", "url": ANCT_PROGRAMME_URL},
            "communes": chosen_communes("69248"),
        }),
        ("rubrique", {"title": "Les événements à venir", "anchor": "evenements-a-venir"}),
        ("agenda", {"items": [{
            "page": events["semaine-thematique-les-patrimoines"],
            "organisation": "Club des Petites villes de demain",
            "text": source_text(events["semaine-thematique-les-patrimoines"].summary),
            "links": [{"label": "Plus d'informations à venir", "url": ANCT_PROGRAMME_URL}],
        }]}),
        ("agenda", {"title": "L'agenda de nos partenaires", "items": [
            partner_event(
                events["mobiliser-les-habitants-projets-citoyens"],
                "<p><b>Avisé, Mobiliser les habitants pour encourager la création de projets citoyens, 20 mai "
                "de 14h à 15h30.</b> Un webinaire s'inscrivant dans le cycle ESS &amp; Ruralités pour partager "
                "la diversité des solutions qu'offre l'ESS face aux défis de la transition écologique et "
                "solidaire et mettre en avant les leviers de soutien à ces acteurs dans les territoires "
                'ruraux. <a href="https://www.avise.org">S\'inscrire</a></p>',
            ),
            partner_event(
                events["residences-d-architectes"],
                "<p><b>La Fédération des Parcs naturels régionaux de France, « Quelle est la plus-value des "
                "résidences d'architectes pour l'aménagement du territoire ? », vendredi 28 mai 2021 de 14h à "
                "16h45.</b> La Fédération des Parcs naturels régionaux de France organise chaque mois un "
                "webinaire sur le thème du cadre de vie et de l'aménagement du territoire. Pour le mois de "
                "mai, la question de l'intérêt des résidences d'architectes et d'artistes est posée. "
                "L'échange portera sur la définition, les objectifs, ainsi que les conditions pertinentes "
                "pour réussir ce type d'expérience. "
                '<a href="https://www.parcs-naturels-regionaux.fr">S\'inscrire</a>.</p>',
            ),
            partner_event(
                events["universites-de-printemps-du-centre-ville"],
                "<p><b>Centre-ville en mouvement, Les Universités de Printemps du centre-ville et du commerce, "
                "le 6 et 7 juillet à la Cité Fertile de Pantin.</b> Vous pouvez trouver toutes les "
                'informations <a href="https://www.centre-ville.org">ici</a>.</p>',
            ),
        ]}),
        ("rubrique", {"title": "Les recommandations du mois"}),
        ("recommandations", {"groups": [
            {"heading": "Ressources utiles", "items": [
                recommendation(
                    resources["guide-des-architectes-pour-les-elus"],
                    "<p>Le <b>Conseil national de l'Ordre des architectes</b> a publié un guide à l'attention "
                    "des élus des villes petites et moyennes pour les aider à répondre concrètement aux défis "
                    "de la transition écologique. Ce guide est édité en partenariat avec l'association Villes "
                    'de France. <a href="https://www.architectes.org">Voir le guide</a>.</p>',
                ),
                recommendation(
                    resources["ateliers-des-territoires-format-flash"],
                    "<p>La <b>Direction générale de l'aménagement, du logement et de la nature</b> propose une "
                    "synthèse des Ateliers des territoires format flash. Ces derniers permettent aux "
                    "collectivités de bénéficier d'un accompagnement en ingénierie autour d'une question "
                    "d'aménagement et d'urbanisme. "
                    '<a href="https://www.ecologie.gouv.fr/ateliers-des-territoires">Découvrez les deux '
                    "projets</a> des Petites villes de demain de Fumel (47) et Carvin (62) qui ont "
                    "respectivement reconverti une friche industrielle et mis en place un éco-quartier.</p>",
                ),
                recommendation(
                    resources["vademecum-faire-territoire"],
                    "<p>L'<b>Association Nationale des Pôles territoriaux et des Pays (ANPP)</b> a publié fin "
                    "avril un vademecum, \"Faire Territoire : OSONS avec et pour tous !\", sur le sujet du "
                    "projet de territoire. Pour découvrir cette ressource, "
                    '<a href="https://anpp.fr">rendez-vous sur le site de l\'ANPP</a>.</p>',
                ),
            ]},
            {"heading": "Inspirations", "items": [
                recommendation(
                    resources["ademe-52-histoires-inspirantes"],
                    "<p>L'<b>Ademe</b> propose de découvrir le bilan de l'année 2020 au travers de 52 histoires "
                    "inspirantes dans le domaine de la transition écologique. "
                    '<a href="https://www.ademe.fr">Découvrez les histoires</a>.</p>',
                ),
                recommendation(
                    None,
                    "<p>10 Petites villes de demain font partie du "
                    '<a href="https://www.garesetconnexions.sncf">projet Gares de Demain</a>. Initié par SNCF '
                    "Gares &amp; Connexions, avec le soutien d'Ile-de-France Mobilités, ce challenge permet de "
                    "transformer les petites gares franciliennes en des lieux au service des usagers et des "
                    "territoires.</p>",
                ),
                recommendation(
                    None,
                    "<p>44 Petites villes de demain sont lauréates de "
                    '<a href="https://www.ecologie.gouv.fr/plan-national-lutte-contre-logements-vacants">'
                    "l'appel à candidatures de lutte contre les logements vacants lancé dans le cadre du Plan "
                    "national</a> le 20 janvier dernier par le Gouvernement. L'objectif est de permettre un "
                    "déploiement accéléré dans des territoires d'outils nécessaires à la remise sur le marché "
                    "du plus grand nombre possible de logements vacants.</p>",
                ),
            ]},
        ]}),
        ("rubrique", {"title": "Voir aussi"}),
        ("article", {
            "title": "Sélection d'une centaine de démonstrateurs par France Ville Durable dans le cadre de la "
                     "démarche « Habiter la France de Demain » du Ministère de la Transition Ecologique",
            "image": picture("Habiter la France de demain", "Un écoquartier de logements neufs en bois et des "
                             "jardins partagés", palette="vert"),
            "text": "<p>France Ville Durable (FVD), en partenariat avec le Ministère de la Transition Ecologique "
                    "(MTE) et sous l'égide de Madame la Ministre Emmanuelle Wargon, chargée du logement, vise à "
                    "mettre en avant 100 « démonstrateurs » pour encourager la réplication et la massification "
                    "des meilleures réalisations en matière d'urbanisme sobre, résilient, inclusif et créatif "
                    "sur le territoire national.</p>"
                    "<p>Ces réalisations particulièrement exemplaires seront présentées par Madame la Ministre à "
                    "l'occasion de l'événement professionnel « Villes Durables en actions » organisé par FVD le "
                    "19 mai 2021 à la Halle aux Sucres de Dunkerque (informations et inscriptions au webinaire "
                    f": {richtext_page_link(events['villes-durables-en-actions'], 'ici')})</p>"
                    "<p>Dans un souci de représentativité de tous les territoires français, France Ville Durable "
                    "appelle à la contribution les Petites Villes de Demain (et notamment les territoires "
                    "ruraux), qui ont des réalisations à faire remonter en lien avec l'habitat / le cadre bâti "
                    "à l'échelle du logement, du bâtiment et du quartier (rénovation, réhabilitation, "
                    "constructions neuves de logements et équipements type écoles...).</p>"
                    "<p>Pour contribuer, il suffit de compléter la "
                    '<a href="https://francevilledurable.fr">fiche monographique</a> et de la retourner, '
                    "accompagnée d'un visuel à "
                    '<a href="mailto:marion.gonzales@francevilledurable.fr">marion.gonzales@francevilledurable.fr'
                    "</a> <b>avant le 16 mai 2021.</b></p>"
                    "<p>Plus d'informations : 06.72.89.53.38</p>",
            "links": [{"page": demo.partners["france-ville-durable"]}],
        }),
        ("rubrique", {"title": "L'image du mois"}),
        ("image_du_mois", {
            "image": picture(
                "Signature de convention d'adhésion à Espinasses et La Bâtie-Neuve",
                "Joël Giraud et les maires d'Espinasses et de La Bâtie-Neuve signent la convention "
                "d'adhésion Petites villes de demain",
                palette="ocre",
            ),
            "title": "Signature de convention d'adhésion d'Espinasses et La Bâtie-Neuve (05) par Joël Giraud",
            "text": "<p>Comme ce fut le cas il y a quelques jours en présence de Joël Giraud sur le territoire de "
                    "la CC Serre-Ponçon Val d'Avance, les signatures de convention d'adhésion progressent "
                    "partout sur en France, avant la date limite de fin juin 2021.</p>"
                    "<p>La signature de la convention d'adhésion Petites villes de demain permet l'accès aux "
                    "mesures du programme. Après sa signature démarre une phase de 18 mois maximum avant la "
                    "signature d'une opération de revitalisation de territoire (ORT). Votre Préfet et ses "
                    "équipes sont à votre disposition pour vous aider à avancer sur cette convention, qui vous "
                    "permettra de poser la première brique de votre projet de revitalisation !</p>",
            "credit": "© Préfecture des Hautes Alpes",
            "communes": chosen_communes("05050", "05017"),
        }),
        ("texte", "<p>Vous pouvez retrouver l'ensemble des l'actualité concernant le programme Petites villes "
                  f'de demain sur la <a href="{ANCT_PROGRAMME_URL}"><b>page dédiée sur le site de l\'ANCT</b>'
                  "</a>.</p>"),
    ]


def hero():
    return placeholder_image(
        "Lettre d'information #4 de mai 2021",
        "Bannière de la lettre d'information de mai 2021 : une place de centre-bourg animée",
        label="Club des Petites villes de demain – mai 2021", palette="rouge",
    )

"""The French text of the legal pages: accessibility statement, legal notice, personal data."""

import datetime

SITE_IDENTITY = ("site_identity", None)
# The accessibility statement's status and date (ContentPage fields): no audit yet, so not compliant.
STATEMENT = {"accessibility_status": "non-compliant", "statement_date": datetime.date(2026, 11, 30)}
# To be confirmed by the ANCT with its hosting contract (legal notice, from the site settings).
HOST = "Scalingo SAS, 13 rue Jacques Peirotes, 67000 Strasbourg, France"

ACCESSIBILITE = [
    "<p>L'Agence nationale de la cohésion des territoires (ANCT) s'engage à rendre ses sites internet "
    "accessibles conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration "
    "d'accessibilité s'applique au site du Club des Petites villes de demain.</p>",
    # “État de conformité” and “Établissement de cette déclaration” come from the page's status and date
    # fields (ContentPage.accessibility_status, statement_date): no audit yet, so “non conforme”.
    "<h2>Contenus non accessibles</h2>"
    "<p>Le site n'a pas encore fait l'objet d'un audit de conformité au RGAA : la liste des contenus non "
    "accessibles sera établie par cet audit. Il est construit avec le Système de design de l'État (DSFR), "
    "conçu pour respecter le RGAA, et ses pages sont vérifiées automatiquement à chaque modification "
    "(axe-core, validateur HTML du W3C). Les documents PDF publiés avant 2021 peuvent ne pas être "
    "accessibles.</p>",
    "<h2>Technologies utilisées</h2><ul><li>HTML5</li><li>CSS</li><li>JavaScript</li></ul>",
    "<h2>Environnement de test</h2>"
    "<p>Les vérifications automatiques sont faites avec Chromium et axe-core, sur des écrans de 1280 et de "
    "320 pixels de large, en thème clair et en thème sombre. L'audit précisera les combinaisons de "
    "navigateurs et de technologies d'assistance (NVDA avec Firefox, VoiceOver avec Safari).</p>",
    "<h2>Pages vérifiées</h2>"
    "<ul><li>L'accueil</li><li>Les lettres et chaque numéro de la lettre</li><li>La ressourcerie et une "
    "ressource</li><li>L'agenda et un événement</li><li>Les partenaires et un partenaire</li>"
    "<li>La recherche</li><li>Les mentions légales et la présente déclaration</li></ul>",
    "<h2>Retour d'information et contact</h2>"
    "<p>Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter l'équipe du "
    'programme à l\'adresse <a href="mailto:petitesvillesdedemain@anct.gouv.fr">'
    "petitesvillesdedemain@anct.gouv.fr</a> pour être orienté vers une alternative accessible ou obtenir "
    "le contenu sous une autre forme.</p>",
    "<h2>Voies de recours</h2>"
    "<p>Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu ou à une "
    "fonctionnalité du site, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse "
    "de notre part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au "
    "Défenseur des droits :</p>"
    '<ul><li>par le formulaire de contact en ligne du <a href="https://formulaire.defenseurdesdroits.fr">'
    "Défenseur des droits</a> ;</li>"
    "<li>en contactant le délégué du Défenseur des droits de votre région ;</li>"
    "<li>par courrier (gratuit, sans affranchissement) : Défenseur des droits, Libre réponse 71120, "
    "75342 Paris CEDEX 07.</li></ul>",
    "<h2>Schéma pluriannuel</h2>"
    "<p>Le schéma pluriannuel de mise en accessibilité de l'ANCT et son plan d'action annuel sont publiés "
    "sur le site de l'agence. Pour ce site : audit de conformité, puis correction des non-conformités "
    "relevées et mise à jour de cette déclaration.</p>",
]

MENTIONS_LEGALES = [
    # “Éditeur” and “Hébergeur” come from the site settings (publisher, its address, host).
    SITE_IDENTITY,
    "<h2>Directeur de la publication</h2><p>Yves Le Breton, directeur général de l'ANCT.</p>",
    "<h2>Contact</h2><p>Direction du programme Petites villes de demain : "
    '<a href="mailto:petitesvillesdedemain@anct.gouv.fr">petitesvillesdedemain@anct.gouv.fr</a>.</p>',
    "<h2>Propriété intellectuelle</h2>"
    "<p>Sauf mention contraire, les contenus de ce site sont publiés sous licence ouverte Etalab 2.0 : "
    "vous pouvez les réutiliser en citant leur source. Les logos des partenaires et les photographies "
    "restent la propriété de leurs auteurs.</p>",
    "<h2>Liens vers d'autres sites</h2>"
    "<p>Le site propose des liens vers les sites des partenaires du programme ; l'ANCT n'est pas "
    "responsable de leur contenu.</p>",
]

DONNEES_PERSONNELLES = [
    "<p>L'Agence nationale de la cohésion des territoires traite des données personnelles pour envoyer "
    "la lettre d'information du Club des Petites villes de demain à ses abonnés et pour gérer "
    "l'administration du site.</p>",
    "<h2>Données traitées</h2>"
    "<ul><li>Abonnés à la lettre : adresse électronique, date et preuve de l'inscription ;</li>"
    "<li>Éditeurs du site : nom, adresse électronique, historique des modifications.</li></ul>",
    "<h2>Base légale et durée de conservation</h2>"
    "<p>L'envoi de la lettre repose sur votre consentement, que vous pouvez retirer à tout moment avec le "
    "lien de désinscription présent dans chaque envoi. Les données d'un abonné sont supprimées dès sa "
    "désinscription.</p>",
    "<h2>Vos droits</h2>"
    "<p>Conformément à la loi « Informatique et libertés » du 6 janvier 1978 et au règlement général sur "
    "la protection des données, vous pouvez accéder aux informations vous concernant, les rectifier ou "
    "vous opposer à leur traitement en écrivant à : Agence nationale de la cohésion des territoires, "
    "service communication, TSA 10717, 75334 Paris Cedex 07, ou à "
    '<a href="mailto:info@anct.gouv.fr">info@anct.gouv.fr</a>. Vous pouvez aussi adresser une '
    "réclamation à la CNIL.</p>",
    "<h2>Cookies</h2><p>Ce site ne dépose aucun cookie de mesure d'audience ni de publicité.</p>",
]

GDPR_NOTICE = (
    '<p>Conformément à la loi "Informatique et libertés" du 6 janvier 1978, vous pouvez accéder aux '
    "informations vous concernant, les rectifier ou vous opposer à leur traitement et à leur transmission "
    "éventuelle à des tiers en écrivant à : Agence nationale de la cohésion des territoires | service "
    "communication - TSA 10717 - 75334 Paris Cedex 07 ou en envoyant un courriel à l'adresse suivante : "
    '<a href="mailto:info@anct.gouv.fr">info@anct.gouv.fr</a></p>'
)

"""The French text of the legal pages: accessibility statement, legal notice, personal data."""

ACCESSIBILITE = [
    "<p>L'Agence nationale de la cohésion des territoires (ANCT) s'engage à rendre ses sites internet "
    "accessibles conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration "
    "d'accessibilité s'applique au site du Club des Petites villes de demain.</p>",
    "<h2>État de conformité</h2>"
    "<p>Le site du Club des Petites villes de demain est <b>non conforme</b> avec le référentiel général "
    "d'amélioration de l'accessibilité (RGAA), version 4.1 : il n'a pas encore fait l'objet d'un audit. "
    "Il est construit avec le Système de design de l'État (DSFR), conçu pour respecter le RGAA, et ses "
    "pages sont vérifiées automatiquement à chaque modification.</p>",
    "<h2>Établissement de cette déclaration</h2>"
    "<p>Cette déclaration a été établie le 12 mai 2021. Elle sera mise à jour après l'audit prévu.</p>",
    "<h2>Retour d'information et contact</h2>"
    "<p>Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter l'équipe du "
    "programme à l'adresse <a href=\"mailto:petitesvillesdedemain@anct.gouv.fr\">"
    "petitesvillesdedemain@anct.gouv.fr</a> pour être orienté vers une alternative accessible ou obtenir "
    "le contenu sous une autre forme.</p>",
    "<h2>Voies de recours</h2>"
    "<p>Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu ou à une "
    "fonctionnalité du site, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse "
    "de notre part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au "
    "Défenseur des droits :</p>"
    "<ul><li>par le formulaire de contact en ligne du <a href=\"https://formulaire.defenseurdesdroits.fr\">"
    "Défenseur des droits</a> ;</li>"
    "<li>en contactant le délégué du Défenseur des droits de votre région ;</li>"
    "<li>par courrier (gratuit, sans affranchissement) : Défenseur des droits, Libre réponse 71120, "
    "75342 Paris CEDEX 07.</li></ul>",
]

MENTIONS_LEGALES = [
    "<h2>Éditeur</h2>"
    "<p>Agence nationale de la cohésion des territoires (ANCT), 20 avenue de Ségur, TSA 10717, "
    "75334 Paris Cedex 07.</p>",
    "<h2>Directeur de la publication</h2><p>Yves Le Breton, directeur général de l'ANCT.</p>",
    "<h2>Contact</h2><p>Direction du programme Petites villes de demain : "
    "<a href=\"mailto:petitesvillesdedemain@anct.gouv.fr\">petitesvillesdedemain@anct.gouv.fr</a>.</p>",
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
    "<a href=\"mailto:info@anct.gouv.fr\">info@anct.gouv.fr</a>. Vous pouvez aussi adresser une "
    "réclamation à la CNIL.</p>",
    "<h2>Cookies</h2><p>Ce site ne dépose aucun cookie de mesure d'audience ni de publicité.</p>",
]

GDPR_NOTICE = (
    "<p>Conformément à la loi \"Informatique et libertés\" du 6 janvier 1978, vous pouvez accéder aux "
    "informations vous concernant, les rectifier ou vous opposer à leur traitement et à leur transmission "
    "éventuelle à des tiers en écrivant à : Agence nationale de la cohésion des territoires | service "
    "communication - TSA 10717 - 75334 Paris Cedex 07 ou en envoyant un courriel à l'adresse suivante : "
    "<a href=\"mailto:info@anct.gouv.fr\">info@anct.gouv.fr</a></p>"
)

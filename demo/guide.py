"""The editors' guide, in French, written for the communication team: a page of the site itself, for
logged-in users only, that the admin's « Aide » menu opens (lettre's wagtail_hooks)."""

TITLE = "Guide de l'éditeur : la lettre du Club, du brouillon à l'envoi"

GUIDE = [
    "<p>Ce guide décrit le mois de l'équipe de communication dans l'administration du site : préparer une"
    " lettre, la remplir avec les blocs, la prévisualiser, l'envoyer en test, la faire valider, la "
    "programmer "
    "et l'envoyer aux abonnés.</p>",
    "<h2>Préparer la prochaine lettre</h2><p>Dans <b>Pages › Les lettres</b>, ouvrez le menu "
    "<b>Actions</b> et choisissez <b>Préparer la prochaine lettre</b>. Le site propose le numéro suivant,"
    " la date (le premier jour ouvré du mois qui suit la dernière lettre, modifiable) et l'adresse "
    "<i>lettre-N-mois-annee</i>. Le brouillon reprend les rubriques de la dernière lettre, un agenda "
    "prérempli avec les événements publiés du mois et des recommandations préremplies avec les ressources"
    " publiées depuis la dernière lettre : retirez ce qui ne convient pas.</p><p>« Copier » une lettre "
    "donne aussi le numéro, la date et l'adresse suivants, jamais ceux de "
    "l'original. Deux lettres ne peuvent avoir ni le même numéro ni la même date.</p>",
    "<h2>Les blocs</h2><ul><li><b>Rubrique</b> : ouvre une section et l'ajoute au sommaire "
    ";</li><li><b>Interview</b> : « 3 questions à », « Le point de vue du maire » ;</li><li><b>L'image du"
    " mois</b>, <b>Actualités</b>, <b>Article</b>, <b>Appel à l'action</b>, <b>Texte</b>, <b>Image</b>, "
    "<b>Documents</b> ;</li><li><b>Agenda</b> et <b>Recommandations</b> : choisissez un événement ou une "
    "ressource du site plutôt que de le réécrire ; sa date, son lieu et ses liens restent à jour. Le "
    "sélecteur d'événements montre la date et le lieu, les prochains d'abord. Un événement hors du mois "
    "de la lettre est signalé à l'enregistrement.</li></ul><p>Pour trouver un partenaire, tapez son nom "
    "ou son sigle (« APVF ») ; les accents sont ignorés. Avant de créer un partenaire, une ressource ou "
    "une thématique au nom proche d'un existant, le site demande "
    "de confirmer qu'il ne s'agit pas d'un doublon.</p>",
    "<h2>Enregistrer, prévisualiser, tester</h2><p><b>Ctrl+S</b> enregistre le brouillon. L'aperçu (icône"
    " en forme d'écran, à droite) montre la page web puis l'e-mail. <b>Envoyer un test</b> (menu Actions "
    "de la lettre) envoie le brouillon tel que les abonnés le recevront ; le test est refusé tant qu'un "
    "champ obligatoire d'un bloc est vide, et le "
    "message dit lequel.</p>",
    "<h2>Faire valider et programmer</h2><p>Les <b>Rédacteurs</b> écrivent et soumettent la lettre à la "
    "<b>Validation de la lettre</b> (bouton en bas de page). Les <b>Responsables de la lettre</b> "
    "reçoivent un e-mail, relisent, puis <b>approuvent</b>. Pour une parution à une date donnée, réglez "
    "la date de publication (« Programmer » dans le panneau d'état) avant d'approuver : la lettre est "
    "alors programmée, pas publiée tout de suite, et le message le dit. Une lettre programmée ne peut "
    "plus être modifiée : "
    "annulez la programmation (son contenu est gardé), modifiez, puis soumettez-la de nouveau.</p>",
    "<h2>Envoyer aux abonnés</h2><p>Une fois la lettre publiée, les Responsables de la lettre l'envoient "
    "aux abonnés depuis le menu Actions de la lettre. La liste des lettres montre le numéro, la date et "
    "l'état de chacune "
    "(brouillon, programmée, publiée, envoyée) ; filtrez-la par année.</p>",
    "<h2>Qui fait quoi</h2><ul><li><b>Rédacteurs</b> : écrire, soumettre ;</li><li><b>Éditeurs</b> : "
    "publier, gérer les thématiques et les réglages du site (crédits par défaut, mentions sur les données"
    " personnelles) ;</li><li><b>Responsables de la lettre</b> : valider, publier, envoyer aux abonnés, "
    "consulter les "
    "recherches des visiteurs.</li></ul>",
]

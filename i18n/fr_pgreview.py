"""French of the shared synergy review (tools/ts_fill.py i18n/ite_qgis_fr.ts i18n/fr_pgreview.py)."""

TRANSLATIONS = {
    ("synergyexplorer", "Reload reviews"): "Relire les avis",
    ("synergyexplorer", "Read again the statuses and comments the team saved."):
        "Relire les statuts et commentaires enregistrés par l'équipe.",
    ("synergyreview",
     "Not saved: {reason} The explorer now shows the review as the database holds it: make "
     "your change again if it is still needed."):
        "Non enregistré : {reason} L'explorateur affiche maintenant l'avis tel que la base de "
        "données le contient : refaites votre modification si elle est toujours utile.",
    ("synergyreview",
     "Saved in {schema}.synergy_reviews: the team sees it (the database keeps its history)."):
        "Enregistré dans {schema}.synergy_reviews : l'équipe le voit (la base de données en "
        "garde l'historique).",
    ("synergyreview",
     "Statuses and comments are shared with the team in {schema}.synergy_reviews."):
        "Les statuts et commentaires sont partagés avec l'équipe dans "
        "{schema}.synergy_reviews.",
    ("synergyreview", "This synergy has no synergy_id to review."):
        "Cette synergie n'a pas de synergy_id : son avis ne peut pas être enregistré.",
    ("synergyreview",
     "You can read the shared review of {schema} but not change it: your database role may "
     "not write {schema}.synergy_reviews (an analyst's role reads only). Ask a facilitator to "
     "save the review."):
        "Vous pouvez lire les avis partagés de {schema} mais pas les modifier : votre rôle dans "
        "la base de données ne peut pas écrire dans {schema}.synergy_reviews (le rôle d'un "
        "analyste ne fait que lire). Demandez à un animateur d'enregistrer l'avis.",
}

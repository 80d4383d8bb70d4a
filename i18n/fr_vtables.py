"""French of the messages added or changed by the vtables branch (issue 16, V1)."""

TRANSLATIONS = {
    ("findsynergies", "Most candidate receivers kept for each supply, best score first, declared demands before knowledge-based ones (default {default}). The headline totals count the best declared candidate of each supply that does not lose money, among those kept: they may grow with this number (a better partner found further away), never fall; the log says when."):
        "Nombre maximal de receveurs candidats gardés pour chaque offre, meilleur score d'abord, demandes déclarées avant celles issues de la base de connaissances (par défaut {default}). Les totaux de synthèse comptent le meilleur candidat déclaré de chaque offre qui ne perd pas d'argent, parmi ceux gardés : ils peuvent croître avec ce nombre (un meilleur partenaire trouvé plus loin), jamais baisser ; le journal le signale.",
    ("flowmap", "The sites layer"): "La couche des sites",
    ("metabolism", "The sites layer"): "La couche des sites",
    ("wasteheatdh", "The heat sources layer"): "La couche des sources de chaleur",
    ("inventory", "quantity {value} is larger than any single site's; check the digits and the unit"):
        "la quantité {value} dépasse celle de tout site réel ; vérifiez les chiffres et l'unité",
    ("synergy", "{count} supplies kept {k} declared candidates, the most allowed: the totals count the best of those, and a larger number of candidates per supply may find a better partner and change them. ite:allocatesynergies gives totals that hold together."):
        "{count} offres ont gardé {k} candidats déclarés, le maximum permis : les totaux comptent le meilleur d'entre eux, et un nombre de candidats par offre plus grand peut trouver un meilleur partenaire et les changer. ite:allocatesynergies donne des totaux atteignables ensemble.",
    ("validation", "The flows layer"): "La couche des flux",
    ("validation", "The resources table"): "La table des ressources",
    ("validation", "The synergies layer"): "La couche des synergies",
    ("validation", "no resource has a quantity, so no candidate carries one and the totals are zero."):
        "aucune ressource n'a de quantité : aucun candidat n'en porte et les totaux sont nuls.",
    ("validation", "no site has a NACE code, so every knowledge-based (inferred) candidate is lost and only declared demands are searched."):
        "aucun site n'a de code NACE : tous les candidats issus de la base de connaissances (déduits) sont perdus et seules les demandes déclarées sont cherchées.",
    ("validation", "the sites layer has no 'nace' column: {lost}"):
        "la couche des sites n'a pas de colonne 'nace' : {lost}",
    ("validation", "the {table} layer is empty: it has no feature"):
        "la couche {table} est vide : elle n'a aucune entité",
    ("validation", "{count} resources have no site_id and were left out: {rows}"):
        "{count} ressources n'ont pas de site_id et ont été écartées : {rows}",
    ("validation", "{layer}: {count} lines have no supply_id and were left out: {rows}"):
        "{layer} : {count} lignes n'ont pas de supply_id et ont été écartées : {rows}",
    ("validation", "{layer}: {count} lines whose supply or demand was left out were left out too: {rows}"):
        "{layer} : {count} lignes dont l'offre ou la demande a été écartée ont été écartées aussi : {rows}",
    ("validation", "{layer}: {count} rows have a negative {column} and were left out: {rows}"):
        "{layer} : {count} lignes ont une valeur {column} négative et ont été écartées : {rows}",
    ("validation", "{layer}: {count} rows have a {column} larger than any single site's (beyond the bound of its unit family) and were left out: {rows}"):
        "{layer} : {count} lignes ont une valeur {column} supérieure à celle de tout site réel (au-delà de la borne de sa famille d'unités) et ont été écartées : {rows}",
    ("validation", "{layer}: {count} rows have a {column} that is not a number and were left out: {rows}"):
        "{layer} : {count} lignes ont une valeur {column} qui n'est pas un nombre et ont été écartées : {rows}",
    ("validation", "{layer}: {count} rows have an infinite {column} and were left out: {rows}"):
        "{layer} : {count} lignes ont une valeur {column} infinie et ont été écartées : {rows}",
    ("validation", "{what} '{id}': quantity {value} is larger than any single site's; check the digits and the unit"):
        "{what} '{id}' : la quantité {value} dépasse celle de tout site réel ; vérifiez les chiffres et l'unité",
    ("validation", "{what} has no '{column}' column: {lost}"):
        "{what} n'a pas de colonne '{column}' : {lost}",
    ("validation", "{what} has no '{column}' column; add it and run the tool again."):
        "{what} n'a pas de colonne '{column}' ; ajoutez-la et relancez l'outil.",
    ("validation", "{what} is empty: it has no feature."):
        "{what} est vide : elle n'a aucune entité.",
    ("validation", "{what}: duplicate {column} values {ids}; each feature needs its own id."):
        "{what} : valeurs de {column} en double {ids} ; chaque entité doit avoir son propre identifiant.",
    ("validation", "{what}: {count} features have no {column} (features {rows}); give each one an id."):
        "{what} : {count} entités n'ont pas de {column} (entités {rows}) ; donnez un identifiant à chacune.",
    ("validation", "{what}: every row was left out. {reasons}"):
        "{what} : toutes les lignes ont été écartées. {reasons}",
    ("metabolism", "The synergies layer"): "La couche des synergies",
}

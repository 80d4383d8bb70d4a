"""French for the messages that moved into the core (issue 11, helper "concepts").

The lead merges these into i18n/ite_qgis_fr.ts with tools/ts_fill.py after make ts."""

TRANSLATIONS = {
    ('ids', ' ... and {count} more'):
        ' ... et {count} autres',
    ('inputlayers', 'The resources table has duplicate resource_id values: {ids}'):
        'La table des ressources contient des valeurs de resource_id en double : {ids}',
    ('inputlayers', "The resources table has no '{column}' column."):
        "La table des ressources n'a pas de colonne '{column}'.",
    ('inputlayers', '{count} resources have a code the catalogue does not know and were skipped: {rows}'):
        '{count} ressources ont un code inconnu du catalogue et ont été ignorées : {rows}',
    ('inputlayers', "{what} has no 'site_id' column."):
        "{what} n'a pas de colonne 'site_id'.",
    ('inputlayers', '{what} has no feature with a usable point.'):
        "{what} n'a aucune entité avec un point utilisable.",
    ('inputlayers', '{what}: duplicate site_id values {ids}; each site needs its own id.'):
        '{what} : valeurs de site_id en double {ids} ; chaque site doit avoir son propre identifiant.',
    ('inputlayers', "{what}: {count} features are multi-points with several parts ({ids}); a site is one point. Split them with 'Multipart to singleparts' first."):
        "{what} : {count} entités sont des multipoints à plusieurs parties ({ids}) ; un site est un seul point. Séparez-les d'abord avec 'De morceaux multiples à morceaux uniques'.",
    ('inputlayers', '{what}: {count} features have an empty or invalid geometry and were left out (their resources are left out too): {ids}'):
        '{what} : {count} entités ont une géométrie vide ou invalide et ont été écartées (leurs ressources aussi) : {ids}',
    ('inputlayers', '{what}: {count} features have no site_id.'):
        "{what} : {count} entités n'ont pas de site_id.",
    ('heatsources', 'The resources table has no heat or steam supply row: no heat source to link.'):
        "La table des ressources n'a aucune ligne d'offre de chaleur ou de vapeur : aucune source de chaleur à raccorder.",
    ('heatsources', 'The resources table lacks the columns {columns} (territory model: site_id, direction, resource, quantity, unit).'):
        'Il manque à la table des ressources les colonnes {columns} (modèle de territoire : site_id, direction, resource, quantity, unit).',
    ('heatsources', 'The sites layer has no site_id field: choose the field that the resources table refers to.'):
        "La couche des sites n'a pas de champ site_id : choisissez le champ auquel renvoie la table des ressources.",
    ('heatsources', '{n} heat or steam rows are not in an energy unit (MWh/yr, MW) and were left out: {ids}'):
        "{n} lignes de chaleur ou de vapeur ne sont pas dans une unité d'énergie (MWh/yr, MW) et ont été écartées : {ids}",
    ('heatsources', '{n} heat rows refer to sites missing from the sites layer and were left out: {ids}'):
        '{n} lignes de chaleur renvoient à des sites absents de la couche des sites et ont été écartées : {ids}',
    ('allocation', 'The resources table lacks the columns {columns}.'):
        'Il manque à la table des ressources les colonnes {columns}.',
    ('allocation', 'The resources table has duplicate resource_id values: {ids}'):
        'La table des ressources contient des valeurs de resource_id en double : {ids}',
    ('allocation', '{n} knowledge-based candidates were left out: no receiver declared the need, so nothing bounds their quantity. Confirm them with the companies, declare the demand, or tick the option to include them.'):
        "{n} candidats issus de la base de connaissances ont été écartés : aucun receveur n'a déclaré le besoin, donc rien ne borne leur quantité. Confirmez-les avec les entreprises, déclarez le besoin, ou cochez l'option pour les inclure.",
}

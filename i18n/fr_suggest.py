"""French of the messages added or changed by the suggest branch (issue 12, codes from free
text): ite:suggestcodes, the code suggestions of ite:importinventory and their review in
ite:validateinventory. The lead merges them into ite_qgis_fr.ts (make ts, tools/ts_fill.py)."""

TRANSLATIONS = {
    # core/reference/code_suggest.py
    ("suggestcodes", "only the first {n} characters were read"):
        "seuls les {n} premiers caractères ont été lus",
    ("suggestcodes", "no word to read (only numbers or symbols): nothing suggested"):
        "aucun mot à lire (seulement des chiffres ou des symboles) : aucune proposition",
    ("suggestcodes", "a spreadsheet formula, not a description: nothing suggested"):
        "une formule de tableur, pas une description : aucune proposition",
    ("suggestcodes", "empty description: nothing suggested"):
        "description vide : aucune proposition",
    ("suggestcodes", "no code resembles this description: nothing suggested"):
        "aucun code ne ressemble à cette description : aucune proposition",
    # core/territory/inventory_checks.py
    ("validation",
     "resource '{id}': code '{code}' was suggested from its description '{description}', "
     "not given; check it"):
        "ressource '{id}' : le code '{code}' a été proposé d'après sa description "
        "'{description}', il n'a pas été fourni ; vérifiez-le",
    # core/territory/inventory_resources.py, inventory_suggest.py
    ("inventory", "{column} is empty; closest codes for the description: {reason}"):
        "{column} est vide ; codes les plus proches de la description : {reason}",
    ("inventory",
     "resource code '{value}' is not in the catalogue; closest codes for the description: "
     "{reason}"):
        "le code de ressource '{value}' n'est pas dans le catalogue ; codes les plus proches de "
        "la description : {reason}",
    ("inventory",
     "resource code {code} ({label}) suggested from '{text}' (score {score}, matched words: "
     "{matched}); check it"):
        "code de ressource {code} ({label}) proposé d'après '{text}' (score {score}, mots "
        "retrouvés : {matched}) ; vérifiez-le",
    # processing/algorithms/suggest_codes.py
    ("suggestcodes", "Suggest resource codes from descriptions"):
        "Proposer des codes de ressource d'après les descriptions",
    ("suggestcodes",
     "EWC or catalogue codes for free-text descriptions in English or French, with a score "
     "and the words that matched."):
        "Codes CED ou du catalogue pour des descriptions en texte libre, en français ou en "
        "anglais, avec un score et les mots retrouvés.",
    ("suggestcodes",
     "Any table or layer with a description column: a CSV, a spreadsheet or a layer loaded "
     "in QGIS. Its geometry is not used."):
        "Toute table ou couche qui a une colonne de description : un CSV, un tableur ou une "
        "couche chargée dans QGIS. Sa géométrie n'est pas utilisée.",
    ("suggestcodes",
     "The column that describes each waste or resource in words, in English or French, "
     "e.g. 'boues de papeterie' or 'spent pickling acid'."):
        "La colonne qui décrit chaque déchet ou ressource en mots, en français ou en anglais, "
        "par exemple 'boues de papeterie' ou 'spent pickling acid'.",
    ("suggestcodes", "How many codes to suggest for each description, best first (default 3)."):
        "Combien de codes proposer pour chaque description, le meilleur d'abord (3 par "
        "défaut).",
    ("suggestcodes",
     "Language of the code labels in the output: the interface's (default), English or "
     "French."):
        "Langue des libellés des codes dans le résultat : celle de l'interface (par défaut), "
        "l'anglais ou le français.",
    ("suggestcodes",
     "Your own resource codes, in the columns of resources/catalogue/resources.csv; their "
     "labels are then matched too."):
        "Vos propres codes de ressource, dans les colonnes de "
        "resources/catalogue/resources.csv ; leurs libellés sont alors comparés aussi.",
    ("suggestcodes",
     "One row per description and suggestion: row number, description, rank, code, label, "
     "score from 0 to 1, matched words, and a note when nothing could be suggested."):
        "Une ligne par description et par proposition : numéro de ligne, description, rang, "
        "code, libellé, score de 0 à 1, mots retrouvés, et une note quand rien n'a pu être "
        "proposé.",
    ("suggestcodes", "Table with descriptions"): "Table des descriptions",
    ("suggestcodes", "Description field"): "Champ de description",
    ("suggestcodes", "Suggestions per description"): "Propositions par description",
    ("suggestcodes", "Language of the labels"): "Langue des libellés",
    ("suggestcodes", "Interface language"): "Langue de l'interface",
    ("suggestcodes", "Additional resource catalogue (CSV)"):
        "Catalogue de ressources complémentaire (CSV)",
    ("suggestcodes", "Suggested codes"): "Codes proposés",
    ("suggestcodes", "Give a table with descriptions."):
        "Indiquez une table de descriptions.",
    ("suggestcodes", "The table has no field '{field}'."):
        "La table n'a pas de champ '{field}'.",
    ("suggestcodes", "{suggested} of {total} descriptions got a suggestion."):
        "{suggested} descriptions sur {total} ont reçu une proposition.",
    ("suggestcodes", "{n} descriptions got none: the note column of the output says why."):
        "{n} descriptions n'en ont reçu aucune : la colonne note du résultat dit pourquoi.",
}

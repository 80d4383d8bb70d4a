"""French for the messages added by the codeprior branch (the lead merges them into
i18n/ite_qgis_fr.ts with make ts and tools/ts_fill.py)."""

TRANSLATIONS = {
    ("suggestcodes", "Provider NACE code field"): "Champ du code NACE du fournisseur",
    (
        "suggestcodes",
        "A column with the NACE code of the site that gives each waste (optional, e.g. "
        "17.12 or 1712): the European List of Waste is organised by the source of the "
        "waste, so codes of the chapters that sector usually gives rank higher (a vague "
        "'sludge' from a paper mill goes to chapter 03, from a dairy to chapter 02). "
        "Rows without a NACE code are ranked from their words alone.",
    ): (
        "Une colonne donnant le code NACE du site qui produit chaque déchet (facultatif, par "
        "exemple 17.12 ou 1712) : la liste européenne des déchets est organisée selon "
        "l'origine du déchet, donc les codes des chapitres que ce secteur produit "
        "habituellement passent devant (un vague « sludge » d'une papeterie va au chapitre 03, "
        "celui d'une laiterie au chapitre 02). Les lignes sans code NACE sont classées d'après "
        "leurs seuls mots."
    ),
}

"""French of the code suggester learning from the rows already coded
(tools/ts_fill.py i18n/ite_qgis_fr.ts i18n/fr_sugglearn.py)."""

TRANSLATIONS = {
    # core/reference/code_suggest.py: the note of a row whose code is given
    ("suggestcodes", "code given: nothing suggested"): "code donné : aucune proposition",
    # processing/algorithms/suggest_codes.py
    ("suggestcodes", "Known codes field"): "Champ des codes connus",
    (
        "suggestcodes",
        "A column of codes already known (optional): rows with a valid code and a description "
        "teach the suggester their wording; rows without one get suggestions. A row with a "
        "valid code gets one line with its code, rank 0 and the note 'code given'.",
    ): (
        "Une colonne de codes déjà connus (facultatif) : les lignes qui ont un code valide et "
        "une description apprennent leur vocabulaire au moteur de propositions ; les autres "
        "reçoivent des propositions. Une ligne au code valide a une seule ligne de résultat, "
        "avec son code, le rang 0 et la note « code donné »."
    ),
    (
        "suggestcodes",
        "{n} rows have a valid code: their descriptions taught the suggester.",
    ): (
        "{n} lignes ont un code valide : leurs descriptions ont instruit le moteur de "
        "propositions."
    ),
}

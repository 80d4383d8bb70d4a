"""French of the new and changed messages of the knowledge branch (issue 12), for tools/ts_fill.py."""

TRANSLATIONS = {
    ("knowledge", "The demand sector table lacks the columns {columns}."): (
        "Il manque à la table des secteurs consommateurs les colonnes {columns}."
    ),
}

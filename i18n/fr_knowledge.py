"""French of the new and changed messages of the knowledge branch (issue 12), for tools/ts_fill.py."""

TRANSLATIONS = {
    (
        "findsynergies",
        "Also propose sites that declared no demand but whose NACE sector is a likely receiver "
        "of the resource: documented exchanges and the catalogue's typical consumers, scored "
        "by a model fitted on them (kb_score: the estimated probability, ranked first, then "
        "the nearest). Checked by default.",
    ): (
        "Proposer aussi les sites qui n'ont déclaré aucune demande mais dont le secteur NACE "
        "est un receveur probable de la ressource : échanges documentés et consommateurs types "
        "du catalogue, notés par un modèle ajusté sur eux (kb_score : la probabilité estimée, "
        "classée d'abord, puis le plus proche). Coché par défaut."
    ),
    (
        "findsynergies",
        "Lines from each supplier to each candidate receiver, with distance, quantity, costs, "
        "net benefit, CO2 avoided, score, the calibrated score of knowledge-based matches "
        "(kb_score) and rank; styled by family.",
    ): (
        "Lignes de chaque fournisseur vers chaque receveur candidat, avec distance, quantité, "
        "coûts, bénéfice net, CO2 évité, score, le score calibré des correspondances par la "
        "base de connaissances (kb_score) et rang ; style par famille."
    ),
    ("knowledge", "The demand sector table lacks the columns {columns}."): (
        "Il manque à la table des secteurs consommateurs les colonnes {columns}."
    ),
    (
        "synergyexplorer",
        "Calibrated score: {score} (estimated probability that the receiver is of this "
        "sector)",
    ): "Score calibré : {score} (probabilité estimée que le receveur soit de ce secteur)",
    ("synergyexplorer", "Documented exchanges (MAESTRI ids): {cases}"): (
        "Échanges documentés (identifiants MAESTRI) : {cases}"
    ),
    ("synergyexplorer", "Catalogue rules and sources: {sources}"): (
        "Règles du catalogue et sources : {sources}"
    ),
}

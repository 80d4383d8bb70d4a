"""French for the messages of the NACE mode of ite:sitingpotential scored by the receiving-sector
model (helper sitingmodel); the lead merges them into ite_qgis_fr.ts."""

TRANSLATIONS = {
    (
        "siting",
        "The receiving-sector model finds no resource NACE {nace} is likely to take: give the "
        "planned activity's needs as resource codes with quantities instead.",
    ): "Le modèle des secteurs receveurs ne trouve aucune ressource que la NACE {nace} "
    "reprendrait probablement : donnez plutôt les besoins de l'activité en projet sous forme "
    "de codes de ressource avec leurs quantités.",
    ("sitingpotential", "{code} ({label}): {score}"): "{code} ({label}) : {score}",
    ("sitingpotential", "and {count} more"): "et {count} autres",
    (
        "sitingpotential",
        "NACE {nace} takes, by the receiving-sector model of Find synergies (calibrated score "
        "of the class as receiver, from a provider of any sector): {inputs}",
    ): "La NACE {nace} reprend, selon le modèle des secteurs receveurs de Trouver les "
    "synergies (score calibré de la classe comme receveur, d'un fournisseur de tout "
    "secteur) : {inputs}",
    (
        "sitingpotential",
        "Or a NACE class of the planned activity, e.g. 23.51: it takes, whole, each supply in "
        "reach that the receiving-sector model of Find synergies scores the class as a likely "
        "receiver of (the thresholds of its knowledge-based leads). Each supply then counts for "
        "its net benefit times that calibrated score, kb_score (the probability that the class "
        "receives it): an expected net benefit.",
    ): "Ou une classe NACE de l'activité en projet, par ex. 23.51 : elle reprend en entier "
    "chaque offre à portée dont le modèle des secteurs receveurs de Trouver les synergies "
    "juge la classe receveuse probable (les seuils de ses pistes issues de la base de "
    "connaissances). Chaque offre compte alors pour son bénéfice net multiplié par ce score "
    "calibré, kb_score (la probabilité que la classe la reçoive) : un bénéfice net espéré.",
    (
        "sitingpotential",
        "Lines from the best place to each supply that would feed it, with the quantity, "
        "distance and net benefit; for a NACE class also the calibrated score of the class as "
        "receiver of the supply (kb_score), by which the net benefit is weighted.",
    ): "Lignes du meilleur lieu vers chaque offre qui l'alimenterait, avec la quantité, la "
    "distance et le bénéfice net ; pour une classe NACE, aussi le score calibré de la classe "
    "comme receveur de l'offre (kb_score), qui pondère le bénéfice net.",
}

"""French of the evidence of knowledge-based candidates and the report's leads
(tools/ts_fill.py i18n/ite_qgis_fr.ts i18n/fr_kbreport.py)."""

TRANSLATIONS = {
    # core/synergies/evidence.py: resource keywords of the knowledge base
    ("kbevidence", "heat"): "chaleur",
    ("kbevidence", "steam"): "vapeur",
    ("kbevidence", "wastewater"): "eaux usées",
    ("kbevidence", "water"): "eau",
    ("kbevidence", "CO2"): "CO2",
    ("kbevidence", "hydrogen"): "hydrogène",
    ("kbevidence", "fuel gas"): "gaz combustible",
    ("kbevidence", "electricity"): "électricité",
    ("kbevidence", "compressed air"): "air comprimé",
    ("kbevidence", "oils"): "huiles",
    ("kbevidence", "slag"): "laitiers et scories",
    ("kbevidence", "ash"): "cendres",
    ("kbevidence", "gypsum"): "gypse",
    ("kbevidence", "sludge"): "boues",
    ("kbevidence", "sulphur"): "soufre",
    ("kbevidence", "plastics"): "plastiques",
    ("kbevidence", "paper and board"): "papiers et cartons",
    ("kbevidence", "wood"): "bois",
    ("kbevidence", "metal scrap"): "ferrailles et métaux",
    ("kbevidence", "solvents"): "solvants",
    ("kbevidence", "sand, soil and aggregates"): "sables, terres et granulats",
    ("kbevidence", "glass"): "verre",
    ("kbevidence", "food and organic residues"): "résidus alimentaires et organiques",
    ("kbevidence", "biomass"): "biomasse",
    ("kbevidence", "lime and carbonates"): "chaux et carbonates",
    ("kbevidence", "chemicals"): "produits chimiques",
    ("kbevidence", "tyres"): "pneus",
    ("kbevidence", "fertilisers"): "engrais",
    # core/synergies/evidence.py: the exchanges and the evidence headings
    ("kbevidence", "sector not given"): "secteur non renseigné",
    ("kbevidence", "{provider} -> {receiver}, {resource}"): "{provider} -> {receiver}, {resource}",
    ("kbevidence", "{exchange}: {cited}"): "{exchange} : {cited}",
    ("kbevidence",
     "Calibrated score: {score} (estimated probability that the receiver is of this sector)"):
        "Score calibré : {score} (probabilité estimée que le receveur soit de ce secteur)",
    ("kbevidence", "1 documented exchange backs this sector:"):
        "1 échange documenté fonde ce secteur :",
    ("kbevidence", "{n} documented exchanges back this sector:"):
        "{n} échanges documentés fondent ce secteur :",
    ("kbevidence", "No documented exchange names this sector."):
        "Aucun échange documenté ne cite ce secteur.",
    ("kbevidence",
     "Catalogue rules applied (supply code -> demand code -> typical sector (use): source):"):
        "Règles du catalogue appliquées (code d'offre -> code de besoin -> secteur "
        "consommateur type (usage) : source) :",
    ("kbevidence", "No catalogue rule names this sector."):
        "Aucune règle du catalogue ne cite ce secteur.",
    # gui/synergy_explorer.py
    ("synergyexplorer", "Net benefit (EUR/yr), upper bound"): "Bénéfice net (EUR/an), majorant",
    # layout/report_page.py
    ("report", "Possible receiver"): "Receveur possible",
    ("report", "Receiver's sector (NACE)"): "Secteur du receveur (NACE)",
    ("report", "Calibrated score"): "Score calibré",
    ("report", "Net benefit (EUR/yr), upper bound"): "Bénéfice net (EUR/an), majorant",
    ("report", "Knowledge-based leads (not declared; upper bounds)"):
        "Pistes issues de la base de connaissances (non déclarées ; majorants)",
    ("report",
     "These sites declared no need for the resource: documented exchanges and the catalogue's "
     "typical consumers show that their sector often takes it. The {n} best by calibrated "
     "score (the estimated probability that the receiver is of this sector), the nearest "
     "first on ties. The net benefit assumes the receiver takes the whole supply: an upper "
     "bound, to confirm with the companies; a lead that would lose money even so is not "
     "listed. None of these leads is counted in the declared figures above."):
        "Ces sites n'ont déclaré aucun besoin de la ressource : des échanges documentés et les "
        "consommateurs types du catalogue montrent que leur secteur la reprend souvent. Les "
        "{n} meilleures pistes par score calibré (la probabilité estimée que le receveur soit "
        "de ce secteur), la plus proche d'abord à égalité. Le bénéfice net suppose que le "
        "receveur reprend toute l'offre : c'est un majorant, à confirmer avec les entreprises ; "
        "une piste qui perdrait de l'argent même ainsi n'est pas listée. Aucune de ces pistes n'est comptée dans les chiffres déclarés ci-dessus.",
    ("report", "No knowledge-based lead was given to the report."):
        "Aucune piste issue de la base de connaissances n'a été fournie au rapport.",
    # processing/algorithms/report.py
    ("report",
     "One self-contained HTML page: indicators, map, metabolism diagram, top declared "
     "synergies, knowledge-based leads with their evidence and district heating candidates; "
     "public by default."):
        "Une page HTML autonome : indicateurs, carte, diagramme du métabolisme, meilleures "
        "synergies déclarées, pistes issues de la base de connaissances avec leurs fondements "
        "et candidats pour les réseaux de chaleur ; publique par défaut.",
    # processing/algorithms/find_synergies.py
    ("findsynergies",
     "Lines from each supplier to each candidate receiver (distance, quantity, costs, net "
     "benefit, CO2 avoided, score, rank; styled by family). A knowledge-based one adds its "
     "evidence (kb_score, evidence, kb_cases, kb_exchanges, kb_sources); its net benefit is an "
     "upper bound."):
        "Lignes de chaque fournisseur vers chaque receveur candidat (distance, quantité, coûts, "
        "bénéfice net, CO2 évité, score, rang ; style par famille). Une candidate par la base "
        "de connaissances y ajoute ses fondements (kb_score, evidence, kb_cases, kb_exchanges, "
        "kb_sources) ; son bénéfice net est un majorant.",
}

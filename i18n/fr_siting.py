"""French of the messages added by the siting branch (issue 13, points 2 and 3:
ite:sitingpotential)."""

TRANSLATIONS = {
    ('siting', '{supply} ({site}): {quantity} {unit} at {km} km'):
        '{supply} ({site}) : {quantity} {unit} à {km} km',
    ('siting', 'No supply with a positive quantity is left in the resources table: nothing can feed a plant anywhere.'):
        'Il ne reste aucune offre de quantité positive dans la table des ressources : rien ne peut alimenter une usine, où que ce soit.',
    ('siting', 'No place gets a positive net benefit: no supply in reach pays its transport there.'):
        "Aucun lieu n'obtient de bénéfice net positif : aucune offre à portée n'y paie son transport.",
    ('siting', 'Best place: {place}, net benefit {benefit} EUR/yr from {n} supplies.'):
        'Meilleur lieu : {place}, bénéfice net de {benefit} EUR/an tiré de {n} offres.',
    ('siting', '{count} plots had an invalid polygon, made valid: {ids}'):
        '{count} parcelles avaient un polygone invalide, rendu valide : {ids}',
    ('siting', 'No supply of the territory can meet {needs}: they bring nothing anywhere.'):
        "Aucune offre du territoire ne peut couvrir {needs} : ces besoins n'apportent rien nulle part.",
    ('siting', 'The needs of the planned activity are empty.'):
        "Les besoins de l'activité en projet sont vides.",
    ('siting', 'The needs table lacks the columns {columns}.'):
        'Il manque à la table des besoins les colonnes {columns}.',
    ('siting', 'The catalogue does not know the resource codes {codes} of the needs: use codes of resources/catalogue/resources.csv or EWC entries (ewc:100202).'):
        'Le catalogue ne connaît pas les codes de ressource {codes} des besoins : employez des codes de resources/catalogue/resources.csv ou des entrées de la nomenclature des déchets (ewc:100202).',
    ('siting', 'The needs list {codes} more than once: give each code once.'):
        "Les besoins citent {codes} plus d'une fois : donnez chaque code une seule fois.",
    ('siting', 'The needs have values that are not numbers in {column}: {values}'):
        'Les besoins ont dans {column} des valeurs qui ne sont pas des nombres : {values}',
    ('siting', 'The needs cannot be read: {reasons}'):
        'Les besoins ne peuvent pas être lus : {reasons}',
    ('siting', 'Each need must have a positive quantity; {codes} have none.'):
        "Chaque besoin doit avoir une quantité positive ; {codes} n'en ont pas.",
    ('siting', "'{code}' is not a NACE Rev. 2 class: give four digits, e.g. 23.51 (manufacture of cement)."):
        "« {code} » n'est pas une classe de la NACE rév. 2 : donnez quatre chiffres, par ex. 23.51 (fabrication de ciment).",
    ('siting', "The knowledge base documents no input for NACE {nace}: give the planned activity's needs as resource codes with quantities instead."):
        "La base de connaissances ne documente aucun intrant pour la NACE {nace} : donnez plutôt les besoins de l'activité en projet sous forme de codes de ressource avec leurs quantités.",
    ('siting', "Cannot read the need '{need}': write code=quantity unit, e.g. ewc:100202=500000 t/yr, and separate needs with ';'."):
        'Impossible de lire le besoin « {need} » : écrivez code=quantité unité, par ex. ewc:100202=500000 t/yr, et séparez les besoins par « ; ».',
    ('siting', 'The plots layer'):
        'La couche des parcelles',
    ('siting', 'The cell size must be positive.'):
        'La taille de maille doit être positive.',
    ('siting', 'Supplies count for what the allocation left of them: {taken} supplies taken whole are not counted, {kept} supplies missing from the residual table count whole.'):
        "Les offres comptent pour ce que l'allocation en a laissé : {taken} offres prises en entier ne sont pas comptées, {kept} offres absentes de la table des résiduels comptent en entier.",
    ('siting', 'A grid of {cell} m cells over the territory has {cells} cells, more than the {most} allowed: choose larger cells.'):
        'Une grille de mailles de {cell} m sur le territoire compte {cells} mailles, plus que les {most} permises : choisissez des mailles plus grandes.',
    ('siting', 'The plots layer is in {crs}, not in metres: reproject it to a projected CRS in metres (e.g. EPSG:2154 in France, EPSG:3035 in Europe) and run the tool again.'):
        "La couche des parcelles est en {crs}, pas en mètres : reprojetez-la dans un SCR projeté en mètres (par ex. EPSG:2154 en France, EPSG:3035 en Europe) et relancez l'outil.",
    ('siting', 'The plots layer repeats the ids {ids}: each must be unique.'):
        'La couche des parcelles répète les identifiants {ids} : chacun doit être unique.',
    ('siting', '{count} plots have no polygon ({ids}): each plot must be a polygon.'):
        "{count} parcelles n'ont pas de polygone ({ids}) : chaque parcelle doit être un polygone.",
    ('siting', 'The residual table has values that are not numbers: {values}'):
        'La table des résiduels a des valeurs qui ne sont pas des nombres : {values}',
    ('siting', "The residual table has no '{column}' column: give the RESIDUAL output of ite:allocatesynergies."):
        "La table des résiduels n'a pas de colonne « {column} » : donnez la sortie RESIDUAL d'ite:allocatesynergies.",
    ('siting', 'none documented'):
        'aucun documenté',
    ('siting', 'No supply without a taker pays its transport to any cell of the grid: nothing to place.'):
        "Aucune offre sans preneur ne paie son transport jusqu'à une maille de la grille : rien à placer.",
    ('siting', '{count} supplies have a declared taker within their radius and are left out.'):
        '{count} offres ont un preneur déclaré dans leur rayon et sont écartées.',
    ('sitingpotential', 'Siting potential'):
        "Potentiel d'implantation",
    ('sitingpotential', 'Where a planned activity would find the most unused resources it needs within reach, on a grid or on candidate plots; and where takers of unused supplies would go.'):
        'Où une activité en projet trouverait à portée le plus de ressources inutilisées dont elle a besoin, sur une grille ou sur des parcelles candidates ; et où iraient des preneurs des offres inutilisées.',
    ('sitingpotential', 'The sites layer'):
        'La couche des sites',
    ('sitingpotential', 'Net benefit per cell (EUR/yr)'):
        'Bénéfice net par maille (EUR/an)',
    ('sitingpotential', 'Ranked places'):
        'Lieux classés',
    ('sitingpotential', 'Supplies feeding the best place'):
        'Offres alimentant le meilleur lieu',
    ('sitingpotential', 'Net benefit of the best place (EUR/yr)'):
        'Bénéfice net du meilleur lieu (EUR/an)',
    ('sitingpotential', 'Best place'):
        'Meilleur lieu',
    ('sitingpotential', 'The takers of unused supplies are placed on the grid: the plots are not used in this mode.'):
        'Les preneurs des offres inutilisées sont placés sur la grille : les parcelles ne servent pas dans ce mode.',
    ('sitingpotential', '{count} places listed; the best, {place}, gets {benefit} EUR/yr.'):
        '{count} lieux listés ; le meilleur, {place}, obtient {benefit} EUR/an.',
    ('sitingpotential', "no site has a NACE code, so the receiving sectors of each supply are read from its resource alone, not from its provider's sector."):
        "aucun site n'a de code NACE : les secteurs receveurs de chaque offre sont lus d'après sa seule ressource, et non d'après le secteur de son fournisseur.",
    ('sitingpotential', 'Could not write {path}: {error}'):
        "Impossible d'écrire {path} : {error}",
    ('sitingpotential', "Point layer of the territory's sites, with a unique site_id and a NACE code in nace (used to find who documentably takes what). A geographic CRS is reprojected to a metric one, named in the log."):
        'Couche de points des sites du territoire, avec un site_id unique et un code NACE dans nace (pour savoir qui prend quoi de façon documentée). Un SCR géographique est reprojeté dans un SCR métrique, nommé dans le journal.',
    ('sitingpotential', "The territory's resources table (its supplies are what a plant could take), or the RESIDUAL output of Allocate synergies: then each supply counts for what the allocation left of it."):
        "La table des ressources du territoire (ses offres sont ce qu'une usine pourrait prendre), ou la sortie RESIDUAL d'Allouer les synergies : chaque offre compte alors pour ce que l'allocation en a laissé.",
    ('sitingpotential', 'Optional: the RESIDUAL output of Allocate synergies. Each supply then counts for what the allocation left of it; a supply taken whole is not counted.'):
        "Facultatif : la sortie RESIDUAL d'Allouer les synergies. Chaque offre compte alors pour ce que l'allocation en a laissé ; une offre prise en entier n'est pas comptée.",
    ('sitingpotential', 'Planned activity: where a plant with the needs below would do best. Takers for unused supplies: for each resource of the supplies that find no taker, the sectors that documentably use it and the best cell for a plant taking it.'):
        "Activité en projet : où une usine ayant les besoins ci-dessous ferait le mieux. Preneurs des offres inutilisées : pour chaque ressource des offres qui ne trouvent pas preneur, les secteurs qui l'utilisent de façon documentée et la meilleure maille pour une usine qui la prendrait.",
    ('sitingpotential', "Needs of the planned activity as code=quantity unit, separated by ';', e.g. ewc:100202=500000 t/yr; heat=20000 MWh/yr @ 30 (optional @: today's purchase price per unit, in EUR). Units are those of the resources table (t/yr, MWh/yr, m3/yr...)."):
        "Besoins de l'activité en projet sous la forme code=quantité unité, séparés par « ; », par ex. ewc:100202=500000 t/yr; heat=20000 MWh/yr @ 30 (@ facultatif : prix d'achat actuel par unité, en euros). Les unités sont celles de la table des ressources (t/yr, MWh/yr, m3/yr...).",
    ('sitingpotential', 'Needs as a table instead: resource, quantity, unit, and optionally cost_eur_per_unit (purchase price), temperature_c (required temperature) and hours_per_year.'):
        "Les besoins sous forme de table : resource, quantity, unit et, en option, cost_eur_per_unit (prix d'achat), temperature_c (température requise) et hours_per_year.",
    ('sitingpotential', 'Or a NACE class of the planned activity, e.g. 23.51: its needs are the resources documented exchanges show that sector receiving (knowledge base), each supply in reach taken whole.'):
        "Ou une classe NACE de l'activité en projet, par ex. 23.51 : ses besoins sont les ressources que des échanges documentés montrent ce secteur recevoir (base de connaissances), chaque offre à portée étant prise en entier.",
    ('sitingpotential', 'Optional polygon layer of candidate plots or business parks, in a projected CRS in metres. Empty: a grid over the territory.'):
        "Couche facultative de polygones des parcelles ou zones d'activités candidates, dans un SCR projeté en mètres. Vide : une grille sur le territoire.",
    ('sitingpotential', 'Field that names each plot. Empty: the plots are numbered #1, #2...'):
        'Champ qui nomme chaque parcelle. Vide : les parcelles sont numérotées #1, #2...',
    ('sitingpotential', 'Raster of the yearly net benefit (EUR/yr) a plant would get in each cell; not written when plots are given.'):
        "Raster du bénéfice net annuel (EUR/an) qu'une usine tirerait dans chaque maille ; non écrit quand des parcelles sont données.",
    ('sitingpotential', 'The plots, or the best cells, ranked: net benefit, share of the needs met and the first supplies that would feed each.'):
        'Les parcelles, ou les meilleures mailles, classées : bénéfice net, part des besoins couverte et premières offres qui alimenteraient chacune.',
    ('sitingpotential', 'Lines from the best place to each supply that would feed it, with the quantity, distance and net benefit.'):
        "Lignes du meilleur lieu vers chaque offre qui l'alimenterait, avec la quantité, la distance et le bénéfice net.",
    ('sitingpotential', 'Residual quantities (Allocate synergies)'):
        'Quantités résiduelles (Allouer les synergies)',
    ('sitingpotential', 'Needs (table)'):
        'Besoins (table)',
    ('sitingpotential', 'Candidate plots (polygons)'):
        'Parcelles candidates (polygones)',
    ('sitingpotential', 'Sites (points with site_id, nace)'):
        'Sites (points avec site_id, nace)',
    ('sitingpotential', 'Mode'):
        'Mode',
    ('sitingpotential', 'Needs (code=quantity unit; ...)'):
        'Besoins (code=quantité unité; ...)',
    ('sitingpotential', 'Or NACE class of the planned activity'):
        "Ou classe NACE de l'activité en projet",
    ('sitingpotential', 'Plot id field'):
        "Champ d'identifiant des parcelles",
    ('sitingpotential', 'Grid cell size (m)'):
        'Taille de maille de la grille (m)',
    ('sitingpotential', 'Best cells listed'):
        'Meilleures mailles listées',
    ('sitingpotential', 'The plots layer must hold polygons.'):
        'La couche des parcelles doit contenir des polygones.',
    ('sitingpotential', 'Side of a grid cell in metres (default {default} m), when no plots are given.'):
        "Côté d'une maille de la grille en mètres (par défaut {default} m), quand aucune parcelle n'est donnée.",
    ('sitingpotential', 'Best grid cells listed in the ranked places (default {default}); every plot is listed.'):
        'Nombre de meilleures mailles de la grille listées dans les lieux classés (par défaut {default}) ; toutes les parcelles sont listées.',
    ('sitingpotential', 'Nearest supplies of each resource code considered for each need at each place (default {default}, as Find synergies keeps per supply).'):
        "Nombre d'offres les plus proches de chaque code de ressource examinées pour chaque besoin en chaque lieu (par défaut {default}, autant que Trouver les synergies en garde par offre).",
    ('sitingpotential', 'Planned activity'):
        'Activité en projet',
    ('sitingpotential', 'Takers for unused supplies'):
        'Preneurs des offres inutilisées',
    ('sitingpotential', 'Supplies considered per code and need'):
        'Offres examinées par code et par besoin',
    ('sitingpotential', 'Describe the planned activity one way: needs as text, a needs table, or a NACE class (you gave {count}).'):
        "Décrivez l'activité en projet d'une seule façon : des besoins en texte, une table des besoins ou une classe NACE (vous en avez donné {count}).",
    ('sitingpotential', 'NACE {nace} documentably receives (knowledge base, exchanges): {inputs}'):
        'La NACE {nace} reçoit de façon documentée (base de connaissances, échanges) : {inputs}',
    ('sitingpotential', '{low} - {high} EUR/yr'):
        '{low} - {high} EUR/an',
    ('sitingpotential', '0 (nothing in reach pays)'):
        "0 (rien à portée n'est rentable)",
}

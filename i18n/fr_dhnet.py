"""French of the messages and help of ite:dhnetwork (helper dhnet, issue 15); the lead merges
them into ite_qgis_fr.ts with tools/ts_fill.py."""

C = "dhnetwork"

TRANSLATIONS = {
    (C, "The street layer has no line of non-zero length: the network is laid along the streets, give a layer of street lines."):
        "La couche des rues n'a aucune ligne de longueur non nulle : le réseau suit les rues, donnez une couche de lignes de rues.",
    (C, "{n} gaps of at most {tolerance} m between street lines were closed."):
        "{n} trous d'au plus {tolerance} m entre des lignes de rues ont été comblés.",
    (C, "{n} street features are not lines and were ignored."):
        "{n} entités de la couche des rues ne sont pas des lignes et ont été ignorées.",
    (C, "{n} multi-part street lines were split into their parts."):
        "{n} lignes de rues multiparties ont été séparées en leurs parties.",
    (C, "{n} street lines of zero length were dropped."):
        "{n} lignes de rues de longueur nulle ont été écartées.",
    (C, "Give the sinks' load: a peak load field (kW) with full-load hours, or a yearly demand field (MWh/yr)."):
        "Indiquez le besoin des consommateurs : un champ de puissance de pointe (kW) avec les heures à pleine charge, ou un champ de besoin annuel (MWh/an).",
    (C, "The sinks layer has no field {field}."):
        "La couche des consommateurs n'a pas de champ {field}.",
    (C, "{n} {what} are at the same place as another one (counted each, check they are not duplicates): {ids}."):
        "{n} {what} occupent le même emplacement qu'un point précédent (chacun est compté ; vérifiez que ce ne sont pas des doublons) : {ids}.",
    (C, "on a part of the street layer that no street joins to a source"):
        "sur une partie de la couche des rues qu'aucune rue ne relie à une source",
    (C, "The street layer"): "La couche des rues",
    (C, "The sinks layer"): "La couche des consommateurs",
    (C, "The heat sources layer"): "La couche des sources de chaleur",
    (C, "no positive peak load nor demand"): "ni puissance de pointe ni besoin positif",
    (C, "{count} sinks have no load and are left out: {rows}."):
        "{count} consommateurs n'ont pas de besoin et sont écartés : {rows}.",
    (C, "sinks"): "consommateurs",
    (C, "heat sources"): "sources de chaleur",
    (C, "The heat sources or the sinks layer is empty."):
        "La couche des sources de chaleur ou celle des consommateurs est vide.",
    (C, "No sink has a load: the load fields are empty, zero or not numbers."):
        "Aucun consommateur n'a de besoin : les champs de besoin sont vides, nuls ou non numériques.",
    (C, "more than {m} m from every street"): "à plus de {m} m de toute rue",
    (C, "No sink can be connected; see the reasons in the sink status table."):
        "Aucun consommateur ne peut être raccordé ; voyez les raisons dans la table d'état des consommateurs.",
    (C, "{what} has no coordinate reference system."):
        "{what} n'a pas de système de coordonnées de référence.",
    (C, "{what} uses the geographic CRS {crs}: distances would be in degrees. Reproject it to a projected CRS in metres."):
        "{what} utilise le SCR géographique {crs} : les distances seraient en degrés. Reprojetez-la dans un SCR projeté en mètres.",
    (C, "No heat source is within {m} m of a street: move the sources, add the streets that reach them or raise the longest service pipe."):
        "Aucune source de chaleur n'est à moins de {m} m d'une rue : déplacez les sources, ajoutez les rues qui les desservent ou augmentez la longueur maximale de branchement.",
    (C, "{n} heat sources are more than {m} m from every street and are not used."):
        "{n} sources de chaleur sont à plus de {m} m de toute rue et ne sont pas utilisées.",
    (C, "The street layer falls into {n} parts that no street joins (after closing the small gaps); sinks in a part without a source cannot be connected."):
        "La couche des rues se divise en {n} parties qu'aucune rue ne relie (après comblement des petits trous) ; les consommateurs d'une partie sans source ne peuvent pas être raccordés.",
    (C, "its own pipes cost more than {ceiling} EUR per MWh it takes"):
        "ses conduites propres coûtent plus de {ceiling} EUR par MWh qu'il consomme",
    (C, "District heating network along the streets"): "Réseau de chaleur le long des rues",
    (C, "Lays a district heating network from heat sources to sinks along the streets, sizes its pipes and gives its length, cost, heat losses and cost per MWh."):
        "Trace un réseau de chaleur des sources aux consommateurs le long des rues, dimensionne ses conduites et donne sa longueur, son coût, ses pertes thermiques et son coût par MWh.",
    (C, "Points where the heat enters the network, or the sites when a resources table is given. Several sources share the sinks; a source farther than the longest service pipe from every street is not used."):
        "Points où la chaleur entre dans le réseau, ou les sites quand une table des ressources est donnée. Plusieurs sources se partagent les consommateurs ; une source plus éloignée de toute rue que le plus long branchement n'est pas utilisée.",
    (C, "Buildings (polygons, joined from a point inside) or points that take heat, each with a peak load and full-load hours, or a yearly demand. Reprojected to the CRS of the streets. Give either this layer or a heat density raster."):
        "Bâtiments (polygones, raccordés depuis un point intérieur) ou points qui consomment de la chaleur, chacun avec une puissance de pointe et des heures à pleine charge, ou un besoin annuel. Reprojetés dans le SCR des rues. Donnez soit cette couche, soit un raster de densité de chaleur.",
    (C, "Street lines, in a projected CRS in metres. They are split at every crossing; multi-part lines are split into parts and zero-length lines dropped."):
        "Lignes des rues, dans un SCR projeté en mètres. Elles sont coupées à chaque croisement ; les lignes multiparties sont séparées en parties et les lignes de longueur nulle écartées.",
    (C, "Field that names each sink in the sink status table. Empty: the row number."):
        "Champ qui nomme chaque consommateur dans la table d'état. Vide : le numéro de ligne.",
    (C, "Field with each sink's peak heat load in kW, which sizes the pipes."):
        "Champ de la puissance de pointe de chaque consommateur en kW, qui dimensionne les conduites.",
    (C, "Field with each sink's full-load hours per year: peak × hours = yearly demand."):
        "Champ des heures à pleine charge par an de chaque consommateur : pointe × heures = besoin annuel.",
    (C, "Field with each sink's yearly heat demand in MWh, used when no peak or hours are given (the peak is then the demand over the full-load hours). Sinks without a positive load are left out."):
        "Champ du besoin annuel de chaleur de chaque consommateur en MWh, utilisé faute de pointe ou d'heures (la pointe est alors le besoin divisé par les heures à pleine charge). Les consommateurs sans besoin positif sont écartés.",
    (C, "Forced (default): every sink the streets reach is connected. Economic: sinks whose own pipes (service pipe and the branch only they use) cost more per MWh than the ceiling are left out, and the network is laid again without them."):
        "Forcé (par défaut) : tout consommateur que les rues atteignent est raccordé. Économique : les consommateurs dont les conduites propres (branchement et antenne qu'ils sont seuls à utiliser) coûtent plus par MWh que le plafond sont écartés, et le réseau est retracé sans eux.",
    (C, "Checked (default): a pipe is sized for the peak of the sinks downstream times the simultaneity factor of Winter et al. (2001), about 0.5 for a hundred sinks. Unchecked: for the sum of the peaks."):
        "Coché (par défaut) : une conduite est dimensionnée pour la pointe des consommateurs en aval multipliée par le facteur de simultanéité de Winter et al. (2001), environ 0,5 pour une centaine de consommateurs. Décoché : pour la somme des pointes.",
    (C, "Cost of a trench metre by pipe diameter, Persson & Werner (2011): outer city (default), inner city or park."):
        "Coût d'un mètre de tranchée selon le diamètre, Persson & Werner (2011) : périphérie urbaine (par défaut), centre-ville ou parc.",
    (C, "Discount rate of the investment, in % per year."): "Taux d'actualisation de l'investissement, en % par an.",
    (C, "Years over which the network is paid off."): "Nombre d'années sur lesquelles le réseau est amorti.",
    (C, "Yearly operation and maintenance cost, in % of the investment."):
        "Coût annuel d'exploitation et de maintenance, en % de l'investissement.",
    (C, "Pipe sections along the streets: DN, design load (kW), peak and number of sinks downstream, length (m), heat losses (MWh/yr), cost (EUR)."):
        "Tronçons de conduites le long des rues : DN, charge de dimensionnement (kW), pointe et nombre de consommateurs en aval, longueur (m), pertes thermiques (MWh/an), coût (EUR).",
    (C, "Straight service pipes from each source and connected sink to the street, with DN, load, length, losses and cost."):
        "Branchements rectilignes de chaque source et de chaque consommateur raccordé jusqu'à la rue, avec DN, charge, longueur, pertes et coût.",
    (C, "One row per sink: connected or not and why, its load, the heat delivered, the service pipe length and the cost of its own pipes per MWh."):
        "Une ligne par consommateur : raccordé ou non et pourquoi, son besoin, la chaleur livrée, la longueur du branchement et le coût de ses conduites propres par MWh.",
    (C, "District heating network"): "Réseau de chaleur",
    (C, "Service pipes"): "Branchements",
    (C, "Heat sources or sites (points)"): "Sources de chaleur ou sites (points)",
    (C, "Sinks (buildings or points)"): "Consommateurs (bâtiments ou points)",
    (C, "Streets (lines)"): "Rues (lignes)",
    (C, "Sink id field"): "Champ d'identifiant des consommateurs",
    (C, "Peak load field (kW)"): "Champ de puissance de pointe (kW)",
    (C, "Full-load hours field (h/yr)"): "Champ d'heures à pleine charge (h/an)",
    (C, "Yearly demand field (MWh/yr)"): "Champ de besoin annuel (MWh/an)",
    (C, "Mode"): "Mode",
    (C, "Cost ceiling of a sink's own pipes (EUR/MWh, economic mode)"):
        "Plafond de coût des conduites propres d'un consommateur (EUR/MWh, mode économique)",
    (C, "Supply temperature (°C)"): "Température aller (°C)",
    (C, "Return temperature (°C)"): "Température retour (°C)",
    (C, "Highest pressure loss (Pa/m)"): "Perte de charge maximale (Pa/m)",
    (C, "Highest water velocity (m/s)"): "Vitesse de l'eau maximale (m/s)",
    (C, "Street gaps closed up to (m)"): "Trous entre rues comblés jusqu'à (m)",
    (C, "Longest service pipe (m)"): "Longueur maximale de branchement (m)",
    (C, "Full-load hours when not given (h/yr)"): "Heures à pleine charge par défaut (h/an)",
    (C, "Discount rate (%)"): "Taux d'actualisation (%)",
    (C, "Depreciation period (years)"): "Durée d'amortissement (années)",
    (C, "Operation and maintenance (% of investment per year)"):
        "Exploitation et maintenance (% de l'investissement par an)",
    (C, "Sink status"): "État des consommateurs",
    (C, "Trench length (m)"): "Longueur de tranchée (m)",
    (C, "Investment (EUR)"): "Investissement (EUR)",
    (C, "Heat losses (MWh/yr)"): "Pertes thermiques (MWh/an)",
    (C, "Heat delivered (MWh/yr)"): "Chaleur livrée (MWh/an)",
    (C, "Linear heat density (MWh/m per year)"): "Densité thermique linéaire (MWh/m par an)",
    (C, "Levelised cost of distribution (EUR/MWh)"): "Coût actualisé de distribution (EUR/MWh)",
    (C, "{connected} of {total} sinks connected."): "{connected} consommateurs raccordés sur {total}.",
    (C, "Trench: {trench} m, of which {street} m along the streets and the rest for service pipes."):
        "Tranchée : {trench} m, dont {street} m le long des rues et le reste pour les branchements.",
    (C, "Investment {investment} EUR; heat delivered {delivered} MWh/yr; heat losses {loss} MWh/yr; {density} MWh/m per year; levelised cost of distribution {lcoh} EUR/MWh."):
        "Investissement {investment} EUR ; chaleur livrée {delivered} MWh/an ; pertes thermiques {loss} MWh/an ; {density} MWh/m par an ; coût actualisé de distribution {lcoh} EUR/MWh.",
    (C, "Economic mode: highest yearly cost (annuity and maintenance) of a sink's own pipes per MWh it takes (default {default} EUR/MWh)."):
        "Mode économique : coût annuel maximal (annuité et maintenance) des conduites propres d'un consommateur par MWh qu'il consomme (par défaut {default} EUR/MWh).",
    (C, "Design supply temperature in °C (default {default} °C); with the return temperature it sets the water flow and the heat losses."):
        "Température aller de dimensionnement en °C (par défaut {default} °C) ; avec la température retour, elle fixe le débit d'eau et les pertes thermiques.",
    (C, "Design return temperature in °C (default {default} °C)."):
        "Température retour de dimensionnement en °C (par défaut {default} °C).",
    (C, "Each pipe gets the smallest standard size (DN, EN 253) whose pressure loss stays below this, in Pa per metre (default {default})."):
        "Chaque conduite reçoit le plus petit diamètre normalisé (DN, EN 253) dont la perte de charge reste en dessous de cette valeur, en Pa par mètre (par défaut {default}).",
    (C, "Highest water velocity in a pipe, in m/s (default {default})."):
        "Vitesse maximale de l'eau dans une conduite, en m/s (par défaut {default}).",
    (C, "A street line ending this close (m) to another street is joined to it (default {default} m). The gaps closed are reported."):
        "Une ligne de rue qui s'arrête à moins de cette distance (m) d'une autre rue y est raccordée (par défaut {default} m). Les trous comblés sont signalés.",
    (C, "A sink or source farther than this (m) from every street is not connected, and the sink status says so (default {default} m)."):
        "Un consommateur ou une source plus éloigné que cette distance (m) de toute rue n'est pas raccordé, et la table d'état le dit (par défaut {default} m).",
    (C, "Full-load hours of a sink whose hours are not given (default {default} h/yr)."):
        "Heures à pleine charge d'un consommateur dont les heures ne sont pas données (par défaut {default} h/an).",
    (C, "Forced: connect every sink reachable"): "Forcé : raccorder tout consommateur atteignable",
    (C, "Economic: leave out sinks above the cost ceiling"):
        "Économique : écarter les consommateurs au-dessus du plafond de coût",
    (C, "Apply the simultaneity factor"): "Appliquer le facteur de simultanéité",
    (C, "Cost of laying pipes"): "Coût de pose des conduites",
    (C, "{n} sinks not connected: {status} (see the sink status table)."):
        "{n} consommateurs non raccordés : {status} (voir la table d'état des consommateurs).",
    (C, "Source {source}: design load {load} kW."):
        "Source {source} : charge de dimensionnement {load} kW.",
    (C, "Outer city"): "Périphérie urbaine",
    (C, "Inner city"): "Centre-ville",
    (C, "Park or open land"): "Parc ou terrain non bâti",
    (C, "The return temperature ({back} °C) must be below the supply temperature ({supply} °C)."):
        "La température retour ({back} °C) doit être inférieure à la température aller ({supply} °C).",
    # Seasonal matching and sources from the territory (issue 15, points 2 and 3).
    (C, "Resources table (optional: the sites' heat and steam supplies)"):
        "Table des ressources (facultative : offres de chaleur et de vapeur des sites)",
    (C, "Source or site id field"): "Champ identifiant de la source ou du site",
    (C, "Source heat field (MWh/yr)"): "Champ de chaleur de la source (MWh/an)",
    (C, "Source capacity field (kW)"): "Champ de puissance de la source (kW)",
    (C, "Usable heat, matched month by month (MWh/yr)"):
        "Chaleur utilisable, appariée mois par mois (MWh/an)",
    (C, "Share of the sources' heat used"): "Part de la chaleur des sources utilisée",
    (C, "Share of the network's demand covered"): "Part du besoin du réseau couverte",
    (C, "Peak backup capacity (kW)"): "Puissance d'appoint de pointe (kW)",
    (C, "The territory's resources table. Given, the sources are the sites that have heat or steam supply rows (matched on the site id), and their MWh/yr (or MW with hours per year) is the sources' heat of the seasonal matching; supplies colder than the supply temperature are left out. The heat and capacity fields are then not used."):
        "La table des ressources du territoire. Si elle est donnée, les sources sont les sites qui ont des lignes d'offre de chaleur ou de vapeur (appariées sur l'identifiant du site), et leurs MWh/an (ou MW avec les heures par an) forment la chaleur des sources de l'appariement saisonnier ; les offres plus froides que la température aller sont écartées. Les champs de chaleur et de puissance ne servent alors pas.",
    (C, "Field that names each source; with a resources table, the site id its rows refer to (empty: site_id)."):
        "Champ qui nomme chaque source ; avec une table des ressources, l'identifiant de site auquel ses lignes renvoient (vide : site_id).",
    (C, "Field with the heat each source can give in a year, in MWh, spread over the year by the supply profile (flat by default). With neither this nor the capacity field nor a resources table, the seasonal matching is left out."):
        "Champ de la chaleur que chaque source peut fournir en un an, en MWh, répartie sur l'année selon le profil d'apport (constant par défaut). Sans ce champ, ni le champ de puissance, ni table des ressources, l'appariement saisonnier n'est pas fait.",
    (C, "Field with each source's heat capacity in kW: the most it gives in any period. Alone, the source gives it all year (following the supply profile, if given)."):
        "Champ de la puissance thermique de chaque source en kW : le plus qu'elle fournit sur une période. Seule, la source la fournit toute l'année (en suivant le profil d'apport, s'il est donné).",
    (C, "Reference climate whose monthly heating degree days shape the sinks' demand over the year, for the seasonal matching (default Nord-Pas-de-Calais; figures and sources in resources/heat_profiles/README.md). The heat losses are steady; the peak is the network's design load at the sources."):
        "Climat de référence dont les degrés-jours de chauffage mensuels donnent la forme du besoin des consommateurs sur l'année, pour l'appariement saisonnier (par défaut Nord-Pas-de-Calais ; valeurs et sources dans resources/heat_profiles/README.md). Les pertes thermiques sont constantes ; la pointe est la charge de dimensionnement du réseau aux sources.",
    (C, "Share of the sinks' demand that is hot water, drawn evenly all year; the rest follows the degree days (default {default}, Eurostat households' energy use)."):
        "Part du besoin des consommateurs qui est de l'eau chaude sanitaire, puisée également toute l'année ; le reste suit les degrés-jours (par défaut {default}, consommation d'énergie des ménages selon Eurostat).",
    (C, "Optional CSV whose last column holds the sinks' demand profile: 12 monthly or 8760 hourly values, one per row, after an optional header. Given, it replaces the climate; hourly values match supply and demand hour by hour."):
        "CSV facultatif dont la dernière colonne contient le profil de besoin des consommateurs : 12 valeurs mensuelles ou 8760 valeurs horaires, une par ligne, après un en-tête facultatif. S'il est donné, il remplace le climat ; des valeurs horaires apparient apport et besoin heure par heure.",
    (C, "Optional CSV of the sources' supply profile, in the same form (12 or 8760 values). Empty: each source gives its yearly heat evenly over the year."):
        "CSV facultatif du profil d'apport des sources, sous la même forme (12 ou 8760 valeurs). Vide : chaque source répartit sa chaleur annuelle également sur l'année.",
    (C, "{n} heat supplies are colder than the network's supply temperature ({t} °C) and are not counted as sources: {ids}."):
        "{n} offres de chaleur sont plus froides que la température aller du réseau ({t} °C) et ne sont pas comptées comme sources : {ids}.",
    (C, "No heat supply of the resources table can feed the network: each is at a site missing from the sites layer, in no energy unit, or too cold."):
        "Aucune offre de chaleur de la table des ressources ne peut alimenter le réseau : chacune est sur un site absent de la couche des sites, sans unité d'énergie, ou trop froide.",
    (C, "{n} heat sources have neither a heat nor a capacity and count as giving no heat in the seasonal matching: {ids}."):
        "{n} sources de chaleur n'ont ni chaleur ni puissance et comptent comme ne fournissant aucune chaleur dans l'appariement saisonnier : {ids}.",
    (C, "Heat sources: {sites} sites with {rows} heat or steam supplies of the resources table, {heat} MWh/yr in all."):
        "Sources de chaleur : {sites} sites avec {rows} offres de chaleur ou de vapeur de la table des ressources, {heat} MWh/an au total.",
    (C, "Seasonal matching left out: give the sources' heat (a heat or a capacity field, or a resources table); against a source of unknown size its figures would mean nothing."):
        "Appariement saisonnier non fait : donnez la chaleur des sources (un champ de chaleur ou de puissance, ou une table des ressources) ; face à une source de taille inconnue, ses chiffres n'auraient pas de sens.",
    (C, "{n} heat supplies are at sources the network does not use (off the streets or joined to no sink) and are not counted: {ids}."):
        "{n} offres de chaleur sont sur des sources que le réseau n'utilise pas (loin des rues ou reliées à aucun consommateur) et ne sont pas comptées : {ids}.",
    (C, "Seasonal matching: the sources can give {supply} MWh/yr, the network needs {demand} MWh/yr (heat delivered and losses); {usable} MWh/yr usable: {used}% of the sources' heat used, {covered}% of the demand covered. Demand peak {peak} kW, peak backup capacity {backup} kW."):
        "Appariement saisonnier : les sources peuvent fournir {supply} MWh/an, le réseau a besoin de {demand} MWh/an (chaleur livrée et pertes) ; {usable} MWh/an utilisables : {used} % de la chaleur des sources utilisée, {covered} % du besoin couvert. Pointe du besoin {peak} kW, puissance d'appoint de pointe {backup} kW.",
    # Sinks from the cells of a heat density raster (issue 15, point 2).
    (C, "Or: heat density raster (MWh/ha), its cells as sinks"):
        "Ou : raster de densité de chaleur (MWh/ha), ses cellules comme consommateurs",
    (C, "DH areas (optional: only their cells)"):
        "Zones de réseau de chaleur (facultatives : seulement leurs cellules)",
    (C, "Instead of a sinks layer: a heat demand density raster in MWh/ha per year (as for District heating potential areas), in a projected CRS in metres. Each cell with demand near the streets becomes a sink at its centre, with the cell's demand; its peak is that demand over the full-load hours (advanced parameter)."):
        "À la place d'une couche de consommateurs : un raster de densité de besoin de chaleur en MWh/ha par an (comme pour Zones de potentiel de réseau de chaleur), dans un SCR projeté en mètres. Chaque cellule avec un besoin proche des rues devient un consommateur en son centre, avec le besoin de la cellule ; sa pointe est ce besoin divisé par les heures à pleine charge (paramètre avancé).",
    (C, "With a heat density raster: polygons (for instance the output of District heating potential areas); only the cells whose centre is inside them become sinks."):
        "Avec un raster de densité de chaleur : des polygones (par exemple la sortie de Zones de potentiel de réseau de chaleur) ; seules les cellules dont le centre est à l'intérieur deviennent des consommateurs.",
    (C, "Give the sinks: a sinks layer or a heat density raster, not both and not neither."):
        "Indiquez les consommateurs : une couche de consommateurs ou un raster de densité de chaleur, l'un des deux et pas les deux.",
    (C, "No cell of the heat density raster has a demand inside the DH areas and near the streets: no sink."):
        "Aucune cellule du raster de densité de chaleur n'a de besoin à l'intérieur des zones de réseau de chaleur et près des rues : aucun consommateur.",
    (C, "The heat density raster must be in a projected CRS in metres, not {crs}."):
        "Le raster de densité de chaleur doit être dans un SCR projeté en mètres, et non {crs}.",
    (C, "Sinks: {n} cells of the heat density raster inside the DH areas, {demand} MWh/yr in all."):
        "Consommateurs : {n} cellules du raster de densité de chaleur à l'intérieur des zones de réseau de chaleur, {demand} MWh/an au total.",
    (C, "Sinks: {n} cells of the heat density raster near the streets, {demand} MWh/yr in all."):
        "Consommateurs : {n} cellules du raster de densité de chaleur près des rues, {demand} MWh/an au total.",
    (C, "The DH areas are used only with a heat density raster: ignored."):
        "Les zones de réseau de chaleur ne servent qu'avec un raster de densité de chaleur : ignorées.",
    (C, "With a resources table the sources' heat comes from its supply rows: the heat and capacity fields are ignored."):
        "Avec une table des ressources, la chaleur des sources vient de ses lignes d'offre : les champs de chaleur et de puissance sont ignorés.",
}

S = "seasonal"

# The seasonal parameters moved from ite:wasteheatdh to processing/seasonal_inputs.py (shared with
# ite:dhnetwork): same English, new context; the French is that of the wasteheatdh context.
TRANSLATIONS.update({
    (S, "Climate of the demand (heating degree days)"):
        "Climat du besoin (degrés-jours de chauffage)",
    (S, "Hot-water share of the demand"): "Part d'eau chaude sanitaire du besoin",
    (S, "Demand profile (optional CSV, 12 or 8760 values)"):
        "Profil de besoin (CSV facultatif, 12 ou 8760 valeurs)",
    (S, "Supply profile (optional CSV, 12 or 8760 values)"):
        "Profil d'apport (CSV facultatif, 12 ou 8760 valeurs)",
    (S, "Demand profile: {path} ({n} periods)."): "Profil de besoin : {path} ({n} périodes).",
    (S, "Demand profile: heating degree days of {climate}, hot water flat."):
        "Profil de besoin : degrés-jours de chauffage de {climate}, eau chaude sanitaire constante.",
})

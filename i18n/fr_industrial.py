"""French of the messages added by the industrial branch (issue 13, point 1:
ite:loadindustrialsites)."""

TRANSLATIONS = {
    ("industrialsites", "The extent"): "L'emprise",
    ("industrialsites", "The region layer"): "La couche de la région",
    ("industrialsites", "The region layer has no coordinate reference system."):
        "La couche de la région n'a pas de système de coordonnées.",
    ("industrialsites", "The region layer holds no polygon: give the polygons of the region whose sites to load."):
        "La couche de la région ne contient aucun polygone : donnez les polygones de la région dont charger les sites.",
    ("industrialsites", "The industrial database file {path} does not exist."):
        "Le fichier de base industrielle {path} n'existe pas.",
    ("industrialsites", "The industrial database file {path} is neither UTF-8 nor Windows-1252 text."):
        "Le fichier de base industrielle {path} n'est un texte ni en UTF-8 ni en Windows-1252.",
    ("industrialsites", "The file {path} is not the Hotmaps industrial database: it lacks the columns {missing}. A newer file given in place of the shipped one must keep the columns of the Hotmaps industrial database: {expected}."):
        "Le fichier {path} n'est pas la base des sites industriels Hotmaps : il lui manque les colonnes {missing}. Un fichier plus récent donné à la place de celui fourni doit garder les colonnes de la base des sites industriels Hotmaps : {expected}.",
    ("industrialsites", "{ids}: not NUTS 2 ids. A NUTS 2 id is the country's two letters and two more characters, e.g. ITC4 (Lombardy) or FR10 (Ile-de-France)."):
        "{ids} : ce ne sont pas des identifiants NUTS 2. Un identifiant NUTS 2 est formé des deux lettres du pays et de deux autres caractères, par exemple ITC4 (Lombardie) ou FR10 (Île-de-France).",
    ("industrialsites", "No site of the industrial database is in the NUTS 2 regions {ids}: these ids do not exist, or the database uses other ids there (it writes them as the NUTS version of its time, e.g. ITC4 for Lombardy)."):
        "Aucun site de la base industrielle n'est dans les régions NUTS 2 {ids} : ces identifiants n'existent pas, ou la base en emploie d'autres à cet endroit (elle les écrit selon la version NUTS de son époque, par exemple ITC4 pour la Lombardie).",
    ("industrialsites", "{what} lies outside Europe (longitude {lon_min} to {lon_max}, latitude {lat_min} to {lat_max}): the Hotmaps industrial database only covers European sites."):
        "{what} est hors d'Europe (longitude de {lon_min} à {lon_max}, latitude de {lat_min} à {lat_max}) : la base des sites industriels Hotmaps ne couvre que des sites européens.",
    ("industrialsites", "The industrial database file {path} cannot be read as a CSV table: {error}"):
        "Le fichier de base industrielle {path} ne peut pas être lu comme une table CSV : {error}",
    ("industrialsites", "CO2 emitted in 2014 (EU ETS)"): "CO2 émis en 2014 (SEQE-UE)",
    ("industrialsites", "CO2 emitted in 2014 (E-PRTR figure: no ETS figure)"):
        "CO2 émis en 2014 (chiffre E-PRTR : pas de chiffre SEQE)",
    ("industrialsites", "the SiteID is empty"): "le SiteID est vide",
    ("industrialsites", "another row has the same SiteID: the first one is loaded"):
        "une autre ligne a le même SiteID : la première est chargée",
    ("industrialsites", "no point: the geom cell holds no POINT(longitude latitude)"):
        "pas de point : la cellule geom ne contient pas de POINT(longitude latitude)",
    ("industrialsites", "an emission, fuel demand or excess heat figure is not a number, is negative or is too large to be real"):
        "un chiffre d'émissions, de demande de combustible ou de chaleur fatale n'est pas un nombre, est négatif ou est trop grand pour être réel",
    ("industrialsites", "unknown sub-sector: not in the table of resources/industrial/subsectors.csv"):
        "sous-secteur inconnu : absent de la table resources/industrial/subsectors.csv",
    ("industrialsites", "no emission, fuel demand or excess heat: nothing to load"):
        "ni émissions, ni demande de combustible, ni chaleur fatale : rien à charger",
    ("industrialsites", "The CRS of the sites must be projected, in metres (e.g. EPSG:3035, LAEA Europe)."):
        "Le SCR des sites doit être projeté, en mètres (par exemple EPSG:3035, LAEA Europe).",
    ("industrialsites", "No site of the industrial database lies in the chosen area."):
        "Aucun site de la base industrielle ne se trouve dans la zone choisie.",
    ("industrialsites", "Fuel demand, all fuels (Hotmaps): the most a fuel gas offered nearby could replace"):
        "Demande de combustible, tous combustibles (Hotmaps) : le maximum qu'un gaz combustible proposé à proximité pourrait remplacer",
    ("industrialsites", "Excess heat (Hotmaps estimate)"): "Chaleur fatale (estimation Hotmaps)",
    ("industrialsites", "{rows} rows of the industrial database in the chosen area: {sites} sites and {resources} resources loaded, {rejected} rows rejected (see the Rejected rows table)."):
        "{rows} lignes de la base industrielle dans la zone choisie : {sites} sites et {resources} ressources chargés, {rejected} lignes rejetées (voir la table des lignes rejetées).",
    ("industrialsites", "None of the {count} rows of the chosen area can be loaded: {reasons}"):
        "Aucune des {count} lignes de la zone choisie ne peut être chargée : {reasons}",
    ("industrialsites", "The database gives no excess heat at all for {subsectors}: a known gap (refineries and chemical sites show 0), not a measurement. Their {count} sites are loaded with their CO2 and fuel figures only."):
        "La base ne donne aucune chaleur fatale pour {subsectors} : une lacune connue (les raffineries et les sites chimiques affichent 0), pas une mesure. Leurs {count} sites sont chargés avec leurs seuls chiffres de CO2 et de combustible.",
    ("industrialsites", "{rounded} sites have coordinates rounded to 0.01 degree (about 1 km) and {shared} share their point with another site: distances under about 1 km mean little, and a site near the edge of the area may fall on the wrong side."):
        "{rounded} sites ont des coordonnées arrondies à 0,01 degré (environ 1 km) et {shared} partagent leur point avec un autre site : les distances de moins d'un kilomètre environ ont peu de sens, et un site proche du bord de la zone peut tomber du mauvais côté.",
    ("industrialsites", "{count} sites have no ETS figure: their CO2 supply is the E-PRTR 2014 figure (co2_source = eprtr)."):
        "{count} sites n'ont pas de chiffre SEQE : leur offre de CO2 est le chiffre E-PRTR de 2014 (co2_source = eprtr).",
    ("industrialsites", "{count} sites of the sub-sector 'Other non-classified' have no NACE code: knowledge-based synergies skip them."):
        "{count} sites du sous-secteur « Other non-classified » n'ont pas de code NACE : les synergies issues de la base de connaissances les ignorent.",
    ("loadindustrialsites", "Load industrial sites (Hotmaps)"): "Charger les sites industriels (Hotmaps)",
    ("loadindustrialsites", "The large emitters and excess-heat sources of a European region, from the Hotmaps industrial database shipped with the plugin."):
        "Les grands émetteurs et les sources de chaleur fatale d'une région européenne, depuis la base des sites industriels Hotmaps fournie avec l'extension.",
    ("loadindustrialsites", "Only the sites inside this extent (any CRS). Empty: no limit by extent."):
        "Seulement les sites situés dans cette emprise (tout SCR). Vide : pas de limite par emprise.",
    ("loadindustrialsites", "Only the sites inside these polygons, e.g. the boundary of a region or municipality (any CRS). Empty: no limit by polygon."):
        "Seulement les sites situés dans ces polygones, par exemple les limites d'une région ou d'une commune (tout SCR). Vide : pas de limite par polygone.",
    ("loadindustrialsites", "Only the sites of these NUTS 2 regions, separated by ',' or ';', e.g. ITC4 (Lombardy). Empty: no limit by region id. With no filter at all the whole database is loaded (about 3,500 sites)."):
        "Seulement les sites de ces régions NUTS 2, séparées par ',' ou ';', par exemple ITC4 (Lombardie). Vide : pas de limite par identifiant de région. Sans aucun filtre, toute la base est chargée (environ 3 500 sites).",
    ("loadindustrialsites", "Projected CRS in metres of the sites output (default EPSG:3035, LAEA Europe, the CRS of the Hotmaps rasters). Geographic CRSs are refused."):
        "SCR projeté en mètres de la sortie des sites (par défaut EPSG:3035, LAEA Europe, le SCR des rasters Hotmaps). Les SCR géographiques sont refusés.",
    ("loadindustrialsites", "A newer Hotmaps industrial database (CSV, ';' or ',' separated) with the same columns, used in place of the shipped copy. Empty: the shipped copy."):
        "Une base des sites industriels Hotmaps plus récente (CSV séparé par ';' ou ',') avec les mêmes colonnes, employée à la place de la copie fournie. Vide : la copie fournie.",
    ("loadindustrialsites", "One point per site: site_id hotmaps:<SiteID>, name, operator, NACE code from the sub-sector, NUTS 2 id, CO2 (t/yr) and its source, excess heat and fuel demand (MWh/yr)."):
        "Un point par site : site_id hotmaps:<SiteID>, nom, exploitant, code NACE tiré du sous-secteur, identifiant NUTS 2, CO2 (t/an) et sa source, chaleur fatale et demande de combustible (MWh/an).",
    ("loadindustrialsites", "Supplies of heat:100-200c, heat:200-500c, heat:above-500c (MWh/yr, at 150, 350 and 500 °C) and co2 (t/yr), and a fuel-gas demand (MWh/yr) where the database gives a fuel demand."):
        "Offres de heat:100-200c, heat:200-500c, heat:above-500c (MWh/an, à 150, 350 et 500 °C) et de co2 (t/an), et un besoin de fuel-gas (MWh/an) quand la base donne une demande de combustible.",
    ("loadindustrialsites", "Every row of the chosen area not loaded, with its line in the file, its SiteID and the reason (no point, unknown sub-sector, nothing to load...)."):
        "Chaque ligne de la zone choisie non chargée, avec sa ligne dans le fichier, son SiteID et la raison (pas de point, sous-secteur inconnu, rien à charger...).",
    ("loadindustrialsites", "The CRS of the sites output"): "Le SCR de la sortie des sites",
    ("loadindustrialsites", "Extent"): "Emprise",
    ("loadindustrialsites", "Region (polygons)"): "Région (polygones)",
    ("loadindustrialsites", "NUTS 2 ids (e.g. ITC4, FR10)"): "Identifiants NUTS 2 (par exemple ITC4, FR10)",
    ("loadindustrialsites", "CRS of the sites output (metric)"): "SCR de la sortie des sites (métrique)",
    ("loadindustrialsites", "Industrial sites"): "Sites industriels",
    ("loadindustrialsites", "Resources"): "Ressources",
    ("loadindustrialsites", "Rejected rows"): "Lignes rejetées",
    ("loadindustrialsites", "Sites loaded"): "Sites chargés",
    ("loadindustrialsites", "Resources loaded"): "Ressources chargées",
    ("loadindustrialsites", "Rows rejected"): "Lignes rejetées",
    ("loadindustrialsites", "Newer database file (CSV)"): "Fichier de base plus récent (CSV)",
    ("loadindustrialsites", "Cancelled."): "Annulé.",
}

"""French of the messages added or changed by the branch "seasonal" (issue 15, points 1 and 3)."""

TRANSLATIONS = {
    ("dhpotentialareas",
     "Areas dense enough for a heat network, from a heat density raster in MWh/ha, by the "
     "Hotmaps rule: cells above 333 MWh/ha, 3 x 3 closing, 8-connected areas of at least "
     "30 GWh/yr counted on the cells above the threshold."):
        "Zones assez denses pour un réseau de chaleur, à partir d'un raster de densité de "
        "chaleur en MWh/ha, selon la règle Hotmaps : cellules au-dessus de 333 MWh/ha, "
        "fermeture 3 x 3, zones 8-connexes d'au moins 30 GWh/an comptés sur les cellules "
        "au-dessus du seuil.",
    ("dhpotentialareas",
     "Cells strictly above this density are candidates (Hotmaps default 333 MWh/ha)."):
        "Les cellules de densité strictement supérieure sont candidates (Hotmaps : "
        "333 MWh/ha par défaut).",
    ("dhpotentialareas",
     "An area is kept when the yearly demand of its cells above the cell threshold reaches "
     "this (Hotmaps default 30 GWh/yr)."):
        "Une zone est retenue quand le besoin annuel de ses cellules au-dessus du seuil par "
        "cellule atteint cette valeur (Hotmaps : 30 GWh/an par défaut).",
    ("dhpotentialareas",
     "Unchecked (default, the Hotmaps rule): the area threshold is tested on the demand of the "
     "cells above the cell threshold only. Checked: on the demand of all the area's cells, "
     "those added by closing included, which keeps more areas than Hotmaps."):
        "Décoché (par défaut, la règle Hotmaps) : le seuil par zone est testé sur le besoin des "
        "seules cellules au-dessus du seuil par cellule. Coché : sur le besoin de toutes les "
        "cellules de la zone, y compris celles ajoutées par la fermeture, ce qui retient plus "
        "de zones que Hotmaps.",
    ("dhpotentialareas",
     "Rule: the Hotmaps rule, area threshold tested on the cells above the cell threshold."):
        "Règle : la règle Hotmaps, seuil par zone testé sur les cellules au-dessus du seuil par "
        "cellule.",
    ("dhpotentialareas",
     "Rule: the Hotmaps rule with one change: area threshold tested on the demand including "
     "the cells added by closing (advanced option)."):
        "Règle : la règle Hotmaps avec une modification : seuil par zone testé sur le besoin "
        "incluant les cellules ajoutées par la fermeture (option avancée).",
    ("dhpotentialareas",
     "Cells above {pixel:g} MWh/ha: {above}; cells added by closing: {added}. Areas found: "
     "{found}; kept (at least {area:g} GWh/yr): {kept}; below the area threshold: {below}."):
        "Cellules au-dessus de {pixel:g} MWh/ha : {above} ; cellules ajoutées par la "
        "fermeture : {added}. Zones trouvées : {found} ; retenues (au moins {area:g} GWh/an) : "
        "{kept} ; sous le seuil par zone : {below}.",
    ("dhpotentialareas",
     "Demand of the whole raster: {total:,.1f} GWh/yr. In the kept areas: {above:,.1f} GWh/yr "
     "counting only cells above the cell threshold (pixel rule); {closing:,.1f} GWh/yr "
     "including the cells added by closing (whole area)."):
        "Besoin de tout le raster : {total:,.1f} GWh/an. Dans les zones retenues : "
        "{above:,.1f} GWh/an en ne comptant que les cellules au-dessus du seuil par cellule "
        "(règle par cellule) ; {closing:,.1f} GWh/an avec les cellules ajoutées par la "
        "fermeture (toute la zone).",
    ("dhpotentialareas",
     "Test the area threshold on the demand including the cells added by closing"):
        "Tester le seuil par zone sur le besoin incluant les cellules ajoutées par la fermeture",
    # -- seasonal matching (core/heat/seasonal.py)
    ("seasonal", "Unknown climate {key}: choose one of {keys}."):
        "Climat inconnu {key} : choisissez l'un de {keys}.",
    ("seasonal", "The hot-water share must be between 0 and 1, not {share}."):
        "La part d'eau chaude sanitaire doit être comprise entre 0 et 1, et non {share}.",
    ("seasonal", "A profile needs 12 monthly or 8760 hourly values, not {n}."):
        "Un profil demande 12 valeurs mensuelles ou 8760 valeurs horaires, et non {n}.",
    ("seasonal", "A profile's values must be numbers of 0 or more."):
        "Les valeurs d'un profil doivent être des nombres positifs ou nuls.",
    ("seasonal", "A profile's values are all 0."):
        "Les valeurs du profil sont toutes nulles.",
    ("seasonal", "The profile file {path} cannot be read: {error}"):
        "Le fichier de profil {path} ne peut pas être lu : {error}",
    ("seasonal",
     "The profile file {path} has cells that are not numbers in its last column."):
        "La dernière colonne du fichier de profil {path} contient des cellules qui ne sont pas "
        "des nombres.",
    # -- ite:wasteheatdh
    ("wasteheatdh",
     "Reference climate whose monthly heating degree days shape the areas' demand over the "
     "year, for the seasonal matching (default Nord-Pas-de-Calais; figures and sources in "
     "resources/heat_profiles/README.md)."):
        "Climat de référence dont les degrés-jours de chauffage mensuels donnent la forme du "
        "besoin des zones sur l'année, pour l'appariement saisonnier (par défaut "
        "Nord-Pas-de-Calais ; valeurs et sources dans resources/heat_profiles/README.md).",
    ("wasteheatdh",
     "Share of the areas' demand that is hot water, drawn evenly all year; the rest follows "
     "the degree days (default {default}, Eurostat households' energy use)."):
        "Part du besoin des zones qui est de l'eau chaude sanitaire, puisée également toute "
        "l'année ; le reste suit les degrés-jours (par défaut {default}, consommation "
        "d'énergie des ménages selon Eurostat).",
    ("wasteheatdh",
     "Optional CSV whose last column holds the areas' demand profile: 12 monthly or 8760 "
     "hourly values, one per row, after an optional header. Given, it replaces the climate; "
     "hourly values match supply and demand hour by hour."):
        "CSV facultatif dont la dernière colonne contient le profil de besoin des zones : "
        "12 valeurs mensuelles ou 8760 valeurs horaires, une par ligne, après un en-tête "
        "facultatif. S'il est donné, il remplace le climat ; des valeurs horaires apparient "
        "apport et besoin heure par heure.",
    ("wasteheatdh",
     "Optional CSV of the sources' supply profile, in the same form (12 or 8760 values). "
     "Empty: each source gives its yearly heat evenly over the year."):
        "CSV facultatif du profil d'apport des sources, sous la même forme (12 ou 8760 "
        "valeurs). Vide : chaque source répartit sa chaleur annuelle également sur l'année.",
    ("wasteheatdh",
     "Lines from each source to each area within reach, with length, pipe class, levelised "
     "cost per MWh, heat delivered, dwelling equivalents and feasibility, and the seasonal "
     "matching: usable heat, share of the source used, share of the demand covered and peak "
     "backup capacity."):
        "Lignes de chaque source vers chaque zone à portée, avec longueur, classe de conduite, "
        "coût actualisé par MWh, chaleur livrée, équivalents-logements et faisabilité, et "
        "l'appariement saisonnier : chaleur utilisable, part de la source utilisée, part du "
        "besoin couverte et puissance d'appoint de pointe.",
    ("wasteheatdh",
     "One row per heat source: its heat, capacity, temperature, longest economic pipe, number "
     "of feasible areas, best area with its usable heat and backup capacity, and flags."):
        "Une ligne par source de chaleur : sa chaleur, sa puissance, sa température, la plus "
        "longue conduite rentable, le nombre de zones faisables, la meilleure zone avec sa "
        "chaleur utilisable et sa puissance d'appoint, et les marqueurs.",
    ("wasteheatdh", "Usable heat of the best links, matched month by month (MWh/yr)"):
        "Chaleur utilisable des meilleures liaisons, appariée mois par mois (MWh/an)",
    ("wasteheatdh", "Share of the linked sources' heat used"):
        "Part de la chaleur des sources reliées utilisée",
    ("wasteheatdh", "Share of the linked areas' demand covered"):
        "Part du besoin des zones reliées couverte",
    ("wasteheatdh", "Peak backup capacity of the linked areas (MW)"):
        "Puissance d'appoint de pointe des zones reliées (MW)",
    ("wasteheatdh", "Climate of the demand (heating degree days)"):
        "Climat du besoin (degrés-jours de chauffage)",
    ("wasteheatdh", "Hot-water share of the demand"):
        "Part d'eau chaude sanitaire du besoin",
    ("wasteheatdh", "Demand profile (optional CSV, 12 or 8760 values)"):
        "Profil de besoin (CSV facultatif, 12 ou 8760 valeurs)",
    ("wasteheatdh", "Supply profile (optional CSV, 12 or 8760 values)"):
        "Profil d'apport (CSV facultatif, 12 ou 8760 valeurs)",
    ("wasteheatdh", "Demand profile: {path} ({n} periods)."):
        "Profil de besoin : {path} ({n} périodes).",
    ("wasteheatdh", "Demand profile: heating degree days of {climate}, hot water flat."):
        "Profil de besoin : degrés-jours de chauffage de {climate}, eau chaude sanitaire "
        "constante.",
    ("wasteheatdh",
     "Seasonal matching of the best links: {usable:,.0f} MWh/yr usable of {annual:,.0f} MWh/yr "
     "on annual totals; {used:.0%} of the sources' heat used, {covered:.0%} of the areas' "
     "demand covered; peak backup {backup:,.1f} MW."):
        "Appariement saisonnier des meilleures liaisons : {usable:,.0f} MWh/an utilisables sur "
        "{annual:,.0f} MWh/an en totaux annuels ; {used:.0%} de la chaleur des sources "
        "utilisée, {covered:.0%} du besoin des zones couvert ; appoint de pointe "
        "{backup:,.1f} MW.",
}

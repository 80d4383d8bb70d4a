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
}

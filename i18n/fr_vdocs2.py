"""French for the messages of the document inputs (issue 16, helper "vdocs2":
core/validation/documents.py and core/validation/density_rasters.drawn_cells).

The lead merges these into i18n/ite_qgis_fr.ts with tools/ts_fill.py after make ts."""

TRANSLATIONS = {
    # Layer names inside "La couche {layer} ..." (the validation messages carry the article).
    ("validation", "sites"): "des sites",
    ("validation", "resources"): "des ressources",
    ("validation", "flows"): "des flux",
    ("validation", "synergies"): "des synergies",
    ("validation", "DH links"): "des liaisons de réseau de chaleur",
    ("validation", "The DH links layer"): "La couche des liaisons de réseau de chaleur",
    # What a missing optional column loses.
    ("validation", "no site has a NACE code: the sectors are unknown and confidential sites are "
                   "named 'Confidential site' instead of by their sector."):
        "aucun site n'a de code NACE : les secteurs sont inconnus, et les sites confidentiels "
        "sont nommés « Site confidentiel » au lieu de leur secteur.",
    ("validation", "the flows have no status (existing, planned): each one counts as an existing "
                   "flow."):
        "les flux n'ont pas de statut (existant, prévu) : chacun compte comme un flux existant.",
    ("validation", "the resource families are taken from the catalogue, by resource code."):
        "les familles de ressources sont prises dans le catalogue, d'après le code de la "
        "ressource.",
    ("validation", "the dwelling equivalents of the areas are not shown."):
        "les équivalents logements des zones ne sont pas montrés.",
    ("validation", "the transmission cost of each link (EUR/MWh) is not shown."):
        "le coût de transport de chaque liaison (EUR/MWh) n'est pas montré.",
    # Layers and rows.
    ("validation", "The {layer} layer is empty: the output has nothing of it."):
        "La couche {layer} est vide : la sortie n'en contient rien.",
    ("validation", "{count} features of the {layer} layer repeat the id of an earlier one and "
                   "were left out (id and row number): {rows}."):
        "{count} entités de la couche {layer} reprennent l'identifiant d'une entité "
        "précédente et ont été écartées (identifiant et numéro de ligne) : {rows}.",
    ("validation", "{count} features of the {layer} layer have no geometry (or an empty one): "
                   "they are kept, but have no place on a map nor coordinates in a table: "
                   "{rows}."):
        "{count} entités de la couche {layer} n'ont pas de géométrie (ou une géométrie vide) : "
        "elles sont gardées, mais n'ont ni place sur une carte ni coordonnées dans une table : "
        "{rows}.",
    # The heat density raster of a map.
    ("validation", "The raster {name} has no cell with a density: the map shows no heat "
                   "density."):
        "Le raster {name} n'a aucune cellule de densité : la carte ne montre aucune densité de "
        "chaleur.",
    ("validation", "{count} cells of the raster {name} are NaN or infinite: they are no density "
                   "and their colour on the map means nothing."):
        "{count} cellules du raster {name} sont NaN ou infinies : ce ne sont pas des densités, "
        "et leur couleur sur la carte ne veut rien dire.",
    # A flow map whose sites lack a point.
    ("flowmap", "{count} flows start or end at a site without a point and are not drawn: "
                "{flows}"):
        "{count} flux partent d'un site sans point ou y arrivent, et ne sont pas dessinés : "
        "{flows}",
}

"""French of the messages added by the vgeom branch (geometry, DH areas, roads and density
rasters in core.validation, and their use in the heat algorithms; issue 16).

Layer names are translated with their article ("des routes"), so that the templates read
"La couche des routes contient des points" and "3 entités de la couche des routes".
"""

TRANSLATIONS = {
    ("heatdensitygrid", "The buildings layer is empty: nothing to grid."):
        "La couche des bâtiments est vide : rien à mettre en grille.",
    ("heatdensitygrid", "buildings"):
        "des bâtiments",
    ("heatdensitygrid", "{count} features have a demand that is empty, not a number or "
     "negative and were left out of the grid (feature ids): {rows}."):
        "{count} entités ont un besoin vide, non numérique ou négatif et ont été écartées de "
        "la grille (identifiants d'entité) : {rows}.",
    ("validation", " or "):
        " ou ",
    ("validation", "Buffer (native:buffer)"):
        "Tampon (native:buffer)",
    ("validation", "Centroids (native:centroids)"):
        "Centroïdes (native:centroids)",
    ("validation", "Convert it first, e.g. with the Processing tool {tool}, and run the tool "
     "again."):
        "Convertissez-la d'abord, par exemple avec l'outil de traitement {tool}, et relancez "
        "l'outil.",
    ("validation", "DH areas"):
        "des zones de potentiel",
    ("validation", "Lines to polygons (qgis:linestopolygons)"):
        "Lignes vers polygones (qgis:linestopolygons)",
    ("validation", "No DH area can be used: {reasons}"):
        "Aucune zone de potentiel n'est utilisable : {reasons}",
    ("validation", "No DH area has a positive demand in the field {field}: nothing to link."):
        "Aucune zone de potentiel n'a de besoin positif dans le champ {field} : rien à relier.",
    ("validation", "Point on surface (native:pointonsurface)"):
        "Point sur la surface (native:pointonsurface)",
    ("validation", "Points to path (native:pointstopath)"):
        "Points vers chemin (native:pointstopath)",
    ("validation", "Polygons to lines (native:polygonstolines)"):
        "Polygones vers lignes (native:polygonstolines)",
    ("validation", "The DH areas layer is empty: run District heating potential areas first, "
     "or lower its thresholds."):
        "La couche des zones de potentiel est vide : lancez d'abord Zones de potentiel de "
        "réseau de chaleur, ou abaissez ses seuils.",
    ("validation", "The raster {name} has no coordinate reference system, so its cells have no "
     "known size. Set its CRS (Layer properties, Source, or the Processing tool Assign "
     "projection) and run the tool again."):
        "Le raster {name} n'a pas de système de coordonnées de référence : la taille de ses "
        "cellules est inconnue. Définissez son SCR (Propriétés de la couche > Source, ou "
        "l'outil de traitement Assigner une projection) et relancez l'outil.",
    ("validation", "The raster {name} has {bands} bands, but a density raster has one band of "
     "MWh/ha (several bands are usually a picture, such as an RGB map export). Extract the "
     "density band first, e.g. with the Processing tool Rearrange bands "
     "(native:rearrange_bands) or gdal_translate -b, and run the tool again."):
        "Le raster {name} a {bands} bandes, mais un raster de densité a une seule bande, en "
        "MWh/ha (plusieurs bandes sont d'ordinaire une image, comme l'export RVB d'une carte). "
        "Extrayez d'abord la bande de densité, par exemple avec l'outil de traitement "
        "Réorganiser les bandes (native:rearrange_bands) ou gdal_translate -b, et relancez "
        "l'outil.",
    ("validation", "The raster {name} is in {crs}, whose units are not metres. Reproject "
     "(warp) it, e.g. to EPSG:3035, and run the tool again."):
        "Le raster {name} est en {crs}, dont les unités ne sont pas des mètres. Reprojetez-le "
        "(Projection (warp)), par exemple en EPSG:3035, et relancez l'outil.",
    ("validation", "The raster {name} uses the geographic CRS {crs}: its cells are in degrees "
     "and have no area in hectares. Reproject (warp) it to a projected CRS in metres, e.g. "
     "EPSG:3035, and run the tool again."):
        "Le raster {name} utilise le SCR géographique {crs} : ses cellules sont en degrés et "
        "n'ont pas de surface en hectares. Reprojetez-le (Projection (warp)) dans un SCR "
        "projeté en mètres, par exemple EPSG:3035, et relancez l'outil.",
    ("validation", "The roads layer is empty: pipe lengths are the straight line times the "
     "detour factor."):
        "La couche des routes est vide : la longueur des conduites est la ligne droite "
        "multipliée par le facteur de détour.",
    ("validation", "The x and y columns of the {layer} layer look swapped: most of its "
     "coordinates lie outside the area where its CRS {crs} is used, and inside it once x and y "
     "are swapped. Give the longitude (or easting) as x and the latitude (or northing) as y, "
     "and run the tool again."):
        "Les colonnes x et y de la couche {layer} semblent inversées : la plupart de ses "
        "coordonnées sont hors de la zone d'usage de son SCR {crs}, et dedans une fois x et y "
        "échangés. Donnez la longitude (ou l'abscisse) en x et la latitude (ou l'ordonnée) "
        "en y, et relancez l'outil.",
    ("validation", "The {layer} layer has latitudes beyond 90 degrees, yet its CRS {crs} is in "
     "degrees: its coordinates are in another CRS. Set the layer's real CRS (Layer properties, "
     "Source) and run the tool again."):
        "La couche {layer} a des latitudes au-delà de 90 degrés, alors que son SCR {crs} est "
        "en degrés : ses coordonnées sont dans un autre SCR. Définissez le vrai SCR de la "
        "couche (Propriétés de la couche > Source) et relancez l'outil.",
    ("validation", "The {layer} layer holds {found}, but {wanted} are needed."):
        "La couche {layer} contient des {found}, mais il faut des {wanted}.",
    ("validation", "The {layer} layer repeats the ids {ids}: each must be unique."):
        "La couche {layer} répète les identifiants {ids} : chacun doit être unique.",
    ("validation", "geometry collections"):
        "collections de géométries",
    ("validation", "lines"):
        "lignes",
    ("validation", "points"):
        "points",
    ("validation", "polygons"):
        "polygones",
    ("validation", "roads"):
        "des routes",
    ("validation", "{count} features of the {layer} layer are neither of these: {wanted}; they "
     "were left out: {rows}."):
        "{count} entités de la couche {layer} ne sont pas des {wanted} ; elles ont été "
        "écartées : {rows}.",
    ("validation", "{count} features of the {layer} layer have a demand that is not a finite "
     "number and were left out: {rows}."):
        "{count} entités de la couche {layer} ont un besoin qui n'est pas un nombre fini et "
        "ont été écartées : {rows}.",
    ("validation", "{count} features of the {layer} layer have a negative demand and were left "
     "out: {rows}."):
        "{count} entités de la couche {layer} ont un besoin négatif et ont été écartées : "
        "{rows}.",
    ("validation", "{count} features of the {layer} layer have no geometry (or an empty one) "
     "and were left out: {rows}."):
        "{count} entités de la couche {layer} n'ont pas de géométrie (ou une géométrie vide) "
        "et ont été écartées : {rows}.",
    ("validation", "{count} features of the {layer} layer have no id and were left out (row "
     "numbers): {rows}."):
        "{count} entités de la couche {layer} n'ont pas d'identifiant et ont été écartées "
        "(numéros de ligne) : {rows}.",
    ("validation", "{count} features of the {layer} layer have no positive demand and cannot "
     "be linked: {rows}."):
        "{count} entités de la couche {layer} n'ont pas de besoin positif et ne peuvent pas "
        "être reliées : {rows}.",
    ("validation", "{count} invalid polygons of the {layer} layer (self-intersecting or badly "
     "nested rings) were repaired with make_valid; their repaired areas: {rows}."):
        "{count} polygones invalides de la couche {layer} (anneaux auto-intersectés ou mal "
        "imbriqués) ont été réparés avec make_valid ; leurs surfaces réparées : {rows}.",
    ("validation", "{count} invalid polygons of the {layer} layer have no area once repaired "
     "and were left out: {rows}."):
        "{count} polygones invalides de la couche {layer} n'ont plus de surface une fois "
        "réparés et ont été écartés : {rows}.",
    ("validation", "{count} lines of the roads layer have no length and were left out: "
     "{rows}."):
        "{count} lignes de la couche des routes n'ont pas de longueur et ont été écartées : "
        "{rows}.",
    ("validation", "{row} ({area} ha)"):
        "{row} ({area} ha)",
}

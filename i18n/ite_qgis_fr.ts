<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>allocation</name>
    <message>
        <location filename="../ite_qgis/core/allocation.py" line="79" />
        <source>The synergy lines lack the column '{column}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/allocation.py" line="97" />
        <source>{count} lines with no positive net benefit were left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/allocation.py" line="114" />
        <source>No available or needed quantity is given for {ids}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/allocation.py" line="146" />
        <source>The allocation could not be solved: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/allocation.py" line="184" />
        <source>{count} lines carry quantities; total net benefit {total} EUR/yr.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="303" />
        <source>Unknown resource code '{code}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="445" />
        <source>Catalogue file {path} does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="451" />
        <source>Catalogue file {path} is not UTF-8 text: save it as 'CSV UTF-8'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="458" />
        <source>Catalogue file {path} is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="472" />
        <source>Catalogue file {path} cannot be read as CSV: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="507" />
        <source>Catalogue file {path} has {count} problem(s):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="516" />
        <source>Catalogue file {path} lacks the column(s): {columns}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="544" />
        <source>row {row}: the code '{value}' cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="552" />
        <source>row {row}: '{value}' is not in the European List of Waste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="561" />
        <source>rows {rows}: duplicate code '{code}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="578" />
        <source>row {row}: unknown family '{value}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="578" />
        <source>row {row}: unknown unit family '{value}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="578" />
        <source>row {row}: unknown transport mode '{value}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="597" />
        <source>row {row}: '{value}' in column {column} is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="605" />
        <source>row {row}: {column} must not be negative ({value})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="613" />
        <source>row {row}: hazardous must be 0 or 1, not '{value}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="686" />
        <source>row {row}: unknown code '{value}' in column {column}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="694" />
        <source>row {row}: unknown condition '{value}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="701" />
        <source>row {row}: efficiency must be a number from 0 to 1, not '{value}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/catalogue.py" line="730" />
        <source>rows {rows}: duplicate rule {rule}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>createterritory</name>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="22" />
        <source>Create territory</source>
        <translation>Créer un territoire</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="31" />
        <source>Coordinate reference system (metric)</source>
        <translation>Système de coordonnées (métrique)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="44" />
        <source>Additional resource catalogue (CSV)</source>
        <translation>Catalogue de ressources complémentaire (CSV)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="58" />
        <source>Territory GeoPackage</source>
        <translation>GeoPackage du territoire</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="58" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="72" />
        <source>The chosen CRS</source>
        <translation>Le SCR choisi</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="78" />
        <source>Writing {path} in {crs}</source>
        <translation>Écriture de {path} en {crs}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="25" />
        <source>New GeoPackage with the sites, resources and flows tables, forms and styles.</source>
        <translation>Nouveau GeoPackage avec les tables des sites, ressources et flux, leurs formulaires et leurs styles.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="36" />
        <source>A projected CRS in metres for the territory, e.g. EPSG:2154 (Lambert-93) in France or EPSG:3035 (LAEA Europe). Geographic CRSs are refused.</source>
        <translation>Un SCR projeté en mètres pour le territoire, par exemple EPSG:2154 (Lambert-93) en France ou EPSG:3035 (LAEA Europe). Les SCR géographiques sont refusés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="50" />
        <source>Your own resource codes, in the columns of resources/catalogue/resources.csv; they are added to the drop-down of resource codes.</source>
        <translation>Vos propres codes de ressources, dans les colonnes de resources/catalogue/resources.csv ; ils sont ajoutés à la liste des codes de ressources.</translation>
    </message>
</context>
<context>
    <name>crs</name>
    <message>
        <location filename="../ite_qgis/core/crs.py" line="64" />
        <source>The extent {extent} is not a valid longitude/latitude extent: no metric CRS can be chosen for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/crs.py" line="92" />
        <source>no CRS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/crs.py" line="114" />
        <source>The CRS {crs} is not understood: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/crs.py" line="198" />
        <source>The layer has no geometry to choose a metric CRS from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/crs.py" line="190" />
        <source>The layer has no CRS. Set its CRS (Layer Properties &gt; Source) so that distances can be measured in metres.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/crs.py" line="172" />
        <source>The target CRS {crs} is not a projected CRS in metres.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/crs.py" line="214" />
        <source>layer {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/crs.py" line="78" />
        <source>The data spans longitudes {lon_min:.2f} to {lon_max:.2f} and latitudes {lat_min:.2f} to {lat_max:.2f}: too large for a single metric CRS (a UTM zone covers 6 degrees of longitude, LAEA Europe covers Europe only). Reproject the layers to a projected CRS in metres that suits your area, then run the tool again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/crs.py" line="155" />
        <source>The layer's CRS {crs} is projected in {units}, not metres. Reproject it to a projected CRS in metres (e.g. a UTM zone) and run the tool again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/crs.py" line="163" />
        <source>The layer's CRS {crs} is neither geographic nor projected. Reproject it to a projected CRS in metres and run the tool again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/crs.py" line="177" />
        <source>The layer is in the geographic CRS {source}; it was reprojected to {target} to measure distances in metres.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/crs.py" line="223" />
        <source>The layers are in different CRS: {first} is in {first_crs} and {other} is in {other_crs}. Reproject them to one CRS and run the tool again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dependencies</name>
    <message>
        <location filename="../ite_qgis/core/dependencies.py" line="56" />
        <source>{name} is missing ({error})</source>
        <translation>{name} est absent ({error})</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/dependencies.py" line="70" />
        <source>{name} {found} is too old, {wanted} or newer is needed</source>
        <translation>{name} {found} est trop ancien, il faut la version {wanted} ou plus récente</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/dependencies.py" line="84" />
        <source>ITE for QGIS cannot run this algorithm:</source>
        <translation>ITE pour QGIS ne peut pas exécuter cet algorithme :</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/dependencies.py" line="86" />
        <source>How to install what is missing:</source>
        <translation>Comment installer ce qui manque :</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/dependencies.py" line="87" />
        <source>  - Debian/Ubuntu: sudo apt install {packages}</source>
        <translation>  - Debian/Ubuntu : sudo apt install {packages}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/dependencies.py" line="109" />
        <source>Then restart QGIS.</source>
        <translation>Puis redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/dependencies.py" line="92" />
        <source>  - Windows, OSGeo4W: run the OSGeo4W setup, choose Advanced install and add the packages python3-{names}; standalone installer: open the OSGeo4W Shell and run python -m pip install {pip}</source>
        <translation>  - Windows, OSGeo4W : lancez l'installateur OSGeo4W, choisissez l'installation avancée et ajoutez les paquets python3-{names} ; installateur autonome : ouvrez l'OSGeo4W Shell et lancez python -m pip install {pip}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/dependencies.py" line="100" />
        <source>  - macOS (official QGIS app): run {python} -m pip install --user {pip}</source>
        <translation>  - macOS (application QGIS officielle) : lancez {python} -m pip install --user {pip}</translation>
    </message>
</context>
<context>
    <name>dh_areas</name>
    <message>
        <location filename="../ite_qgis/core/dh_areas.py" line="157" />
        <source>The density raster must be a non-empty 2D grid, not an array of shape {shape}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/dh_areas.py" line="163" />
        <source>The cell size must be a positive number of metres, not {cell}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../ite_qgis/processing/base.py" line="75" />
        <source>{what} has no valid coordinate reference system.</source>
        <translation>{what} n'a pas de système de coordonnées valide.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/base.py" line="79" />
        <source>{what} uses the geographic CRS {crs}: distances would be in degrees. Choose a projected CRS in metres, e.g. EPSG:3035 (LAEA Europe) or EPSG:2154 (Lambert-93).</source>
        <translation>{what} utilise le SCR géographique {crs} : les distances seraient en degrés. Choisissez un SCR projeté en mètres, par exemple EPSG:3035 (LAEA Europe) ou EPSG:2154 (Lambert-93).</translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <location filename="../ite_qgis/processing/base.py" line="15" />
        <source>Territory and inventory</source>
        <translation>Territoire et inventaire</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/base.py" line="16" />
        <source>Synergies</source>
        <translation>Synergies</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/base.py" line="17" />
        <source>Waste heat and district heating</source>
        <translation>Chaleur fatale et réseaux de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/base.py" line="18" />
        <source>Maps and reports</source>
        <translation>Cartes et rapports</translation>
    </message>
</context>
<context>
    <name>heat_density</name>
    <message>
        <location filename="../ite_qgis/core/heat_density.py" line="74" />
        <source>The grid bounds {bounds} are empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/heat_density.py" line="261" />
        <source>The cell size must be a positive number of metres, not {cell}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/heat_density.py" line="268" />
        <source>{demands} demand values were given for {features} features.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/heat_density.py" line="290" />
        <source>No feature has both a point or polygon geometry and a demand of 0 or more: nothing to grid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/heat_density.py" line="58" />
        <source>A heat density grid needs a projected CRS in metres, but the layer is in {crs}. Reproject it (e.g. to EPSG:3035, LAEA Europe, or the local UTM zone) and run the tool again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/heat_density.py" line="90" />
        <source>The grid would have {rows} x {cols} cells, more than {limit}. Use a larger cell size or a smaller extent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>heatgrid</name>
    <message>
        <location filename="../ite_qgis/core/synthetic_heat.py" line="155" />
        <source>A {value} m cell gives more than {max_cells} cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/synthetic_heat.py" line="185" />
        <source>The cell size must be a positive length in m: {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/synthetic_heat.py" line="219" />
        <source>A grid must be a non-empty 2-D array, got shape {shape}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inventory</name>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="110" />
        <source>Unknown field(s) {fields}; fields are: {all}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="117" />
        <source>The table has no column {columns} (columns: {all})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="142" />
        <source>Columns given: {list}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="144" />
        <source>Columns guessed: {list}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="163" />
        <source>The table has no column '{column}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="169" />
        <source>Resource column '{column}' must map to (code, direction, unit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="176" />
        <source>Resource column '{column}': '{code}' is not a catalogue code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="192" />
        <source>Resource column '{column}': unit '{unit}' is not recognised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="240" />
        <source>Unknown layout '{layout}' (long or wide)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="262" />
        <source>No site id column: sites are keyed by their name ('{column}')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory_resources.py" line="191" />
        <source>{column} is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="290" />
        <source>No coordinate column: map x and y, or a WKT column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="295" />
        <source>Sites are joined to the layer by their site id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="331" />
        <source>site '{site}' has no location: {x} and {y} are empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="332" />
        <source>site '{site}' has no location: {wkt} is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="333" />
        <source>site '{site}' has no location: its join key is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="417" />
        <source>{column} '{value}' is not a NACE Rev. 2 class; left empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory.py" line="452" />
        <source>{column} '{value}' is not a whole number of people; left empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory_resources.py" line="71" />
        <source>Unit '{unit}' read from the header of column '{column}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory_resources.py" line="124" />
        <source>{n} resource cells hold 0 and were read as no resource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory_resources.py" line="150" />
        <source>values in {columns} ignored: this row has no resource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory_resources.py" line="194" />
        <source>resource code '{value}' is not in the catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory_resources.py" line="201" />
        <source>{column} is empty (supply or demand)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory_resources.py" line="207" />
        <source>{column} '{value}' is neither supply nor demand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory_resources.py" line="222" />
        <source>column '{column}': {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory_resources.py" line="236" />
        <source>{column} '{value}' is already used on row {first_row}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory_resources.py" line="252" />
        <source>{column} '{value}' is not a number; left empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory_resources.py" line="252" />
        <source>{column} {value} is below absolute zero; left empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/inventory_resources.py" line="252" />
        <source>{column} {value} is outside 0-8784; left empty</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>knowledge</name>
    <message>
        <location filename="../ite_qgis/core/knowledge.py" line="343" />
        <source>The knowledge base lacks the columns {columns}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/knowledge.py" line="371" />
        <source>Knowledge base not found: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/knowledge.py" line="509" />
        <source>documented: {resource} -&gt; NACE {nace} ({level})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>locate</name>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="64" />
        <source>{what} '{crs}' is not a coordinate reference system: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="98" />
        <source>Or choose a target CRS for the sites.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="118" />
        <source>geometry '{value}' is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="125" />
        <source>geometry '{value}' is not a point or a polygon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="422" />
        <source>Source CRS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="176" />
        <source>{column} '{value}' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="190" />
        <source>{column} is given but {other} is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="211" />
        <source>geometry '{value}' is not valid WKT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="217" />
        <source>{n} polygons were placed at a point inside each (point on surface)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="229" />
        <source>{n} geometries carry their own SRID, used instead of the source CRS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="239" />
        <source>Unknown coordinates mode '{mode}' (xy, wkt or join)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="249" />
        <source>SRID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="275" />
        <source>Target CRS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="292" />
        <source>coordinates ({x}, {y}) cannot be transformed to {crs}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="301" />
        <source>Source CRS {source}; sites stored in {target}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="382" />
        <source>longitude {w:.2f} to {e:.2f}, latitude {s:.2f} to {n:.2f}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="412" />
        <source>Joining needs a join layer and a join field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="414" />
        <source>The join layer has no field '{field}' (fields: {fields})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="443" />
        <source>join key '{value}' is not in field '{field}' of the join layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="450" />
        <source>join key '{value}' matches several features of the join layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/locate.py" line="463" />
        <source>the join layer feature with key '{value}' has no usable point or polygon</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="15" />
        <source>New territory…</source>
        <translation>Nouveau territoire…</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="15" />
        <source>Import inventory…</source>
        <translation>Importer l'inventaire…</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="15" />
        <source>Validate inventory…</source>
        <translation>Valider l'inventaire…</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="15" />
        <source>Find synergies…</source>
        <translation>Trouver les synergies…</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="15" />
        <source>Waste-heat district heating…</source>
        <translation>Chaleur fatale et réseaux de chaleur…</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="15" />
        <source>Export synergy map…</source>
        <translation>Exporter la carte des synergies…</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="15" />
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="37" />
        <source>&amp;ITE</source>
        <translation>&amp;EIT</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="39" />
        <source>ITE</source>
        <translation>EIT</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="51" />
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>pooling</name>
    <message>
        <location filename="../ite_qgis/core/pooling.py" line="162" />
        <source>The radius and the truck payload must be positive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/pooling.py" line="167" />
        <source>Distances are measured in {crs}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/pooling.py" line="171" />
        <source>Every site must be a single point with a geometry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/pooling.py" line="220" />
        <source>{count} resource rows without a located site, a known code or a positive quantity were left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/pooling.py" line="334" />
        <source>Truck-km are only estimated for resources carried by road, in t/yr or count/yr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/pooling.py" line="365" />
        <source>{count} pooling clusters found.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>provider</name>
    <message>
        <location filename="../ite_qgis/processing/provider.py" line="18" />
        <source>Industrial &amp; territorial ecology</source>
        <translation>Écologie industrielle et territoriale</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/provider.py" line="21" />
        <source>Industrial &amp; territorial ecology (ITE) {version}</source>
        <translation>Écologie industrielle et territoriale (EIT) {version}</translation>
    </message>
</context>
<context>
    <name>synergy</name>
    <message>
        <location filename="../ite_qgis/core/synergy.py" line="155" />
        <source>The sites table has no '{column}' column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/synergy.py" line="163" />
        <source>Duplicate site_id values: {ids}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/synergy.py" line="169" />
        <source>Distances are measured in {crs}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/synergy.py" line="183" />
        <source>{count} sites have no geometry and were left out: {ids}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/synergy.py" line="218" />
        <source>The resources table lacks the columns {columns}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/synergy.py" line="226" />
        <source>Duplicate resource_id values: {ids}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/synergy.py" line="243" />
        <source>{count} resources have an unknown code and were left out: {ids}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/synergy.py" line="246" />
        <source>{count} resources are neither 'supply' nor 'demand' and were left out: {ids}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/synergy.py" line="249" />
        <source>{count} resources refer to a site that is missing or has no geometry and were left out: {ids}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/synergy.py" line="254" />
        <source>{count} resources have no positive quantity and give no synergy: {ids}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/synergy.py" line="623" />
        <source>The synergy search was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/synergy.py" line="661" />
        <source>Unknown radius mode '{mode}'; use economic, fixed or min.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/synergy.py" line="666" />
        <source>The fixed radius must be positive, the detour factor at least 1 and the number of candidates at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/synergy.py" line="702" />
        <source>{count} candidate synergies for {supplies} supplies.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../ite_qgis/core/tables.py" line="82" />
        <source>File not found: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/tables.py" line="89" />
        <source>{name}: {suffix} files cannot be read; save the sheet as .xlsx or .csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/tables.py" line="94" />
        <source>{name}: unsupported file type '{suffix}' (use .csv, .txt, .tsv or .xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/tables.py" line="237" />
        <source>{name} is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/tables.py" line="156" />
        <source>tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/tables.py" line="173" />
        <source>Skipped {n} empty lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/tables.py" line="239" />
        <source>not an .xlsx workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/tables.py" line="245" />
        <source>{name} has no sheet number {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/tables.py" line="253" />
        <source>{name} has no sheet '{sheet}' (sheets: {sheets})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/tables.py" line="272" />
        <source>Sheet '{sheet}' of {name} is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/tables.py" line="283" />
        <source>Read {rows} rows and {columns} columns from sheet '{sheet}' of {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/tables.py" line="293" />
        <source>Skipped {n} empty rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/tables.py" line="364" />
        <source>Column {n} has no header; it was named '{name}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/tables.py" line="388" />
        <source>{name} has no header row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/tables.py" line="392" />
        <source>{n} rows have more values than the header and were set apart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/tables.py" line="420" />
        <source>{name} cannot be read: {error}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>territory</name>
    <message>
        <location filename="../ite_qgis/qgis_bridge/territory.py" line="131" />
        <source>Cannot open the layer {layer} of {path}.</source>
        <translation>Impossible d'ouvrir la couche {layer} de {path}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/territory.py" line="231" />
        <source>Resources of the site</source>
        <translation>Ressources du site</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../ite_qgis/core/units.py" line="202" />
        <source>mass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/units.py" line="203" />
        <source>energy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/units.py" line="204" />
        <source>volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/units.py" line="205" />
        <source>service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/units.py" line="360" />
        <source>quantity '{value}' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/units.py" line="361" />
        <source>unit '{unit}' is not recognised (use e.g. t/yr, MWh/yr, m3/yr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/units.py" line="366" />
        <source>quantity {value} has no unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/units.py" line="376" />
        <source>quantity {value} is negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/units.py" line="377" />
        <source>hours_per_year '{value}' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/units.py" line="382" />
        <source>unit '{unit}' is a rate or a power: hours_per_year is needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/units.py" line="387" />
        <source>hours_per_year {value} is outside 0-8784</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="169" />
        <source>site '{site}' has no resource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="221" />
        <source>site '{site}' has no geometry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="231" />
        <source>site '{site}' has an empty geometry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="242" />
        <source>site '{site}' has an invalid geometry: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="283" />
        <source>a site has no site_id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="293" />
        <source>site_id '{site}' is used by more than one site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="307" />
        <source>site '{site}': '{value}' is not a NACE Rev. 2 class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="320" />
        <source>site '{site}': status '{value}' is not existing, planned or candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="336" />
        <source>site '{site}': {field} '{value}' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="535" />
        <source>a resource has no resource_id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="545" />
        <source>resource_id '{id}' is used by more than one resource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="559" />
        <source>resource '{id}' has no site_id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="586" />
        <source>resource '{id}' has no direction (supply or demand)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="596" />
        <source>resource '{id}': direction '{value}' is not supply or demand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="632" />
        <source>resource '{id}': {field} '{value}' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="653" />
        <source>a flow has no flow_id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="663" />
        <source>flow_id '{id}' is used by more than one flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="677" />
        <source>flow '{id}' has no {field}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="688" />
        <source>flow '{id}': {field} '{site}' is not in the sites layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="724" />
        <source>{errors} errors, {warnings} warnings, {infos} notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="731" />
        <source>No problem found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="735" />
        <source>{severity}: {problem} in {table}: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="365" />
        <source>{what} '{id}' has no resource code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="376" />
        <source>{what} '{id}': '{value}' is written '{code}' in the catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="389" />
        <source>{what} '{id}': resource code '{value}' is not in the catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="417" />
        <source>{what} '{id}': quantity '{value}' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="429" />
        <source>{what} '{id}' has no quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="440" />
        <source>{what} '{id}': quantity {value} is negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="466" />
        <source>{what} '{id}' has a quantity but no unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="478" />
        <source>{what} '{id}': unit '{value}' is not recognised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="608" />
        <source>resource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/validation.py" line="700" />
        <source>flow</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>waste_heat</name>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="94" />
        <source>The {what} layer lacks the columns {columns}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="104" />
        <source>The {what} layer repeats the ids {ids}: each must be unique.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="155" />
        <source>no location: the source has no geometry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="156" />
        <source>capacity in MW but neither heat in MWh/yr nor hours_per_year: the yearly heat cannot be computed; give one of them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="160" />
        <source>no heat: heat_mwh_yr and capacity_mw are empty or 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="161" />
        <source>too cold: the source temperature is below the network temperature of {t} C (a heat pump would be needed, which is not costed here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="165" />
        <source>hours_per_year outside 0-8784 was ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="166" />
        <source>hours_per_year unknown: capacity taken as heat / 8760 h (steady all year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="169" />
        <source>temperature unknown: linked as if hot enough; check it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="171" />
        <source>outside the extent of the DH areas (linked if within reach)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="315" />
        <source>heat sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="315" />
        <source>DH areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="309" />
        <source>The detour factor must be 1 or more, not {f}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="316" />
        <source>roads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="335" />
        <source>{n} DH areas without geometry or without a positive demand were left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="365" />
        <source>The roads layer has no lines: straight lines were used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="388" />
        <source>{n} links found no path along the roads within reach; their length is the straight line times the detour factor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="479" />
        <source> and {more} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="481" />
        <source>Source {source} ({name}) can serve {n} areas economically: {areas}. Each link is costed alone; together they would take {demand:.0f} MWh/yr of its {heat:.0f} MWh/yr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="490" />
        <source>{n} sources lie outside the extent of the DH areas; they are linked when an area is within reach.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="493" />
        <source>{n} sources give MW without hours per year and were not linked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="493" />
        <source>{n} sources are colder than the network and were not linked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ite_qgis/core/waste_heat.py" line="493" />
        <source>{n} sources have no hours per year: their capacity assumes 8760 h.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
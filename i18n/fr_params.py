"""French for the parameter help texts (branch params); applied with tools/ts_fill.py."""

TRANSLATIONS = {
    # -- allocatesynergies
    ("allocatesynergies", "The candidate lines of Find synergies, with supply_id, demand_id, quantity and net_benefit_eur_yr; lines from another source need the same columns."):
        "Les lignes candidates de Trouver les synergies, avec supply_id, demand_id, quantity et net_benefit_eur_yr ; des lignes d'une autre origine doivent avoir les mêmes colonnes.",
    ("allocatesynergies", "The resources table the candidates came from: its quantities bound what each supply can give and each demand can take."):
        "La table des ressources dont viennent les candidats : ses quantités bornent ce que chaque offre peut céder et ce que chaque demande peut recevoir.",
    ("allocatesynergies", "Also allocate knowledge-based candidates. Their receiver declared no demand, so only the supply bounds them: the totals are then upper bounds. Unchecked by default."):
        "Allouer aussi les candidats issus de la base de connaissances. Leur receveur n'a déclaré aucune demande, seule l'offre les borne : les totaux sont alors des majorants. Décoché par défaut.",
    ("allocatesynergies", "The candidate lines that carry a quantity, with allocated_quantity and allocated_benefit_eur_yr; together they respect every supply and demand."):
        "Les lignes candidates qui portent une quantité, avec allocated_quantity et allocated_benefit_eur_yr ; ensemble, elles respectent chaque offre et chaque demande.",
    ("allocatesynergies", "One row per supply and demand: its quantity, what was allocated, what remains and the number of candidate lines it had."):
        "Une ligne par offre et par demande : sa quantité, ce qui a été alloué, ce qui reste et son nombre de lignes candidates.",
    # -- createterritory
    ("createterritory", "The new GeoPackage, with the empty sites (points), resources and flows (lines) tables, their attribute forms and styles."):
        "Le nouveau GeoPackage, avec les tables vides des sites (points), des ressources et des flux (lignes), leurs formulaires d'attributs et leurs styles.",
    # -- dhpotentialareas
    ("dhpotentialareas", "Raster of yearly heat demand density in MWh/ha, in a projected CRS in metres, such as the output of Heat demand density grid or a Hotmaps map. Set its nodata value if empty cells hold a sentinel such as -9999."):
        "Raster de densité des besoins annuels de chaleur en MWh/ha, dans un SCR projeté en mètres, comme la sortie de Grille de densité des besoins de chaleur ou une carte Hotmaps. Définissez sa valeur nodata si les cellules vides portent une valeur sentinelle comme -9999.",
    ("dhpotentialareas", "Yearly heat of one dwelling equivalent, in MWh, to express each area's demand as a number of dwellings (default {default} MWh/yr, from the Dunkirk network)."):
        "Chaleur annuelle d'un équivalent-logement, en MWh, pour exprimer le besoin de chaque zone en nombre de logements (par défaut {default} MWh/an, d'après le réseau de Dunkerque).",
    ("dhpotentialareas", "Passes of a 3 x 3 closing that fill the one-cell gaps between candidate cells, so that a street does not split an area (default {default}; 0: none)."):
        "Passes d'une fermeture morphologique 3 x 3 qui comblent les trous d'une cellule entre cellules candidates, pour qu'une rue ne coupe pas une zone (par défaut {default} ; 0 : aucune).",
    ("dhpotentialareas", "Checked (default): the area threshold is tested on the demand of all the area's cells, those added by closing included. Unchecked: only the cells at or above the cell threshold count."):
        "Coché (par défaut) : le seuil par zone est testé sur le besoin de toutes les cellules de la zone, y compris celles ajoutées par la fermeture. Décoché : seules comptent les cellules qui atteignent le seuil par cellule.",
    ("dhpotentialareas", "Polygons of the kept areas with their demand in GWh/yr (cell rule and with the closing cells), area and dwelling equivalents."):
        "Polygones des zones retenues, avec leur besoin en GWh/an (règle par cellule et avec les cellules de fermeture), leur surface et leurs équivalents-logements.",
    # -- exportsynergymap
    ("exportsynergymap", "Drawn with its default style when given."):
        "Dessinée avec son style par défaut si elle est fournie.",
    ("exportsynergymap", "The territory's sites (points with site_id, name, status, confidential) in a projected CRS in metres."):
        "Les sites du territoire (points avec site_id, name, status, confidential) dans un SCR projeté en mètres.",
    ("exportsynergymap", "The output of Find synergies or Allocate synergies, drawn as lines by family and listed in the table of the top synergies."):
        "La sortie de Trouver les synergies ou d'Allouer les synergies, dessinée en lignes par famille et reprise dans le tableau des meilleures synergies.",
    ("exportsynergymap", "The resources table, so that confidential resource rows are protected too."):
        "La table des ressources, pour que les lignes de ressources confidentielles soient protégées elles aussi.",
    ("exportsynergymap", "The territory's known flows."):
        "Les flux connus du territoire.",
    ("exportsynergymap", "The output of District heating potential areas."):
        "La sortie de Zones de potentiel de réseau de chaleur.",
    ("exportsynergymap", "The output of Waste heat to district heating."):
        "La sortie de Chaleur fatale vers les réseaux de chaleur.",
    ("exportsynergymap", "A heat demand density raster in MWh/ha, as background."):
        "Un raster de densité des besoins de chaleur en MWh/ha, en fond de carte.",
    ("exportsynergymap", "Title of the map. Empty: a default title."):
        "Titre de la carte. Vide : un titre par défaut.",
    ("exportsynergymap", "Line under the title. Empty: the number of synergies."):
        "Ligne sous le titre. Vide : le nombre de synergies.",
    ("exportsynergymap", "Paper size of each page (default A3)."):
        "Format de papier de chaque page (A3 par défaut).",
    ("exportsynergymap", "Orientation of the page (default landscape)."):
        "Orientation de la page (paysage par défaut).",
    ("exportsynergymap", "One page (default), or one page per site with synergies (the site and its partners), per resource family or per district heating area. PNG and SVG atlases give numbered files beside the chosen name."):
        "Une seule page (par défaut), ou une page par site ayant des synergies (le site et ses partenaires), par famille de ressources ou par zone de réseau de chaleur. Les atlas PNG et SVG donnent des fichiers numérotés à côté du nom choisi.",
    ("exportsynergymap", "Language of the texts, legend, numbers and date: as QGIS (default), English or French."):
        "Langue des textes, de la légende, des nombres et de la date : celle de QGIS (par défaut), l'anglais ou le français.",
    ("exportsynergymap", "Rows of the table of the top synergies (default 10; fewer when they do not fit)."):
        "Lignes du tableau des meilleures synergies (10 par défaut ; moins si elles ne tiennent pas).",
    ("exportsynergymap", "Candidates drawn for each supply, by rank: 1 (default) draws the best candidate of each supply only."):
        "Candidats dessinés pour chaque offre, par rang : 1 (par défaut) ne dessine que le meilleur candidat de chaque offre.",
    ("exportsynergymap", "Text printed on the map to credit the data sources. Empty: \"territory inventory\"."):
        "Texte imprimé sur la carte pour citer les sources des données. Vide : « inventaire du territoire ».",
    ("exportsynergymap", "Resolution of PNG files and of the raster parts of PDF and SVG, in dots per inch (default 150)."):
        "Résolution des fichiers PNG et des parties raster des PDF et SVG, en points par pouce (150 par défaut).",
    ("exportsynergymap", "The map file: PDF (all pages in one file), PNG or SVG, chosen by its extension."):
        "Le fichier de la carte : PDF (toutes les pages dans un fichier), PNG ou SVG, selon son extension.",
    # -- exporttables
    ("exporttables", "Written as the {table} table; left out when not given."):
        "Écrite comme table {table} ; omise si elle n'est pas fournie.",
    ("exporttables", "The territory's sites, always written (the sites table)."):
        "Les sites du territoire, toujours écrits (la table sites).",
    ("exporttables", "The output of Find synergies or Allocate synergies."):
        "La sortie de Trouver les synergies ou d'Allouer les synergies.",
    ("exporttables", "The output of Waste heat to district heating."):
        "La sortie de Chaleur fatale vers les réseaux de chaleur.",
    ("exporttables", "CSV (default): one UTF-8 file per table. XLSX: one workbook with one sheet per table. Points become x and y columns, other geometries a WKT column."):
        "CSV (par défaut) : un fichier UTF-8 par table. XLSX : un classeur avec une feuille par table. Les points deviennent des colonnes x et y, les autres géométries une colonne WKT.",
    ("exporttables", "Folder where the files are written, one per table."):
        "Dossier où les fichiers sont écrits, un par table.",
    # -- findsynergies
    ("findsynergies", "Point layer of the sites, with a unique site_id and, for knowledge-based matches, a NACE code in nace. A geographic CRS is reprojected to a metric one (named in the log); lines and polygons are refused."):
        "Couche de points des sites, avec un site_id unique et, pour les appariements issus de la base de connaissances, un code NACE dans nace. Un SCR géographique est reprojeté dans un SCR métrique (nommé dans le journal) ; les lignes et les polygones sont refusés.",
    ("findsynergies", "Resource families to search: only the supplies and demands of these families are paired. All seven by default."):
        "Familles de ressources à rechercher : seules les offres et les demandes de ces familles sont appariées. Les sept par défaut.",
    ("findsynergies", "How far a supply looks for receivers: the economic break-even distance of each resource (default), the fixed radius below, or the smaller of both. Resources without a transport cost model use the fixed radius."):
        "Jusqu'où une offre cherche des receveurs : la distance de rentabilité économique de chaque ressource (par défaut), le rayon fixe ci-dessous, ou le plus petit des deux. Les ressources sans modèle de coût de transport utilisent le rayon fixe.",
    ("findsynergies", "Search radius in km of the fixed-distance mode, and of the resources without a cost model (default {default} km)."):
        "Rayon de recherche en km du mode à distance fixe et des ressources sans modèle de coût (par défaut {default} km).",
    ("findsynergies", "Route length over the straight-line distance: every distance is the straight line times this factor (default {default}, a common road circuity)."):
        "Longueur du trajet rapportée à la distance à vol d'oiseau : chaque distance est la ligne droite multipliée par ce facteur (par défaut {default}, un détour routier courant).",
    ("findsynergies", "Most candidate receivers kept for each supply, best score first, declared demands before knowledge-based ones (default {default})."):
        "Nombre maximal de receveurs candidats retenus pour chaque offre, meilleur score d'abord, demandes déclarées avant celles issues de la base de connaissances (par défaut {default}).",
    ("findsynergies", "Also propose sites that declared no demand but whose NACE sector received the resource in documented exchanges (knowledge base). Checked by default."):
        "Proposer aussi les sites qui n'ont déclaré aucune demande mais dont le secteur NACE a reçu la ressource dans des échanges documentés (base de connaissances). Coché par défaut.",
    ("findsynergies", "Cost of carrying one tonne over one loaded kilometre by road, in EUR (default from the French CNR road-haulage indices)."):
        "Coût du transport routier d'une tonne sur un kilomètre en charge, en EUR (valeur par défaut tirée des indices du transport routier du CNR).",
    ("findsynergies", "Distance driven back empty as a share of the loaded distance: 1 means the truck returns empty, 0 that it always finds a return load."):
        "Distance parcourue à vide au retour, en part de la distance en charge : 1 signifie que le camion revient à vide, 0 qu'il trouve toujours un fret retour.",
    ("findsynergies", "Gate fee per tonne that a supplier no longer pays when its waste is reused, in EUR/t, tax excluded (default from ADEME)."):
        "Coût de mise en décharge par tonne que le fournisseur ne paie plus quand son déchet est réutilisé, en EUR/t, hors taxe (valeur par défaut de l'ADEME).",
    ("findsynergies", "Landfill tax per tonne also avoided, in EUR/t (default: French TGAP rate for non-hazardous waste, 2025)."):
        "Taxe sur la mise en décharge évitée elle aussi, en EUR/t (par défaut : taux de TGAP 2025 pour les déchets non dangereux).",
    ("findsynergies", "Cost per tonne of preparing the material for reuse (drying, crushing...), in EUR/t; deducted from the value. 0 unless you know it."):
        "Coût par tonne de la préparation de la matière avant réutilisation (séchage, concassage…), en EUR/t ; déduit de la valeur. 0 si vous ne le connaissez pas.",
    ("findsynergies", "Cost per tonne of loading and unloading at both ends, in EUR/t; deducted from the value. 0 unless you know it."):
        "Coût par tonne du chargement et du déchargement au départ et à l'arrivée, en EUR/t ; déduit de la valeur. 0 si vous ne le connaissez pas.",
    ("findsynergies", "No radius, economic or fixed, goes beyond this distance in km."):
        "Aucun rayon, économique ou fixe, ne dépasse cette distance en km.",
    ("findsynergies", "Highest levelised cost of carrying heat or steam through a pipe, in EUR per MWh delivered: it sets the longest heat link (default from Hotmaps)."):
        "Coût actualisé maximal du transport de chaleur ou de vapeur par canalisation, en EUR par MWh livré : il fixe la plus longue liaison de chaleur (valeur par défaut de Hotmaps).",
    ("findsynergies", "Discount rate of the investment in heat pipes, as a fraction (0.03 = 3 %)."):
        "Taux d'actualisation de l'investissement dans les canalisations de chaleur, en fraction (0,03 = 3 %).",
    ("findsynergies", "Years over which the heat pipes are paid off, with the discount rate."):
        "Nombre d'années sur lesquelles les canalisations de chaleur sont amorties, avec le taux d'actualisation.",
    ("findsynergies", "Lines from each supplier to each candidate receiver, with distance, quantity, costs, net benefit, CO2 avoided, score and rank; styled by family."):
        "Lignes de chaque fournisseur vers chaque receveur candidat, avec distance, quantité, coûts, bénéfice net, CO2 évité, score et rang ; style par famille.",
    # -- flowmap
    ("flowmap", "Default: {field}."):
        "Par défaut : {field}.",
    ("flowmap", "The flows to draw: the territory's flows, the candidate or allocated synergies, or the links of Waste heat to district heating; a table or a line layer."):
        "Les flux à dessiner : les flux du territoire, les synergies candidates ou allouées, ou les liaisons de Chaleur fatale vers les réseaux de chaleur ; une table ou une couche de lignes.",
    ("flowmap", "Points (or polygons, through a point on their surface) with a site id, where the flows start and end. Empty: the flows must be lines, drawn between their first and last vertices."):
        "Points (ou polygones, par un point de leur surface) avec un identifiant de site, d'où partent et où arrivent les flux. Vide : les flux doivent être des lignes, tracées entre leurs premier et dernier sommets.",
    ("flowmap", "Field of the sites layer that holds the site id (default site_id)."):
        "Champ de la couche des sites qui porte l'identifiant du site (site_id par défaut).",
    ("flowmap", "Field with the id of the supplying site: supplier_site for synergies, source_id for DH links."):
        "Champ de l'identifiant du site fournisseur : supplier_site pour les synergies, source_id pour les liaisons de réseau de chaleur.",
    ("flowmap", "Field with the id of the receiving site: receiver_site for synergies, area_id for DH links."):
        "Champ de l'identifiant du site receveur : receiver_site pour les synergies, area_id pour les liaisons de réseau de chaleur.",
    ("flowmap", "Field with the resource code, which sets the family and colour."):
        "Champ du code de ressource, qui fixe la famille et la couleur.",
    ("flowmap", "Field with the quantity, which sets the width: allocated_quantity for allocated synergies, heat_delivered_mwh_yr for DH links."):
        "Champ de la quantité, qui fixe l'épaisseur : allocated_quantity pour les synergies allouées, heat_delivered_mwh_yr pour les liaisons de réseau de chaleur.",
    ("flowmap", "Field with the unit of the quantity."):
        "Champ de l'unité de la quantité.",
    ("flowmap", "Resource code used where the resource field is empty or absent, e.g. heat for DH links."):
        "Code de ressource utilisé là où le champ de ressource est vide ou absent, p. ex. heat pour les liaisons de réseau de chaleur.",
    ("flowmap", "Unit used where the unit field is empty or absent, e.g. MWh/yr for DH links."):
        "Unité utilisée là où le champ d'unité est vide ou absent, p. ex. MWh/yr pour les liaisons de réseau de chaleur.",
    ("flowmap", "Curved (default): arcs bent to the right of travel, so A to B and B to A do not overlap. Straight: straight lines."):
        "Courbes (par défaut) : arcs incurvés à droite du sens de parcours, pour que A vers B et B vers A ne se superposent pas. Droites : lignes droites.",
    ("flowmap", "Side by side (default): one line per flow. Summed: one line per pair of sites, resource family and unit family (tonnes and MWh are never added)."):
        "Côte à côte (par défaut) : une ligne par flux. Additionnés : une ligne par paire de sites, famille de ressources et famille d'unités (les tonnes et les MWh ne sont jamais additionnées).",
    ("flowmap", "Height of a curved arc as a share of the distance between its two sites (default {default})."):
        "Hauteur d'un arc courbe, en part de la distance entre ses deux sites (par défaut {default}).",
    ("flowmap", "Distance in metres between side-by-side flows of the same two sites; 0 (default) sets it as a share of the distance."):
        "Distance en mètres entre les flux côte à côte des deux mêmes sites ; 0 (par défaut) la fixe en part de la distance.",
    ("flowmap", "Width on the map, in mm, of the largest flow of each unit family; the others are proportional to their quantity."):
        "Épaisseur sur la carte, en mm, du plus gros flux de chaque famille d'unités ; les autres sont proportionnelles à leur quantité.",
    ("flowmap", "No line is drawn thinner than this, in mm, so small flows stay visible."):
        "Aucune ligne n'est tracée plus fine que cette épaisseur, en mm, pour que les petits flux restent visibles.",
    ("flowmap", "Vertices of each curved line: more gives smoother arcs."):
        "Sommets de chaque ligne courbe : davantage donne des arcs plus lisses.",
    ("flowmap", "Your own resource codes, in the columns of resources/catalogue/resources.csv, so that flows with these codes get a family."):
        "Vos propres codes de ressources, dans les colonnes de resources/catalogue/resources.csv, pour que les flux de ces codes reçoivent une famille.",
    ("flowmap", "One line per flow (or summed flow) with its family, normalised quantity, width in mm and a size class; styled by family with an arrow at the receiver."):
        "Une ligne par flux (ou flux additionné) avec sa famille, sa quantité normalisée, son épaisseur en mm et une classe de taille ; style par famille avec une flèche vers le receveur.",
    # -- heatdensitygrid
    ("heatdensitygrid", "Building footprints or points that each carry a yearly heat demand, in a projected CRS in metres. A polygon's demand is spread over the cells it covers, in proportion to the area in each."):
        "Emprises de bâtiments ou points portant chacun un besoin annuel de chaleur, dans un SCR projeté en mètres. Le besoin d'un polygone est réparti entre les cellules qu'il recouvre, au prorata de sa surface dans chacune.",
    ("heatdensitygrid", "Raster of the heat demand density in MWh/ha, in the layer's CRS (cells without demand hold 0), ready for District heating potential areas."):
        "Raster de densité des besoins de chaleur en MWh/ha, dans le SCR de la couche (les cellules sans besoin valent 0), prêt pour Zones de potentiel de réseau de chaleur.",
    # -- importinventory
    ("importinventory", "The survey as a CSV, TXT or XLSX file. Encoding, separator and decimal mark are detected. Give this file or an inventory table."):
        "L'enquête sous forme de fichier CSV, TXT ou XLSX. L'encodage, le séparateur et le séparateur décimal sont détectés. Donnez ce fichier ou une table d'inventaire.",
    ("importinventory", "The survey as a layer or table already in QGIS, used when no file is given."):
        "L'enquête sous forme de couche ou de table déjà dans QGIS, utilisée quand aucun fichier n'est donné.",
    ("importinventory", "Long (default): one resource per row, the site's columns repeated. Wide: one row per site and one column per resource, described in the wide layout parameter."):
        "Long (par défaut) : une ressource par ligne, les colonnes du site répétées. Large : une ligne par site et une colonne par ressource, décrites dans le paramètre du format large.",
    ("importinventory", "How each site is located: x and y columns (default), a WKT column (a point inside a polygon is used), or a key joined to a point or polygon layer."):
        "Comment chaque site est localisé : colonnes x et y (par défaut), une colonne WKT (un point à l'intérieur d'un polygone est utilisé), ou une clé jointe à une couche de points ou de polygones.",
    ("importinventory", "CRS of the x/y or WKT coordinates in the file (default WGS 84 longitude and latitude). Not used with a join."):
        "SCR des coordonnées x/y ou WKT du fichier (par défaut longitude et latitude WGS 84). Inutilisé avec une jointure.",
    ("importinventory", "Projected CRS in metres of the sites output. Empty: the UTM zone of the data, or LAEA Europe for a larger extent, named in the log."):
        "SCR projeté en mètres de la sortie des sites. Vide : la zone UTM des données, ou LAEA Europe pour une étendue plus grande, nommé dans le journal.",
    ("importinventory", "With the join option: the point or polygon layer that locates the sites (a point inside each polygon is used)."):
        "Avec l'option de jointure : la couche de points ou de polygones qui localise les sites (un point à l'intérieur de chaque polygone est utilisé).",
    ("importinventory", "With the join option: the field of that layer matched to the site key of the inventory."):
        "Avec l'option de jointure : le champ de cette couche mis en correspondance avec la clé de site de l'inventaire.",
    ("importinventory", "Overrides of the guessed column names, as field=your column pairs separated by ';', e.g. site_id=SIRET; resource=Code CED. Empty: the guesses (named in the log)."):
        "Remplace les noms de colonnes devinés, sous forme de paires champ=votre colonne séparées par « ; », p. ex. site_id=SIRET; resource=Code CED. Vide : les noms devinés (indiqués dans le journal).",
    ("importinventory", "Wide layout only: each resource column as column=code:direction:unit, separated by ';', e.g. Slag=ewc:100202:supply:t/yr."):
        "Format large uniquement : chaque colonne de ressource sous la forme colonne=code:sens:unité, séparées par « ; », p. ex. Laitier=ewc:100202:supply:t/yr.",
    ("importinventory", "Name of the XLSX sheet to read. Empty: the first sheet."):
        "Nom de la feuille XLSX à lire. Vide : la première feuille.",
    ("importinventory", "Your own resource codes, in the columns of resources/catalogue/resources.csv; rows with these codes are then accepted."):
        "Vos propres codes de ressources, dans les colonnes de resources/catalogue/resources.csv ; les lignes portant ces codes sont alors acceptées.",
    ("importinventory", "One point per site with site_id, name, NACE code and confidentiality, in the CRS of the sites output."):
        "Un point par site avec site_id, nom, code NACE et confidentialité, dans le SCR de la sortie des sites.",
    ("importinventory", "One row per resource: resource_id, site_id, direction, resource code, quantity converted to t/yr, MWh/yr, m3/yr or count/yr, and unit."):
        "Une ligne par ressource : resource_id, site_id, sens, code de ressource, quantité convertie en t/yr, MWh/yr, m3/yr ou count/yr, et unité.",
    ("importinventory", "Every input row not imported (severity error) or imported with a warning, with its row number as your spreadsheet shows it and the reason."):
        "Chaque ligne d'entrée non importée (gravité error) ou importée avec un avertissement, avec son numéro de ligne tel que votre tableur l'affiche et la raison.",
    # -- metabolism
    ("metabolism", "The territory's sites with site_id, nace and confidential: supplies and demands are summed by NACE sector."):
        "Les sites du territoire avec site_id, nace et confidential : les offres et les demandes sont additionnées par secteur NACE.",
    ("metabolism", "The territory's resources table: what each site supplies and needs."):
        "La table des ressources du territoire : ce que chaque site offre et ce dont il a besoin.",
    ("metabolism", "The territory's known flows; only those of status existing (or without status) count as exchanged. Empty: nothing is exchanged yet."):
        "Les flux connus du territoire ; seuls ceux de statut existing (ou sans statut) comptent comme échangés. Vide : rien n'est encore échangé.",
    ("metabolism", "The output of Find synergies or, better, Allocate synergies, counted as candidates; an offer made to several receivers is never counted twice."):
        "La sortie de Trouver les synergies ou, mieux, d'Allouer les synergies, comptée comme candidate ; une offre faite à plusieurs receveurs n'est jamais comptée deux fois.",
    ("metabolism", "Field with the quantity of each synergy line. Empty: allocated_quantity when the layer has it, else quantity."):
        "Champ de la quantité de chaque ligne de synergie. Vide : allocated_quantity si la couche l'a, sinon quantity.",
    ("metabolism", "Checked (default): quantities of confidential sites and resources are rounded to classes (1, 2, 5 x 10^n) before anything is summed or drawn. Unchecked: the quantities as declared."):
        "Coché (par défaut) : les quantités des sites et ressources confidentiels sont arrondies à des classes (1, 2, 5 x 10^n) avant toute somme ou tout dessin. Décoché : les quantités telles que déclarées.",
    ("metabolism", "Title of the Sankey diagram. Empty: a default title."):
        "Titre du diagramme de Sankey. Vide : un titre par défaut.",
    ("metabolism", "Your own resource codes, in the columns of resources/catalogue/resources.csv, so that their rows get a family."):
        "Vos propres codes de ressources, dans les colonnes de resources/catalogue/resources.csv, pour que leurs lignes reçoivent une famille.",
    ("metabolism", "One row per resource family and unit, per sector and unit, and a total per unit: supply, demand, exchanged, candidate, not looped and the shares."):
        "Une ligne par famille de ressources et unité, par secteur et unité, et un total par unité : offre, demande, échangé, candidat, non bouclé et les parts.",
    ("metabolism", "A standalone SVG file, one diagram per unit family: supplying sectors, resource families, receiving sectors or not looped."):
        "Un fichier SVG autonome, un diagramme par famille d'unités : secteurs fournisseurs, familles de ressources, secteurs receveurs ou non bouclé.",
    # -- poolingopportunities
    ("poolingopportunities", "Sites at most this far apart, in km, are linked; a chain of close sites forms one cluster, which can be longer than the distance (default {default} km)."):
        "Les sites distants d'au plus cette distance, en km, sont reliés ; une chaîne de sites proches forme un seul groupe, qui peut être plus étendu que la distance (par défaut {default} km).",
    ("poolingopportunities", "Points where the collected waste goes, in the CRS of the sites, to count the truck-km saved. Empty: the hub of each cluster is the destination."):
        "Points où vont les déchets collectés, dans le SCR des sites, pour compter les camions-km économisés. Vide : le pôle de chaque groupe est la destination.",
    ("poolingopportunities", "Tonnes one truck carries per round, to count the rounds and truck-km (default {default} t, a typical European articulated tipper or skip lorry)."):
        "Tonnes qu'un camion transporte par tournée, pour compter les tournées et les camions-km (par défaut {default} t, une semi-remorque benne ou un porte-bennes européen courant).",
    ("poolingopportunities", "One hub point per cluster of sites with the same resource and direction, with the total quantity, rounds per year and truck-km saved."):
        "Un point de pôle par groupe de sites ayant la même ressource et le même sens, avec la quantité totale, les tournées par an et les camions-km économisés.",
    ("poolingopportunities", "One row per site of each cluster, with its quantity and distance to the hub."):
        "Une ligne par site de chaque groupe, avec sa quantité et sa distance au pôle.",
    # -- publicparameters
    ("publicparameters", "Checked (default): sites and resources marked confidential are shown by sector only, their quantities rounded and their points moved, and the output says so. Unchecked: every name, figure and location as in the inputs, for internal use."):
        "Coché (par défaut) : les sites et ressources marqués confidentiels ne sont montrés que par leur secteur, leurs quantités arrondies et leurs points déplacés, et la sortie le signale. Décoché : chaque nom, chiffre et emplacement tel qu'en entrée, pour un usage interne.",
    ("publicparameters", "Largest distance in metres a confidential site is moved in the public version: each moves by 30 % to 100 % of it (default {default} m)."):
        "Plus grande distance en mètres dont un site confidentiel est déplacé dans la version publique : chacun est déplacé de 30 % à 100 % de cette distance (par défaut {default} m).",
    # -- report
    ("report", "The territory's sites (points with site_id, name, nace, confidential), made with Create territory, Sample territory or Import inventory."):
        "Les sites du territoire (points avec site_id, name, nace, confidential), créés avec Créer un territoire, Territoire d'exemple ou Importer l'inventaire.",
    ("report", "The territory's resources table, for the indicators and the diagram."):
        "La table des ressources du territoire, pour les indicateurs et le diagramme.",
    ("report", "The territory's known flows, drawn and counted as exchanged."):
        "Les flux connus du territoire, dessinés et comptés comme échangés.",
    ("report", "The output of Find synergies or Allocate synergies: candidates count the best declared line of each supply, allocated lines what they carry."):
        "La sortie de Trouver les synergies ou d'Allouer les synergies : les candidats comptent la meilleure ligne déclarée de chaque offre, les lignes allouées ce qu'elles portent.",
    ("report", "The output of Waste heat to district heating, for its candidates."):
        "La sortie de Chaleur fatale vers les réseaux de chaleur, pour ses candidats.",
    ("report", "Title at the top of the page. Empty: a default title."):
        "Titre en haut de la page. Vide : un titre par défaut.",
    ("report", "Line under the title. Empty: none."):
        "Ligne sous le titre. Vide : aucune.",
    ("report", "Language of the page: the interface's (default), English or French. Numbers and dates follow it."):
        "Langue de la page : celle de l'interface (par défaut), l'anglais ou le français. Les nombres et les dates la suivent.",
    ("report", "Rows of the table of the best candidate synergies (default 15)."):
        "Lignes du tableau des meilleures synergies candidates (15 par défaut).",
    ("report", "The HTML page, self-contained (map and diagram embedded, no script), so it opens the same offline."):
        "La page HTML, autonome (carte et diagramme intégrés, aucun script), qui s'ouvre donc de même hors ligne.",
    # -- sampleterritory
    ("sampleterritory", "A projected CRS in metres for the sample (default EPSG:2154, Lambert-93, the official CRS of mainland France). Geographic CRSs are refused."):
        "Un SCR projeté en mètres pour l'exemple (par défaut EPSG:2154, Lambert-93, le SCR officiel de la France métropolitaine). Les SCR géographiques sont refusés.",
    ("sampleterritory", "The territory GeoPackage to write, with the sites, resources and known flows of the Dunkirk sample; it is loaded into the project as one group."):
        "Le GeoPackage de territoire à écrire, avec les sites, les ressources et les flux connus de l'exemple de Dunkerque ; il est chargé dans le projet en un seul groupe.",
    # -- synergyinputs
    ("synergyinputs", "Point layer of the sites, one feature per site with a unique site_id. Lines and polygons are refused (use Centroids first); sites without a point are left out and listed in the log."):
        "Couche de points des sites, une entité par site avec un site_id unique. Les lignes et les polygones sont refusés (utilisez d'abord Centroïdes) ; les sites sans point sont écartés et listés dans le journal.",
    ("synergyinputs", "The resources table of the territory: resource_id, site_id, direction (supply or demand), resource code, quantity and unit. Any geometry is ignored; rows whose code the catalogue does not know are skipped and listed in the log."):
        "La table des ressources du territoire : resource_id, site_id, sens (offre ou demande), code de ressource, quantité et unité. Toute géométrie est ignorée ; les lignes dont le catalogue ne connaît pas le code sont ignorées et listées dans le journal.",
    ("synergyinputs", "Your own resource codes and compatibility rules, in the columns of resources/catalogue/resources.csv; they add to the shipped catalogue. Empty: the shipped catalogue only."):
        "Vos propres codes de ressources et règles de compatibilité, dans les colonnes de resources/catalogue/resources.csv ; ils s'ajoutent au catalogue fourni. Vide : le catalogue fourni seul.",
    # -- validateinventory
    ("validateinventory", "The territory's sites layer (points with site_id, name, nace...)."):
        "La couche des sites du territoire (points avec site_id, name, nace…).",
    ("validateinventory", "The territory's resources table; each row is checked against the sites and the resource catalogue."):
        "La table des ressources du territoire ; chaque ligne est contrôlée par rapport aux sites et au catalogue des ressources.",
    ("validateinventory", "The territory's known flows, checked against the sites and the catalogue. Empty: flows are not checked."):
        "Les flux connus du territoire, contrôlés par rapport aux sites et au catalogue. Vide : les flux ne sont pas contrôlés.",
    ("validateinventory", "Your own resource codes, in the columns of resources/catalogue/resources.csv, so that rows with these codes are not reported as unknown."):
        "Vos propres codes de ressources, dans les colonnes de resources/catalogue/resources.csv, pour que les lignes portant ces codes ne soient pas signalées comme inconnues.",
    ("validateinventory", "One row per problem: severity (error, warning or info), table, feature id, field, problem code and message. Empty when the inventory is clean."):
        "Une ligne par problème : gravité (error, warning ou info), table, identifiant de l'entité, champ, code du problème et message. Vide quand l'inventaire est propre.",
    # -- wasteheatdh
    ("wasteheatdh", "Empty: the first of these fields the layer has: {fields}."):
        "Vide : le premier de ces champs que la couche possède : {fields}.",
    ("wasteheatdh", "Points of the heat sources, or of the sites when a resources table gives their heat. Reprojected to the CRS of the DH areas."):
        "Points des sources de chaleur, ou des sites quand une table des ressources donne leur chaleur. Reprojetés dans le SCR des zones de réseau de chaleur.",
    ("wasteheatdh", "The territory's resources table: each heat or steam supply becomes a source at the point whose id matches its site_id. Empty: the heat is read from the fields of the points."):
        "La table des ressources du territoire : chaque offre de chaleur ou de vapeur devient une source au point dont l'identifiant correspond à son site_id. Vide : la chaleur est lue dans les champs des points.",
    ("wasteheatdh", "Field that identifies each source or site."):
        "Champ qui identifie chaque source ou site.",
    ("wasteheatdh", "Field with the name shown for each source."):
        "Champ du nom affiché pour chaque source.",
    ("wasteheatdh", "Field with the yearly excess heat in MWh (without a resources table)."):
        "Champ de la chaleur fatale annuelle en MWh (sans table des ressources).",
    ("wasteheatdh", "Field with the heat capacity in MW; with the hours it gives the heat when no heat field is given."):
        "Champ de la puissance thermique en MW ; avec les heures, elle donne la chaleur quand aucun champ de chaleur n'est indiqué.",
    ("wasteheatdh", "Field with the source temperature in °C, compared with the network supply temperature."):
        "Champ de la température de la source en °C, comparée à la température de départ du réseau.",
    ("wasteheatdh", "Field with the hours per year the heat is available."):
        "Champ du nombre d'heures par an pendant lesquelles la chaleur est disponible.",
    ("wasteheatdh", "Polygons of the DH potential areas (output of District heating potential areas), in a projected CRS in metres."):
        "Polygones des zones de potentiel de réseau de chaleur (sortie de Zones de potentiel de réseau de chaleur), dans un SCR projeté en mètres.",
    ("wasteheatdh", "Field that identifies each area."):
        "Champ qui identifie chaque zone.",
    ("wasteheatdh", "Field with the yearly heat demand of each area in GWh; areas without a positive demand are left out."):
        "Champ du besoin annuel de chaleur de chaque zone en GWh ; les zones sans besoin positif sont écartées.",
    ("wasteheatdh", "Lines noded at junctions. Given, a pipe follows the shortest road path; empty, its length is the straight line times the detour factor."):
        "Lignes découpées aux intersections. Si le réseau est fourni, une canalisation suit le plus court chemin par la route ; sinon, sa longueur est la ligne droite multipliée par le facteur de détour.",
    ("wasteheatdh", "Supply temperature of the heat network in °C (default {default} °C). Colder sources are flagged too_cold and not linked."):
        "Température de départ du réseau de chaleur en °C (par défaut {default} °C). Les sources plus froides sont signalées too_cold et ne sont pas reliées.",
    ("wasteheatdh", "Pipe route length over the straight line, used when no road network is given (default {default})."):
        "Longueur du tracé de la canalisation rapportée à la ligne droite, utilisée quand aucun réseau routier n'est fourni (par défaut {default}).",
    ("wasteheatdh", "Discount rate of the pipe investment, in % per year (Hotmaps default)."):
        "Taux d'actualisation de l'investissement dans la canalisation, en % par an (valeur par défaut de Hotmaps).",
    ("wasteheatdh", "Years over which the pipe is paid off (Hotmaps default)."):
        "Nombre d'années sur lesquelles la canalisation est amortie (valeur par défaut de Hotmaps).",
    ("wasteheatdh", "Yearly operation and maintenance cost, in % of the pipe investment."):
        "Coût annuel d'exploitation et de maintenance, en % de l'investissement dans la canalisation.",
    ("wasteheatdh", "Highest levelised transmission cost, in EUR per MWh delivered: a link is feasible when its cost is at most this (Hotmaps default)."):
        "Coût actualisé maximal du transport, en EUR par MWh livré : une liaison est réalisable quand son coût ne dépasse pas ce plafond (valeur par défaut de Hotmaps).",
    ("wasteheatdh", "Yearly heat of one dwelling equivalent, in MWh, to express the heat delivered as a number of dwellings (default from the Dunkirk network)."):
        "Chaleur annuelle d'un équivalent-logement, en MWh, pour exprimer la chaleur livrée en nombre de logements (valeur par défaut d'après le réseau de Dunkerque).",
    ("wasteheatdh", "Lines from each source to each area within reach, with length, pipe class, levelised cost per MWh, heat delivered, dwelling equivalents and feasibility."):
        "Lignes de chaque source vers chaque zone à portée, avec longueur, classe de canalisation, coût actualisé par MWh, chaleur livrée, équivalents-logements et faisabilité.",
    ("wasteheatdh", "One row per heat source: its heat, capacity, temperature, longest economic pipe, number of feasible areas, best area and flags."):
        "Une ligne par source de chaleur : sa chaleur, sa puissance, sa température, la plus longue canalisation rentable, le nombre de zones réalisables, la meilleure zone et les signalements.",
}

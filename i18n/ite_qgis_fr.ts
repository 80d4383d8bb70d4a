<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>allocatesynergies</name>
    <message>
        <location filename="../ite_qgis/processing/algorithms/allocate_synergies.py" line="27" />
        <source>Allocate synergies</source>
        <translation>Allouer les synergies</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/allocate_synergies.py" line="30" />
        <source>Chooses how much goes along each candidate line to maximise the net benefit, without exceeding what each supply offers and each demand needs.</source>
        <translation>Choisit la quantité affectée à chaque ligne candidate pour maximiser le bénéfice net, sans dépasser la quantité disponible de chaque offre ni la quantité nécessaire à chaque besoin.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/allocate_synergies.py" line="67" />
        <source>Candidate synergies (output of Find synergies)</source>
        <translation>Synergies candidates (sortie de Trouver les synergies)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/allocate_synergies.py" line="85" />
        <source>Allocated synergies</source>
        <translation>Synergies allouées</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/allocate_synergies.py" line="92" />
        <source>Residual quantities</source>
        <translation>Quantités résiduelles</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/allocate_synergies.py" line="99" />
        <source>Total net benefit (EUR/yr)</source>
        <translation>Bénéfice net total (EUR/yr)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/allocate_synergies.py" line="104" />
        <source>Solver status</source>
        <translation>État du solveur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/allocate_synergies.py" line="133" />
        <source>Solver status: {status}. {count} of {total} candidate lines carry a quantity; total net benefit {benefit} EUR/yr.</source>
        <translation>État du solveur : {status}. {count} des {total} lignes candidates portent une quantité ; bénéfice net total {benefit} EUR/yr.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/allocate_synergies.py" line="75" />
        <source>Include knowledge-based candidates (no declared need bounds them)</source>
        <translation>Inclure les candidats issus de la base de connaissances (aucun besoin déclaré ne les borne)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/allocate_synergies.py" line="146" />
        <source>Allocated synergies (feasible together)</source>
        <translation>Synergies allouées (réalisables ensemble)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/allocate_synergies.py" line="38" />
        <source>The candidate lines of Find synergies, with supply_id, demand_id, quantity and net_benefit_eur_yr; lines from another source need the same columns.</source>
        <translation>Les lignes candidates de Trouver les synergies, avec supply_id, demand_id, quantity et net_benefit_eur_yr ; des lignes d'une autre origine doivent avoir les mêmes colonnes.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/allocate_synergies.py" line="43" />
        <source>The resources table the candidates came from: its quantities bound what each supply can give and each demand can take.</source>
        <translation>La table des ressources dont viennent les candidats : ses quantités bornent ce que chaque offre peut céder et ce que chaque demande peut recevoir.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/allocate_synergies.py" line="48" />
        <source>Also allocate knowledge-based candidates. Their receiver declared no demand, so only the supply bounds them: the totals are then upper bounds. Unchecked by default.</source>
        <translation>Allouer aussi les candidats issus de la base de connaissances. Leur receveur n'a déclaré aucune demande, seule l'offre les borne : les totaux sont alors des majorants. Décoché par défaut.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/allocate_synergies.py" line="54" />
        <source>The candidate lines that carry a quantity, with allocated_quantity and allocated_benefit_eur_yr; together they respect every supply and demand.</source>
        <translation>Les lignes candidates qui portent une quantité, avec allocated_quantity et allocated_benefit_eur_yr ; ensemble, elles respectent chaque offre et chaque demande.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/allocate_synergies.py" line="59" />
        <source>One row per supply and demand: its quantity, what was allocated, what remains and the number of candidate lines it had.</source>
        <translation>Une ligne par offre et par demande : sa quantité, ce qui a été alloué, ce qui reste et son nombre de lignes candidates.</translation>
    </message>
</context>
<context>
    <name>allocation</name>
    <message>
        <location filename="../ite_qgis/core/synergies/allocation.py" line="92" />
        <source>The synergy lines lack the column '{column}'.</source>
        <translation>Il manque aux lignes de synergie la colonne '{column}'.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/allocation.py" line="111" />
        <source>{count} lines with no positive net benefit were left out.</source>
        <translation>{count} lignes sans bénéfice net positif ont été écartées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/allocation.py" line="130" />
        <source>No available or needed quantity is given for {ids}.</source>
        <translation>Aucune quantité disponible ou nécessaire n'est indiquée pour {ids}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/allocation.py" line="166" />
        <source>The allocation could not be solved: {message}</source>
        <translation>La répartition n'a pas pu être résolue : {message}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/allocation.py" line="212" />
        <source>{count} lines carry quantities; total net benefit {total} EUR/yr.</source>
        <translation>{count} lignes portent des quantités ; bénéfice net total {total} EUR/yr.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/allocation_tables.py" line="32" />
        <source>The resources table lacks the columns {columns}.</source>
        <translation>Il manque à la table des ressources les colonnes {columns}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/allocation_tables.py" line="41" />
        <source>The resources table has duplicate resource_id values: {ids}</source>
        <translation>La table des ressources contient des valeurs de resource_id en double : {ids}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/allocation_tables.py" line="55" />
        <source>{n} knowledge-based candidates were left out: no receiver declared the need, so nothing bounds their quantity. Confirm them with the companies, declare the demand, or tick the option to include them.</source>
        <translation>{n} candidats issus de la base de connaissances ont été écartés : aucun receveur n'a déclaré le besoin, donc rien ne borne leur quantité. Confirmez-les avec les entreprises, déclarez le besoin, ou cochez l'option pour les inclure.</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="305" />
        <source>Unknown resource code '{code}'</source>
        <translation>Code de ressource inconnu '{code}'</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="479" />
        <source>Catalogue file {path} does not exist</source>
        <translation>Le fichier de catalogue {path} n'existe pas</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="485" />
        <source>Catalogue file {path} is not UTF-8 text: save it as 'CSV UTF-8'</source>
        <translation>Le fichier de catalogue {path} n'est pas un texte UTF-8 : enregistrez-le au format 'CSV UTF-8'</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="492" />
        <source>Catalogue file {path} is empty</source>
        <translation>Le fichier de catalogue {path} est vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="506" />
        <source>Catalogue file {path} cannot be read as CSV: {error}</source>
        <translation>Le fichier de catalogue {path} ne peut pas être lu comme un CSV : {error}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="541" />
        <source>Catalogue file {path} has {count} problem(s):</source>
        <translation>Le fichier de catalogue {path} présente {count} problème(s) :</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="550" />
        <source>Catalogue file {path} lacks the column(s): {columns}</source>
        <translation>Il manque au fichier de catalogue {path} la ou les colonnes : {columns}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="593" />
        <source>row {row}: the code '{value}' cannot be read</source>
        <translation>ligne {row} : le code '{value}' est illisible</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="601" />
        <source>row {row}: '{value}' is not in the European List of Waste</source>
        <translation>ligne {row} : '{value}' n'est pas dans la liste européenne des déchets</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="610" />
        <source>rows {rows}: duplicate code '{code}'</source>
        <translation>lignes {rows} : code '{code}' en double</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="634" />
        <source>row {row}: unknown family '{value}'</source>
        <translation>ligne {row} : famille inconnue '{value}'</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="634" />
        <source>row {row}: unknown unit family '{value}'</source>
        <translation>ligne {row} : famille d'unités inconnue '{value}'</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="634" />
        <source>row {row}: unknown transport mode '{value}'</source>
        <translation>ligne {row} : mode de transport inconnu '{value}'</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="657" />
        <source>row {row}: '{value}' in column {column} is not a number</source>
        <translation>ligne {row} : '{value}' dans la colonne {column} n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="665" />
        <source>row {row}: {column} must not be negative ({value})</source>
        <translation>ligne {row} : {column} ne doit pas être négatif ({value})</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="673" />
        <source>row {row}: hazardous must be 0 or 1, not '{value}'</source>
        <translation>ligne {row} : hazardous doit valoir 0 ou 1, et non '{value}'</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="754" />
        <source>row {row}: unknown code '{value}' in column {column}</source>
        <translation>ligne {row} : code inconnu '{value}' dans la colonne {column}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="762" />
        <source>row {row}: unknown condition '{value}'</source>
        <translation>ligne {row} : condition inconnue '{value}'</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="769" />
        <source>row {row}: efficiency must be a number from 0 to 1, not '{value}'</source>
        <translation>ligne {row} : efficiency doit être un nombre entre 0 et 1, et non '{value}'</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="798" />
        <source>rows {rows}: duplicate rule {rule}</source>
        <translation>lignes {rows} : règle {rule} en double</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="557" />
        <source>Catalogue file {path} has unknown column(s): {columns}; allowed: {allowed}</source>
        <translation>Le fichier de catalogue {path} a une ou des colonnes inconnues : {columns} ; colonnes admises : {allowed}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="625" />
        <source>row {row}: the new code '{value}' needs a family, a unit_family and a label_en</source>
        <translation>ligne {row} : le nouveau code '{value}' doit avoir une famille (family), une famille d'unités (unit_family) et un libellé (label_en)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="723" />
        <source>row {row}: a {family} resource cannot be counted in unit family '{unit}'</source>
        <translation>ligne {row} : une ressource de la famille {family} ne peut pas être comptée dans la famille d'unités '{unit}'</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="732" />
        <source>row {row}: '{code}' cannot be in family '{family}' (EWC codes are materials, service: codes are services)</source>
        <translation>ligne {row} : '{code}' ne peut pas être dans la famille '{family}' (les codes EWC sont des matières, les codes service: sont des services)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/catalogue.py" line="776" />
        <source>row {row}: demand_unit_per_supply_unit must be a positive number, not '{value}'</source>
        <translation>ligne {row} : demand_unit_per_supply_unit doit être un nombre positif, et non '{value}'</translation>
    </message>
</context>
<context>
    <name>createterritory</name>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="33" />
        <source>Create territory</source>
        <translation>Créer un territoire</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="64" />
        <source>Coordinate reference system (metric)</source>
        <translation>Système de coordonnées (métrique)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="71" />
        <source>Additional resource catalogue (CSV)</source>
        <translation>Catalogue de ressources complémentaire (CSV)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="79" />
        <source>Territory GeoPackage</source>
        <translation>GeoPackage du territoire</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="79" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="95" />
        <source>The chosen CRS</source>
        <translation>Le SCR choisi</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="108" />
        <source>Writing {path} in {crs}</source>
        <translation>Écriture de {path} en {crs}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="44" />
        <source>A projected CRS in metres for the territory, e.g. EPSG:2154 (Lambert-93) in France or EPSG:3035 (LAEA Europe). Geographic CRSs are refused.</source>
        <translation>Un SCR projeté en mètres pour le territoire, par exemple EPSG:2154 (Lambert-93) en France ou EPSG:3035 (LAEA Europe). Les SCR géographiques sont refusés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="49" />
        <source>Your own resource codes, in the columns of resources/catalogue/resources.csv; they are added to the drop-down of resource codes.</source>
        <translation>Vos propres codes de ressources, dans les colonnes de resources/catalogue/resources.csv ; ils sont ajoutés à la liste des codes de ressources.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="36" />
        <source>New GeoPackage, or PostGIS schema, with the sites, resources and flows tables, forms and styles.</source>
        <translation>Nouveau GeoPackage, ou schéma PostGIS, avec les tables des sites, des ressources et des flux, leurs formulaires et leurs styles.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="54" />
        <source>The new GeoPackage, with the empty sites (points), resources and flows (lines) tables, their attribute forms and styles. Not written when a PostgreSQL connection is chosen.</source>
        <translation>Le nouveau GeoPackage, avec les tables vides des sites (points), des ressources et des flux (lignes), leurs formulaires d'attributs et leurs styles. Non écrit quand une connexion PostgreSQL est choisie.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="102" />
        <source>Choose a GeoPackage file or a PostgreSQL connection for the territory.</source>
        <translation>Choisissez un fichier GeoPackage ou une connexion PostgreSQL pour le territoire.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="131" />
        <source>Choose the file of the SQL script of the roles, or create them now.</source>
        <translation>Choisissez le fichier du script SQL des rôles, ou créez-les maintenant.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="137" />
        <source>Creating the schema {schema} in {connection}</source>
        <translation>Création du schéma {schema} dans {connection}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="169" />
        <source>Cannot read '{chunk}': write role=site_id,site_id; one company per part.</source>
        <translation>Impossible de lire '{chunk}' : écrivez rôle=site_id,site_id; une entreprise par partie.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="175" />
        <source>The company role</source>
        <translation>Le rôle d'entreprise</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="185" />
        <source>Roles of the ITE territory {schema}. Run it as the owner of the schema, with the right to create roles (a superuser, or a role with CREATEROLE):
  psql -d DATABASE -f THIS_FILE
Then give people their role: GRANT {schema}_facilitator TO alice;</source>
        <translation>Rôles du territoire ITE {schema}. À exécuter en tant que propriétaire du schéma, avec le droit de créer des rôles (un superutilisateur, ou un rôle ayant CREATEROLE) :
  psql -d BASE -f CE_FICHIER
Donnez ensuite à chacun son rôle : GRANT {schema}_facilitator TO alice;</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="197" />
        <source>PostgreSQL connection (instead of a GeoPackage)</source>
        <translation>Connexion PostgreSQL (au lieu d'un GeoPackage)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="203" />
        <source>Schema of the territory</source>
        <translation>Schéma du territoire</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="207" />
        <source>Roles of the team</source>
        <translation>Rôles de l'équipe</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="207" />
        <source>Create them now</source>
        <translation>Les créer maintenant</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="207" />
        <source>Write a SQL script for a database administrator</source>
        <translation>Écrire un script SQL pour un administrateur de la base</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="207" />
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="217" />
        <source>Company roles</source>
        <translation>Rôles d'entreprise</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="221" />
        <source>SQL script of the roles</source>
        <translation>Script SQL des rôles</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="221" />
        <source>SQL script (*.sql)</source>
        <translation>Script SQL (*.sql)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="232" />
        <source>A PostgreSQL connection of QGIS (Browser &gt; PostgreSQL) to a database with PostGIS. The territory becomes a schema there that a team edits together; no GeoPackage is written.</source>
        <translation>Une connexion PostgreSQL de QGIS (Explorateur &gt; PostgreSQL) à une base de données avec PostGIS. Le territoire y devient un schéma qu'une équipe modifie ensemble ; aucun GeoPackage n'est écrit.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="238" />
        <source>Name of the new schema: lowercase letters, digits and _, starting with a letter. It also prefixes the roles: &lt;schema&gt;_facilitator, _analyst, _public, _company.</source>
        <translation>Nom du nouveau schéma : lettres minuscules, chiffres et _, en commençant par une lettre. Il préfixe aussi les rôles : &lt;schéma&gt;_facilitator, _analyst, _public, _company.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="243" />
        <source>Create the roles now (needs the right to create roles), write them as a SQL script for a database administrator to run, or none.</source>
        <translation>Créer les rôles maintenant (il faut le droit de créer des rôles), les écrire dans un script SQL qu'un administrateur de la base exécutera, ou aucun.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="248" />
        <source>Optional company roles, each seeing and editing its own sites only: role=site_id,site_id; another_role=site_id.</source>
        <translation>Rôles d'entreprise facultatifs, chacun ne voyant et ne modifiant que ses propres sites : rôle=site_id,site_id; autre_rôle=site_id.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/create_territory.py" line="253" />
        <source>The SQL script of the roles, when they are to be created by a database administrator.</source>
        <translation>Le script SQL des rôles, quand un administrateur de la base doit les créer.</translation>
    </message>
</context>
<context>
    <name>crs</name>
    <message>
        <location filename="../ite_qgis/core/common/crs.py" line="64" />
        <source>The extent {extent} is not a valid longitude/latitude extent: no metric CRS can be chosen for it.</source>
        <translation>L'emprise {extent} n'est pas une emprise valide en longitude/latitude : aucun SCR métrique ne peut être choisi pour elle.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/crs.py" line="92" />
        <source>no CRS</source>
        <translation>aucun SCR</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/crs.py" line="124" />
        <source>The CRS {crs} is not understood: {error}</source>
        <translation>Le SCR {crs} n'est pas reconnu : {error}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/crs.py" line="208" />
        <source>The layer has no geometry to choose a metric CRS from.</source>
        <translation>La couche n'a aucune géométrie à partir de laquelle choisir un SCR métrique.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/crs.py" line="200" />
        <source>The layer has no CRS. Set its CRS (Layer Properties &gt; Source) so that distances can be measured in metres.</source>
        <translation>La couche n'a pas de SCR. Définissez son SCR (Propriétés de la couche &gt; Source) pour que les distances puissent être mesurées en mètres.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/crs.py" line="182" />
        <source>The target CRS {crs} is not a projected CRS in metres.</source>
        <translation>Le SCR cible {crs} n'est pas un SCR projeté en mètres.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/crs.py" line="224" />
        <source>layer {number}</source>
        <translation>couche {number}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/crs.py" line="78" />
        <source>The data spans longitudes {lon_min:.2f} to {lon_max:.2f} and latitudes {lat_min:.2f} to {lat_max:.2f}: too large for a single metric CRS (a UTM zone covers 6 degrees of longitude, LAEA Europe covers Europe only). Reproject the layers to a projected CRS in metres that suits your area, then run the tool again.</source>
        <translation>Les données s'étendent des longitudes {lon_min:.2f} à {lon_max:.2f} et des latitudes {lat_min:.2f} à {lat_max:.2f} : c'est trop étendu pour un seul SCR métrique (une zone UTM couvre 6 degrés de longitude, LAEA Europe ne couvre que l'Europe). Reprojetez les couches dans un SCR projeté en mètres adapté à votre zone, puis relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/crs.py" line="165" />
        <source>The layer's CRS {crs} is projected in {units}, not metres. Reproject it to a projected CRS in metres (e.g. a UTM zone) and run the tool again.</source>
        <translation>Le SCR de la couche, {crs}, est projeté en {units} et non en mètres. Reprojetez la couche dans un SCR projeté en mètres (par exemple une zone UTM) et relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/crs.py" line="173" />
        <source>The layer's CRS {crs} is neither geographic nor projected. Reproject it to a projected CRS in metres and run the tool again.</source>
        <translation>Le SCR de la couche, {crs}, n'est ni géographique ni projeté. Reprojetez la couche dans un SCR projeté en mètres et relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/crs.py" line="187" />
        <source>The layer is in the geographic CRS {source}; it was reprojected to {target} to measure distances in metres.</source>
        <translation>La couche est dans le SCR géographique {source} ; elle a été reprojetée en {target} pour mesurer les distances en mètres.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/crs.py" line="233" />
        <source>The layers are in different CRS: {first} is in {first_crs} and {other} is in {other_crs}. Reproject them to one CRS and run the tool again.</source>
        <translation>Les couches sont dans des SCR différents : {first} en {first_crs} et {other} en {other_crs}. Reprojetez-les dans un même SCR et relancez l'outil.</translation>
    </message>
</context>
<context>
    <name>dependencies</name>
    <message>
        <location filename="../ite_qgis/core/common/dependencies.py" line="58" />
        <source>{name} is missing ({error})</source>
        <translation>{name} est absent ({error})</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/dependencies.py" line="72" />
        <source>{name} {found} is too old, {wanted} or newer is needed</source>
        <translation>{name} {found} est trop ancien, il faut la version {wanted} ou plus récente</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/dependencies.py" line="86" />
        <source>ITE for QGIS cannot run this algorithm:</source>
        <translation>ITE pour QGIS ne peut pas exécuter cet algorithme :</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/dependencies.py" line="88" />
        <source>How to install what is missing:</source>
        <translation>Comment installer ce qui manque :</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/dependencies.py" line="89" />
        <source>  - Debian/Ubuntu: sudo apt install {packages}</source>
        <translation>  - Debian/Ubuntu : sudo apt install {packages}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/dependencies.py" line="111" />
        <source>Then restart QGIS.</source>
        <translation>Puis redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/dependencies.py" line="94" />
        <source>  - Windows, OSGeo4W: run the OSGeo4W setup, choose Advanced install and add the packages python3-{names}; standalone installer: open the OSGeo4W Shell and run python -m pip install {pip}</source>
        <translation>  - Windows, OSGeo4W : lancez l'installateur OSGeo4W, choisissez l'installation avancée et ajoutez les paquets python3-{names} ; installateur autonome : ouvrez l'OSGeo4W Shell et lancez python -m pip install {pip}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/dependencies.py" line="102" />
        <source>  - macOS (official QGIS app): run {python} -m pip install --user {pip}</source>
        <translation>  - macOS (application QGIS officielle) : lancez {python} -m pip install --user {pip}</translation>
    </message>
</context>
<context>
    <name>dh_areas</name>
    <message>
        <location filename="../ite_qgis/core/heat/dh_areas.py" line="142" />
        <source>The density raster must be a non-empty 2D grid, not an array of shape {shape}.</source>
        <translation>Le raster de densité doit être une grille 2D non vide, et non un tableau de forme {shape}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/dh_areas.py" line="148" />
        <source>The cell size must be a positive number of metres, not {cell}.</source>
        <translation>La taille de cellule doit être un nombre positif de mètres, et non {cell}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/dh_areas.py" line="133" />
        <source>DH potential areas need a raster in a projected CRS in metres, but it is in {crs}. Reproject (warp) the raster, e.g. to EPSG:3035, and run the tool again.</source>
        <translation>Les zones de potentiel de réseau de chaleur nécessitent un raster dans un SCR projeté en mètres, mais il est en {crs}. Reprojetez le raster (Projection (warp)), par exemple en EPSG:3035, et relancez l'outil.</translation>
    </message>
</context>
<context>
    <name>dhnetwork</name>
    <message>
        <location filename="../ite_qgis/core/heat/network/cell_sinks.py" line="50" />
        <source>The heat density raster must be in a projected CRS in metres, not {crs}.</source>
        <translation>Le raster de densité de chaleur doit être dans un SCR projeté en mètres, et non {crs}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/cell_sinks.py" line="72" />
        <source>No cell of the heat density raster has a demand inside the DH areas and near the streets: no sink.</source>
        <translation>Aucune cellule du raster de densité de chaleur n'a de besoin à l'intérieur des zones de réseau de chaleur et près des rues : aucun consommateur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/loads.py" line="22" />
        <source>The sinks layer has no field {field}.</source>
        <translation>La couche des consommateurs n'a pas de champ {field}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/loads.py" line="34" />
        <source>Give the sinks' load: a peak load field (kW) with full-load hours, or a yearly demand field (MWh/yr).</source>
        <translation>Indiquez le besoin des consommateurs : un champ de puissance de pointe (kW) avec les heures à pleine charge, ou un champ de besoin annuel (MWh/an).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/loads.py" line="69" />
        <source>{n} {what} are at the same place as another one (counted each, check they are not duplicates): {ids}.</source>
        <translation>{n} {what} occupent le même emplacement qu'un point précédent (chacun est compté ; vérifiez que ce ne sont pas des doublons) : {ids}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="56" />
        <source>{what} has no coordinate reference system.</source>
        <translation>{what} n'a pas de système de coordonnées de référence.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="59" />
        <source>{what} uses the geographic CRS {crs}: distances would be in degrees. Reproject it to a projected CRS in metres.</source>
        <translation>{what} utilise le SCR géographique {crs} : les distances seraient en degrés. Reprojetez-la dans un SCR projeté en mètres.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="87" />
        <source>No heat source is within {m} m of a street: move the sources, add the streets that reach them or raise the longest service pipe.</source>
        <translation>Aucune source de chaleur n'est à moins de {m} m d'une rue : déplacez les sources, ajoutez les rues qui les desservent ou augmentez la longueur maximale de branchement.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="92" />
        <source>{n} heat sources are more than {m} m from every street and are not used.</source>
        <translation>{n} sources de chaleur sont à plus de {m} m de toute rue et ne sont pas utilisées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="97" />
        <source>more than {m} m from every street</source>
        <translation>à plus de {m} m de toute rue</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="108" />
        <source>The street layer falls into {n} parts that no street joins (after closing the small gaps); sinks in a part without a source cannot be connected.</source>
        <translation>La couche des rues se divise en {n} parties qu'aucune rue ne relie (après comblement des petits trous) ; les consommateurs d'une partie sans source ne peuvent pas être raccordés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="115" />
        <source>on a part of the street layer that no street joins to a source</source>
        <translation>sur une partie de la couche des rues qu'aucune rue ne relie à une source</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="223" />
        <source>No sink can be connected; see the reasons in the sink status table.</source>
        <translation>Aucun consommateur ne peut être raccordé ; voyez les raisons dans la table d'état des consommateurs.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="235" />
        <source>its own pipes cost more than {ceiling} EUR per MWh it takes</source>
        <translation>ses conduites propres coûtent plus de {ceiling} EUR par MWh qu'il consomme</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="292" />
        <source>The street layer</source>
        <translation>La couche des rues</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="279" />
        <source>The sinks layer</source>
        <translation>La couche des consommateurs</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="280" />
        <source>The heat sources layer</source>
        <translation>La couche des sources de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="282" />
        <source>The heat sources or the sinks layer is empty.</source>
        <translation>La couche des sources de chaleur ou celle des consommateurs est vide.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="289" />
        <source>no positive peak load nor demand</source>
        <translation>ni puissance de pointe ni besoin positif</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="291" />
        <source>No sink has a load: the load fields are empty, zero or not numbers.</source>
        <translation>Aucun consommateur n'a de besoin : les champs de besoin sont vides, nuls ou non numériques.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="293" />
        <source>{count} sinks have no load and are left out: {rows}.</source>
        <translation>{count} consommateurs n'ont pas de besoin et sont écartés : {rows}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="296" />
        <source>sinks</source>
        <translation>consommateurs</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/network.py" line="297" />
        <source>heat sources</source>
        <translation>sources de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/site_sources.py" line="46" />
        <source>{n} heat supplies are colder than the network's supply temperature ({t} °C) and are not counted as sources: {ids}.</source>
        <translation>{n} offres de chaleur sont plus froides que la température aller du réseau ({t} °C) et ne sont pas comptées comme sources : {ids}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/site_sources.py" line="53" />
        <source>No heat supply of the resources table can feed the network: each is at a site missing from the sites layer, in no energy unit, or too cold.</source>
        <translation>Aucune offre de chaleur de la table des ressources ne peut alimenter le réseau : chacune est sur un site absent de la couche des sites, sans unité d'énergie, ou trop froide.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/street_graph.py" line="79" />
        <source>{n} street features are not lines and were ignored.</source>
        <translation>{n} entités de la couche des rues ne sont pas des lignes et ont été ignorées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/street_graph.py" line="85" />
        <source>{n} multi-part street lines were split into their parts.</source>
        <translation>{n} lignes de rues multiparties ont été séparées en leurs parties.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/street_graph.py" line="91" />
        <source>{n} street lines of zero length were dropped.</source>
        <translation>{n} lignes de rues de longueur nulle ont été écartées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/street_graph.py" line="102" />
        <source>The street layer has no line of non-zero length: the network is laid along the streets, give a layer of street lines.</source>
        <translation>La couche des rues n'a aucune ligne de longueur non nulle : le réseau suit les rues, donnez une couche de lignes de rues.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/network/street_graph.py" line="145" />
        <source>{n} gaps of at most {tolerance} m between street lines were closed.</source>
        <translation>{n} trous d'au plus {tolerance} m entre des lignes de rues ont été comblés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="77" />
        <source>District heating network along the streets</source>
        <translation>Réseau de chaleur le long des rues</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="80" />
        <source>Lays a district heating network from heat sources to sinks along the streets, sizes its pipes and gives its length, cost, heat losses and cost per MWh.</source>
        <translation>Trace un réseau de chaleur des sources aux consommateurs le long des rues, dimensionne ses conduites et donne sa longueur, son coût, ses pertes thermiques et son coût par MWh.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="93" />
        <source>Heat sources or sites (points)</source>
        <translation>Sources de chaleur ou sites (points)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="95" />
        <source>Resources table (optional: the sites' heat and steam supplies)</source>
        <translation>Table des ressources (facultative : offres de chaleur et de vapeur des sites)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="99" />
        <source>Source or site id field</source>
        <translation>Champ identifiant de la source ou du site</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="99" />
        <source>Source heat field (MWh/yr)</source>
        <translation>Champ de chaleur de la source (MWh/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="99" />
        <source>Source capacity field (kW)</source>
        <translation>Champ de puissance de la source (kW)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="109" />
        <source>Sinks (buildings or points)</source>
        <translation>Consommateurs (bâtiments ou points)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="112" />
        <source>Or: heat density raster (MWh/ha), its cells as sinks</source>
        <translation>Ou : raster de densité de chaleur (MWh/ha), ses cellules comme consommateurs</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="115" />
        <source>DH areas (optional: only their cells)</source>
        <translation>Zones de réseau de chaleur (facultatives : seulement leurs cellules)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="118" />
        <source>Streets (lines)</source>
        <translation>Rues (lignes)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="121" />
        <source>Sink id field</source>
        <translation>Champ d'identifiant des consommateurs</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="121" />
        <source>Peak load field (kW)</source>
        <translation>Champ de puissance de pointe (kW)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="121" />
        <source>Full-load hours field (h/yr)</source>
        <translation>Champ d'heures à pleine charge (h/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="121" />
        <source>Yearly demand field (MWh/yr)</source>
        <translation>Champ de besoin annuel (MWh/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="131" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="131" />
        <source>Forced: connect every sink reachable</source>
        <translation>Forcé : raccorder tout consommateur atteignable</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="131" />
        <source>Economic: leave out sinks above the cost ceiling</source>
        <translation>Économique : écarter les consommateurs au-dessus du plafond de coût</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="143" />
        <source>Cost ceiling of a sink's own pipes (EUR/MWh, economic mode)</source>
        <translation>Plafond de coût des conduites propres d'un consommateur (EUR/MWh, mode économique)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="143" />
        <source>Supply temperature (°C)</source>
        <translation>Température aller (°C)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="143" />
        <source>Return temperature (°C)</source>
        <translation>Température retour (°C)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="143" />
        <source>Highest pressure loss (Pa/m)</source>
        <translation>Perte de charge maximale (Pa/m)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="143" />
        <source>Highest water velocity (m/s)</source>
        <translation>Vitesse de l'eau maximale (m/s)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="143" />
        <source>Street gaps closed up to (m)</source>
        <translation>Trous entre rues comblés jusqu'à (m)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="143" />
        <source>Longest service pipe (m)</source>
        <translation>Longueur maximale de branchement (m)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="143" />
        <source>Full-load hours when not given (h/yr)</source>
        <translation>Heures à pleine charge par défaut (h/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="143" />
        <source>Discount rate (%)</source>
        <translation>Taux d'actualisation (%)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="143" />
        <source>Depreciation period (years)</source>
        <translation>Durée d'amortissement (années)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="143" />
        <source>Operation and maintenance (% of investment per year)</source>
        <translation>Exploitation et maintenance (% de l'investissement par an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="172" />
        <source>Apply the simultaneity factor</source>
        <translation>Appliquer le facteur de simultanéité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="174" />
        <source>Cost of laying pipes</source>
        <translation>Coût de pose des conduites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="174" />
        <source>Outer city</source>
        <translation>Périphérie urbaine</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="174" />
        <source>Inner city</source>
        <translation>Centre-ville</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="174" />
        <source>Park or open land</source>
        <translation>Parc ou terrain non bâti</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="323" />
        <source>District heating network</source>
        <translation>Réseau de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="325" />
        <source>Service pipes</source>
        <translation>Branchements</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="185" />
        <source>Sink status</source>
        <translation>État des consommateurs</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="188" />
        <source>Trench length (m)</source>
        <translation>Longueur de tranchée (m)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="188" />
        <source>Investment (EUR)</source>
        <translation>Investissement (EUR)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="188" />
        <source>Heat losses (MWh/yr)</source>
        <translation>Pertes thermiques (MWh/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="188" />
        <source>Heat delivered (MWh/yr)</source>
        <translation>Chaleur livrée (MWh/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="188" />
        <source>Linear heat density (MWh/m per year)</source>
        <translation>Densité thermique linéaire (MWh/m par an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="188" />
        <source>Levelised cost of distribution (EUR/MWh)</source>
        <translation>Coût actualisé de distribution (EUR/MWh)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="197" />
        <source>Usable heat, matched month by month (MWh/yr)</source>
        <translation>Chaleur utilisable, appariée mois par mois (MWh/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="197" />
        <source>Share of the sources' heat used</source>
        <translation>Part de la chaleur des sources utilisée</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="197" />
        <source>Share of the network's demand covered</source>
        <translation>Part du besoin du réseau couverte</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="197" />
        <source>Peak backup capacity (kW)</source>
        <translation>Puissance d'appoint de pointe (kW)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="212" />
        <source>The return temperature ({back} °C) must be below the supply temperature ({supply} °C).</source>
        <translation>La température retour ({back} °C) doit être inférieure à la température aller ({supply} °C).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="243" />
        <source>With a resources table the sources' heat comes from its supply rows: the heat and capacity fields are ignored.</source>
        <translation>Avec une table des ressources, la chaleur des sources vient de ses lignes d'offre : les champs de chaleur et de puissance sont ignorés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="263" />
        <source>Give the sinks: a sinks layer or a heat density raster, not both and not neither.</source>
        <translation>Indiquez les consommateurs : une couche de consommateurs ou un raster de densité de chaleur, l'un des deux et pas les deux.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="267" />
        <source>The DH areas are used only with a heat density raster: ignored.</source>
        <translation>Les zones de réseau de chaleur ne servent qu'avec un raster de densité de chaleur : ignorées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="338" />
        <source>{connected} of {total} sinks connected.</source>
        <translation>{connected} consommateurs raccordés sur {total}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="342" />
        <source>{n} sinks not connected: {status} (see the sink status table).</source>
        <translation>{n} consommateurs non raccordés : {status} (voir la table d'état des consommateurs).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="345" />
        <source>Trench: {trench} m, of which {street} m along the streets and the rest for service pipes.</source>
        <translation>Tranchée : {trench} m, dont {street} m le long des rues et le reste pour les branchements.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="349" />
        <source>Investment {investment} EUR; heat delivered {delivered} MWh/yr; heat losses {loss} MWh/yr; {density} MWh/m per year; levelised cost of distribution {lcoh} EUR/MWh.</source>
        <translation>Investissement {investment} EUR ; chaleur livrée {delivered} MWh/an ; pertes thermiques {loss} MWh/an ; {density} MWh/m par an ; coût actualisé de distribution {lcoh} EUR/MWh.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_network.py" line="359" />
        <source>Source {source}: design load {load} kW.</source>
        <translation>Source {source} : charge de dimensionnement {load} kW.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="22" />
        <source>Points where the heat enters the network, or the sites when a resources table is given. Several sources share the sinks; a source farther than the longest service pipe from every street is not used.</source>
        <translation>Points où la chaleur entre dans le réseau, ou les sites quand une table des ressources est donnée. Plusieurs sources se partagent les consommateurs ; une source plus éloignée de toute rue que le plus long branchement n'est pas utilisée.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="27" />
        <source>Buildings (polygons, joined from a point inside) or points that take heat, each with a peak load and full-load hours, or a yearly demand. Reprojected to the CRS of the streets. Give either this layer or a heat density raster.</source>
        <translation>Bâtiments (polygones, raccordés depuis un point intérieur) ou points qui consomment de la chaleur, chacun avec une puissance de pointe et des heures à pleine charge, ou un besoin annuel. Reprojetés dans le SCR des rues. Donnez soit cette couche, soit un raster de densité de chaleur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="32" />
        <source>Instead of a sinks layer: a heat demand density raster in MWh/ha per year (as for District heating potential areas), in a projected CRS in metres. Each cell with demand near the streets becomes a sink at its centre, with the cell's demand; its peak is that demand over the full-load hours (advanced parameter).</source>
        <translation>À la place d'une couche de consommateurs : un raster de densité de besoin de chaleur en MWh/ha par an (comme pour Zones de potentiel de réseau de chaleur), dans un SCR projeté en mètres. Chaque cellule avec un besoin proche des rues devient un consommateur en son centre, avec le besoin de la cellule ; sa pointe est ce besoin divisé par les heures à pleine charge (paramètre avancé).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="38" />
        <source>With a heat density raster: polygons (for instance the output of District heating potential areas); only the cells whose centre is inside them become sinks.</source>
        <translation>Avec un raster de densité de chaleur : des polygones (par exemple la sortie de Zones de potentiel de réseau de chaleur) ; seules les cellules dont le centre est à l'intérieur deviennent des consommateurs.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="42" />
        <source>Street lines, in a projected CRS in metres. They are split at every crossing; multi-part lines are split into parts and zero-length lines dropped.</source>
        <translation>Lignes des rues, dans un SCR projeté en mètres. Elles sont coupées à chaque croisement ; les lignes multiparties sont séparées en parties et les lignes de longueur nulle écartées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="46" />
        <source>Field that names each sink in the sink status table. Empty: the row number.</source>
        <translation>Champ qui nomme chaque consommateur dans la table d'état. Vide : le numéro de ligne.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="49" />
        <source>Field with each sink's peak heat load in kW, which sizes the pipes.</source>
        <translation>Champ de la puissance de pointe de chaque consommateur en kW, qui dimensionne les conduites.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="51" />
        <source>Field with each sink's full-load hours per year: peak × hours = yearly demand.</source>
        <translation>Champ des heures à pleine charge par an de chaque consommateur : pointe × heures = besoin annuel.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="54" />
        <source>Field with each sink's yearly heat demand in MWh, used when no peak or hours are given (the peak is then the demand over the full-load hours). Sinks without a positive load are left out.</source>
        <translation>Champ du besoin annuel de chaleur de chaque consommateur en MWh, utilisé faute de pointe ou d'heures (la pointe est alors le besoin divisé par les heures à pleine charge). Les consommateurs sans besoin positif sont écartés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="58" />
        <source>Forced (default): every sink the streets reach is connected. Economic: sinks whose own pipes (service pipe and the branch only they use) cost more per MWh than the ceiling are left out, and the network is laid again without them.</source>
        <translation>Forcé (par défaut) : tout consommateur que les rues atteignent est raccordé. Économique : les consommateurs dont les conduites propres (branchement et antenne qu'ils sont seuls à utiliser) coûtent plus par MWh que le plafond sont écartés, et le réseau est retracé sans eux.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="68" />
        <source>The territory's resources table. Given, the sources are the sites that have heat or steam supply rows (matched on the site id), and their MWh/yr (or MW with hours per year) is the sources' heat of the seasonal matching; supplies colder than the supply temperature are left out. The heat and capacity fields are then not used.</source>
        <translation>La table des ressources du territoire. Si elle est donnée, les sources sont les sites qui ont des lignes d'offre de chaleur ou de vapeur (appariées sur l'identifiant du site), et leurs MWh/an (ou MW avec les heures par an) forment la chaleur des sources de l'appariement saisonnier ; les offres plus froides que la température aller sont écartées. Les champs de chaleur et de puissance ne servent alors pas.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="74" />
        <source>Field that names each source; with a resources table, the site id its rows refer to (empty: site_id).</source>
        <translation>Champ qui nomme chaque source ; avec une table des ressources, l'identifiant de site auquel ses lignes renvoient (vide : site_id).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="77" />
        <source>Field with the heat each source can give in a year, in MWh, spread over the year by the supply profile (flat by default). With neither this nor the capacity field nor a resources table, the seasonal matching is left out.</source>
        <translation>Champ de la chaleur que chaque source peut fournir en un an, en MWh, répartie sur l'année selon le profil d'apport (constant par défaut). Sans ce champ, ni le champ de puissance, ni table des ressources, l'appariement saisonnier n'est pas fait.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="82" />
        <source>Field with each source's heat capacity in kW: the most it gives in any period. Alone, the source gives it all year (following the supply profile, if given).</source>
        <translation>Champ de la puissance thermique de chaque source en kW : le plus qu'elle fournit sur une période. Seule, la source la fournit toute l'année (en suivant le profil d'apport, s'il est donné).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="91" />
        <source>Reference climate whose monthly heating degree days shape the sinks' demand over the year, for the seasonal matching (default Nord-Pas-de-Calais; figures and sources in resources/heat_profiles/README.md). The heat losses are steady; the peak is the network's design load at the sources.</source>
        <translation>Climat de référence dont les degrés-jours de chauffage mensuels donnent la forme du besoin des consommateurs sur l'année, pour l'appariement saisonnier (par défaut Nord-Pas-de-Calais ; valeurs et sources dans resources/heat_profiles/README.md). Les pertes thermiques sont constantes ; la pointe est la charge de dimensionnement du réseau aux sources.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="97" />
        <source>Share of the sinks' demand that is hot water, drawn evenly all year; the rest follows the degree days (default {default}, Eurostat households' energy use).</source>
        <translation>Part du besoin des consommateurs qui est de l'eau chaude sanitaire, puisée également toute l'année ; le reste suit les degrés-jours (par défaut {default}, consommation d'énergie des ménages selon Eurostat).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="102" />
        <source>Optional CSV whose last column holds the sinks' demand profile: 12 monthly or 8760 hourly values, one per row, after an optional header. Given, it replaces the climate; hourly values match supply and demand hour by hour.</source>
        <translation>CSV facultatif dont la dernière colonne contient le profil de besoin des consommateurs : 12 valeurs mensuelles ou 8760 valeurs horaires, une par ligne, après un en-tête facultatif. S'il est donné, il remplace le climat ; des valeurs horaires apparient apport et besoin heure par heure.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="107" />
        <source>Optional CSV of the sources' supply profile, in the same form (12 or 8760 values). Empty: each source gives its yearly heat evenly over the year.</source>
        <translation>CSV facultatif du profil d'apport des sources, sous la même forme (12 ou 8760 valeurs). Vide : chaque source répartit sa chaleur annuelle également sur l'année.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="116" />
        <source>Economic mode: highest yearly cost (annuity and maintenance) of a sink's own pipes per MWh it takes (default {default} EUR/MWh).</source>
        <translation>Mode économique : coût annuel maximal (annuité et maintenance) des conduites propres d'un consommateur par MWh qu'il consomme (par défaut {default} EUR/MWh).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="120" />
        <source>Design supply temperature in °C (default {default} °C); with the return temperature it sets the water flow and the heat losses.</source>
        <translation>Température aller de dimensionnement en °C (par défaut {default} °C) ; avec la température retour, elle fixe le débit d'eau et les pertes thermiques.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="124" />
        <source>Design return temperature in °C (default {default} °C).</source>
        <translation>Température retour de dimensionnement en °C (par défaut {default} °C).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="127" />
        <source>Each pipe gets the smallest standard size (DN, EN 253) whose pressure loss stays below this, in Pa per metre (default {default}).</source>
        <translation>Chaque conduite reçoit le plus petit diamètre normalisé (DN, EN 253) dont la perte de charge reste en dessous de cette valeur, en Pa par mètre (par défaut {default}).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="131" />
        <source>Highest water velocity in a pipe, in m/s (default {default}).</source>
        <translation>Vitesse maximale de l'eau dans une conduite, en m/s (par défaut {default}).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="134" />
        <source>Checked (default): a pipe is sized for the peak of the sinks downstream times the simultaneity factor of Winter et al. (2001), about 0.5 for a hundred sinks. Unchecked: for the sum of the peaks.</source>
        <translation>Coché (par défaut) : une conduite est dimensionnée pour la pointe des consommateurs en aval multipliée par le facteur de simultanéité de Winter et al. (2001), environ 0,5 pour une centaine de consommateurs. Décoché : pour la somme des pointes.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="138" />
        <source>A street line ending this close (m) to another street is joined to it (default {default} m). The gaps closed are reported.</source>
        <translation>Une ligne de rue qui s'arrête à moins de cette distance (m) d'une autre rue y est raccordée (par défaut {default} m). Les trous comblés sont signalés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="142" />
        <source>A sink or source farther than this (m) from every street is not connected, and the sink status says so (default {default} m).</source>
        <translation>Un consommateur ou une source plus éloigné que cette distance (m) de toute rue n'est pas raccordé, et la table d'état le dit (par défaut {default} m).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="146" />
        <source>Full-load hours of a sink whose hours are not given (default {default} h/yr).</source>
        <translation>Heures à pleine charge d'un consommateur dont les heures ne sont pas données (par défaut {default} h/an).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="150" />
        <source>Cost of a trench metre by pipe diameter, Persson &amp; Werner (2011): outer city (default), inner city or park.</source>
        <translation>Coût d'un mètre de tranchée selon le diamètre, Persson &amp; Werner (2011) : périphérie urbaine (par défaut), centre-ville ou parc.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="153" />
        <source>Discount rate of the investment, in % per year.</source>
        <translation>Taux d'actualisation de l'investissement, en % par an.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="154" />
        <source>Years over which the network is paid off.</source>
        <translation>Nombre d'années sur lesquelles le réseau est amorti.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="155" />
        <source>Yearly operation and maintenance cost, in % of the investment.</source>
        <translation>Coût annuel d'exploitation et de maintenance, en % de l'investissement.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="162" />
        <source>Pipe sections along the streets: DN, design load (kW), peak and number of sinks downstream, length (m), heat losses (MWh/yr), cost (EUR).</source>
        <translation>Tronçons de conduites le long des rues : DN, charge de dimensionnement (kW), pointe et nombre de consommateurs en aval, longueur (m), pertes thermiques (MWh/an), coût (EUR).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="166" />
        <source>Straight service pipes from each source and connected sink to the street, with DN, load, length, losses and cost.</source>
        <translation>Branchements rectilignes de chaque source et de chaque consommateur raccordé jusqu'à la rue, avec DN, charge, longueur, pertes et coût.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_help.py" line="169" />
        <source>One row per sink: connected or not and why, its load, the heat delivered, the service pipe length and the cost of its own pipes per MWh.</source>
        <translation>Une ligne par consommateur : raccordé ou non et pourquoi, son besoin, la chaleur livrée, la longueur du branchement et le coût de ses conduites propres par MWh.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_inputs.py" line="41" />
        <source>{n} heat sources have neither a heat nor a capacity and count as giving no heat in the seasonal matching: {ids}.</source>
        <translation>{n} sources de chaleur n'ont ni chaleur ni puissance et comptent comme ne fournissant aucune chaleur dans l'appariement saisonnier : {ids}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_inputs.py" line="64" />
        <source>Heat sources: {sites} sites with {rows} heat or steam supplies of the resources table, {heat} MWh/yr in all.</source>
        <translation>Sources de chaleur : {sites} sites avec {rows} offres de chaleur ou de vapeur de la table des ressources, {heat} MWh/an au total.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_inputs.py" line="78" />
        <source>Seasonal matching left out: give the sources' heat (a heat or a capacity field, or a resources table); against a source of unknown size its figures would mean nothing.</source>
        <translation>Appariement saisonnier non fait : donnez la chaleur des sources (un champ de chaleur ou de puissance, ou une table des ressources) ; face à une source de taille inconnue, ses chiffres n'auraient pas de sens.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_inputs.py" line="86" />
        <source>{n} heat supplies are at sources the network does not use (off the streets or joined to no sink) and are not counted: {ids}.</source>
        <translation>{n} offres de chaleur sont sur des sources que le réseau n'utilise pas (loin des rues ou reliées à aucun consommateur) et ne sont pas comptées : {ids}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_inputs.py" line="95" />
        <source>Seasonal matching: the sources can give {supply} MWh/yr, the network needs {demand} MWh/yr (heat delivered and losses); {usable} MWh/yr usable: {used}% of the sources' heat used, {covered}% of the demand covered. Demand peak {peak} kW, peak backup capacity {backup} kW.</source>
        <translation>Appariement saisonnier : les sources peuvent fournir {supply} MWh/an, le réseau a besoin de {demand} MWh/an (chaleur livrée et pertes) ; {usable} MWh/an utilisables : {used} % de la chaleur des sources utilisée, {covered} % du besoin couvert. Pointe du besoin {peak} kW, puissance d'appoint de pointe {backup} kW.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_inputs.py" line="124" />
        <source>Sinks: {n} cells of the heat density raster inside the DH areas, {demand} MWh/yr in all.</source>
        <translation>Consommateurs : {n} cellules du raster de densité de chaleur à l'intérieur des zones de réseau de chaleur, {demand} MWh/an au total.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/dh_network_inputs.py" line="127" />
        <source>Sinks: {n} cells of the heat density raster near the streets, {demand} MWh/yr in all.</source>
        <translation>Consommateurs : {n} cellules du raster de densité de chaleur près des rues, {demand} MWh/an au total.</translation>
    </message>
</context>
<context>
    <name>dhpotentialareas</name>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="31" />
        <source>District heating potential areas</source>
        <translation>Zones de potentiel de réseau de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="84" />
        <source>Heat demand density raster (MWh/ha)</source>
        <translation>Raster de densité des besoins de chaleur (MWh/ha)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="86" />
        <source>Cell threshold (MWh/ha)</source>
        <translation>Seuil par cellule (MWh/ha)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="89" />
        <source>Area threshold (GWh/yr)</source>
        <translation>Seuil par zone (GWh/yr)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="92" />
        <source>Heat per dwelling equivalent (MWh/yr)</source>
        <translation>Chaleur par équivalent-logement (MWh/yr)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="96" />
        <source>Closing iterations (3 x 3 cells)</source>
        <translation>Itérations de fermeture morphologique (3 x 3 cellules)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="101" />
        <source>Test the area threshold on the demand including the cells added by closing</source>
        <translation>Tester le seuil par zone sur le besoin incluant les cellules ajoutées par la fermeture</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="188" />
        <source>DH potential areas</source>
        <translation>Zones de potentiel de réseau de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="109" />
        <source>Number of areas</source>
        <translation>Nombre de zones</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="109" />
        <source>Demand in the areas, cells above the threshold, GWh/yr</source>
        <translation>Besoin dans les zones, cellules au-dessus du seuil, GWh/yr</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="109" />
        <source>Demand in the areas with the closing cells, GWh/yr</source>
        <translation>Besoin dans les zones avec les cellules de fermeture, GWh/yr</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="136" />
        <source>Reading {name} ({cols} x {rows} cells)...</source>
        <translation>Lecture de {name} ({cols} x {rows} cellules)...</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="144" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/density_rasters.py" line="72" />
        <source>The raster has no nodata value: every cell is read as a density. Negative, NaN and infinite cells are counted as invalid (zero demand). If a value such as -9999 marks empty cells, set it as nodata (gdal_translate -a_nodata -9999) and run the tool again.</source>
        <translation>Le raster n'a pas de valeur nodata : chaque cellule est lue comme une densité. Les cellules négatives, NaN et infinies sont comptées comme invalides (besoin nul). Si une valeur comme -9999 marque les cellules vides, déclarez-la comme nodata (gdal_translate -a_nodata -9999) et relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="200" />
        <source>Cells: {total}; nodata: {nodata}; NaN or infinite: {nan}; negative: {negative} (invalid cells count as zero demand).</source>
        <translation>Cellules : {total} ; nodata : {nodata} ; NaN ou infinies : {nan} ; négatives : {negative} (les cellules invalides comptent comme un besoin nul).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/density_rasters.py" line="80" />
        <source>{n} cells are NaN, infinite or negative: they were counted as zero demand.</source>
        <translation>{n} cellules sont NaN, infinies ou négatives : elles ont été comptées comme un besoin nul.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="223" />
        <source>The raster holds no positive heat demand: the output is empty. Check that the band holds densities in MWh/ha.</source>
        <translation>Le raster ne contient aucun besoin de chaleur positif : la sortie est vide. Vérifiez que la bande contient des densités en MWh/ha.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="228" />
        <source>No area reaches the thresholds ({pixel:g} MWh/ha per cell, {area:g} GWh/yr per area): the output is empty. Lower the thresholds or check the raster's units (MWh/ha).</source>
        <translation>Aucune zone n'atteint les seuils ({pixel:g} MWh/ha par cellule, {area:g} GWh/yr par zone) : la sortie est vide. Abaissez les seuils ou vérifiez les unités du raster (MWh/ha).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="63" />
        <source>Passes of a 3 x 3 closing that fill the one-cell gaps between candidate cells, so that a street does not split an area (default {default}; 0: none).</source>
        <translation>Passes d'une fermeture morphologique 3 x 3 qui comblent les trous d'une cellule entre cellules candidates, pour qu'une rue ne coupe pas une zone (par défaut {default} ; 0 : aucune).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="75" />
        <source>Polygons of the kept areas with their demand in GWh/yr (cell rule and with the closing cells), area and dwelling equivalents.</source>
        <translation>Polygones des zones retenues, avec leur besoin en GWh/an (règle par cellule et avec les cellules de fermeture), leur surface et leurs équivalents-logements.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="43" />
        <source>Raster of yearly heat demand density in MWh/ha, in a projected CRS in metres, such as the output of Heat demand density grid or a Hotmaps map. Set its nodata value if empty cells hold a sentinel such as -9999.</source>
        <translation>Raster de densité des besoins annuels de chaleur en MWh/ha, dans un SCR projeté en mètres, comme la sortie de Grille de densité des besoins de chaleur ou une carte Hotmaps. Définissez sa valeur nodata si les cellules vides portent une valeur sentinelle comme -9999.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="58" />
        <source>Yearly heat of one dwelling equivalent, in MWh, to express each area's demand as a number of dwellings (default {default} MWh/yr, from the Dunkirk network).</source>
        <translation>Chaleur annuelle d'un équivalent-logement, en MWh, pour exprimer le besoin de chaque zone en nombre de logements (par défaut {default} MWh/an, d'après le réseau de Dunkerque).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="34" />
        <source>Areas dense enough for a heat network, from a heat density raster in MWh/ha, by the Hotmaps rule: cells above 333 MWh/ha, 3 x 3 closing, 8-connected areas of at least 30 GWh/yr counted on the cells above the threshold.</source>
        <translation>Zones assez denses pour un réseau de chaleur, à partir d'un raster de densité de chaleur en MWh/ha, selon la règle Hotmaps : cellules au-dessus de 333 MWh/ha, fermeture 3 x 3, zones 8-connexes d'au moins 30 GWh/an comptés sur les cellules au-dessus du seuil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="49" />
        <source>Cells strictly above this density are candidates (Hotmaps default 333 MWh/ha).</source>
        <translation>Les cellules de densité strictement supérieure sont candidates (Hotmaps : 333 MWh/ha par défaut).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="53" />
        <source>An area is kept when the yearly demand of its cells above the cell threshold reaches this (Hotmaps default 30 GWh/yr).</source>
        <translation>Une zone est retenue quand le besoin annuel de ses cellules au-dessus du seuil par cellule atteint cette valeur (Hotmaps : 30 GWh/an par défaut).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="68" />
        <source>Unchecked (default, the Hotmaps rule): the area threshold is tested on the demand of the cells above the cell threshold only. Checked: on the demand of all the area's cells, those added by closing included, which keeps more areas than Hotmaps.</source>
        <translation>Décoché (par défaut, la règle Hotmaps) : le seuil par zone est testé sur le besoin des seules cellules au-dessus du seuil par cellule. Coché : sur le besoin de toutes les cellules de la zone, y compris celles ajoutées par la fermeture, ce qui retient plus de zones que Hotmaps.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="161" />
        <source>Rule: the Hotmaps rule, area threshold tested on the cells above the cell threshold.</source>
        <translation>Règle : la règle Hotmaps, seuil par zone testé sur les cellules au-dessus du seuil par cellule.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="161" />
        <source>Rule: the Hotmaps rule with one change: area threshold tested on the demand including the cells added by closing (advanced option).</source>
        <translation>Règle : la règle Hotmaps avec une modification : seuil par zone testé sur le besoin incluant les cellules ajoutées par la fermeture (option avancée).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="206" />
        <source>Cells above {pixel:g} MWh/ha: {above}; cells added by closing: {added}. Areas found: {found}; kept (at least {area:g} GWh/yr): {kept}; below the area threshold: {below}.</source>
        <translation>Cellules au-dessus de {pixel:g} MWh/ha : {above} ; cellules ajoutées par la fermeture : {added}. Zones trouvées : {found} ; retenues (au moins {area:g} GWh/an) : {kept} ; sous le seuil par zone : {below}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/dh_potential_areas.py" line="215" />
        <source>Demand of the whole raster: {total:,.1f} GWh/yr. In the kept areas: {above:,.1f} GWh/yr counting only cells above the cell threshold (pixel rule); {closing:,.1f} GWh/yr including the cells added by closing (whole area).</source>
        <translation>Besoin de tout le raster : {total:,.1f} GWh/an. Dans les zones retenues : {above:,.1f} GWh/an en ne comptant que les cellules au-dessus du seuil par cellule (règle par cellule) ; {closing:,.1f} GWh/an avec les cellules ajoutées par la fermeture (toute la zone).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../ite_qgis/processing/base.py" line="167" />
        <source>{what} has no valid coordinate reference system.</source>
        <translation>{what} n'a pas de système de coordonnées valide.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/base.py" line="173" />
        <source>{what} uses the geographic CRS {crs}: distances would be in degrees. Choose a projected CRS in metres, e.g. EPSG:3035 (LAEA Europe) or EPSG:2154 (Lambert-93).</source>
        <translation>{what} utilise le SCR géographique {crs} : les distances seraient en degrés. Choisissez un SCR projeté en mètres, par exemple EPSG:3035 (LAEA Europe) ou EPSG:2154 (Lambert-93).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/base.py" line="154" />
        <source>Cannot read '{chunk}': write name=value pairs separated by ';'.</source>
        <translation>Impossible de lire '{chunk}' : écrivez des paires nom=valeur séparées par ';'.</translation>
    </message>
</context>
<context>
    <name>exportsynergymap</name>
    <message>
        <location filename="../ite_qgis/layout/synergy_map.py" line="336" />
        <source>The synergies layer lacks the columns {columns}: give the output of 'Find synergies' (ite:findsynergies).</source>
        <translation>Il manque à la couche des synergies les colonnes {columns} : donnez la sortie de « Trouver les synergies » (ite:findsynergies).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/synergy_map.py" line="379" />
        <source>An atlas per district heating area needs the DH potential areas layer (output of ite:dhpotentialareas).</source>
        <translation>Un atlas par zone de réseau de chaleur demande la couche des zones potentielles de réseau de chaleur (sortie de ite:dhpotentialareas).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/synergy_map.py" line="388" />
        <source>The atlas has no page to make: there is no synergy to show.</source>
        <translation>L'atlas n'a aucune page à produire : il n'y a aucune synergie à montrer.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/synergy_map.py" line="414" />
        <source>Unknown paper size '{paper} {orientation}': choose A4 or A3, portrait or landscape.</source>
        <translation>Format de papier inconnu « {paper} {orientation} » : choisissez A4 ou A3, portrait ou paysage.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/synergy_map.py" line="421" />
        <source>The layout template {path} is damaged: reinstall the plugin.</source>
        <translation>Le modèle de mise en page {path} est endommagé : réinstallez l'extension.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/synergy_map.py" line="581" />
        <source>Cannot export to '{name}': give a file name ending in .pdf, .png or .svg.</source>
        <translation>Impossible d'exporter vers « {name} » : donnez un nom de fichier finissant par .pdf, .png ou .svg.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/synergy_map.py" line="591" />
        <source>Cannot write {path}: {folder} is not a folder.</source>
        <translation>Impossible d'écrire {path} : {folder} n'est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/synergy_map.py" line="597" />
        <source>Cannot write into the folder {folder} ({error}): choose a folder you can write to.</source>
        <translation>Impossible d'écrire dans le dossier {folder} ({error}) : choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/synergy_map.py" line="630" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/synergy_map.py" line="632" />
        <source>The export failed: {error}</source>
        <translation>L'export a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/synergy_map.py" line="697" />
        <source>Could not write the image {path}.</source>
        <translation>Impossible d'écrire l'image {path}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="29" />
        <source>Industrial and territorial synergies</source>
        <translation>Synergies industrielles et territoriales</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="30" />
        <source>{count} candidate synergies, up to {rank} per supply</source>
        <translation>{count} synergies candidates, jusqu'à {rank} par offre</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="33" />
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="34" />
        <source>Map made on {date}</source>
        <translation>Carte réalisée le {date}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="35" />
        <source>Data: {sources}. Candidate synergies computed with ITE for QGIS {version}: indicative figures to be confirmed with the companies. Dashed lines: knowledge-based matches (documented receiving sectors).</source>
        <translation>Données : {sources}. Synergies candidates calculées avec ITE for QGIS {version} : chiffres indicatifs, à confirmer avec les entreprises. Traits pointillés : rapprochements issus de la base de connaissances (secteurs receveurs documentés).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="41" />
        <source>territory inventory</source>
        <translation>inventaire du territoire</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="42" />
        <source>Confidential sites are named by sector, moved by up to {radius} m, and their figures rounded (~).</source>
        <translation>Les sites confidentiels sont nommés par secteur, déplacés d'au plus {radius} m, et leurs chiffres arrondis (~).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="47" />
        <source>No synergy on this page.</source>
        <translation>Aucune synergie sur cette page.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="48" />
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="49" />
        <source>Receiver</source>
        <translation>Receveur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="50" />
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="51" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="52" />
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="53" />
        <source>Benefit/yr</source>
        <translation>Gain/an</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/legend.py" line="25" />
        <source>/yr</source>
        <translation>/an</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="55" />
        <source>Top {count} synergies by net benefit</source>
        <translation>Les {count} meilleures synergies par gain net</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="56" />
        <source>Best synergies by net benefit</source>
        <translation>Meilleures synergies par gain net</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="57" />
        <source>District heating potential area {id}</source>
        <translation>Zone potentielle de réseau de chaleur {id}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="63" />
        <source>Candidate synergies</source>
        <translation>Synergies candidates</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="64" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="141" />
        <source>Known flows</source>
        <translation>Flux connus</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="142" />
        <source>District heating potential areas</source>
        <translation>Zones potentielles de réseau de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="143" />
        <source>Waste-heat links</source>
        <translation>Liaisons de chaleur fatale</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/texts.py" line="68" />
        <source>Heat demand density (MWh/ha)</source>
        <translation>Densité de besoins de chaleur (MWh/ha)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/legend.py" line="26" />
        <source>up to</source>
        <translation>jusqu'à</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/legend.py" line="27" />
        <source> and more</source>
        <translation> et plus</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/legend.py" line="28" />
        <source>(DH potential)</source>
        <translation>(potentiel réseau)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/legend.py" line="29" />
        <source>(no demand)</source>
        <translation>(pas de besoin)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/legend.py" line="38" />
        <source>Existing site</source>
        <translation>Site existant</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/legend.py" line="39" />
        <source>Planned site</source>
        <translation>Site en projet</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/legend.py" line="40" />
        <source>Candidate site</source>
        <translation>Site candidat</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/legend.py" line="43" />
        <source>Existing flow</source>
        <translation>Flux existant</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/legend.py" line="44" />
        <source>Planned flow</source>
        <translation>Flux prévu</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/legend.py" line="45" />
        <source>Candidate flow</source>
        <translation>Flux candidat</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/legend.py" line="46" />
        <source>Rejected flow</source>
        <translation>Flux écarté</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/legend.py" line="49" />
        <source>Feasible link</source>
        <translation>Liaison faisable</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/legend.py" line="50" />
        <source>Link too costly</source>
        <translation>Liaison trop coûteuse</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="43" />
        <source>Export synergy map</source>
        <translation>Exporter la carte des synergies</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="46" />
        <source>A print-ready map of the sites and candidate synergies, with legend, scale bar, north arrow and the top synergies, to PDF, PNG or SVG; optionally one page per site, resource family or district heating area.</source>
        <translation>Une carte prête à imprimer des sites et des synergies candidates, avec légende, échelle, flèche du nord et les meilleures synergies, en PDF, PNG ou SVG ; au choix une page par site, par famille de ressources ou par zone de réseau de chaleur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="133" />
        <source>Sites (points with site_id)</source>
        <translation>Sites (points avec site_id)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="136" />
        <source>Synergies (output of Find synergies)</source>
        <translation>Synergies (sortie de Trouver les synergies)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="140" />
        <source>Resources (table, for confidential rows)</source>
        <translation>Ressources (table, pour les lignes confidentielles)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="148" />
        <source>Heat demand density raster (MWh/ha)</source>
        <translation>Raster de densité de besoins de chaleur (MWh/ha)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="151" />
        <source>Title (empty: a default title)</source>
        <translation>Titre (vide : un titre par défaut)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="154" />
        <source>Subtitle (empty: the number of synergies)</source>
        <translation>Sous-titre (vide : le nombre de synergies)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="157" />
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="159" />
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="159" />
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="159" />
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="163" />
        <source>Atlas (one page per feature)</source>
        <translation>Atlas (une page par entité)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="163" />
        <source>No atlas: one page</source>
        <translation>Pas d'atlas : une seule page</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="163" />
        <source>One page per site with synergies</source>
        <translation>Une page par site ayant des synergies</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="163" />
        <source>One page per resource family</source>
        <translation>Une page par famille de ressources</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="163" />
        <source>One page per district heating area</source>
        <translation>Une page par zone de réseau de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="170" />
        <source>Language of the map</source>
        <translation>Langue de la carte</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="170" />
        <source>As QGIS</source>
        <translation>Comme QGIS</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="173" />
        <source>Public map: hide confidential names, figures and locations</source>
        <translation>Carte publique : masquer les noms, chiffres et emplacements confidentiels</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="177" />
        <source>Displacement of confidential sites (m)</source>
        <translation>Déplacement des sites confidentiels (m)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="181" />
        <source>Rows of the top synergies table</source>
        <translation>Lignes du tableau des meilleures synergies</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="184" />
        <source>Candidates drawn per supply</source>
        <translation>Candidats dessinés par offre</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="187" />
        <source>Data sources (text printed on the map)</source>
        <translation>Sources des données (texte imprimé sur la carte)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="190" />
        <source>Resolution (dots per inch)</source>
        <translation>Résolution (points par pouce)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="193" />
        <source>Map file (.pdf, .png or .svg)</source>
        <translation>Fichier de la carte (.pdf, .png ou .svg)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="196" />
        <source>Number of pages</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="198" />
        <source>Files written (one per line)</source>
        <translation>Fichiers écrits (un par ligne)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="217" />
        <source>The sites layer</source>
        <translation>La couche des sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="234" />
        <source>{pages} page(s) written: {files}</source>
        <translation>{pages} page(s) écrite(s) : {files}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="58" />
        <source>Drawn with its default style when given.</source>
        <translation>Dessinée avec son style par défaut si elle est fournie.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="60" />
        <source>The territory's sites (points with site_id, name, status, confidential) in a projected CRS in metres.</source>
        <translation>Les sites du territoire (points avec site_id, name, status, confidential) dans un SCR projeté en mètres.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="65" />
        <source>The output of Find synergies or Allocate synergies, drawn as lines by family and listed in the table of the top synergies.</source>
        <translation>La sortie de Trouver les synergies ou d'Allouer les synergies, dessinée en lignes par famille et reprise dans le tableau des meilleures synergies.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="70" />
        <source>The resources table, so that confidential resource rows are protected too.</source>
        <translation>La table des ressources, pour que les lignes de ressources confidentielles soient protégées elles aussi.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="74" />
        <source>The territory's known flows.</source>
        <translation>Les flux connus du territoire.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="75" />
        <source>The output of District heating potential areas.</source>
        <translation>La sortie de Zones de potentiel de réseau de chaleur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="78" />
        <source>The output of Waste heat to district heating.</source>
        <translation>La sortie de Chaleur fatale vers les réseaux de chaleur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="81" />
        <source>A heat demand density raster in MWh/ha, as background.</source>
        <translation>Un raster de densité des besoins de chaleur en MWh/ha, en fond de carte.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="84" />
        <source>Title of the map. Empty: a default title.</source>
        <translation>Titre de la carte. Vide : un titre par défaut.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="87" />
        <source>Line under the title. Empty: the number of synergies.</source>
        <translation>Ligne sous le titre. Vide : le nombre de synergies.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="90" />
        <source>Paper size of each page (default A3).</source>
        <translation>Format de papier de chaque page (A3 par défaut).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="91" />
        <source>Orientation of the page (default landscape).</source>
        <translation>Orientation de la page (paysage par défaut).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="94" />
        <source>One page (default), or one page per site with synergies (the site and its partners), per resource family or per district heating area. PNG and SVG atlases give numbered files beside the chosen name.</source>
        <translation>Une seule page (par défaut), ou une page par site ayant des synergies (le site et ses partenaires), par famille de ressources ou par zone de réseau de chaleur. Les atlas PNG et SVG donnent des fichiers numérotés à côté du nom choisi.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="100" />
        <source>Language of the texts, legend, numbers and date: as QGIS (default), English or French.</source>
        <translation>Langue des textes, de la légende, des nombres et de la date : celle de QGIS (par défaut), l'anglais ou le français.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="107" />
        <source>Rows of the table of the top synergies (default 10; fewer when they do not fit).</source>
        <translation>Lignes du tableau des meilleures synergies (10 par défaut ; moins si elles ne tiennent pas).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="111" />
        <source>Candidates drawn for each supply, by rank: 1 (default) draws the best candidate of each supply only.</source>
        <translation>Candidats dessinés pour chaque offre, par rang : 1 (par défaut) ne dessine que le meilleur candidat de chaque offre.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="116" />
        <source>Text printed on the map to credit the data sources. Empty: "territory inventory".</source>
        <translation>Texte imprimé sur la carte pour citer les sources des données. Vide : « inventaire du territoire ».</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="121" />
        <source>Resolution of PNG files and of the raster parts of PDF and SVG, in dots per inch (default 150).</source>
        <translation>Résolution des fichiers PNG et des parties raster des PDF et SVG, en points par pouce (150 par défaut).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_synergy_map.py" line="126" />
        <source>The map file: PDF (all pages in one file), PNG or SVG, chosen by its extension.</source>
        <translation>Le fichier de la carte : PDF (toutes les pages dans un fichier), PNG ou SVG, selon son extension.</translation>
    </message>
</context>
<context>
    <name>exporttables</name>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="28" />
        <source>Export tables (CSV, XLSX)</source>
        <translation>Exporter les tables (CSV, XLSX)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="31" />
        <source>Sites, resources, flows and candidates as spreadsheet files, with confidential sites protected and no cell that a spreadsheet would run as a formula.</source>
        <translation>Sites, ressources, flux et candidats en fichiers de tableur, avec les sites confidentiels protégés et aucune cellule qu'un tableur exécuterait comme une formule.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="67" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="68" />
        <source>Resources (table)</source>
        <translation>Ressources (table)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="69" />
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="70" />
        <source>Candidate synergies</source>
        <translation>Synergies candidates</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="71" />
        <source>District heating links</source>
        <translation>Liaisons de réseau de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="77" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="77" />
        <source>CSV files (one per table)</source>
        <translation>Fichiers CSV (un par table)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="77" />
        <source>XLSX workbook (one sheet per table)</source>
        <translation>Classeur XLSX (une feuille par table)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="81" />
        <source>Public version (hide what confidential sites did not share)</source>
        <translation>Version publique (masquer ce que les sites confidentiels n'ont pas partagé)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="85" />
        <source>Displacement of confidential sites (m)</source>
        <translation>Déplacement des sites confidentiels (m)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="90" />
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="92" />
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="110" />
        <source>Public version: {n} confidential sites protected.</source>
        <translation>Version publique : {n} sites confidentiels protégés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="120" />
        <source>Wrote {files}.</source>
        <translation>Fichiers écrits : {files}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="38" />
        <source>Written as the {table} table; left out when not given.</source>
        <translation>Écrite comme table {table} ; omise si elle n'est pas fournie.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="42" />
        <source>The territory's sites, always written (the sites table).</source>
        <translation>Les sites du territoire, toujours écrits (la table sites).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="47" />
        <source>The output of Find synergies or Allocate synergies.</source>
        <translation>La sortie de Trouver les synergies ou d'Allouer les synergies.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="50" />
        <source>The output of Waste heat to district heating.</source>
        <translation>La sortie de Chaleur fatale vers les réseaux de chaleur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="53" />
        <source>CSV (default): one UTF-8 file per table. XLSX: one workbook with one sheet per table. Points become x and y columns, other geometries a WKT column.</source>
        <translation>CSV (par défaut) : un fichier UTF-8 par table. XLSX : un classeur avec une feuille par table. Les points deviennent des colonnes x et y, les autres géométries une colonne WKT.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/export_tables.py" line="60" />
        <source>Folder where the files are written, one per table.</source>
        <translation>Dossier où les fichiers sont écrits, un par table.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/publishing/exports.py" line="71" />
        <source>{table}: {count} numbers are not finite (infinite) and are written as empty cells.</source>
        <translation>{table} : {count} nombres ne sont pas finis (infinis) et sont écrits comme des cellules vides.</translation>
    </message>
</context>
<context>
    <name>findsynergies</name>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="36" />
        <source>Find synergies</source>
        <translation>Trouver les synergies</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="39" />
        <source>Candidate exchanges between the supplies and demands of nearby sites, inside transport-cost radii, plus knowledge-based matches by sector.</source>
        <translation>Échanges candidats entre les offres et les besoins de sites proches, dans des rayons fondés sur le coût de transport, plus des appariements par secteur issus de la base de connaissances.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="50" />
        <source>Road transport cost (EUR per t-km)</source>
        <translation>Coût du transport routier (EUR par t-km)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="52" />
        <source>Empty return share</source>
        <translation>Part de retour à vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="54" />
        <source>Landfill gate fee (EUR/t)</source>
        <translation>Coût de mise en décharge (EUR/t)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="56" />
        <source>Landfill tax (EUR/t)</source>
        <translation>Taxe sur la mise en décharge (EUR/t)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="58" />
        <source>Treatment before reuse (EUR/t)</source>
        <translation>Traitement avant réutilisation (EUR/t)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="60" />
        <source>Handling at both ends (EUR/t)</source>
        <translation>Manutention au départ et à l'arrivée (EUR/t)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="62" />
        <source>Upper bound of any radius (km)</source>
        <translation>Plafond de tout rayon (km)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="64" />
        <source>Highest heat transmission cost (EUR/MWh)</source>
        <translation>Coût maximal de transport de la chaleur (EUR/MWh)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="67" />
        <source>Discount rate of heat pipes</source>
        <translation>Taux d'actualisation des canalisations de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="68" />
        <source>Depreciation period of heat pipes (years)</source>
        <translation>Durée d'amortissement des canalisations de chaleur (années)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="174" />
        <source>Sites (points with site_id, nace)</source>
        <translation>Sites (points avec site_id, nace)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="181" />
        <source>Resource families</source>
        <translation>Familles de ressources</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="190" />
        <source>Search radius</source>
        <translation>Rayon de recherche</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="190" />
        <source>Economic break-even distance</source>
        <translation>Distance de rentabilité économique</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="190" />
        <source>Fixed distance</source>
        <translation>Distance fixe</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="190" />
        <source>Smaller of both</source>
        <translation>La plus petite des deux</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="202" />
        <source>Fixed radius (km)</source>
        <translation>Rayon fixe (km)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="172" />
        <source>Detour factor (route length / straight line)</source>
        <translation>Facteur de détour (longueur du trajet / ligne droite)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="220" />
        <source>Candidates kept per supply</source>
        <translation>Candidats retenus par offre</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="229" />
        <source>Include knowledge-based matches (receiving sectors)</source>
        <translation>Inclure les appariements issus de la base de connaissances (secteurs receveurs)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="242" />
        <source>Candidate synergies</source>
        <translation>Synergies candidates</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="303" />
        <source>The sites layer</source>
        <translation>La couche des sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="329" />
        <source>{n} candidate synergies ({declared} declared, {inferred} inferred) for {supplies} supplies.</source>
        <translation>{n} synergies candidates ({declared} déclarées, {inferred} déduites) pour {supplies} offres.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="341" />
        <source>Best declared candidate of each supply (upper bounds)</source>
        <translation>Meilleur candidat déclaré de chaque offre (bornes supérieures)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="74" />
        <source>Point layer of the sites, with a unique site_id and, for knowledge-based matches, a NACE code in nace. A geographic CRS is reprojected to a metric one (named in the log); lines and polygons are refused.</source>
        <translation>Couche de points des sites, avec un site_id unique et, pour les appariements issus de la base de connaissances, un code NACE dans nace. Un SCR géographique est reprojeté dans un SCR métrique (nommé dans le journal) ; les lignes et les polygones sont refusés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="80" />
        <source>Resource families to search: only the supplies and demands of these families are paired. All seven by default.</source>
        <translation>Familles de ressources à rechercher : seules les offres et les demandes de ces familles sont appariées. Les sept par défaut.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="85" />
        <source>How far a supply looks for receivers: the economic break-even distance of each resource (default), the fixed radius below, or the smaller of both. Resources without a transport cost model use the fixed radius.</source>
        <translation>Jusqu'où une offre cherche des receveurs : la distance de rentabilité économique de chaque ressource (par défaut), le rayon fixe ci-dessous, ou le plus petit des deux. Les ressources sans modèle de coût de transport utilisent le rayon fixe.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="117" />
        <source>Cost of carrying one tonne over one loaded kilometre by road, in EUR (default from the French CNR road-haulage indices).</source>
        <translation>Coût du transport routier d'une tonne sur un kilomètre en charge, en EUR (valeur par défaut tirée des indices du transport routier du CNR).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="122" />
        <source>Distance driven back empty as a share of the loaded distance: 1 means the truck returns empty, 0 that it always finds a return load.</source>
        <translation>Distance parcourue à vide au retour, en part de la distance en charge : 1 signifie que le camion revient à vide, 0 qu'il trouve toujours un fret retour.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="127" />
        <source>Gate fee per tonne that a supplier no longer pays when its waste is reused, in EUR/t, tax excluded (default from ADEME).</source>
        <translation>Coût de mise en décharge par tonne que le fournisseur ne paie plus quand son déchet est réutilisé, en EUR/t, hors taxe (valeur par défaut de l'ADEME).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="132" />
        <source>Landfill tax per tonne also avoided, in EUR/t (default: French TGAP rate for non-hazardous waste, 2025).</source>
        <translation>Taxe sur la mise en décharge évitée elle aussi, en EUR/t (par défaut : taux de TGAP 2025 pour les déchets non dangereux).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="137" />
        <source>Cost per tonne of preparing the material for reuse (drying, crushing...), in EUR/t; deducted from the value. 0 unless you know it.</source>
        <translation>Coût par tonne de la préparation de la matière avant réutilisation (séchage, concassage…), en EUR/t ; déduit de la valeur. 0 si vous ne le connaissez pas.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="142" />
        <source>Cost per tonne of loading and unloading at both ends, in EUR/t; deducted from the value. 0 unless you know it.</source>
        <translation>Coût par tonne du chargement et du déchargement au départ et à l'arrivée, en EUR/t ; déduit de la valeur. 0 si vous ne le connaissez pas.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="147" />
        <source>No radius, economic or fixed, goes beyond this distance in km.</source>
        <translation>Aucun rayon, économique ou fixe, ne dépasse cette distance en km.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="151" />
        <source>Highest levelised cost of carrying heat or steam through a pipe, in EUR per MWh delivered: it sets the longest heat link (default from Hotmaps).</source>
        <translation>Coût actualisé maximal du transport de chaleur ou de vapeur par canalisation, en EUR par MWh livré : il fixe la plus longue liaison de chaleur (valeur par défaut de Hotmaps).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="156" />
        <source>Discount rate of the investment in heat pipes, as a fraction (0.03 = 3 %).</source>
        <translation>Taux d'actualisation de l'investissement dans les canalisations de chaleur, en fraction (0,03 = 3 %).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="160" />
        <source>Years over which the heat pipes are paid off, with the discount rate.</source>
        <translation>Nombre d'années sur lesquelles les canalisations de chaleur sont amorties, avec le taux d'actualisation.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="91" />
        <source>Search radius in km of the fixed-distance mode, and of the resources without a cost model (default {default} km).</source>
        <translation>Rayon de recherche en km du mode à distance fixe et des ressources sans modèle de coût (par défaut {default} km).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="96" />
        <source>Route length over the straight-line distance: every distance is the straight line times this factor (default {default}, a common road circuity).</source>
        <translation>Longueur du trajet rapportée à la distance à vol d'oiseau : chaque distance est la ligne droite multipliée par ce facteur (par défaut {default}, un détour routier courant).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="101" />
        <source>Most candidate receivers kept for each supply, best score first, declared demands before knowledge-based ones (default {default}). The headline totals count the best declared candidate of each supply that does not lose money, among those kept: they may grow with this number (a better partner found further away), never fall; the log says when.</source>
        <translation>Nombre maximal de receveurs candidats gardés pour chaque offre, meilleur score d'abord, demandes déclarées avant celles issues de la base de connaissances (par défaut {default}). Les totaux de synthèse comptent le meilleur candidat déclaré de chaque offre qui ne perd pas d'argent, parmi ceux gardés : ils peuvent croître avec ce nombre (un meilleur partenaire trouvé plus loin), jamais baisser ; le journal le signale.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="110" />
        <source>Also propose sites that declared no demand but whose NACE sector is a likely receiver of the resource: documented exchanges and the catalogue's typical consumers, scored by a model fitted on them (kb_score: the estimated probability, ranked first, then the nearest). Checked by default.</source>
        <translation>Proposer aussi les sites qui n'ont déclaré aucune demande mais dont le secteur NACE est un receveur probable de la ressource : échanges documentés et consommateurs types du catalogue, notés par un modèle ajusté sur eux (kb_score : la probabilité estimée, classée d'abord, puis le plus proche). Coché par défaut.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/find_synergies.py" line="164" />
        <source>Lines from each supplier to each candidate receiver (distance, quantity, costs, net benefit, CO2 avoided, score, rank; styled by family). A knowledge-based one adds its evidence (kb_score, evidence, kb_cases, kb_exchanges, kb_sources); its net benefit is an upper bound.</source>
        <translation>Lignes de chaque fournisseur vers chaque receveur candidat (distance, quantité, coûts, bénéfice net, CO2 évité, score, rang ; style par famille). Une candidate par la base de connaissances y ajoute ses fondements (kb_score, evidence, kb_cases, kb_exchanges, kb_sources) ; son bénéfice net est un majorant.</translation>
    </message>
</context>
<context>
    <name>flowlegend</name>
    <message>
        <location filename="../ite_qgis/qgis_bridge/flow_legend.py" line="21" />
        <source>Line width: quantities by mass (t/yr)</source>
        <translation>Largeur du trait : quantités en masse (t/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/flow_legend.py" line="22" />
        <source>Line width: energy (GWh/yr)</source>
        <translation>Largeur du trait : énergie (GWh/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/flow_legend.py" line="23" />
        <source>Line width: volumes (m3/yr)</source>
        <translation>Largeur du trait : volumes (m3/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/flow_legend.py" line="24" />
        <source>Line width: services (count/yr)</source>
        <translation>Largeur du trait : services (nombre/an)</translation>
    </message>
</context>
<context>
    <name>flowmap</name>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="87" />
        <source> ... and {count} more</source>
        <translation> ... et {count} de plus</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="97" />
        <source>The flow table has no '{column}' column ({what}).</source>
        <translation>La table des flux n'a pas de colonne « {column} » ({what}).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="161" />
        <source>The flow table has no '{column}' column (the {end} site).</source>
        <translation>La table des flux n'a pas de colonne « {column} » (site {end}).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="167" />
        <source>The flow table has no '{column}' column (quantity).</source>
        <translation>La table des flux n'a pas de colonne « {column} » (quantité).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="173" />
        <source>The flow table is empty.</source>
        <translation>La table des flux est vide.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="124" />
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="182" />
        <source>{count} flows have no site in '{column}': {rows}</source>
        <translation>{count} flux n'ont pas de site dans « {column} » : {rows}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="197" />
        <source>{count} flows have no resource code: {rows}. Fill the resource field or give a default resource (e.g. heat for district heating links).</source>
        <translation>{count} flux n'ont pas de code de ressource : {rows}. Remplissez le champ de ressource ou donnez une ressource par défaut (p. ex. heat pour les liaisons de réseau de chaleur).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="208" />
        <source>{count} flows have a resource code the catalogue does not know: {rows}</source>
        <translation>{count} flux ont un code de ressource inconnu du catalogue : {rows}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="221" />
        <source>{count} flows have a quantity that is not a number in '{column}': {rows}</source>
        <translation>{count} flux ont une quantité qui n'est pas un nombre dans « {column} » : {rows}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="229" />
        <source>{count} flows have no quantity in '{column}': {rows}</source>
        <translation>{count} flux n'ont pas de quantité dans « {column} » : {rows}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="246" />
        <source>{count} flows have no unit: the catalogue's default unit of their resource was used (e.g. MWh/yr for heat).</source>
        <translation>{count} flux n'ont pas d'unité : l'unité par défaut du catalogue pour leur ressource a été utilisée (p. ex. MWh/yr pour la chaleur).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="272" />
        <source>unit '{unit}' does not fit a {family} resource</source>
        <translation>l'unité « {unit} » ne convient pas à une ressource de la famille {family}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="280" />
        <source>{count} flows have a quantity or unit problem: {rows}</source>
        <translation>{count} flux ont un problème de quantité ou d'unité : {rows}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="357" />
        <source>Unknown line shape '{shape}'.</source>
        <translation>Forme de ligne inconnue « {shape} ».</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="418" />
        <source>The sites layer has no '{column}' column.</source>
        <translation>La couche des sites n'a pas de colonne « {column} ».</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="431" />
        <source>The sites layer has duplicate ids: {ids}</source>
        <translation>La couche des sites a des identifiants en double : {ids}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="462" />
        <source>Unknown mode '{mode}'.</source>
        <translation>Mode inconnu « {mode} ».</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="517" />
        <source>{count} site ids of the flows are not in the sites layer: {ids}. Add these sites, or correct the ids, and run the tool again.</source>
        <translation>{count} identifiants de site des flux ne sont pas dans la couche des sites : {ids}. Ajoutez ces sites, ou corrigez les identifiants, puis relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="546" />
        <source>Give a sites layer, or a flow layer of lines with a CRS: the ends of the flows cannot be placed otherwise.</source>
        <translation>Donnez une couche de sites, ou une couche de flux en lignes avec un SCR : sinon les extrémités des flux ne peuvent pas être placées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="561" />
        <source>{count} flows have no line geometry to place their ends ({rows}); give a sites layer instead.</source>
        <translation>{count} flux n'ont pas de géométrie linéaire pour placer leurs extrémités ({rows}) ; donnez plutôt une couche de sites.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="472" />
        <source>{count} flows start and end at the same site and are drawn as points of no length: {sites}</source>
        <translation>{count} flux partent et arrivent au même site et sont dessinés comme des points de longueur nulle : {sites}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="589" />
        <source>{before} flows summed into {after} lines.</source>
        <translation>{before} flux additionnés en {after} lignes.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="191" />
        <source>Flow map</source>
        <translation>Carte des flux</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="40" />
        <source>Flow lines from a flow table (existing flows, candidate synergies or DH links): curved or straight, side by side or summed, width by quantity, colour by family.</source>
        <translation>Lignes de flux à partir d'une table de flux (flux existants, synergies candidates ou liaisons de réseau de chaleur) : courbes ou droites, côte à côte ou additionnées, épaisseur selon la quantité, couleur selon la famille.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="137" />
        <source>Flows (table or lines: flows, synergies or DH links)</source>
        <translation>Flux (table ou lignes : flux, synergies ou liaisons de réseau de chaleur)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="141" />
        <source>Sites (optional with a line layer: its ends are used)</source>
        <translation>Sites (facultatif avec une couche de lignes : ses extrémités sont utilisées)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="145" />
        <source>Site id field</source>
        <translation>Champ de l'identifiant de site</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="149" />
        <source>From site field (supplier)</source>
        <translation>Champ du site d'origine (fournisseur)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="150" />
        <source>To site field (receiver)</source>
        <translation>Champ du site de destination (receveur)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="151" />
        <source>Resource code field</source>
        <translation>Champ du code de ressource</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="152" />
        <source>Quantity field</source>
        <translation>Champ de la quantité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="153" />
        <source>Unit field</source>
        <translation>Champ de l'unité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="158" />
        <source>Resource code where the field is empty or absent (e.g. heat for DH links)</source>
        <translation>Code de ressource là où le champ est vide ou absent (p. ex. heat pour les liaisons de réseau de chaleur)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="161" />
        <source>Unit where the field is empty or absent (e.g. MWh/yr)</source>
        <translation>Unité là où le champ est vide ou absent (p. ex. MWh/yr)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="164" />
        <source>Line shape</source>
        <translation>Forme des lignes</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="164" />
        <source>Curved (A to B and B to A on opposite sides)</source>
        <translation>Courbes (de A vers B et de B vers A de part et d'autre)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="164" />
        <source>Straight</source>
        <translation>Droites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="168" />
        <source>Several flows between the same two sites</source>
        <translation>Plusieurs flux entre les deux mêmes sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="168" />
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="168" />
        <source>Summed per resource family and unit</source>
        <translation>Additionnés par famille de ressources et par unité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="172" />
        <source>Arc height (share of the distance)</source>
        <translation>Hauteur de l'arc (part de la distance)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="172" />
        <source>Spacing between side-by-side flows (m, 0: automatic)</source>
        <translation>Écart entre flux côte à côte (m, 0 : automatique)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="172" />
        <source>Width of the largest flow (mm)</source>
        <translation>Épaisseur du flux le plus important (mm)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="172" />
        <source>Smallest width (mm)</source>
        <translation>Épaisseur minimale (mm)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="184" />
        <source>Vertices per curved line</source>
        <translation>Sommets par ligne courbe</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="188" />
        <source>Additional resource catalogue (CSV)</source>
        <translation>Catalogue de ressources complémentaire (CSV)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="220" />
        <source>The sites layer has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) and run the tool again.</source>
        <translation>La couche des sites n'a pas de système de coordonnées de référence. Définissez son SCR (Propriétés de la couche &gt; Source) et relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="227" />
        <source>The flows are a table without lines: give the sites layer so that each flow's ends can be placed.</source>
        <translation>Les flux sont une table sans lignes : donnez la couche des sites pour placer les extrémités de chaque flux.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="242" />
        <source>Choose the field {parameter}.</source>
        <translation>Choisissez le champ {parameter}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="275" />
        <source>{count} flow lines written.</source>
        <translation>{count} lignes de flux écrites.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="47" />
        <source>Default: {field}.</source>
        <translation>Par défaut : {field}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="49" />
        <source>The flows to draw: the territory's flows, the candidate or allocated synergies, or the links of Waste heat to district heating; a table or a line layer.</source>
        <translation>Les flux à dessiner : les flux du territoire, les synergies candidates ou allouées, ou les liaisons de Chaleur fatale vers les réseaux de chaleur ; une table ou une couche de lignes.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="54" />
        <source>Points (or polygons, through a point on their surface) with a site id, where the flows start and end. Empty: the flows must be lines, drawn between their first and last vertices.</source>
        <translation>Points (ou polygones, par un point de leur surface) avec un identifiant de site, d'où partent et où arrivent les flux. Vide : les flux doivent être des lignes, tracées entre leurs premier et dernier sommets.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="60" />
        <source>Field of the sites layer that holds the site id (default site_id).</source>
        <translation>Champ de la couche des sites qui porte l'identifiant du site (site_id par défaut).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="63" />
        <source>Field with the id of the supplying site: supplier_site for synergies, source_id for DH links.</source>
        <translation>Champ de l'identifiant du site fournisseur : supplier_site pour les synergies, source_id pour les liaisons de réseau de chaleur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="68" />
        <source>Field with the id of the receiving site: receiver_site for synergies, area_id for DH links.</source>
        <translation>Champ de l'identifiant du site receveur : receiver_site pour les synergies, area_id pour les liaisons de réseau de chaleur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="73" />
        <source>Field with the resource code, which sets the family and colour.</source>
        <translation>Champ du code de ressource, qui fixe la famille et la couleur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="76" />
        <source>Field with the quantity, which sets the width: allocated_quantity for allocated synergies, heat_delivered_mwh_yr for DH links.</source>
        <translation>Champ de la quantité, qui fixe l'épaisseur : allocated_quantity pour les synergies allouées, heat_delivered_mwh_yr pour les liaisons de réseau de chaleur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="81" />
        <source>Field with the unit of the quantity.</source>
        <translation>Champ de l'unité de la quantité.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="84" />
        <source>Resource code used where the resource field is empty or absent, e.g. heat for DH links.</source>
        <translation>Code de ressource utilisé là où le champ de ressource est vide ou absent, p. ex. heat pour les liaisons de réseau de chaleur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="89" />
        <source>Unit used where the unit field is empty or absent, e.g. MWh/yr for DH links.</source>
        <translation>Unité utilisée là où le champ d'unité est vide ou absent, p. ex. MWh/yr pour les liaisons de réseau de chaleur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="93" />
        <source>Curved (default): arcs bent to the right of travel, so A to B and B to A do not overlap. Straight: straight lines.</source>
        <translation>Courbes (par défaut) : arcs incurvés à droite du sens de parcours, pour que A vers B et B vers A ne se superposent pas. Droites : lignes droites.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="98" />
        <source>Side by side (default): one line per flow. Summed: one line per pair of sites, resource family and unit family (tonnes and MWh are never added).</source>
        <translation>Côte à côte (par défaut) : une ligne par flux. Additionnés : une ligne par paire de sites, famille de ressources et famille d'unités (les tonnes et les MWh ne sont jamais additionnées).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="108" />
        <source>Distance in metres between side-by-side flows of the same two sites; 0 (default) sets it as a share of the distance.</source>
        <translation>Distance en mètres entre les flux côte à côte des deux mêmes sites ; 0 (par défaut) la fixe en part de la distance.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="113" />
        <source>Width on the map, in mm, of the largest flow of each unit family; the others are proportional to their quantity.</source>
        <translation>Épaisseur sur la carte, en mm, du plus gros flux de chaque famille d'unités ; les autres sont proportionnelles à leur quantité.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="118" />
        <source>No line is drawn thinner than this, in mm, so small flows stay visible.</source>
        <translation>Aucune ligne n'est tracée plus fine que cette épaisseur, en mm, pour que les petits flux restent visibles.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="121" />
        <source>Vertices of each curved line: more gives smoother arcs.</source>
        <translation>Sommets de chaque ligne courbe : davantage donne des arcs plus lisses.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="124" />
        <source>Your own resource codes, in the columns of resources/catalogue/resources.csv, so that flows with these codes get a family.</source>
        <translation>Vos propres codes de ressources, dans les colonnes de resources/catalogue/resources.csv, pour que les flux de ces codes reçoivent une famille.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="129" />
        <source>One line per flow (or summed flow) with its family, normalised quantity, width in mm and a size class; styled by family with an arrow at the receiver.</source>
        <translation>Une ligne par flux (ou flux additionné) avec sa famille, sa quantité normalisée, son épaisseur en mm et une classe de taille ; style par famille avec une flèche vers le receveur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="103" />
        <source>Height of a curved arc as a share of the distance between its two sites (default {default}).</source>
        <translation>Hauteur d'un arc courbe, en part de la distance entre ses deux sites (par défaut {default}).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="145" />
        <source>{count} flows have a quantity that is not a finite number (infinite, or too large once converted) and are left out: {rows}</source>
        <translation>{count} flux ont une quantité qui n'est pas un nombre fini (infinie, ou trop grande une fois convertie) et sont écartés : {rows}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="153" />
        <source>No flow has a quantity that is a finite number.</source>
        <translation>Aucun flux n'a une quantité qui soit un nombre fini.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="507" />
        <source>The sites layer is empty: it has no feature to place the flows' ends.</source>
        <translation>La couche des sites est vide : elle n'a aucune entité où placer les extrémités des flux.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/flow_map.py" line="251" />
        <source>The sites layer</source>
        <translation>La couche des sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/flowlines.py" line="528" />
        <source>{count} flows start or end at a site without a point and are not drawn: {flows}</source>
        <translation>{count} flux partent d'un site sans point ou y arrivent, et ne sont pas dessinés : {flows}</translation>
    </message>
</context>
<context>
    <name>frames</name>
    <message>
        <location filename="../ite_qgis/qgis_bridge/frames.py" line="415" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/ogr_files.py" line="185" />
        <source>Could not write the output: {error}</source>
        <translation>Impossible d'écrire la sortie : {error}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/frames.py" line="346" />
        <source>{output}, column {column}: infinite values written as NULL: {count}.</source>
        <translation>{output}, colonne {column} : valeurs infinies écrites comme NULL : {count}.</translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <location filename="../ite_qgis/processing/base.py" line="33" />
        <source>Territory and inventory</source>
        <translation>Territoire et inventaire</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/base.py" line="34" />
        <source>Synergies</source>
        <translation>Synergies</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/base.py" line="35" />
        <source>Waste heat and district heating</source>
        <translation>Chaleur fatale et réseaux de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/base.py" line="36" />
        <source>Maps and reports</source>
        <translation>Cartes et rapports</translation>
    </message>
</context>
<context>
    <name>heat_density</name>
    <message>
        <location filename="../ite_qgis/core/heat/heat_density.py" line="75" />
        <source>The grid bounds {bounds} are empty.</source>
        <translation>L'emprise de la grille {bounds} est vide.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/heat_density.py" line="266" />
        <source>The cell size must be a positive number of metres, not {cell}.</source>
        <translation>La taille de cellule doit être un nombre positif de mètres, et non {cell}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/heat_density.py" line="273" />
        <source>{demands} demand values were given for {features} features.</source>
        <translation>{demands} valeurs de besoin ont été données pour {features} entités.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/heat_density.py" line="295" />
        <source>No feature has both a point or polygon geometry and a demand of 0 or more: nothing to grid.</source>
        <translation>Aucune entité n'a à la fois une géométrie ponctuelle ou polygonale et un besoin supérieur ou égal à 0 : rien à mettre en grille.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/heat_density.py" line="59" />
        <source>A heat density grid needs a projected CRS in metres, but the layer is in {crs}. Reproject it (e.g. to EPSG:3035, LAEA Europe, or the local UTM zone) and run the tool again.</source>
        <translation>Une grille de densité de chaleur nécessite un SCR projeté en mètres, mais la couche est en {crs}. Reprojetez-la (par exemple en EPSG:3035, LAEA Europe, ou dans la zone UTM locale) et relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/heat_density.py" line="91" />
        <source>The grid would have {rows} x {cols} cells, more than {limit}. Use a larger cell size or a smaller extent.</source>
        <translation>La grille aurait {rows} x {cols} cellules, soit plus de {limit}. Choisissez une taille de cellule plus grande ou une emprise plus petite.</translation>
    </message>
</context>
<context>
    <name>heatdensitygrid</name>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="53" />
        <source>Heat demand density grid</source>
        <translation>Grille de densité des besoins de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="56" />
        <source>Raster of heat demand density (MWh/ha) from buildings or points with a yearly demand; the demand is conserved.</source>
        <translation>Raster de densité des besoins de chaleur (MWh/ha) à partir de bâtiments ou de points dotés d'un besoin annuel ; le besoin total est conservé.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="90" />
        <source>Buildings or points with a heat demand</source>
        <translation>Bâtiments ou points avec un besoin de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="94" />
        <source>Heat demand field (MWh/yr)</source>
        <translation>Champ du besoin de chaleur (MWh/yr)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="70" />
        <source>Yearly heat demand of each feature in MWh.</source>
        <translation>Besoin de chaleur annuel de chaque entité, en MWh.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="99" />
        <source>Heat demand expression (MWh/yr, replaces the field)</source>
        <translation>Expression du besoin de chaleur (MWh/yr, remplace le champ)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="73" />
        <source>An expression giving the yearly demand in MWh, e.g. "floor_area_m2" * 0.12. When given it is used instead of the field.</source>
        <translation>Une expression donnant le besoin annuel en MWh, par exemple "floor_area_m2" * 0.12. Si elle est indiquée, elle remplace le champ.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="104" />
        <source>Cell size</source>
        <translation>Taille de cellule</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="78" />
        <source>Side of a square cell in metres; 100 m is the Hotmaps resolution.</source>
        <translation>Côté d'une cellule carrée, en mètres ; 100 m est la résolution de Hotmaps.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="205" />
        <source>Heat demand density (MWh/ha)</source>
        <translation>Densité des besoins de chaleur (MWh/ha)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="110" />
        <source>Demand of the features used, MWh/yr</source>
        <translation>Besoin des entités utilisées, MWh/yr</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="113" />
        <source>Demand in the grid, MWh/yr</source>
        <translation>Besoin dans la grille, MWh/yr</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="124" />
        <source>The demand expression cannot be read: {error}</source>
        <translation>Impossible de lire l'expression du besoin : {error}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="142" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="170" />
        <source>The buildings layer</source>
        <translation>La couche des bâtiments</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="174" />
        <source>Give the heat demand as a field or as an expression (MWh/yr).</source>
        <translation>Indiquez le besoin de chaleur par un champ ou par une expression (MWh/yr).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="186" />
        <source>Gridding {n} features in {cell} m cells...</source>
        <translation>Mise en grille de {n} entités en cellules de {cell} m...</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="202" />
        <source>Could not write {path}: {error}</source>
        <translation>Impossible d'écrire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="241" />
        <source>Features: {total}; used: {used}; without geometry: {nogeom}; neither point nor polygon: {wrong}; demand empty, not a number or negative: {bad}; invalid polygons repaired: {fixed}.</source>
        <translation>Entités : {total} ; utilisées : {used} ; sans géométrie : {nogeom} ; ni point ni polygone : {wrong} ; besoin vide, non numérique ou négatif : {bad} ; polygones invalides réparés : {fixed}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="249" />
        <source>Demand in: {demand_in:,.1f} MWh/yr; in the grid: {in_grid:,.1f} MWh/yr; outside it: {outside:,.1f} MWh/yr. Grid: {rows} rows x {cols} columns.</source>
        <translation>Besoin en entrée : {demand_in:,.1f} MWh/yr ; dans la grille : {in_grid:,.1f} MWh/yr ; hors de la grille : {outside:,.1f} MWh/yr. Grille : {rows} lignes x {cols} colonnes.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="257" />
        <source>{n} features were left out of the grid (see the counts above).</source>
        <translation>{n} entités ont été écartées de la grille (voir les décomptes ci-dessus).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="64" />
        <source>Building footprints or points that each carry a yearly heat demand, in a projected CRS in metres. A polygon's demand is spread over the cells it covers, in proportion to the area in each.</source>
        <translation>Emprises de bâtiments ou points portant chacun un besoin annuel de chaleur, dans un SCR projeté en mètres. Le besoin d'un polygone est réparti entre les cellules qu'il recouvre, au prorata de sa surface dans chacune.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="82" />
        <source>Raster of the heat demand density in MWh/ha, in the layer's CRS (cells without demand hold 0), ready for District heating potential areas.</source>
        <translation>Raster de densité des besoins de chaleur en MWh/ha, dans le SCR de la couche (les cellules sans besoin valent 0), prêt pour Zones de potentiel de réseau de chaleur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="180" />
        <source>The buildings layer is empty: nothing to grid.</source>
        <translation>La couche des bâtiments est vide : rien à mettre en grille.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="224" />
        <source>buildings</source>
        <translation>des bâtiments</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="232" />
        <source>{count} features have a demand that is empty, not a number or negative and were left out of the grid (feature ids): {rows}.</source>
        <translation>{count} entités ont un besoin vide, non numérique ou négatif et ont été écartées de la grille (identifiants d'entité) : {rows}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/heat_density_grid.py" line="131" />
        <source>The buildings layer has no field {field}: choose the field with each building's demand in MWh/yr.</source>
        <translation>La couche des bâtiments n'a pas de champ {field} : choisissez le champ qui donne la consommation de chaque bâtiment en MWh/an.</translation>
    </message>
</context>
<context>
    <name>heatgrid</name>
    <message>
        <location filename="../ite_qgis/core/samples/synthetic_heat.py" line="155" />
        <source>A {value} m cell gives more than {max_cells} cells</source>
        <translation>Une cellule de {value} m donne plus de {max_cells} cellules</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/samples/synthetic_heat.py" line="185" />
        <source>The cell size must be a positive length in m: {value}</source>
        <translation>La taille de cellule doit être une longueur positive en m : {value}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/samples/synthetic_heat.py" line="227" />
        <source>A grid must be a non-empty 2-D array, got shape {shape}</source>
        <translation>Une grille doit être un tableau 2D non vide ; forme reçue : {shape}</translation>
    </message>
</context>
<context>
    <name>heatsources</name>
    <message>
        <location filename="../ite_qgis/core/heat/sources.py" line="79" />
        <source>{n} heat or steam rows are not in an energy unit (MWh/yr, MW) and were left out: {ids}</source>
        <translation>{n} lignes de chaleur ou de vapeur ne sont pas dans une unité d'énergie (MWh/yr, MW) et ont été écartées : {ids}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/sources.py" line="90" />
        <source>The sites layer has no site_id field: choose the field that the resources table refers to.</source>
        <translation>La couche des sites n'a pas de champ site_id : choisissez le champ auquel renvoie la table des ressources.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/sources.py" line="99" />
        <source>{n} heat rows refer to sites missing from the sites layer and were left out: {ids}</source>
        <translation>{n} lignes de chaleur renvoient à des sites absents de la couche des sites et ont été écartées : {ids}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/sources.py" line="122" />
        <source>The resources table lacks the columns {columns} (territory model: site_id, direction, resource, quantity, unit).</source>
        <translation>Il manque à la table des ressources les colonnes {columns} (modèle de territoire : site_id, direction, resource, quantity, unit).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/sources.py" line="130" />
        <source>The resources table has no heat or steam supply row: no heat source to link.</source>
        <translation>La table des ressources n'a aucune ligne d'offre de chaleur ou de vapeur : aucune source de chaleur à raccorder.</translation>
    </message>
</context>
<context>
    <name>ids</name>
    <message>
        <location filename="../ite_qgis/core/common/ids.py" line="38" />
        <source> ... and {count} more</source>
        <translation> ... et {count} autres</translation>
    </message>
</context>
<context>
    <name>importinventory</name>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="30" />
        <source>Import inventory</source>
        <translation>Importer l'inventaire</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="33" />
        <source>Sites and resources from a CSV, XLSX or any table; rejected rows with their reason.</source>
        <translation>Sites et ressources depuis un fichier CSV, XLSX ou toute table ; lignes rejetées avec leur motif.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="175" />
        <source>Inventory file (CSV, TXT or XLSX)</source>
        <translation>Fichier d'inventaire (CSV, TXT ou XLSX)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="175" />
        <source>Tables (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>Tableaux (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="183" />
        <source>…or inventory table (any QGIS layer)</source>
        <translation>…ou table d'inventaire (toute couche QGIS)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="191" />
        <source>Layout</source>
        <translation>Format du tableau</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="191" />
        <source>Long: one resource per row</source>
        <translation>Long : une ressource par ligne</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="191" />
        <source>Wide: one row per site, one column per resource</source>
        <translation>Large : une ligne par site, une colonne par ressource</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="202" />
        <source>Where the sites are</source>
        <translation>Localisation des sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="202" />
        <source>x and y columns</source>
        <translation>colonnes x et y</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="202" />
        <source>a WKT column</source>
        <translation>une colonne WKT</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="202" />
        <source>join to a point or polygon layer on a key</source>
        <translation>jointure sur une clé avec une couche de points ou de polygones</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="214" />
        <source>CRS of the x/y or WKT coordinates</source>
        <translation>SCR des coordonnées x/y ou WKT</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="221" />
        <source>CRS of the sites output (metric; empty: chosen for the data)</source>
        <translation>SCR de la couche des sites (métrique ; vide : choisi selon les données)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="231" />
        <source>Layer to join the sites to</source>
        <translation>Couche à laquelle joindre les sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="242" />
        <source>Key field of that layer</source>
        <translation>Champ clé de cette couche</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="119" />
        <source>Column names (field=your column; …)</source>
        <translation>Noms de colonnes (champ=votre colonne ; …)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="119" />
        <source>Wide layout: column=code:direction:unit; …</source>
        <translation>Format large : colonne=code:sens:unité ; …</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="119" />
        <source>XLSX sheet (name; empty: the first)</source>
        <translation>Feuille XLSX (nom ; vide : la première)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="119" />
        <source>Additional resource catalogue (CSV)</source>
        <translation>Catalogue de ressources complémentaire (CSV)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="143" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="143" />
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="143" />
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="335" />
        <source>Give an inventory file or an inventory table.</source>
        <translation>Indiquez un fichier d'inventaire ou une table d'inventaire.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="265" />
        <source>Joining needs a layer and its key field.</source>
        <translation>La jointure nécessite une couche et son champ clé.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="269" />
        <source>The CRS of the sites output</source>
        <translation>Le SCR de la couche des sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="294" />
        <source>{sites} sites and {resources} resources imported; {errors} rows rejected (see the Rejected rows table).</source>
        <translation>{sites} sites et {resources} ressources importés ; {errors} lignes rejetées (voir la table « Lignes rejetées »).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="302" />
        <source>Some rows were not imported: the Rejected rows table gives each row number and the reason.</source>
        <translation>Certaines lignes n'ont pas été importées : la table « Lignes rejetées » donne le numéro de chaque ligne et le motif du rejet.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="373" />
        <source>Wide layout column {column}: write column=code:direction:unit, e.g. Slag=ewc:100202:supply:t/yr.</source>
        <translation>Colonne {column} du format large : écrivez colonne=code:sens:unité, par exemple Laitier=ewc:100202:supply:t/yr.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="40" />
        <source>The survey as a CSV, TXT or XLSX file. Encoding, separator and decimal mark are detected. Give this file or an inventory table.</source>
        <translation>L'enquête sous forme de fichier CSV, TXT ou XLSX. L'encodage, le séparateur et le séparateur décimal sont détectés. Donnez ce fichier ou une table d'inventaire.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="45" />
        <source>The survey as a layer or table already in QGIS, used when no file is given.</source>
        <translation>L'enquête sous forme de couche ou de table déjà dans QGIS, utilisée quand aucun fichier n'est donné.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="49" />
        <source>Long (default): one resource per row, the site's columns repeated. Wide: one row per site and one column per resource, described in the wide layout parameter.</source>
        <translation>Long (par défaut) : une ressource par ligne, les colonnes du site répétées. Large : une ligne par site et une colonne par ressource, décrites dans le paramètre du format large.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="55" />
        <source>How each site is located: x and y columns (default), a WKT column (a point inside a polygon is used), or a key joined to a point or polygon layer.</source>
        <translation>Comment chaque site est localisé : colonnes x et y (par défaut), une colonne WKT (un point à l'intérieur d'un polygone est utilisé), ou une clé jointe à une couche de points ou de polygones.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="60" />
        <source>CRS of the x/y or WKT coordinates in the file (default WGS 84 longitude and latitude). Not used with a join.</source>
        <translation>SCR des coordonnées x/y ou WKT du fichier (par défaut longitude et latitude WGS 84). Inutilisé avec une jointure.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="65" />
        <source>Projected CRS in metres of the sites output. Empty: the UTM zone of the data, or LAEA Europe for a larger extent, named in the log.</source>
        <translation>SCR projeté en mètres de la sortie des sites. Vide : la zone UTM des données, ou LAEA Europe pour une étendue plus grande, nommé dans le journal.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="70" />
        <source>With the join option: the point or polygon layer that locates the sites (a point inside each polygon is used).</source>
        <translation>Avec l'option de jointure : la couche de points ou de polygones qui localise les sites (un point à l'intérieur de chaque polygone est utilisé).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="75" />
        <source>With the join option: the field of that layer matched to the site key of the inventory.</source>
        <translation>Avec l'option de jointure : le champ de cette couche mis en correspondance avec la clé de site de l'inventaire.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="80" />
        <source>Overrides of the guessed column names, as field=your column pairs separated by ';', e.g. site_id=SIRET; resource=Code CED. Empty: the guesses (named in the log).</source>
        <translation>Remplace les noms de colonnes devinés, sous forme de paires champ=votre colonne séparées par « ; », p. ex. site_id=SIRET; resource=Code CED. Vide : les noms devinés (indiqués dans le journal).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="86" />
        <source>Wide layout only: each resource column as column=code:direction:unit, separated by ';', e.g. Slag=ewc:100202:supply:t/yr.</source>
        <translation>Format large uniquement : chaque colonne de ressource sous la forme colonne=code:sens:unité, séparées par « ; », p. ex. Laitier=ewc:100202:supply:t/yr.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="91" />
        <source>Name of the XLSX sheet to read. Empty: the first sheet.</source>
        <translation>Nom de la feuille XLSX à lire. Vide : la première feuille.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="95" />
        <source>Your own resource codes, in the columns of resources/catalogue/resources.csv; rows with these codes are then accepted.</source>
        <translation>Vos propres codes de ressources, dans les colonnes de resources/catalogue/resources.csv ; les lignes portant ces codes sont alors acceptées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="100" />
        <source>One point per site with site_id, name, NACE code and confidentiality, in the CRS of the sites output.</source>
        <translation>Un point par site avec site_id, nom, code NACE et confidentialité, dans le SCR de la sortie des sites.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="105" />
        <source>One row per resource: resource_id, site_id, direction, resource code, quantity converted to t/yr, MWh/yr, m3/yr or count/yr, and unit.</source>
        <translation>Une ligne par ressource : resource_id, site_id, sens, code de ressource, quantité convertie en t/yr, MWh/yr, m3/yr ou count/yr, et unité.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/import_inventory.py" line="110" />
        <source>Every input row not imported (severity error) or imported with a warning, with its row number as your spreadsheet shows it and the reason.</source>
        <translation>Chaque ligne d'entrée non importée (gravité error) ou importée avec un avertissement, avec son numéro de ligne tel que votre tableur l'affiche et la raison.</translation>
    </message>
</context>
<context>
    <name>industrialsites</name>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_database.py" line="80" />
        <source>The industrial database file {path} does not exist.</source>
        <translation>Le fichier de base industrielle {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_database.py" line="95" />
        <source>The industrial database file {path} cannot be read as a CSV table: {error}</source>
        <translation>Le fichier de base industrielle {path} ne peut pas être lu comme une table CSV : {error}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_database.py" line="100" />
        <source>The industrial database file {path} is neither UTF-8 nor Windows-1252 text.</source>
        <translation>Le fichier de base industrielle {path} n'est un texte ni en UTF-8 ni en Windows-1252.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_database.py" line="111" />
        <source>The file {path} is not the Hotmaps industrial database: it lacks the columns {missing}. A newer file given in place of the shipped one must keep the columns of the Hotmaps industrial database: {expected}.</source>
        <translation>Le fichier {path} n'est pas la base des sites industriels Hotmaps : il lui manque les colonnes {missing}. Un fichier plus récent donné à la place de celui fourni doit garder les colonnes de la base des sites industriels Hotmaps : {expected}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_database.py" line="137" />
        <source>{ids}: not NUTS 2 ids. A NUTS 2 id is the country's two letters and two more characters, e.g. ITC4 (Lombardy) or FR10 (Ile-de-France).</source>
        <translation>{ids} : ce ne sont pas des identifiants NUTS 2. Un identifiant NUTS 2 est formé des deux lettres du pays et de deux autres caractères, par exemple ITC4 (Lombardie) ou FR10 (Île-de-France).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_database.py" line="143" />
        <source>No site of the industrial database is in the NUTS 2 regions {ids}: these ids do not exist, or the database uses other ids there (it writes them as the NUTS version of its time, e.g. ITC4 for Lombardy).</source>
        <translation>Aucun site de la base industrielle n'est dans les régions NUTS 2 {ids} : ces identifiants n'existent pas, ou la base en emploie d'autres à cet endroit (elle les écrit selon la version NUTS de son époque, par exemple ITC4 pour la Lombardie).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_database.py" line="156" />
        <source>{what} lies outside Europe (longitude {lon_min} to {lon_max}, latitude {lat_min} to {lat_max}): the Hotmaps industrial database only covers European sites.</source>
        <translation>{what} est hors d'Europe (longitude de {lon_min} à {lon_max}, latitude de {lat_min} à {lat_max}) : la base des sites industriels Hotmaps ne couvre que des sites européens.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_database.py" line="168" />
        <source>The extent</source>
        <translation>L'emprise</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_database.py" line="178" />
        <source>The region layer has no coordinate reference system.</source>
        <translation>La couche de la région n'a pas de système de coordonnées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_database.py" line="190" />
        <source>The region layer holds no polygon: give the polygons of the region whose sites to load.</source>
        <translation>La couche de la région ne contient aucun polygone : donnez les polygones de la région dont charger les sites.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_database.py" line="194" />
        <source>The region layer</source>
        <translation>La couche de la région</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="65" />
        <source>the SiteID is empty</source>
        <translation>le SiteID est vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="66" />
        <source>another row has the same SiteID: the first one is loaded</source>
        <translation>une autre ligne a le même SiteID : la première est chargée</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="68" />
        <source>no point: the geom cell holds no POINT(longitude latitude)</source>
        <translation>pas de point : la cellule geom ne contient pas de POINT(longitude latitude)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="70" />
        <source>an emission, fuel demand or excess heat figure is not a number, is negative or is too large to be real</source>
        <translation>un chiffre d'émissions, de demande de combustible ou de chaleur fatale n'est pas un nombre, est négatif ou est trop grand pour être réel</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="73" />
        <source>unknown sub-sector: not in the table of resources/industrial/subsectors.csv</source>
        <translation>sous-secteur inconnu : absent de la table resources/industrial/subsectors.csv</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="76" />
        <source>no emission, fuel demand or excess heat: nothing to load</source>
        <translation>ni émissions, ni demande de combustible, ni chaleur fatale : rien à charger</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="94" />
        <source>The CRS of the sites must be projected, in metres (e.g. EPSG:3035, LAEA Europe).</source>
        <translation>Le SCR des sites doit être projeté, en mètres (par exemple EPSG:3035, LAEA Europe).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="102" />
        <source>No site of the industrial database lies in the chosen area.</source>
        <translation>Aucun site de la base industrielle ne se trouve dans la zone choisie.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="108" />
        <source>None of the {count} rows of the chosen area can be loaded: {reasons}</source>
        <translation>Aucune des {count} lignes de la zone choisie ne peut être chargée : {reasons}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="209" />
        <source>Excess heat (Hotmaps estimate)</source>
        <translation>Chaleur fatale (estimation Hotmaps)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="212" />
        <source>CO2 emitted in 2014 (EU ETS)</source>
        <translation>CO2 émis en 2014 (SEQE-UE)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="213" />
        <source>CO2 emitted in 2014 (E-PRTR figure: no ETS figure)</source>
        <translation>CO2 émis en 2014 (chiffre E-PRTR : pas de chiffre SEQE)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="217" />
        <source>Fuel demand, all fuels (Hotmaps): the most a fuel gas offered nearby could replace</source>
        <translation>Demande de combustible, tous combustibles (Hotmaps) : le maximum qu'un gaz combustible proposé à proximité pourrait remplacer</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="262" />
        <source>{rows} rows of the industrial database in the chosen area: {sites} sites and {resources} resources loaded, {rejected} rows rejected (see the Rejected rows table).</source>
        <translation>{rows} lignes de la base industrielle dans la zone choisie : {sites} sites et {resources} ressources chargés, {rejected} lignes rejetées (voir la table des lignes rejetées).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="271" />
        <source>The database gives no excess heat at all for {subsectors}: a known gap (refineries and chemical sites show 0), not a measurement. Their {count} sites are loaded with their CO2 and fuel figures only.</source>
        <translation>La base ne donne aucune chaleur fatale pour {subsectors} : une lacune connue (les raffineries et les sites chimiques affichent 0), pas une mesure. Leurs {count} sites sont chargés avec leurs seuls chiffres de CO2 et de combustible.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="280" />
        <source>{rounded} sites have coordinates rounded to 0.01 degree (about 1 km) and {shared} share their point with another site: distances under about 1 km mean little, and a site near the edge of the area may fall on the wrong side.</source>
        <translation>{rounded} sites ont des coordonnées arrondies à 0,01 degré (environ 1 km) et {shared} partagent leur point avec un autre site : les distances de moins d'un kilomètre environ ont peu de sens, et un site proche du bord de la zone peut tomber du mauvais côté.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="287" />
        <source>{count} sites have no ETS figure: their CO2 supply is the E-PRTR 2014 figure (co2_source = eprtr).</source>
        <translation>{count} sites n'ont pas de chiffre SEQE : leur offre de CO2 est le chiffre E-PRTR de 2014 (co2_source = eprtr).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/industrial_sites.py" line="293" />
        <source>{count} sites of the sub-sector 'Other non-classified' have no NACE code: knowledge-based synergies skip them.</source>
        <translation>{count} sites du sous-secteur « Other non-classified » n'ont pas de code NACE : les synergies issues de la base de connaissances les ignorent.</translation>
    </message>
</context>
<context>
    <name>inputlayers</name>
    <message>
        <location filename="../ite_qgis/core/validation/sites.py" line="62" />
        <source>{what} has no 'site_id' column.</source>
        <translation>{what} n'a pas de colonne 'site_id'.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/publishing/public.py" line="395" />
        <source>{what}: {count} features have no site_id.</source>
        <translation>{what} : {count} entités n'ont pas de site_id.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/publishing/public.py" line="402" />
        <source>{what}: duplicate site_id values {ids}; each site needs its own id.</source>
        <translation>{what} : valeurs de site_id en double {ids} ; chaque site doit avoir son propre identifiant.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/sites.py" line="73" />
        <source>{what}: {count} features have an empty or invalid geometry and were left out (their resources are left out too): {ids}</source>
        <translation>{what} : {count} entités ont une géométrie vide ou invalide et ont été écartées (leurs ressources aussi) : {ids}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/sites.py" line="86" />
        <source>{what} has no feature with a usable point.</source>
        <translation>{what} n'a aucune entité avec un point utilisable.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/sites.py" line="103" />
        <source>{what}: {count} features are multi-points with several parts ({ids}); a site is one point. Split them with 'Multipart to singleparts' first.</source>
        <translation>{what} : {count} entités sont des multipoints à plusieurs parties ({ids}) ; un site est un seul point. Séparez-les d'abord avec 'De morceaux multiples à morceaux uniques'.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/resources.py" line="115" />
        <source>{count} resources have a code the catalogue does not know and were skipped: {rows}</source>
        <translation>{count} ressources ont un code inconnu du catalogue et ont été ignorées : {rows}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="108" />
        <source>The sites layer</source>
        <translation>La couche des sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/publishing/public.py" line="388" />
        <source>{what} is empty: it has no feature.</source>
        <translation>{what} est vide : elle n'a aucune entité.</translation>
    </message>
</context>
<context>
    <name>inventory</name>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="115" />
        <source>Unknown field(s) {fields}; fields are: {all}</source>
        <translation>Champ(s) inconnu(s) {fields} ; les champs sont : {all}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="122" />
        <source>The table has no column {columns} (columns: {all})</source>
        <translation>La table n'a pas de colonne {columns} (colonnes : {all})</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="147" />
        <source>Columns given: {list}</source>
        <translation>Colonnes indiquées : {list}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="149" />
        <source>Columns guessed: {list}</source>
        <translation>Colonnes reconnues automatiquement : {list}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="168" />
        <source>The table has no column '{column}'</source>
        <translation>La table n'a pas de colonne '{column}'</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="174" />
        <source>Resource column '{column}' must map to (code, direction, unit)</source>
        <translation>La colonne de ressource '{column}' doit correspondre à (code, sens, unité)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="181" />
        <source>Resource column '{column}': '{code}' is not a catalogue code</source>
        <translation>Colonne de ressource '{column}' : '{code}' n'est pas un code du catalogue</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="197" />
        <source>Resource column '{column}': unit '{unit}' is not recognised</source>
        <translation>Colonne de ressource '{column}' : l'unité '{unit}' n'est pas reconnue</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="245" />
        <source>Unknown layout '{layout}' (long or wide)</source>
        <translation>Format de tableau inconnu '{layout}' (long ou wide)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="362" />
        <source>No site id column: sites are keyed by their name ('{column}')</source>
        <translation>Pas de colonne d'identifiant de site : les sites sont identifiés par leur nom ('{column}')</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_resources.py" line="323" />
        <source>{column} is empty</source>
        <translation>{column} est vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="409" />
        <source>No coordinate column: map x and y, or a WKT column</source>
        <translation>Aucune colonne de coordonnées : associez les champs x et y, ou une colonne WKT</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="414" />
        <source>Sites are joined to the layer by their site id</source>
        <translation>Les sites sont joints à la couche par leur identifiant de site</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="443" />
        <source>site '{site}' has no location: {x} and {y} are empty</source>
        <translation>le site '{site}' n'a pas de localisation : {x} et {y} sont vides</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="444" />
        <source>site '{site}' has no location: {wkt} is empty</source>
        <translation>le site '{site}' n'a pas de localisation : {wkt} est vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="445" />
        <source>site '{site}' has no location: its join key is empty</source>
        <translation>le site '{site}' n'a pas de localisation : sa clé de jointure est vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="533" />
        <source>{column} '{value}' is not a NACE Rev. 2 class; left empty</source>
        <translation>{column} '{value}' n'est pas une classe de la NACE rév. 2 ; laissé vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="568" />
        <source>{column} '{value}' is not a whole number of people; left empty</source>
        <translation>{column} '{value}' n'est pas un nombre entier de personnes ; laissé vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_resources.py" line="88" />
        <source>Unit '{unit}' read from the header of column '{column}'</source>
        <translation>Unité '{unit}' lue dans l'en-tête de la colonne '{column}'</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_resources.py" line="154" />
        <source>{n} resource cells hold 0 and were read as no resource</source>
        <translation>{n} cellules de ressource valent 0 et ont été lues comme une absence de ressource</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_resources.py" line="192" />
        <source>values in {columns} ignored: this row has no resource</source>
        <translation>valeurs de {columns} ignorées : cette ligne n'a pas de ressource</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_resources.py" line="323" />
        <source>resource code '{value}' is not in the catalogue</source>
        <translation>le code de ressource '{value}' n'est pas dans le catalogue</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_resources.py" line="342" />
        <source>{column} is empty (supply or demand)</source>
        <translation>{column} est vide (offre ou besoin)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_resources.py" line="348" />
        <source>{column} '{value}' is neither supply nor demand</source>
        <translation>{column} '{value}' n'est ni une offre (supply) ni un besoin (demand)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_resources.py" line="236" />
        <source>column '{column}': {reason}</source>
        <translation>colonne '{column}' : {reason}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_resources.py" line="363" />
        <source>{column} '{value}' is already used on row {first_row}</source>
        <translation>{column} '{value}' est déjà utilisé à la ligne {first_row}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_resources.py" line="383" />
        <source>{column} '{value}' is not a number; left empty</source>
        <translation>{column} '{value}' n'est pas un nombre ; laissé vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_resources.py" line="385" />
        <source>{column} {value} is below absolute zero; left empty</source>
        <translation>{column} {value} est inférieur au zéro absolu ; laissé vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_resources.py" line="385" />
        <source>{column} {value} is outside 0-8784; left empty</source>
        <translation>{column} {value} est hors de l'intervalle 0-8784 ; laissé vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="158" />
        <source>The wide layout needs the resource columns: for each, a resource code, a direction and a unit</source>
        <translation>Le format large nécessite les colonnes de ressources : pour chacune, un code de ressource, un sens et une unité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="188" />
        <source>Resource column '{column}': direction '{direction}' is neither supply nor demand</source>
        <translation>Colonne de ressource '{column}' : le sens '{direction}' n'est ni une offre (supply) ni un besoin (demand)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="203" />
        <source>Resource column '{column}': unit '{unit}' does not measure '{code}'</source>
        <translation>Colonne de ressource '{column}' : l'unité '{unit}' ne convient pas pour mesurer '{code}'</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="368" />
        <source>No site id or name column: each row is its own site, numbered S&lt;row&gt;</source>
        <translation>Aucune colonne d'identifiant ou de nom de site : chaque ligne est un site distinct, numéroté S&lt;ligne&gt;</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="504" />
        <source>{sites} sites and {resources} resources imported from {rows} rows; {rejected_rows} rows and {rejected_resources} resources rejected; {warnings} warnings</source>
        <translation>{sites} sites et {resources} ressources importés depuis {rows} lignes ; {rejected_rows} lignes et {rejected_resources} ressources rejetées ; {warnings} avertissements</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="549" />
        <source>{column} '{value}' is not existing, planned or candidate; left empty</source>
        <translation>{column} '{value}' n'est ni existant (existing), ni en projet (planned), ni candidat (candidate) ; laissé vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="588" />
        <source>{column} '{value}' is not 0/1, yes/no or oui/non; the site is treated as confidential</source>
        <translation>{column} '{value}' n'est ni 0/1, ni oui/non, ni yes/no ; le site est traité comme confidentiel</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="618" />
        <source>site '{site}' is given on row {first_row} with {column} '{first}'; this row says '{value}'</source>
        <translation>le site '{site}' figure à la ligne {first_row} avec {column} '{first}' ; cette ligne indique '{value}'</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="623" />
        <source>site '{site}' is placed on row {first_row} at ({fx}, {fy}); this row places it at ({x}, {y})</source>
        <translation>le site '{site}' est placé à la ligne {first_row} en ({fx}, {fy}) ; cette ligne le place en ({x}, {y})</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_resources.py" line="246" />
        <source>quantity {value} is larger than any single site's; check the digits and the unit</source>
        <translation>la quantité {value} dépasse celle de tout site réel ; vérifiez les chiffres et l'unité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="317" />
        <source>The inventory has no row: nothing was imported.</source>
        <translation>L'inventaire n'a aucune ligne : rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="320" />
        <source>No column holds the quantities: the resources are imported without quantities, and no synergy will carry one until they are filled in.</source>
        <translation>Aucune colonne ne porte les quantités : les ressources sont importées sans quantité, et aucune synergie n'en portera tant qu'elles ne seront pas renseignées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_import.py" line="324" />
        <source>No column holds the NACE codes: {lost}</source>
        <translation>Aucune colonne ne porte les codes NACE : {lost}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_resources.py" line="323" />
        <source>{column} is empty; closest codes for the description: {reason}</source>
        <translation>{column} est vide ; codes les plus proches de la description : {reason}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_resources.py" line="323" />
        <source>resource code '{value}' is not in the catalogue; closest codes for the description: {reason}</source>
        <translation>le code de ressource '{value}' n'est pas dans le catalogue ; codes les plus proches de la description : {reason}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_suggest.py" line="97" />
        <source>resource code {code} ({label}) suggested from '{text}' (score {score}, matched words: {matched}); check it</source>
        <translation>code de ressource {code} ({label}) proposé d'après '{text}' (score {score}, mots retrouvés : {matched}) ; vérifiez-le</translation>
    </message>
</context>
<context>
    <name>kbevidence</name>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="44" />
        <source>heat</source>
        <translation>chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="45" />
        <source>steam</source>
        <translation>vapeur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="46" />
        <source>wastewater</source>
        <translation>eaux usées</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="47" />
        <source>water</source>
        <translation>eau</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="48" />
        <source>CO2</source>
        <translation>CO2</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="49" />
        <source>hydrogen</source>
        <translation>hydrogène</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="50" />
        <source>fuel gas</source>
        <translation>gaz combustible</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="51" />
        <source>electricity</source>
        <translation>électricité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="52" />
        <source>compressed air</source>
        <translation>air comprimé</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="53" />
        <source>oils</source>
        <translation>huiles</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="54" />
        <source>slag</source>
        <translation>laitiers et scories</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="55" />
        <source>ash</source>
        <translation>cendres</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="56" />
        <source>gypsum</source>
        <translation>gypse</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="57" />
        <source>sludge</source>
        <translation>boues</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="58" />
        <source>sulphur</source>
        <translation>soufre</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="59" />
        <source>plastics</source>
        <translation>plastiques</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="60" />
        <source>paper and board</source>
        <translation>papiers et cartons</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="61" />
        <source>wood</source>
        <translation>bois</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="62" />
        <source>metal scrap</source>
        <translation>ferrailles et métaux</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="63" />
        <source>solvents</source>
        <translation>solvants</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="64" />
        <source>sand, soil and aggregates</source>
        <translation>sables, terres et granulats</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="65" />
        <source>glass</source>
        <translation>verre</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="66" />
        <source>food and organic residues</source>
        <translation>résidus alimentaires et organiques</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="67" />
        <source>biomass</source>
        <translation>biomasse</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="68" />
        <source>lime and carbonates</source>
        <translation>chaux et carbonates</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="69" />
        <source>chemicals</source>
        <translation>produits chimiques</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="70" />
        <source>tyres</source>
        <translation>pneus</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="71" />
        <source>fertilisers</source>
        <translation>engrais</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="154" />
        <source>sector not given</source>
        <translation>secteur non renseigné</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="181" />
        <source>{provider} -&gt; {receiver}, {resource}</source>
        <translation>{provider} -&gt; {receiver}, {resource}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="193" />
        <source>{exchange}: {cited}</source>
        <translation>{exchange} : {cited}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="224" />
        <source>Calibrated score: {score} (estimated probability that the receiver is of this sector)</source>
        <translation>Score calibré : {score} (probabilité estimée que le receveur soit de ce secteur)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="241" />
        <source>1 documented exchange backs this sector:</source>
        <translation>1 échange documenté fonde ce secteur :</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="243" />
        <source>{n} documented exchanges back this sector:</source>
        <translation>{n} échanges documentés fondent ce secteur :</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="250" />
        <source>No documented exchange names this sector.</source>
        <translation>Aucun échange documenté ne cite ce secteur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="253" />
        <source>Catalogue rules applied (supply code -&gt; demand code -&gt; typical sector (use): source):</source>
        <translation>Règles du catalogue appliquées (code d'offre -&gt; code de besoin -&gt; secteur consommateur type (usage) : source) :</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/evidence.py" line="262" />
        <source>No catalogue rule names this sector.</source>
        <translation>Aucune règle du catalogue ne cite ce secteur.</translation>
    </message>
</context>
<context>
    <name>knowledge</name>
    <message>
        <location filename="../ite_qgis/core/reference/knowledge.py" line="419" />
        <source>The knowledge base lacks the columns {columns}.</source>
        <translation>Il manque à la base de connaissances les colonnes {columns}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/knowledge.py" line="463" />
        <source>Knowledge base not found: {path}</source>
        <translation>Base de connaissances introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/knowledge.py" line="613" />
        <source>documented: {resource} -&gt; NACE {nace} ({level})</source>
        <translation>documenté : {resource} -&gt; NACE {nace} ({level})</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/sector_model.py" line="133" />
        <source>The demand sector table lacks the columns {columns}.</source>
        <translation>Il manque à la table des secteurs consommateurs les colonnes {columns}.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../ite_qgis/core/common/families.py" line="33" />
        <source>Materials</source>
        <translation>Matières</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/families.py" line="34" />
        <source>Heat</source>
        <translation>Chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/families.py" line="35" />
        <source>Steam</source>
        <translation>Vapeur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/families.py" line="36" />
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/families.py" line="37" />
        <source>Gases</source>
        <translation>Gaz</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/families.py" line="38" />
        <source>Electricity</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/families.py" line="39" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/labels.py" line="16" />
        <source>Same code</source>
        <translation>Même code</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/labels.py" line="17" />
        <source>Compatible codes</source>
        <translation>Codes compatibles</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/labels.py" line="18" />
        <source>Receiving sector (knowledge base)</source>
        <translation>Secteur receveur (base de connaissances)</translation>
    </message>
</context>
<context>
    <name>loadindustrialsites</name>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="35" />
        <source>Load industrial sites (Hotmaps)</source>
        <translation>Charger les sites industriels (Hotmaps)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="38" />
        <source>The large emitters and excess-heat sources of a European region, from the Hotmaps industrial database shipped with the plugin.</source>
        <translation>Les grands émetteurs et les sources de chaleur fatale d'une région européenne, depuis la base des sites industriels Hotmaps fournie avec l'extension.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="46" />
        <source>Only the sites inside this extent (any CRS). Empty: no limit by extent.</source>
        <translation>Seulement les sites situés dans cette emprise (tout SCR). Vide : pas de limite par emprise.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="50" />
        <source>Only the sites inside these polygons, e.g. the boundary of a region or municipality (any CRS). Empty: no limit by polygon.</source>
        <translation>Seulement les sites situés dans ces polygones, par exemple les limites d'une région ou d'une commune (tout SCR). Vide : pas de limite par polygone.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="55" />
        <source>Only the sites of these NUTS 2 regions, separated by ',' or ';', e.g. ITC4 (Lombardy). Empty: no limit by region id. With no filter at all the whole database is loaded (about 3,500 sites).</source>
        <translation>Seulement les sites de ces régions NUTS 2, séparées par ',' ou ';', par exemple ITC4 (Lombardie). Vide : pas de limite par identifiant de région. Sans aucun filtre, toute la base est chargée (environ 3 500 sites).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="61" />
        <source>Projected CRS in metres of the sites output (default EPSG:3035, LAEA Europe, the CRS of the Hotmaps rasters). Geographic CRSs are refused.</source>
        <translation>SCR projeté en mètres de la sortie des sites (par défaut EPSG:3035, LAEA Europe, le SCR des rasters Hotmaps). Les SCR géographiques sont refusés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="66" />
        <source>A newer Hotmaps industrial database (CSV, ';' or ',' separated) with the same columns, used in place of the shipped copy. Empty: the shipped copy.</source>
        <translation>Une base des sites industriels Hotmaps plus récente (CSV séparé par ';' ou ',') avec les mêmes colonnes, employée à la place de la copie fournie. Vide : la copie fournie.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="71" />
        <source>One point per site: site_id hotmaps:&lt;SiteID&gt;, name, operator, NACE code from the sub-sector, NUTS 2 id, CO2 (t/yr) and its source, excess heat and fuel demand (MWh/yr).</source>
        <translation>Un point par site : site_id hotmaps:&lt;SiteID&gt;, nom, exploitant, code NACE tiré du sous-secteur, identifiant NUTS 2, CO2 (t/an) et sa source, chaleur fatale et demande de combustible (MWh/an).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="77" />
        <source>Supplies of heat:100-200c, heat:200-500c, heat:above-500c (MWh/yr, at 150, 350 and 500 °C) and co2 (t/yr), and a fuel-gas demand (MWh/yr) where the database gives a fuel demand.</source>
        <translation>Offres de heat:100-200c, heat:200-500c, heat:above-500c (MWh/an, à 150, 350 et 500 °C) et de co2 (t/an), et un besoin de fuel-gas (MWh/an) quand la base donne une demande de combustible.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="83" />
        <source>Every row of the chosen area not loaded, with its line in the file, its SiteID and the reason (no point, unknown sub-sector, nothing to load...).</source>
        <translation>Chaque ligne de la zone choisie non chargée, avec sa ligne dans le fichier, son SiteID et la raison (pas de point, sous-secteur inconnu, rien à charger...).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="91" />
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="93" />
        <source>Region (polygons)</source>
        <translation>Région (polygones)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="96" />
        <source>NUTS 2 ids (e.g. ITC4, FR10)</source>
        <translation>Identifiants NUTS 2 (par exemple ITC4, FR10)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="99" />
        <source>CRS of the sites output (metric)</source>
        <translation>SCR de la sortie des sites (métrique)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="102" />
        <source>Newer database file (CSV)</source>
        <translation>Fichier de base plus récent (CSV)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="105" />
        <source>Industrial sites</source>
        <translation>Sites industriels</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="105" />
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="105" />
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="115" />
        <source>Sites loaded</source>
        <translation>Sites chargés</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="115" />
        <source>Resources loaded</source>
        <translation>Ressources chargées</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="115" />
        <source>Rows rejected</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="143" />
        <source>The CRS of the sites output</source>
        <translation>Le SCR de la sortie des sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/load_industrial_sites.py" line="155" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>locate</name>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="64" />
        <source>{what} '{crs}' is not a coordinate reference system: {error}</source>
        <translation>{what} : '{crs}' n'est pas un système de coordonnées de référence : {error}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="98" />
        <source>Or choose a target CRS for the sites.</source>
        <translation>Ou choisissez un SCR cible pour les sites.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="118" />
        <source>geometry '{value}' is empty</source>
        <translation>la géométrie '{value}' est vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="125" />
        <source>geometry '{value}' is not a point or a polygon</source>
        <translation>la géométrie '{value}' n'est ni un point ni un polygone</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="465" />
        <source>Source CRS</source>
        <translation>SCR source</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="230" />
        <source>{column} '{value}' is not a number</source>
        <translation>{column} '{value}' n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="244" />
        <source>{column} is given but {other} is empty</source>
        <translation>{column} est renseigné mais {other} est vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="269" />
        <source>geometry '{value}' is not valid WKT</source>
        <translation>la géométrie '{value}' n'est pas un WKT valide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="275" />
        <source>{n} polygons were placed at a point inside each (point on surface)</source>
        <translation>{n} polygones ont été ramenés à un point situé à l'intérieur de chacun (point sur la surface)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="285" />
        <source>{n} geometries carry their own SRID, used instead of the source CRS</source>
        <translation>{n} géométries portent leur propre SRID, utilisé à la place du SCR source</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="172" />
        <source>Unknown coordinates mode '{mode}' (xy, wkt or join)</source>
        <translation>Mode de coordonnées inconnu '{mode}' (xy, wkt ou join)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="182" />
        <source>SRID</source>
        <translation>SRID</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="321" />
        <source>Target CRS</source>
        <translation>SCR cible</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="193" />
        <source>coordinates ({x}, {y}) cannot be transformed to {crs}</source>
        <translation>les coordonnées ({x}, {y}) ne peuvent pas être transformées en {crs}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="202" />
        <source>Source CRS {source}; sites stored in {target}</source>
        <translation>SCR source {source} ; sites enregistrés en {target}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="425" />
        <source>longitude {w:.2f} to {e:.2f}, latitude {s:.2f} to {n:.2f}</source>
        <translation>longitude {w:.2f} à {e:.2f}, latitude {s:.2f} à {n:.2f}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="455" />
        <source>Joining needs a join layer and a join field</source>
        <translation>La jointure nécessite une couche de jointure et un champ de jointure</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="457" />
        <source>The join layer has no field '{field}' (fields: {fields})</source>
        <translation>La couche de jointure n'a pas de champ '{field}' (champs : {fields})</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="486" />
        <source>join key '{value}' is not in field '{field}' of the join layer</source>
        <translation>la clé de jointure '{value}' est absente du champ '{field}' de la couche de jointure</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="493" />
        <source>join key '{value}' matches several features of the join layer</source>
        <translation>la clé de jointure '{value}' correspond à plusieurs entités de la couche de jointure</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="506" />
        <source>the join layer feature with key '{value}' has no usable point or polygon</source>
        <translation>l'entité de clé '{value}' de la couche de jointure n'a pas de point ou de polygone utilisable</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="325" />
        <source>Sites were given in degrees ({crs}); they are stored in {target} so that distances are in metres</source>
        <translation>Les sites ont été donnés en degrés ({crs}) ; ils sont enregistrés en {target} pour que les distances soient en mètres</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="373" />
        <source>coordinates ({x}, {y}) look like degrees but {crs} is a projected CRS in metres; declare the source CRS as EPSG:4326 (or the CRS they were measured in)</source>
        <translation>les coordonnées ({x}, {y}) ressemblent à des degrés, mais {crs} est un SCR projeté en mètres ; déclarez EPSG:4326 comme SCR source (ou le SCR dans lequel elles ont été relevées)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="387" />
        <source>coordinates ({x}, {y}) look like metres but {crs} is a geographic CRS in degrees; declare the projected CRS they were measured in</source>
        <translation>les coordonnées ({x}, {y}) ressemblent à des mètres, mais {crs} est un SCR géographique en degrés ; déclarez le SCR projeté dans lequel elles ont été relevées</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="430" />
        <source>coordinates ({x}, {y}) fall outside the area where {crs} is used ({area}); is the source CRS right?</source>
        <translation>les coordonnées ({x}, {y}) sont hors de la zone d'usage de {crs} ({area}) ; le SCR source est-il le bon ?</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/locate.py" line="469" />
        <source>{n} join-layer polygons were placed at a point inside each (point on surface)</source>
        <translation>{n} polygones de la couche de jointure ont été ramenés à un point situé à l'intérieur de chacun (point sur la surface)</translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="17" />
        <source>New territory…</source>
        <translation>Nouveau territoire…</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="17" />
        <source>Import inventory…</source>
        <translation>Importer l'inventaire…</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="17" />
        <source>Validate inventory…</source>
        <translation>Valider l'inventaire…</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="17" />
        <source>Find synergies…</source>
        <translation>Trouver les synergies…</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="17" />
        <source>Waste-heat district heating…</source>
        <translation>Chaleur fatale et réseaux de chaleur…</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="17" />
        <source>Export synergy map…</source>
        <translation>Exporter la carte des synergies…</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="17" />
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="47" />
        <source>&amp;ITE</source>
        <translation>&amp;EIT</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="49" />
        <source>ITE</source>
        <translation>EIT</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="85" />
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="62" />
        <source>Load sample territory (Dunkirk)</source>
        <translation>Charger le territoire d'exemple (Dunkerque)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="70" />
        <source>Synergy explorer</source>
        <translation>Explorateur de synergies</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/menu.py" line="77" />
        <source>Place site</source>
        <translation>Placer un site</translation>
    </message>
</context>
<context>
    <name>metabolism</name>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="46" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="43" />
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="44" />
        <source>Materials and gases by mass</source>
        <translation>Matières et gaz en masse</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="45" />
        <source>Water and gases by volume</source>
        <translation>Eau et gaz en volume</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="53" />
        <source>Sector unknown</source>
        <translation>Secteur inconnu</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="77" />
        <source>The sites table has no 'site_id' column.</source>
        <translation>La table des sites n'a pas de colonne « site_id ».</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="95" />
        <source>The resources table lacks the columns: {columns}</source>
        <translation>Il manque à la table des ressources les colonnes : {columns}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="121" />
        <source>{count} resources are left out (unknown code, direction, unit or quantity): {ids}</source>
        <translation>{count} ressources sont écartées (code, sens, unité ou quantité inconnus) : {ids}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="141" />
        <source>{count} flows that are not existing (planned, candidate or rejected) are not counted as exchanged.</source>
        <translation>{count} flux non existants (prévus, candidats ou rejetés) ne sont pas comptés comme échangés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="172" />
        <source>The candidate synergies are not allocated: a supply offered to several receivers is counted once, up to the supply. Run 'Allocate synergies' first for a share that also respects the demands.</source>
        <translation>Les synergies candidates ne sont pas allouées : une offre proposée à plusieurs receveurs n'est comptée qu'une fois, dans la limite de l'offre. Lancez d'abord « Allouer les synergies » pour une part qui respecte aussi les besoins.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="238" />
        <source>{count} sites send more in existing flows than their declared supply; the flows count as their supply: {sites}</source>
        <translation>{count} sites envoient par des flux existants plus que leur offre déclarée ; ces flux comptent comme leur offre : {sites}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="303" />
        <source>Whole territory</source>
        <translation>Ensemble du territoire</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="357" />
        <source>Not looped</source>
        <translation>Non bouclé</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="409" />
        <source>Already looped: {looped:.0%} of the supply; candidate synergies could loop {candidate:.0%} more; not looped: {rest:.0%}</source>
        <translation>Déjà bouclé : {looped:.0%} de l'offre ; les synergies candidates pourraient en boucler {candidate:.0%} de plus ; non bouclé : {rest:.0%}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="182" />
        <source>Territorial metabolism</source>
        <translation>Métabolisme territorial</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="35" />
        <source>What the territory's sites supply and need, by resource family and by sector, the share already looped by existing flows and the share candidate synergies could loop; with a Sankey diagram (SVG).</source>
        <translation>Ce que les sites du territoire fournissent et consomment, par famille de ressources et par secteur, la part déjà bouclée par les flux existants et la part que les synergies candidates pourraient boucler ; avec un diagramme de Sankey (SVG).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="95" />
        <source>Sites (site_id, nace)</source>
        <translation>Sites (site_id, nace)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="98" />
        <source>Resources (table)</source>
        <translation>Ressources (table)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="100" />
        <source>Existing flows (optional)</source>
        <translation>Flux existants (facultatif)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="103" />
        <source>Candidate synergies (optional, from Find or Allocate synergies)</source>
        <translation>Synergies candidates (facultatif, issues de « Trouver les synergies » ou « Allouer les synergies »)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="107" />
        <source>Synergy quantity field (default: allocated_quantity, else quantity)</source>
        <translation>Champ de quantité des synergies (par défaut : allocated_quantity, sinon quantity)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="113" />
        <source>Public output: round the quantities of confidential sites and resources</source>
        <translation>Sortie publique : arrondir les quantités des sites et ressources confidentiels</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="116" />
        <source>Title of the diagram</source>
        <translation>Titre du diagramme</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="118" />
        <source>Additional resource catalogue (CSV)</source>
        <translation>Catalogue de ressources complémentaire (CSV)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="121" />
        <source>Metabolism table</source>
        <translation>Table du métabolisme</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="124" />
        <source>Sankey diagram (SVG)</source>
        <translation>Diagramme de Sankey (SVG)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="124" />
        <source>SVG files (*.svg)</source>
        <translation>Fichiers SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="178" />
        <source>No resource with a known code and a quantity: nothing to summarise.</source>
        <translation>Aucune ressource avec un code connu et une quantité : rien à synthétiser.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="190" />
        <source>{rows} rows written; Sankey diagram: {path}</source>
        <translation>{rows} lignes écrites ; diagramme de Sankey : {path}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="44" />
        <source>The territory's sites with site_id, nace and confidential: supplies and demands are summed by NACE sector.</source>
        <translation>Les sites du territoire avec site_id, nace et confidential : les offres et les demandes sont additionnées par secteur NACE.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="49" />
        <source>The territory's resources table: what each site supplies and needs.</source>
        <translation>La table des ressources du territoire : ce que chaque site offre et ce dont il a besoin.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="52" />
        <source>The territory's known flows; only those of status existing (or without status) count as exchanged. Empty: nothing is exchanged yet.</source>
        <translation>Les flux connus du territoire ; seuls ceux de statut existing (ou sans statut) comptent comme échangés. Vide : rien n'est encore échangé.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="57" />
        <source>The output of Find synergies or, better, Allocate synergies, counted as candidates; an offer made to several receivers is never counted twice.</source>
        <translation>La sortie de Trouver les synergies ou, mieux, d'Allouer les synergies, comptée comme candidate ; une offre faite à plusieurs receveurs n'est jamais comptée deux fois.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="62" />
        <source>Field with the quantity of each synergy line. Empty: allocated_quantity when the layer has it, else quantity.</source>
        <translation>Champ de la quantité de chaque ligne de synergie. Vide : allocated_quantity si la couche l'a, sinon quantity.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="67" />
        <source>Checked (default): quantities of confidential sites and resources are rounded to classes (1, 2, 5 x 10^n) before anything is summed or drawn. Unchecked: the quantities as declared.</source>
        <translation>Coché (par défaut) : les quantités des sites et ressources confidentiels sont arrondies à des classes (1, 2, 5 x 10^n) avant toute somme ou tout dessin. Décoché : les quantités telles que déclarées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="73" />
        <source>Title of the Sankey diagram. Empty: a default title.</source>
        <translation>Titre du diagramme de Sankey. Vide : un titre par défaut.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="76" />
        <source>Your own resource codes, in the columns of resources/catalogue/resources.csv, so that their rows get a family.</source>
        <translation>Vos propres codes de ressources, dans les colonnes de resources/catalogue/resources.csv, pour que leurs lignes reçoivent une famille.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="81" />
        <source>One row per resource family and unit, per sector and unit, and a total per unit: supply, demand, exchanged, candidate, not looped and the shares.</source>
        <translation>Une ligne par famille de ressources et unité, par secteur et unité, et un total par unité : offre, demande, échangé, candidat, non bouclé et les parts.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/territorial_metabolism.py" line="86" />
        <source>A standalone SVG file, one diagram per unit family: supplying sectors, resource families, receiving sectors or not looped.</source>
        <translation>Un fichier SVG autonome, un diagramme par famille d'unités : secteurs fournisseurs, familles de ressources, secteurs receveurs ou non bouclé.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="200" />
        <source>{count} candidate synergies have an infinite quantity and are not counted.</source>
        <translation>{count} synergies candidates ont une quantité infinie et ne sont pas comptées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="268" />
        <source>{count} sites declare quantities whose sum is too large to be a number; they are left out: {sites}</source>
        <translation>{count} sites déclarent des quantités dont la somme est trop grande pour être un nombre ; ils sont écartés : {sites}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="366" />
        <source>{count} links of the diagram add up to more than a number can hold and are not drawn.</source>
        <translation>{count} liens du diagramme totalisent plus qu'un nombre ne peut contenir et ne sont pas dessinés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/metabolism.py" line="404" />
        <source>The quantities add up to more than a number can hold: check the inputs for absurd quantities.</source>
        <translation>Les quantités totalisent plus qu'un nombre ne peut contenir : vérifiez que les données ne contiennent pas de quantités aberrantes.</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <location filename="../ite_qgis/core/common/numbers.py" line="29" />
        <source>1,234.5</source>
        <translation>1 234,5</translation>
    </message>
</context>
<context>
    <name>outputs</name>
    <message>
        <location filename="../ite_qgis/qgis_bridge/destinations.py" line="318" />
        <source>Could not put the outputs in place ({error}); none of them was written and the existing files are unchanged. Is one of them open in another program?</source>
        <translation>Impossible de mettre les sorties en place ({error}) : aucune n'a été écrite et les fichiers existants sont inchangés. L'un d'eux est-il ouvert dans un autre programme ?</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/destinations.py" line="460" />
        <source>{output}: {path} is a folder; choose a file name.</source>
        <translation>{output} : {path} est un dossier ; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/destinations.py" line="470" />
        <source>{output}: the existing file {path} cannot be replaced ({error}). It may be read-only or open in another program.</source>
        <translation>{output} : le fichier existant {path} ne peut pas être remplacé ({error}). Il est peut-être en lecture seule ou ouvert dans un autre programme.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/destinations.py" line="480" />
        <source>Cannot write into {folder}: it is not a folder. Choose another destination for {output}.</source>
        <translation>Impossible d'écrire dans {folder} : ce n'est pas un dossier. Choisissez une autre destination pour {output}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/destinations.py" line="487" />
        <source>Cannot write into the folder {folder} ({error}): choose another folder for {output}.</source>
        <translation>Impossible d'écrire dans le dossier {folder} ({error}) : choisissez un autre dossier pour {output}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/destinations.py" line="494" />
        <source>{output} and {other} are the same file {path}: choose two different files.</source>
        <translation>{output} et {other} sont le même fichier {path} : choisissez deux fichiers différents.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/destinations.py" line="500" />
        <source>{output} is the file {path}, which is also the input {input}: writing it would replace the input and every layer in it. Choose another file.</source>
        <translation>{output} est le fichier {path}, qui est aussi l'entrée {input} : l'écrire remplacerait cette entrée et toutes ses couches. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/destinations.py" line="230" />
        <source>{output} would be appended to the layer {layer}, which is also the input {input}: choose another layer to append to.</source>
        <translation>{output} serait ajouté à la couche {layer}, qui est aussi l'entrée {input} : choisissez une autre couche où ajouter.</translation>
    </message>
</context>
<context>
    <name>placesite</name>
    <message>
        <location filename="../ite_qgis/gui/place_site_tool.py" line="51" />
        <source>No sites layer in the project: create or load a territory first.</source>
        <translation>Aucune couche de sites dans le projet : créez ou chargez d'abord un territoire.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/place_site_tool.py" line="55" />
        <source>The layer {layer} cannot be edited.</source>
        <translation>La couche {layer} ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/place_site_tool.py" line="89" />
        <source>Place site</source>
        <translation>Placer un site</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/place_site_tool.py" line="76" />
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
</context>
<context>
    <name>pooling</name>
    <message>
        <location filename="../ite_qgis/core/synergies/pooling.py" line="174" />
        <source>The radius and the truck payload must be positive.</source>
        <translation>Le rayon et la charge utile des camions doivent être positifs.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/pooling.py" line="177" />
        <source>Distances are measured in {crs}.</source>
        <translation>Les distances sont mesurées en {crs}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/pooling.py" line="182" />
        <source>Every site must be a single point with a geometry.</source>
        <translation>Chaque site doit être un point unique doté d'une géométrie.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/pooling.py" line="232" />
        <source>{count} resource rows without a located site, a known code or a positive quantity were left out.</source>
        <translation>{count} lignes de ressources sans site localisé, sans code connu ou sans quantité positive ont été écartées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/pooling.py" line="321" />
        <source>Truck-km are only estimated for resources carried by road, in t/yr or count/yr.</source>
        <translation>Les camions-km ne sont estimés que pour les ressources transportées par la route, en t/yr ou count/yr.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/pooling.py" line="356" />
        <source>{count} pooling clusters found.</source>
        <translation>{count} groupes de mutualisation trouvés.</translation>
    </message>
</context>
<context>
    <name>poolingopportunities</name>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="30" />
        <source>Pooling opportunities</source>
        <translation>Opportunités de mutualisation</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="33" />
        <source>Clusters of nearby sites with the same waste or the same need, where a shared collection, purchase or piece of equipment would save truck-km.</source>
        <translation>Groupes de sites proches ayant le même déchet ou le même besoin, où une collecte, un achat ou un équipement mutualisé économiserait des camions-km.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="68" />
        <source>Sites (points with site_id)</source>
        <translation>Sites (points avec site_id)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="74" />
        <source>Linking distance between sites (km)</source>
        <translation>Distance de regroupement entre sites (km)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="83" />
        <source>Treatment sites (points)</source>
        <translation>Sites de traitement (points)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="91" />
        <source>Truck payload (t)</source>
        <translation>Charge utile des camions (t)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="101" />
        <source>Pooling clusters (hubs)</source>
        <translation>Groupes de mutualisation (pôles)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="108" />
        <source>Cluster members</source>
        <translation>Membres des groupes</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="115" />
        <source>Number of clusters</source>
        <translation>Nombre de groupes</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="136" />
        <source>The sites layer</source>
        <translation>La couche des sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="149" />
        <source>The treatment sites layer</source>
        <translation>La couche des sites de traitement</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="159" />
        <source>The sites are in {sites} and the treatment sites in {treatment}: reproject them to one CRS and run the tool again.</source>
        <translation>Les sites sont en {sites} et les sites de traitement en {treatment} : reprojetez-les dans un même SCR et relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="198" />
        <source>{count} clusters of {members} site rows; about {km} truck-km/yr saved where estimated.</source>
        <translation>{count} groupes totalisant {members} lignes de sites ; environ {km} camions-km par an économisés, là où ils sont estimés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="46" />
        <source>Points where the collected waste goes, in the CRS of the sites, to count the truck-km saved. Empty: the hub of each cluster is the destination.</source>
        <translation>Points où vont les déchets collectés, dans le SCR des sites, pour compter les camions-km économisés. Vide : le pôle de chaque groupe est la destination.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="56" />
        <source>One hub point per cluster of sites with the same resource and direction, with the total quantity, rounds per year and truck-km saved.</source>
        <translation>Un point de pôle par groupe de sites ayant la même ressource et le même sens, avec la quantité totale, les tournées par an et les camions-km économisés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="61" />
        <source>One row per site of each cluster, with its quantity and distance to the hub.</source>
        <translation>Une ligne par site de chaque groupe, avec sa quantité et sa distance au pôle.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="41" />
        <source>Sites at most this far apart, in km, are linked; a chain of close sites forms one cluster, which can be longer than the distance (default {default} km).</source>
        <translation>Les sites distants d'au plus cette distance, en km, sont reliés ; une chaîne de sites proches forme un seul groupe, qui peut être plus étendu que la distance (par défaut {default} km).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/pooling_opportunities.py" line="51" />
        <source>Tonnes one truck carries per round, to count the rounds and truck-km (default {default} t, a typical European articulated tipper or skip lorry).</source>
        <translation>Tonnes qu'un camion transporte par tournée, pour compter les tournées et les camions-km (par défaut {default} t, une semi-remorque benne ou un porte-bennes européen courant).</translation>
    </message>
</context>
<context>
    <name>postgis</name>
    <message>
        <location filename="../ite_qgis/core/territory/postgis_schema.py" line="49" />
        <source>{what} '{name}' is not a plain name: use lowercase letters, digits and _, starting with a letter, at most {length} characters (not starting with pg_).</source>
        <translation>{what} '{name}' n'est pas un nom simple : utilisez des lettres minuscules, des chiffres et _, en commençant par une lettre, {length} caractères au plus (sans commencer par pg_).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/postgis_schema.py" line="49" />
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/postgis_schema.py" line="60" />
        <source>The schema name</source>
        <translation>Le nom du schéma</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/postgis_schema.py" line="73" />
        <source>A text holds a NUL character.</source>
        <translation>Un texte contient un caractère NUL.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/postgis_schema.py" line="187" />
        <source>The row {row} of {table} was saved by someone else since you read it (it is at version {saved}, you read version {read}): your save is refused, nothing was overwritten. Reload the layer and make your edit again.</source>
        <translation>La ligne {row} de {table} a été enregistrée par quelqu'un d'autre depuis que vous l'avez lue (elle est à la version {saved}, vous avez lu la version {read}) : votre enregistrement est refusé, rien n'a été écrasé. Rechargez la couche et refaites votre modification.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/postgis.py" line="48" />
        <source>There is no PostgreSQL connection named '{name}' in QGIS.</source>
        <translation>Il n'y a pas de connexion PostgreSQL nommée '{name}' dans QGIS.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/postgis.py" line="68" />
        <source>Cannot connect to the database of {what}: {reason} Check the host, port, database, user and password of the connection.</source>
        <translation>Impossible de se connecter à la base de données de {what} : {reason} Vérifiez l'hôte, le port, la base, l'utilisateur et le mot de passe de la connexion.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/postgis.py" line="95" />
        <source>The database refused: {reason} Ask a database administrator for the right, or let the algorithm write the SQL script of the roles for them to run.</source>
        <translation>La base de données a refusé : {reason} Demandez ce droit à un administrateur de la base, ou faites écrire par l'algorithme le script SQL des rôles, qu'il exécutera.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/postgis.py" line="103" />
        <source>The database refused the territory: {reason}</source>
        <translation>La base de données a refusé le territoire : {reason}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/postgis.py" line="123" />
        <source>the connection '{name}'</source>
        <translation>la connexion '{name}'</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/postgis.py" line="127" />
        <source>The schema {schema} already exists in the database of {what}: choose another name, or delete that schema first.</source>
        <translation>Le schéma {schema} existe déjà dans la base de données de {what} : choisissez un autre nom, ou supprimez d'abord ce schéma.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/postgis.py" line="158" />
        <source>Cannot open the table {table} of the schema {schema}.</source>
        <translation>Impossible d'ouvrir la table {table} du schéma {schema}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/postgis.py" line="212" />
        <source>The database refused the rows: {reason}</source>
        <translation>La base de données a refusé les lignes : {reason}</translation>
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
    <name>public</name>
    <message>
        <location filename="../ite_qgis/core/territory/postgis_public.py" line="99" />
        <source>Confidential site</source>
        <translation>Site confidentiel</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/publishing/public.py" line="313" />
        <source>The sites table has no site_id column.</source>
        <translation>La table des sites n'a pas de colonne site_id.</translation>
    </message>
</context>
<context>
    <name>publicparameters</name>
    <message>
        <location filename="../ite_qgis/processing/base.py" line="185" />
        <source>Checked (default): sites and resources marked confidential are shown by sector only, their quantities rounded and their points moved, and the output says so. Unchecked: every name, figure and location as in the inputs, for internal use.</source>
        <translation>Coché (par défaut) : les sites et ressources marqués confidentiels ne sont montrés que par leur secteur, leurs quantités arrondies et leurs points déplacés, et la sortie le signale. Décoché : chaque nom, chiffre et emplacement tel qu'en entrée, pour un usage interne.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/base.py" line="195" />
        <source>Largest distance in metres a confidential site is moved in the public version: each moves by 30 % to 100 % of it (default {default} m).</source>
        <translation>Plus grande distance en mètres dont un site confidentiel est déplacé dans la version publique : chacun est déplacé de 30 % à 100 % de cette distance (par défaut {default} m).</translation>
    </message>
</context>
<context>
    <name>rasters</name>
    <message>
        <location filename="../ite_qgis/qgis_bridge/rasters.py" line="44" />
        <source>A raster must be a non-empty 2D array, not shape {shape}.</source>
        <translation>Un raster doit être un tableau 2D non vide, et non de forme {shape}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/rasters.py" line="106" />
        <source>GDAL cannot open the raster {source}: {error}</source>
        <translation>GDAL ne peut pas ouvrir le raster {source} : {error}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/rasters.py" line="112" />
        <source>The raster {source} is rotated; warp it to a north-up grid (gdalwarp) first.</source>
        <translation>Le raster {source} est tourné ; reprojetez-le d'abord (gdalwarp) vers une grille orientée nord en haut.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/rasters.py" line="117" />
        <source>The raster {source} has rectangular cells ({dx} x {dy}); resample it to square cells first.</source>
        <translation>Le raster {source} a des cellules rectangulaires ({dx} x {dy}) ; rééchantillonnez-le d'abord en cellules carrées.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="43" />
        <source>industrial sites</source>
        <translation>sites industriels</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="48" />
        <source>declared supplies</source>
        <translation>offres déclarées</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="49" />
        <source>declared needs</source>
        <translation>besoins déclarés</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="54" />
        <source>existing exchanges</source>
        <translation>échanges existants</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="66" />
        <source>allocated synergies</source>
        <translation>synergies allouées</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="66" />
        <source>candidate synergies</source>
        <translation>synergies candidates</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="68" />
        <source>of them knowledge-based, to confirm</source>
        <translation>dont issues de la base de connaissances, à confirmer</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="70" />
        <source>materials diverted</source>
        <translation>matières détournées de l'élimination</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="71" />
        <source>heat and steam recovered</source>
        <translation>chaleur et vapeur récupérées</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="74" />
        <source>water reused</source>
        <translation>eau réutilisée</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="75" />
        <source>net benefit</source>
        <translation>bénéfice net</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="76" />
        <source>CO2 avoided</source>
        <translation>CO2 évité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="122" />
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="83" />
        <source>Receiver</source>
        <translation>Receveur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="123" />
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="85" />
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="86" />
        <source>Match</source>
        <translation>Appariement</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="127" />
        <source>Distance (km)</source>
        <translation>Distance (km)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="88" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="89" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="90" />
        <source>Net benefit (EUR/yr)</source>
        <translation>Bénéfice net (EUR/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="91" />
        <source>CO2 avoided (t/yr)</source>
        <translation>CO2 évité (t/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="175" />
        <source>Heat source</source>
        <translation>Source de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="176" />
        <source>DH area</source>
        <translation>Zone de réseau de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="177" />
        <source>Length (km)</source>
        <translation>Longueur (km)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="178" />
        <source>Heat delivered (GWh/yr)</source>
        <translation>Chaleur livrée (GWh/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="179" />
        <source>Transmission cost (EUR/MWh)</source>
        <translation>Coût de transport de la chaleur (EUR/MWh)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="180" />
        <source>Dwelling equivalents</source>
        <translation>Équivalents logements</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="181" />
        <source>Feasible</source>
        <translation>Faisable</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="183" />
        <source>Waste-heat links to district heating areas</source>
        <translation>Liaisons de chaleur fatale vers les zones de réseau de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="184" />
        <source>No district heating link was given to the report.</source>
        <translation>Aucune liaison de réseau de chaleur n'a été fournie au rapport.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="189" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="189" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="200" />
        <source>feasible waste-heat links</source>
        <translation>liaisons de chaleur fatale faisables</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="201" />
        <source>heat delivered, feasible links</source>
        <translation>chaleur livrée, liaisons faisables</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="203" />
        <source>dwelling equivalents heated</source>
        <translation>équivalents logements chauffés</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="205" />
        <source>CO2 avoided against gas boilers</source>
        <translation>CO2 évité par rapport aux chaudières gaz</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_html.py" line="161" />
        <source>Public version: confidential sites are shown by sector and number, their quantities rounded to classes and their locations moved.</source>
        <translation>Version publique : les sites confidentiels sont désignés par leur secteur et un numéro, leurs quantités arrondies par classes et leurs emplacements déplacés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_html.py" line="176" />
        <source>Map of the sites, flows and candidate synergies</source>
        <translation>Carte des sites, des flux et des synergies candidates</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_html.py" line="194" />
        <source>Generated on {date} by ITE for QGIS {version}.</source>
        <translation>Généré le {date} par ITE pour QGIS {version}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="123" />
        <source>Reading the layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_run.py" line="42" />
        <source>Public version: {n} confidential sites protected.</source>
        <translation>Version publique : {n} sites confidentiels protégés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_run.py" line="52" />
        <source>Industrial and territorial ecology report</source>
        <translation>Rapport d'écologie industrielle et territoriale</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_run.py" line="52" />
        <source>territory inventory</source>
        <translation>inventaire du territoire</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_run.py" line="52" />
        <source>ITE for QGIS resource catalogue and knowledge base</source>
        <translation>catalogue des ressources et base de connaissances d'ITE pour QGIS</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_html.py" line="134" />
        <source>Territorial metabolism</source>
        <translation>Métabolisme territorial</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="30" />
        <source>Territory report (HTML)</source>
        <translation>Rapport du territoire (HTML)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="88" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="90" />
        <source>Resources (table)</source>
        <translation>Ressources (table)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="91" />
        <source>Existing flows</source>
        <translation>Flux existants</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="92" />
        <source>Candidate synergies</source>
        <translation>Synergies candidates</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="93" />
        <source>District heating links</source>
        <translation>Liaisons de réseau de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="94" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="96" />
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="98" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="98" />
        <source>Interface language</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="101" />
        <source>Public version (hide what confidential sites did not share)</source>
        <translation>Version publique (masquer ce que les sites confidentiels n'ont pas partagé)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="105" />
        <source>Displacement of confidential sites (m)</source>
        <translation>Déplacement des sites confidentiels (m)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="109" />
        <source>Rows in the top synergies table</source>
        <translation>Lignes du tableau des meilleures synergies</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="112" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="112" />
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_html.py" line="132" />
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_html.py" line="133" />
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_html.py" line="135" />
        <source>District heating candidates</source>
        <translation>Candidats pour les réseaux de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_html.py" line="136" />
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="35" />
        <source>t/yr</source>
        <translation>t/an</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="36" />
        <source>GWh/yr</source>
        <translation>GWh/an</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="37" />
        <source>m3/yr</source>
        <translation>m3/an</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="38" />
        <source>EUR/yr</source>
        <translation>EUR/an</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="93" />
        <source>Top {n} declared synergies by net benefit</source>
        <translation>Les {n} meilleures synergies déclarées par bénéfice net</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="94" />
        <source>No declared synergy was given to the report.</source>
        <translation>Aucune synergie déclarée n'a été fournie au rapport.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="51" />
        <source>The territory's resources table, for the indicators and the diagram.</source>
        <translation>La table des ressources du territoire, pour les indicateurs et le diagramme.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="54" />
        <source>The territory's known flows, drawn and counted as exchanged.</source>
        <translation>Les flux connus du territoire, dessinés et comptés comme échangés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="57" />
        <source>The output of Find synergies or Allocate synergies: candidates count the best declared line of each supply, allocated lines what they carry.</source>
        <translation>La sortie de Trouver les synergies ou d'Allouer les synergies : les candidats comptent la meilleure ligne déclarée de chaque offre, les lignes allouées ce qu'elles portent.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="62" />
        <source>The output of Waste heat to district heating, for its candidates.</source>
        <translation>La sortie de Chaleur fatale vers les réseaux de chaleur, pour ses candidats.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="65" />
        <source>Title at the top of the page. Empty: a default title.</source>
        <translation>Titre en haut de la page. Vide : un titre par défaut.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="68" />
        <source>Line under the title. Empty: none.</source>
        <translation>Ligne sous le titre. Vide : aucune.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="69" />
        <source>Language of the page: the interface's (default), English or French. Numbers and dates follow it.</source>
        <translation>Langue de la page : celle de l'interface (par défaut), l'anglais ou le français. Les nombres et les dates la suivent.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="76" />
        <source>Rows of the table of the best candidate synergies (default 15).</source>
        <translation>Lignes du tableau des meilleures synergies candidates (15 par défaut).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="79" />
        <source>The HTML page, self-contained (map and diagram embedded, no script), so it opens the same offline.</source>
        <translation>La page HTML, autonome (carte et diagramme intégrés, aucun script), qui s'ouvre donc de même hors ligne.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="46" />
        <source>The territory's sites (points with site_id, name, nace, confidential), made with Create territory, Sample territory or Import inventory.</source>
        <translation>Les sites du territoire (points avec site_id, name, nace, confidential), créés avec Créer un territoire, Territoire d'exemple ou Importer l'inventaire.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="124" />
        <source>Possible receiver</source>
        <translation>Receveur possible</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="125" />
        <source>Receiver's sector (NACE)</source>
        <translation>Secteur du receveur (NACE)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="126" />
        <source>Calibrated score</source>
        <translation>Score calibré</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="128" />
        <source>Net benefit (EUR/yr), upper bound</source>
        <translation>Bénéfice net (EUR/an), majorant</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="130" />
        <source>Knowledge-based leads (not declared; upper bounds)</source>
        <translation>Pistes issues de la base de connaissances (non déclarées ; majorants)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="131" />
        <source>These sites declared no need for the resource: documented exchanges and the catalogue's typical consumers show that their sector often takes it. The {n} best by calibrated score (the estimated probability that the receiver is of this sector), the nearest first on ties. The net benefit assumes the receiver takes the whole supply: an upper bound, to confirm with the companies; a lead that would lose money even so is not listed. None of these leads is counted in the declared figures above.</source>
        <translation>Ces sites n'ont déclaré aucun besoin de la ressource : des échanges documentés et les consommateurs types du catalogue montrent que leur secteur la reprend souvent. Les {n} meilleures pistes par score calibré (la probabilité estimée que le receveur soit de ce secteur), la plus proche d'abord à égalité. Le bénéfice net suppose que le receveur reprend toute l'offre : c'est un majorant, à confirmer avec les entreprises ; une piste qui perdrait de l'argent même ainsi n'est pas listée. Aucune de ces pistes n'est comptée dans les chiffres déclarés ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/layout/report_page.py" line="140" />
        <source>No knowledge-based lead was given to the report.</source>
        <translation>Aucune piste issue de la base de connaissances n'a été fournie au rapport.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/report.py" line="33" />
        <source>One self-contained HTML page: indicators, map, metabolism diagram, top declared synergies, knowledge-based leads with their evidence and district heating candidates; public by default.</source>
        <translation>Une page HTML autonome : indicateurs, carte, diagramme du métabolisme, meilleures synergies déclarées, pistes issues de la base de connaissances avec leurs fondements et candidats pour les réseaux de chaleur ; publique par défaut.</translation>
    </message>
</context>
<context>
    <name>sample</name>
    <message>
        <location filename="../ite_qgis/qgis_bridge/sample.py" line="27" />
        <source>Heat demand, MWh/ha (synthetic)</source>
        <translation>Besoins de chaleur, MWh/ha (synthétique)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/sample.py" line="40" />
        <source>Dunkirk (sample territory)</source>
        <translation>Dunkerque (territoire d'exemple)</translation>
    </message>
</context>
<context>
    <name>sampleterritory</name>
    <message>
        <location filename="../ite_qgis/processing/algorithms/sample_territory.py" line="19" />
        <source>Sample territory (Dunkirk)</source>
        <translation>Territoire d'exemple (Dunkerque)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/sample_territory.py" line="22" />
        <source>The Dunkirk port and industrial zone sample: sites, resources and known flows, from public sources.</source>
        <translation>L'exemple de la zone industrialo-portuaire de Dunkerque : sites, ressources et flux connus, issus de sources publiques.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/sample_territory.py" line="43" />
        <source>Coordinate reference system (metric)</source>
        <translation>Système de coordonnées (métrique)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/sample_territory.py" line="50" />
        <source>Territory GeoPackage</source>
        <translation>GeoPackage du territoire</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/sample_territory.py" line="50" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/sample_territory.py" line="57" />
        <source>Synthetic heat demand grid (MWh/ha)</source>
        <translation>Grille synthétique des besoins de chaleur (MWh/ha)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/sample_territory.py" line="69" />
        <source>The chosen CRS</source>
        <translation>Le SCR choisi</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/sample_territory.py" line="72" />
        <source>Sources of every figure: resources/samples/dunkirk/SOURCES.md. Quantities marked there as estimates are illustrative.</source>
        <translation>Sources de chaque chiffre : resources/samples/dunkirk/SOURCES.md. Les quantités qui y sont signalées comme des estimations sont données à titre indicatif.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/sample_territory.py" line="30" />
        <source>A projected CRS in metres for the sample (default EPSG:2154, Lambert-93, the official CRS of mainland France). Geographic CRSs are refused.</source>
        <translation>Un SCR projeté en mètres pour l'exemple (par défaut EPSG:2154, Lambert-93, le SCR officiel de la France métropolitaine). Les SCR géographiques sont refusés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/sample_territory.py" line="35" />
        <source>The territory GeoPackage to write, with the sites, resources and known flows of the Dunkirk sample; it is loaded into the project as one group.</source>
        <translation>Le GeoPackage de territoire à écrire, avec les sites, les ressources et les flux connus de l'exemple de Dunkerque ; il est chargé dans le projet en un seul groupe.</translation>
    </message>
</context>
<context>
    <name>sankey</name>
    <message>
        <location filename="../ite_qgis/core/flows/sankey.py" line="270" />
        <source>Existing exchange</source>
        <translation>Échange existant</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/sankey.py" line="270" />
        <source>Candidate synergy (potential)</source>
        <translation>Synergie candidate (potentielle)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/sankey.py" line="270" />
        <source>Not looped (no exchange found)</source>
        <translation>Non bouclé (aucun échange trouvé)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/sankey.py" line="36" />
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/flows/sankey.py" line="40" />
        <source>The quantities add up to more than a number can hold: nothing is drawn.</source>
        <translation>Les quantités totalisent plus qu'un nombre ne peut contenir : rien n'est dessiné.</translation>
    </message>
</context>
<context>
    <name>seasonal</name>
    <message>
        <location filename="../ite_qgis/core/heat/seasonal.py" line="135" />
        <source>Unknown climate {key}: choose one of {keys}.</source>
        <translation>Climat inconnu {key} : choisissez l'un de {keys}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/seasonal.py" line="140" />
        <source>The hot-water share must be between 0 and 1, not {share}.</source>
        <translation>La part d'eau chaude sanitaire doit être comprise entre 0 et 1, et non {share}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/seasonal.py" line="163" />
        <source>A profile needs 12 monthly or 8760 hourly values, not {n}.</source>
        <translation>Un profil demande 12 valeurs mensuelles ou 8760 valeurs horaires, et non {n}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/seasonal.py" line="167" />
        <source>A profile's values must be numbers of 0 or more.</source>
        <translation>Les valeurs d'un profil doivent être des nombres positifs ou nuls.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/seasonal.py" line="171" />
        <source>A profile's values are all 0.</source>
        <translation>Les valeurs du profil sont toutes nulles.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/seasonal.py" line="185" />
        <source>The profile file {path} cannot be read: {error}</source>
        <translation>Le fichier de profil {path} ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/seasonal.py" line="198" />
        <source>The profile file {path} has cells that are not numbers in its last column.</source>
        <translation>La dernière colonne du fichier de profil {path} contient des cellules qui ne sont pas des nombres.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/seasonal_inputs.py" line="33" />
        <source>Climate of the demand (heating degree days)</source>
        <translation>Climat du besoin (degrés-jours de chauffage)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/seasonal_inputs.py" line="37" />
        <source>Hot-water share of the demand</source>
        <translation>Part d'eau chaude sanitaire du besoin</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/seasonal_inputs.py" line="41" />
        <source>Demand profile (optional CSV, 12 or 8760 values)</source>
        <translation>Profil de besoin (CSV facultatif, 12 ou 8760 valeurs)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/seasonal_inputs.py" line="41" />
        <source>Supply profile (optional CSV, 12 or 8760 values)</source>
        <translation>Profil d'apport (CSV facultatif, 12 ou 8760 valeurs)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/seasonal_inputs.py" line="67" />
        <source>Demand profile: {path} ({n} periods).</source>
        <translation>Profil de besoin : {path} ({n} périodes).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/seasonal_inputs.py" line="71" />
        <source>Demand profile: heating degree days of {climate}, hot water flat.</source>
        <translation>Profil de besoin : degrés-jours de chauffage de {climate}, eau chaude sanitaire constante.</translation>
    </message>
</context>
<context>
    <name>siting</name>
    <message>
        <location filename="../ite_qgis/core/synergies/siting.py" line="87" />
        <source>{count} plots had an invalid polygon, made valid: {ids}</source>
        <translation>{count} parcelles avaient un polygone invalide, rendu valide : {ids}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting.py" line="96" />
        <source>No supply with a positive quantity is left in the resources table: nothing can feed a plant anywhere.</source>
        <translation>Il ne reste aucune offre de quantité positive dans la table des ressources : rien ne peut alimenter une usine, où que ce soit.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting.py" line="207" />
        <source>No supply of the territory can meet {needs}: they bring nothing anywhere.</source>
        <translation>Aucune offre du territoire ne peut couvrir {needs} : ces besoins n'apportent rien nulle part.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting.py" line="217" />
        <source>No place gets a positive net benefit: no supply in reach pays its transport there.</source>
        <translation>Aucun lieu n'obtient de bénéfice net positif : aucune offre à portée n'y paie son transport.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting.py" line="226" />
        <source>Best place: {place}, net benefit {benefit} EUR/yr from {n} supplies.</source>
        <translation>Meilleur lieu : {place}, bénéfice net de {benefit} EUR/an tiré de {n} offres.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting.py" line="333" />
        <source>{supply} ({site}): {quantity} {unit} at {km} km</source>
        <translation>{supply} ({site}) : {quantity} {unit} à {km} km</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_needs.py" line="74" />
        <source>Cannot read the need '{need}': write code=quantity unit, e.g. ewc:100202=500000 t/yr, and separate needs with ';'.</source>
        <translation>Impossible de lire le besoin « {need} » : écrivez code=quantité unité, par ex. ewc:100202=500000 t/yr, et séparez les besoins par « ; ».</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_needs.py" line="98" />
        <source>The needs of the planned activity are empty.</source>
        <translation>Les besoins de l'activité en projet sont vides.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_needs.py" line="101" />
        <source>The needs table lacks the columns {columns}.</source>
        <translation>Il manque à la table des besoins les colonnes {columns}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_needs.py" line="109" />
        <source>The catalogue does not know the resource codes {codes} of the needs: use codes of resources/catalogue/resources.csv or EWC entries (ewc:100202).</source>
        <translation>Le catalogue ne connaît pas les codes de ressource {codes} des besoins : employez des codes de resources/catalogue/resources.csv ou des entrées de la nomenclature des déchets (ewc:100202).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_needs.py" line="118" />
        <source>The needs list {codes} more than once: give each code once.</source>
        <translation>Les besoins citent {codes} plus d'une fois : donnez chaque code une seule fois.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_needs.py" line="157" />
        <source>The needs have values that are not numbers in {column}: {values}</source>
        <translation>Les besoins ont dans {column} des valeurs qui ne sont pas des nombres : {values}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_needs.py" line="171" />
        <source>The needs cannot be read: {reasons}</source>
        <translation>Les besoins ne peuvent pas être lus : {reasons}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_needs.py" line="179" />
        <source>Each need must have a positive quantity; {codes} have none.</source>
        <translation>Chaque besoin doit avoir une quantité positive ; {codes} n'en ont pas.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_needs.py" line="192" />
        <source>'{code}' is not a NACE Rev. 2 class: give four digits, e.g. 23.51 (manufacture of cement).</source>
        <translation>« {code} » n'est pas une classe de la NACE rév. 2 : donnez quatre chiffres, par ex. 23.51 (fabrication de ciment).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_places.py" line="73" />
        <source>The cell size must be positive.</source>
        <translation>La taille de maille doit être positive.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_places.py" line="81" />
        <source>A grid of {cell} m cells over the territory has {cells} cells, more than the {most} allowed: choose larger cells.</source>
        <translation>Une grille de mailles de {cell} m sur le territoire compte {cells} mailles, plus que les {most} permises : choisissez des mailles plus grandes.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="277" />
        <source>The plots layer</source>
        <translation>La couche des parcelles</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_places.py" line="99" />
        <source>The plots layer is in {crs}, not in metres: reproject it to a projected CRS in metres (e.g. EPSG:2154 in France, EPSG:3035 in Europe) and run the tool again.</source>
        <translation>La couche des parcelles est en {crs}, pas en mètres : reprojetez-la dans un SCR projeté en mètres (par ex. EPSG:2154 en France, EPSG:3035 en Europe) et relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_places.py" line="113" />
        <source>The plots layer repeats the ids {ids}: each must be unique.</source>
        <translation>La couche des parcelles répète les identifiants {ids} : chacun doit être unique.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_places.py" line="120" />
        <source>{count} plots have no polygon ({ids}): each plot must be a polygon.</source>
        <translation>{count} parcelles n'ont pas de polygone ({ids}) : chaque parcelle doit être un polygone.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_places.py" line="148" />
        <source>The residual table has no '{column}' column: give the RESIDUAL output of ite:allocatesynergies.</source>
        <translation>La table des résiduels n'a pas de colonne « {column} » : donnez la sortie RESIDUAL d'ite:allocatesynergies.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_places.py" line="157" />
        <source>The residual table has values that are not numbers: {values}</source>
        <translation>La table des résiduels a des valeurs qui ne sont pas des nombres : {values}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_places.py" line="170" />
        <source>Supplies count for what the allocation left of them: {taken} supplies taken whole are not counted, {kept} supplies missing from the residual table count whole.</source>
        <translation>Les offres comptent pour ce que l'allocation en a laissé : {taken} offres prises en entier ne sont pas comptées, {kept} offres absentes de la table des résiduels comptent en entier.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_takers.py" line="85" />
        <source>{count} supplies have a declared taker within their radius and are left out.</source>
        <translation>{count} offres ont un preneur déclaré dans leur rayon et sont écartées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_takers.py" line="107" />
        <source>No supply without a taker pays its transport to any cell of the grid: nothing to place.</source>
        <translation>Aucune offre sans preneur ne paie son transport jusqu'à une maille de la grille : rien à placer.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_takers.py" line="135" />
        <source>none documented</source>
        <translation>aucun documenté</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/siting_needs.py" line="223" />
        <source>The receiving-sector model finds no resource NACE {nace} is likely to take: give the planned activity's needs as resource codes with quantities instead.</source>
        <translation>Le modèle des secteurs receveurs ne trouve aucune ressource que la NACE {nace} reprendrait probablement : donnez plutôt les besoins de l'activité en projet sous forme de codes de ressource avec leurs quantités.</translation>
    </message>
</context>
<context>
    <name>sitingpotential</name>
    <message>
        <location filename="../ite_qgis/processing/algorithms/siting_potential.py" line="23" />
        <source>Siting potential</source>
        <translation>Potentiel d'implantation</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/siting_potential.py" line="26" />
        <source>Where a planned activity would find the most unused resources it needs within reach, on a grid or on candidate plots; and where takers of unused supplies would go.</source>
        <translation>Où une activité en projet trouverait à portée le plus de ressources inutilisées dont elle a besoin, sur une grille ou sur des parcelles candidates ; et où iraient des preneurs des offres inutilisées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/siting_potential.py" line="137" />
        <source>Net benefit per cell (EUR/yr)</source>
        <translation>Bénéfice net par maille (EUR/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/siting_potential.py" line="45" />
        <source>Ranked places</source>
        <translation>Lieux classés</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/siting_potential.py" line="48" />
        <source>Supplies feeding the best place</source>
        <translation>Offres alimentant le meilleur lieu</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/siting_potential.py" line="51" />
        <source>Net benefit of the best place (EUR/yr)</source>
        <translation>Bénéfice net du meilleur lieu (EUR/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/siting_potential.py" line="54" />
        <source>Best place</source>
        <translation>Meilleur lieu</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/siting_potential.py" line="78" />
        <source>The takers of unused supplies are placed on the grid: the plots are not used in this mode.</source>
        <translation>Les preneurs des offres inutilisées sont placés sur la grille : les parcelles ne servent pas dans ce mode.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/siting_potential.py" line="82" />
        <source>The sites layer</source>
        <translation>La couche des sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/siting_potential.py" line="82" />
        <source>no site has a NACE code, so the receiving sectors of each supply are read from its resource alone, not from its provider's sector.</source>
        <translation>aucun site n'a de code NACE : les secteurs receveurs de chaque offre sont lus d'après sa seule ressource, et non d'après le secteur de son fournisseur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/siting_potential.py" line="111" />
        <source>{count} places listed; the best, {place}, gets {benefit} EUR/yr.</source>
        <translation>{count} lieux listés ; le meilleur, {place}, obtient {benefit} EUR/an.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/siting_potential.py" line="134" />
        <source>Could not write {path}: {error}</source>
        <translation>Impossible d'écrire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="46" />
        <source>Point layer of the territory's sites, with a unique site_id and a NACE code in nace (used to find who documentably takes what). A geographic CRS is reprojected to a metric one, named in the log.</source>
        <translation>Couche de points des sites du territoire, avec un site_id unique et un code NACE dans nace (pour savoir qui prend quoi de façon documentée). Un SCR géographique est reprojeté dans un SCR métrique, nommé dans le journal.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="52" />
        <source>The territory's resources table (its supplies are what a plant could take), or the RESIDUAL output of Allocate synergies: then each supply counts for what the allocation left of it.</source>
        <translation>La table des ressources du territoire (ses offres sont ce qu'une usine pourrait prendre), ou la sortie RESIDUAL d'Allouer les synergies : chaque offre compte alors pour ce que l'allocation en a laissé.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="58" />
        <source>Optional: the RESIDUAL output of Allocate synergies. Each supply then counts for what the allocation left of it; a supply taken whole is not counted.</source>
        <translation>Facultatif : la sortie RESIDUAL d'Allouer les synergies. Chaque offre compte alors pour ce que l'allocation en a laissé ; une offre prise en entier n'est pas comptée.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="63" />
        <source>Planned activity: where a plant with the needs below would do best. Takers for unused supplies: for each resource of the supplies that find no taker, the sectors that documentably use it and the best cell for a plant taking it.</source>
        <translation>Activité en projet : où une usine ayant les besoins ci-dessous ferait le mieux. Preneurs des offres inutilisées : pour chaque ressource des offres qui ne trouvent pas preneur, les secteurs qui l'utilisent de façon documentée et la meilleure maille pour une usine qui la prendrait.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="69" />
        <source>Needs of the planned activity as code=quantity unit, separated by ';', e.g. ewc:100202=500000 t/yr; heat=20000 MWh/yr @ 30 (optional @: today's purchase price per unit, in EUR). Units are those of the resources table (t/yr, MWh/yr, m3/yr...).</source>
        <translation>Besoins de l'activité en projet sous la forme code=quantité unité, séparés par « ; », par ex. ewc:100202=500000 t/yr; heat=20000 MWh/yr @ 30 (@ facultatif : prix d'achat actuel par unité, en euros). Les unités sont celles de la table des ressources (t/yr, MWh/yr, m3/yr...).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="76" />
        <source>Needs as a table instead: resource, quantity, unit, and optionally cost_eur_per_unit (purchase price), temperature_c (required temperature) and hours_per_year.</source>
        <translation>Les besoins sous forme de table : resource, quantity, unit et, en option, cost_eur_per_unit (prix d'achat), temperature_c (température requise) et hours_per_year.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="90" />
        <source>Optional polygon layer of candidate plots or business parks, in a projected CRS in metres. Empty: a grid over the territory.</source>
        <translation>Couche facultative de polygones des parcelles ou zones d'activités candidates, dans un SCR projeté en mètres. Vide : une grille sur le territoire.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="95" />
        <source>Field that names each plot. Empty: the plots are numbered #1, #2...</source>
        <translation>Champ qui nomme chaque parcelle. Vide : les parcelles sont numérotées #1, #2...</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="99" />
        <source>Side of a grid cell in metres (default {default} m), when no plots are given.</source>
        <translation>Côté d'une maille de la grille en mètres (par défaut {default} m), quand aucune parcelle n'est donnée.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="103" />
        <source>Best grid cells listed in the ranked places (default {default}); every plot is listed.</source>
        <translation>Nombre de meilleures mailles de la grille listées dans les lieux classés (par défaut {default}) ; toutes les parcelles sont listées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="108" />
        <source>Nearest supplies of each resource code considered for each need at each place (default {default}, as Find synergies keeps per supply).</source>
        <translation>Nombre d'offres les plus proches de chaque code de ressource examinées pour chaque besoin en chaque lieu (par défaut {default}, autant que Trouver les synergies en garde par offre).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="114" />
        <source>Raster of the yearly net benefit (EUR/yr) a plant would get in each cell; not written when plots are given.</source>
        <translation>Raster du bénéfice net annuel (EUR/an) qu'une usine tirerait dans chaque maille ; non écrit quand des parcelles sont données.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="119" />
        <source>The plots, or the best cells, ranked: net benefit, share of the needs met and the first supplies that would feed each.</source>
        <translation>Les parcelles, ou les meilleures mailles, classées : bénéfice net, part des besoins couverte et premières offres qui alimenteraient chacune.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="141" />
        <source>Sites (points with site_id, nace)</source>
        <translation>Sites (points avec site_id, nace)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="144" />
        <source>Residual quantities (Allocate synergies)</source>
        <translation>Quantités résiduelles (Allouer les synergies)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="146" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="146" />
        <source>Planned activity</source>
        <translation>Activité en projet</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="146" />
        <source>Takers for unused supplies</source>
        <translation>Preneurs des offres inutilisées</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="150" />
        <source>Needs (code=quantity unit; ...)</source>
        <translation>Besoins (code=quantité unité; ...)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="153" />
        <source>Needs (table)</source>
        <translation>Besoins (table)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="155" />
        <source>Or NACE class of the planned activity</source>
        <translation>Ou classe NACE de l'activité en projet</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="158" />
        <source>Candidate plots (polygons)</source>
        <translation>Parcelles candidates (polygones)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="160" />
        <source>Plot id field</source>
        <translation>Champ d'identifiant des parcelles</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="163" />
        <source>Grid cell size (m)</source>
        <translation>Taille de maille de la grille (m)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="166" />
        <source>Best cells listed</source>
        <translation>Meilleures mailles listées</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="169" />
        <source>Supplies considered per code and need</source>
        <translation>Offres examinées par code et par besoin</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="229" />
        <source>Describe the planned activity one way: needs as text, a needs table, or a NACE class (you gave {count}).</source>
        <translation>Décrivez l'activité en projet d'une seule façon : des besoins en texte, une table des besoins ou une classe NACE (vous en avez donné {count}).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="282" />
        <source>The plots layer must hold polygons.</source>
        <translation>La couche des parcelles doit contenir des polygones.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/raster_classes.py" line="40" />
        <source>{low} - {high} EUR/yr</source>
        <translation>{low} - {high} EUR/an</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/raster_classes.py" line="41" />
        <source>0 (nothing in reach pays)</source>
        <translation>0 (rien à portée n'est rentable)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="82" />
        <source>Or a NACE class of the planned activity, e.g. 23.51: it takes, whole, each supply in reach that the receiving-sector model of Find synergies scores the class as a likely receiver of (the thresholds of its knowledge-based leads). Each supply then counts for its net benefit times that calibrated score, kb_score (the probability that the class receives it): an expected net benefit.</source>
        <translation>Ou une classe NACE de l'activité en projet, par ex. 23.51 : elle reprend en entier chaque offre à portée dont le modèle des secteurs receveurs de Trouver les synergies juge la classe receveuse probable (les seuils de ses pistes issues de la base de connaissances). Chaque offre compte alors pour son bénéfice net multiplié par ce score calibré, kb_score (la probabilité que la classe la reçoive) : un bénéfice net espéré.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="124" />
        <source>Lines from the best place to each supply that would feed it, with the quantity, distance and net benefit; for a NACE class also the calibrated score of the class as receiver of the supply (kb_score), by which the net benefit is weighted.</source>
        <translation>Lignes du meilleur lieu vers chaque offre qui l'alimenterait, avec la quantité, la distance et le bénéfice net ; pour une classe NACE, aussi le score calibré de la classe comme receveur de l'offre (kb_score), qui pondère le bénéfice net.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="252" />
        <source>{code} ({label}): {score}</source>
        <translation>{code} ({label}) : {score}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="258" />
        <source>and {count} more</source>
        <translation>et {count} autres</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/siting_inputs.py" line="260" />
        <source>NACE {nace} takes, by the receiving-sector model of Find synergies (calibrated score of the class as receiver, from a provider of any sector): {inputs}</source>
        <translation>La NACE {nace} reprend, selon le modèle des secteurs receveurs de Trouver les synergies (score calibré de la classe comme receveur, d'un fournisseur de tout secteur) : {inputs}</translation>
    </message>
</context>
<context>
    <name>suggestcodes</name>
    <message>
        <location filename="../ite_qgis/core/reference/code_suggest.py" line="510" />
        <source>only the first {n} characters were read</source>
        <translation>seuls les {n} premiers caractères ont été lus</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/code_suggest.py" line="515" />
        <source>no word to read (only numbers or symbols): nothing suggested</source>
        <translation>aucun mot à lire (seulement des chiffres ou des symboles) : aucune proposition</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/code_suggest.py" line="518" />
        <source>a spreadsheet formula, not a description: nothing suggested</source>
        <translation>une formule de tableur, pas une description : aucune proposition</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/code_suggest.py" line="521" />
        <source>empty description: nothing suggested</source>
        <translation>description vide : aucune proposition</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/code_suggest.py" line="546" />
        <source>no code resembles this description: nothing suggested</source>
        <translation>aucun code ne ressemble à cette description : aucune proposition</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="27" />
        <source>Suggest resource codes from descriptions</source>
        <translation>Proposer des codes de ressource d'après les descriptions</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="30" />
        <source>EWC or catalogue codes for free-text descriptions in English or French, with a score and the words that matched.</source>
        <translation>Codes CED ou du catalogue pour des descriptions en texte libre, en français ou en anglais, avec un score et les mots retrouvés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="38" />
        <source>Any table or layer with a description column: a CSV, a spreadsheet or a layer loaded in QGIS. Its geometry is not used.</source>
        <translation>Toute table ou couche qui a une colonne de description : un CSV, un tableur ou une couche chargée dans QGIS. Sa géométrie n'est pas utilisée.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="43" />
        <source>The column that describes each waste or resource in words, in English or French, e.g. 'boues de papeterie' or 'spent pickling acid'.</source>
        <translation>La colonne qui décrit chaque déchet ou ressource en mots, en français ou en anglais, par exemple 'boues de papeterie' ou 'spent pickling acid'.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="63" />
        <source>How many codes to suggest for each description, best first (default 3).</source>
        <translation>Combien de codes proposer pour chaque description, le meilleur d'abord (3 par défaut).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="67" />
        <source>Language of the code labels in the output: the interface's (default), English or French.</source>
        <translation>Langue des libellés des codes dans le résultat : celle de l'interface (par défaut), l'anglais ou le français.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="72" />
        <source>Your own resource codes, in the columns of resources/catalogue/resources.csv; their labels are then matched too.</source>
        <translation>Vos propres codes de ressource, dans les colonnes de resources/catalogue/resources.csv ; leurs libellés sont alors comparés aussi.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="77" />
        <source>One row per description and suggestion: row number, description, rank, code, label, score from 0 to 1, matched words, and a note when nothing could be suggested.</source>
        <translation>Une ligne par description et par proposition : numéro de ligne, description, rang, code, libellé, score de 0 à 1, mots retrouvés, et une note quand rien n'a pu être proposé.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="86" />
        <source>Table with descriptions</source>
        <translation>Table des descriptions</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="89" />
        <source>Description field</source>
        <translation>Champ de description</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="98" />
        <source>Suggestions per description</source>
        <translation>Propositions par description</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="101" />
        <source>Language of the labels</source>
        <translation>Langue des libellés</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="101" />
        <source>Interface language</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="104" />
        <source>Additional resource catalogue (CSV)</source>
        <translation>Catalogue de ressources complémentaire (CSV)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="107" />
        <source>Suggested codes</source>
        <translation>Codes proposés</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="121" />
        <source>Give a table with descriptions.</source>
        <translation>Indiquez une table de descriptions.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="127" />
        <source>The table has no field '{field}'.</source>
        <translation>La table n'a pas de champ '{field}'.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="154" />
        <source>{suggested} of {total} descriptions got a suggestion.</source>
        <translation>{suggested} descriptions sur {total} ont reçu une proposition.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="158" />
        <source>{n} descriptions got none: the note column of the output says why.</source>
        <translation>{n} descriptions n'en ont reçu aucune : la colonne note du résultat dit pourquoi.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/reference/code_suggest.py" line="588" />
        <source>code given: nothing suggested</source>
        <translation>code donné : aucune proposition</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="48" />
        <source>A column of codes already known (optional): rows with a valid code and a description teach the suggester their wording; rows without one get suggestions. A row with a valid code gets one line with its code, rank 0 and the note 'code given'.</source>
        <translation>Une colonne de codes déjà connus (facultatif) : les lignes qui ont un code valide et une description apprennent leur vocabulaire au moteur de propositions ; les autres reçoivent des propositions. Une ligne au code valide a une seule ligne de résultat, avec son code, le rang 0 et la note « code donné ».</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="92" />
        <source>Known codes field</source>
        <translation>Champ des codes connus</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="149" />
        <source>{n} rows have a valid code: their descriptions taught the suggester.</source>
        <translation>{n} lignes ont un code valide : leurs descriptions ont instruit le moteur de propositions.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="55" />
        <source>A column with the NACE code of the site that gives each waste (optional, e.g. 17.12 or 1712): the European List of Waste is organised by the source of the waste, so codes of the chapters that sector usually gives rank higher (a vague 'sludge' from a paper mill goes to chapter 03, from a dairy to chapter 02). Rows without a NACE code are ranked from their words alone.</source>
        <translation>Une colonne donnant le code NACE du site qui produit chaque déchet (facultatif, par exemple 17.12 ou 1712) : la liste européenne des déchets est organisée selon l'origine du déchet, donc les codes des chapitres que ce secteur produit habituellement passent devant (un vague « sludge » d'une papeterie va au chapitre 03, celui d'une laiterie au chapitre 02). Les lignes sans code NACE sont classées d'après leurs seuls mots.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/suggest_codes.py" line="95" />
        <source>Provider NACE code field</source>
        <translation>Champ du code NACE du fournisseur</translation>
    </message>
</context>
<context>
    <name>synergy</name>
    <message>
        <location filename="../ite_qgis/core/synergies/supplies_demands.py" line="72" />
        <source>The sites table has no '{column}' column.</source>
        <translation>La table des sites n'a pas de colonne '{column}'.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/supplies_demands.py" line="80" />
        <source>Duplicate site_id values: {ids}</source>
        <translation>Valeurs de site_id en double : {ids}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/supplies_demands.py" line="86" />
        <source>Distances are measured in {crs}.</source>
        <translation>Les distances sont mesurées en {crs}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/supplies_demands.py" line="101" />
        <source>{count} sites have no geometry and were left out: {ids}</source>
        <translation>{count} sites n'ont pas de géométrie et ont été écartés : {ids}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/supplies_demands.py" line="190" />
        <source>The resources table lacks the columns {columns}.</source>
        <translation>Il manque à la table des ressources les colonnes {columns}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/supplies_demands.py" line="197" />
        <source>Duplicate resource_id values: {ids}</source>
        <translation>Valeurs de resource_id en double : {ids}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/supplies_demands.py" line="244" />
        <source>{count} resources have an unknown code and were left out: {ids}</source>
        <translation>{count} ressources ont un code inconnu et ont été écartées : {ids}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/supplies_demands.py" line="249" />
        <source>{count} resources are neither 'supply' nor 'demand' and were left out: {ids}</source>
        <translation>{count} ressources ne sont ni 'supply' ni 'demand' et ont été écartées : {ids}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/supplies_demands.py" line="257" />
        <source>{count} resources refer to a site that is missing or has no geometry and were left out: {ids}</source>
        <translation>{count} ressources renvoient à un site absent ou sans géométrie et ont été écartées : {ids}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/supplies_demands.py" line="267" />
        <source>{count} resources have no positive quantity and give no synergy: {ids}</source>
        <translation>{count} ressources n'ont pas de quantité positive et ne donnent aucune synergie : {ids}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/errors.py" line="19" />
        <source>The synergy search was cancelled.</source>
        <translation>La recherche de synergies a été annulée.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/candidates.py" line="201" />
        <source>Unknown radius mode '{mode}'; use economic, fixed or min.</source>
        <translation>Mode de rayon inconnu '{mode}' ; utilisez economic, fixed ou min.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/candidates.py" line="207" />
        <source>The fixed radius must be positive, the detour factor at least 1 and the number of candidates at least 1.</source>
        <translation>Le rayon fixe doit être positif, le facteur de détour au moins égal à 1 et le nombre de candidats au moins égal à 1.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/candidates.py" line="148" />
        <source>{count} candidate synergies for {supplies} supplies.</source>
        <translation>{count} synergies candidates pour {supplies} offres.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/supplies_demands.py" line="94" />
        <source>{count} sites are not points (e.g. {ids}); sites must be point features.</source>
        <translation>{count} sites ne sont pas des points (par exemple {ids}) ; les sites doivent être des entités ponctuelles.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/pair_search.py" line="154" />
        <source>same code</source>
        <translation>même code</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/candidates.py" line="279" />
        <source>No transport cost model for {codes}: the fixed radius of {radius} m is used and transport is counted as 0.</source>
        <translation>Pas de modèle de coût de transport pour {codes} : le rayon fixe de {radius} m est utilisé et le transport est compté comme nul (0).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/synergies/candidates.py" line="166" />
        <source>{count} supplies kept {k} declared candidates, the most allowed: the totals count the best of those, and a larger number of candidates per supply may find a better partner and change them. ite:allocatesynergies gives totals that hold together.</source>
        <translation>{count} offres ont gardé {k} candidats déclarés, le maximum permis : les totaux comptent le meilleur d'entre eux, et un nombre de candidats par offre plus grand peut trouver un meilleur partenaire et les changer. ite:allocatesynergies donne des totaux atteignables ensemble.</translation>
    </message>
</context>
<context>
    <name>synergyexplorer</name>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="607" />
        <source>Synergy explorer</source>
        <translation>Explorateur de synergies</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="133" />
        <source>Synergy layer</source>
        <translation>Couche des synergies</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="137" />
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="150" />
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="151" />
        <source>EUR/yr</source>
        <translation>EUR/an</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="156" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="158" />
        <source>Distance at most</source>
        <translation>Distance au plus</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="160" />
        <source>Net benefit at least</source>
        <translation>Bénéfice net au moins</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="58" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="58" />
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="197" />
        <source>Save comment</source>
        <translation>Enregistrer le commentaire</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="207" />
        <source>Flows layer</source>
        <translation>Couche des flux</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="212" />
        <source>Accept into flows</source>
        <translation>Intégrer aux flux</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="217" />
        <source>Add every accepted synergy to the flows layer as a planned flow (one undo step).</source>
        <translation>Ajoute chaque synergie retenue à la couche des flux comme flux prévu (une seule étape d'annulation).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="303" />
        <source>All families</source>
        <translation>Toutes les familles</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="308" />
        <source>All matches</source>
        <translation>Toutes les correspondances</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="330" />
        <source>{shown} of {total} synergies shown</source>
        <translation>{shown} synergies affichées sur {total}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="439" />
        <source>Select a synergy to see why it was proposed.</source>
        <translation>Sélectionnez une synergie pour voir pourquoi elle a été proposée.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="475" />
        <source>Match: {kind}</source>
        <translation>Correspondance : {kind}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="476" />
        <source>Rule: {rule}</source>
        <translation>Règle : {rule}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="483" />
        <source>Evidence: the receiver declared this need</source>
        <translation>Fondement : le receveur a déclaré ce besoin</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="488" />
        <source>Distance {d} km, within the limit of {limit} km</source>
        <translation>Distance {d} km, dans la limite de {limit} km</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="58" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="497" />
        <source>Avoided cost (EUR/yr)</source>
        <translation>Coût évité (EUR/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="499" />
        <source>Transport cost (EUR/yr)</source>
        <translation>Coût de transport (EUR/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="58" />
        <source>Net benefit (EUR/yr)</source>
        <translation>Bénéfice net (EUR/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="58" />
        <source>CO2 avoided (t/yr)</source>
        <translation>CO2 évité (t/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="507" />
        <source>Rank among the supply's candidates</source>
        <translation>Rang parmi les candidates de cette offre</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="447" />
        <source>The layer {layer} cannot be edited.</source>
        <translation>La couche {layer} ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="550" />
        <source>Saved in the layer's edits: Ctrl+Z undoes it; save the layer to keep it.</source>
        <translation>Enregistré dans les modifications de la couche : Ctrl+Z l'annule ; enregistrez la couche pour le conserver.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="576" />
        <source>Choose a flows layer first.</source>
        <translation>Choisissez d'abord une couche de flux.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="583" />
        <source>No synergy is marked as accepted.</source>
        <translation>Aucune synergie n'est marquée comme retenue.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="593" />
        <source>{added} planned flows added to {layer}; {skipped} already there.</source>
        <translation>{added} flux prévus ajoutés à {layer} ; {skipped} déjà présents.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="48" />
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="49" />
        <source>To discuss</source>
        <translation>À discuter</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="50" />
        <source>Accepted</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="51" />
        <source>Rejected</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="58" />
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="58" />
        <source>Receiver</source>
        <translation>Receveur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="58" />
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="58" />
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="58" />
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="58" />
        <source>Distance (km)</source>
        <translation>Distance (km)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="358" />
        <source>Add review fields</source>
        <translation>Ajout des champs de suivi</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="385" />
        <source>Synergy status</source>
        <translation>Statut de synergie</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="385" />
        <source>Synergy comment</source>
        <translation>Commentaire de synergie</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="452" />
        <source>Accept synergies into flows</source>
        <translation>Intégrer des synergies aux flux</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="455" />
        <source>The flows could not be added to {layer}.</source>
        <translation>Les flux n'ont pas pu être ajoutés à {layer}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="512" />
        <source>Why it was proposed</source>
        <translation>Pourquoi elle a été proposée</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="513" />
        <source>Economics</source>
        <translation>Économie</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="232" />
        <source>Reload reviews</source>
        <translation>Relire les avis</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="233" />
        <source>Read again the statuses and comments the team saved.</source>
        <translation>Relire les statuts et commentaires enregistrés par l'équipe.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_explorer.py" line="501" />
        <source>Net benefit (EUR/yr), upper bound</source>
        <translation>Bénéfice net (EUR/an), majorant</translation>
    </message>
</context>
<context>
    <name>synergyinputs</name>
    <message>
        <location filename="../ite_qgis/processing/synergy_inputs.py" line="95" />
        <source>{what} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) and run the tool again.</source>
        <translation>{what} n'a pas de système de coordonnées de référence. Définissez son SCR (Propriétés de la couche &gt; Source) et relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/synergy_inputs.py" line="104" />
        <source>{what} must be a point layer, but it holds {kind} geometries. Convert it to points first (e.g. with the 'Centroids' or 'Point on surface' tool).</source>
        <translation>{what} doit être une couche de points, mais elle contient des géométries de type {kind}. Convertissez-la d'abord en points (par exemple avec l'outil 'Centroïdes' ou 'Point sur la surface').</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/synergy_inputs.py" line="178" />
        <source>Resources (table)</source>
        <translation>Ressources (table)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/synergy_inputs.py" line="194" />
        <source>Additional resource catalogue (CSV)</source>
        <translation>Catalogue de ressources complémentaire (CSV)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/synergy_inputs.py" line="214" />
        <source>Number of synergies</source>
        <translation>Nombre de synergies</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/synergy_inputs.py" line="215" />
        <source>Materials diverted (t/yr)</source>
        <translation>Matières détournées de l'élimination (t/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/synergy_inputs.py" line="216" />
        <source>Heat and steam recovered (MWh/yr)</source>
        <translation>Chaleur et vapeur récupérées (MWh/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/synergy_inputs.py" line="217" />
        <source>Water reused (m3/yr)</source>
        <translation>Eau réutilisée (m3/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/synergy_inputs.py" line="218" />
        <source>Net benefit (EUR/yr)</source>
        <translation>Bénéfice net (EUR/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/synergy_inputs.py" line="219" />
        <source>CO2 avoided (t/yr)</source>
        <translation>CO2 évité (t/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/synergy_inputs.py" line="238" />
        <source>{counted}: {n} synergies; {t} t/yr of materials diverted, {mwh} MWh/yr of heat and steam recovered, {m3} m3/yr of water reused, net benefit {eur} EUR/yr, {co2} t CO2/yr avoided.</source>
        <translation>{counted} : {n} synergies ; {t} t/an de matières détournées de l'élimination, {mwh} MWh/an de chaleur et de vapeur récupérées, {m3} m3/an d'eau réutilisée, bénéfice net {eur} EUR/an, {co2} t CO2/an évitées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/synergy_inputs.py" line="165" />
        <source>Point layer of the sites, one feature per site with a unique site_id. Lines and polygons are refused (use Centroids first); sites without a point are left out and listed in the log.</source>
        <translation>Couche de points des sites, une entité par site avec un site_id unique. Les lignes et les polygones sont refusés (utilisez d'abord Centroïdes) ; les sites sans point sont écartés et listés dans le journal.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/synergy_inputs.py" line="181" />
        <source>The resources table of the territory: resource_id, site_id, direction (supply or demand), resource code, quantity and unit. Any geometry is ignored; rows whose code the catalogue does not know are skipped and listed in the log.</source>
        <translation>La table des ressources du territoire : resource_id, site_id, sens (offre ou demande), code de ressource, quantité et unité. Toute géométrie est ignorée ; les lignes dont le catalogue ne connaît pas le code sont ignorées et listées dans le journal.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/synergy_inputs.py" line="200" />
        <source>Your own resource codes and compatibility rules, in the columns of resources/catalogue/resources.csv; they add to the shipped catalogue. Empty: the shipped catalogue only.</source>
        <translation>Vos propres codes de ressources et règles de compatibilité, dans les colonnes de resources/catalogue/resources.csv ; ils s'ajoutent au catalogue fourni. Vide : le catalogue fourni seul.</translation>
    </message>
</context>
<context>
    <name>synergyreview</name>
    <message>
        <location filename="../ite_qgis/core/territory/postgis_review.py" line="119" />
        <source>You can read the shared review of {schema} but not change it: your database role may not write {schema}.synergy_reviews (an analyst's role reads only). Ask a facilitator to save the review.</source>
        <translation>Vous pouvez lire les avis partagés de {schema} mais pas les modifier : votre rôle dans la base de données ne peut pas écrire dans {schema}.synergy_reviews (le rôle d'un analyste ne fait que lire). Demandez à un animateur d'enregistrer l'avis.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/postgis_review.py" line="128" />
        <source>Statuses and comments are shared with the team in {schema}.synergy_reviews.</source>
        <translation>Les statuts et commentaires sont partagés avec l'équipe dans {schema}.synergy_reviews.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/postgis_review.py" line="135" />
        <source>Saved in {schema}.synergy_reviews: the team sees it (the database keeps its history).</source>
        <translation>Enregistré dans {schema}.synergy_reviews : l'équipe le voit (la base de données en garde l'historique).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/postgis_review.py" line="142" />
        <source>Not saved: {reason} The explorer now shows the review as the database holds it: make your change again if it is still needed.</source>
        <translation>Non enregistré : {reason} L'explorateur affiche maintenant l'avis tel que la base de données le contient : refaites votre modification si elle est toujours utile.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/gui/synergy_model.py" line="169" />
        <source>This synergy has no synergy_id to review.</source>
        <translation>Cette synergie n'a pas de synergy_id : son avis ne peut pas être enregistré.</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="82" />
        <source>File not found: {path}</source>
        <translation>Fichier introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="89" />
        <source>{name}: {suffix} files cannot be read; save the sheet as .xlsx or .csv</source>
        <translation>{name} : les fichiers {suffix} ne peuvent pas être lus ; enregistrez la feuille au format .xlsx ou .csv</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="94" />
        <source>{name}: unsupported file type '{suffix}' (use .csv, .txt, .tsv or .xlsx)</source>
        <translation>{name} : type de fichier non pris en charge '{suffix}' (utilisez .csv, .txt, .tsv ou .xlsx)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="237" />
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="156" />
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="173" />
        <source>Skipped {n} empty lines</source>
        <translation>{n} lignes vides ignorées</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="239" />
        <source>not an .xlsx workbook</source>
        <translation>ce n'est pas un classeur .xlsx</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="245" />
        <source>{name} has no sheet number {n}</source>
        <translation>{name} n'a pas de feuille numéro {n}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="253" />
        <source>{name} has no sheet '{sheet}' (sheets: {sheets})</source>
        <translation>{name} n'a pas de feuille '{sheet}' (feuilles : {sheets})</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="272" />
        <source>Sheet '{sheet}' of {name} is empty</source>
        <translation>La feuille '{sheet}' de {name} est vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="283" />
        <source>Read {rows} rows and {columns} columns from sheet '{sheet}' of {name}</source>
        <translation>{rows} lignes et {columns} colonnes lues dans la feuille '{sheet}' de {name}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="293" />
        <source>Skipped {n} empty rows</source>
        <translation>{n} lignes vides ignorées</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="364" />
        <source>Column {n} has no header; it was named '{name}'</source>
        <translation>La colonne {n} n'a pas d'en-tête ; elle a été nommée '{name}'</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="388" />
        <source>{name} has no header row</source>
        <translation>{name} n'a pas de ligne d'en-tête</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="392" />
        <source>{n} rows have more values than the header and were set apart</source>
        <translation>{n} lignes ont plus de valeurs que l'en-tête et ont été mises à part</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="420" />
        <source>{name} cannot be read: {error}</source>
        <translation>Impossible de lire {name} : {error}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="157" />
        <source>Read {rows} rows and {columns} columns from {name} (encoding {encoding}, separator '{separator}', decimal mark '{decimal}')</source>
        <translation>{rows} lignes et {columns} colonnes lues dans {name} (encodage {encoding}, séparateur '{separator}', séparateur décimal '{decimal}')</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="333" />
        <source>this row has {n} values but the header has {m} columns (is there a separator inside an unquoted value, e.g. a decimal comma?)</source>
        <translation>cette ligne a {n} valeurs mais l'en-tête a {m} colonnes (y a-t-il un séparateur dans une valeur sans guillemets, par exemple une virgule décimale ?)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="380" />
        <source>{name}: the header repeats the column names {names}; rename them so that each is unique</source>
        <translation>{name} : l'en-tête répète les noms de colonnes {names} ; renommez-les pour que chacun soit unique</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/input_table.py" line="410" />
        <source>{name} is not a text table (it looks like a binary file; an Excel workbook must end in .xlsx)</source>
        <translation>{name} n'est pas un tableau au format texte (il ressemble à un fichier binaire ; un classeur Excel doit avoir l'extension .xlsx)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="108" />
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="112" />
        <source>resources</source>
        <translation>ressources</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="116" />
        <source>flows</source>
        <translation>flux</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="121" />
        <source>synergies</source>
        <translation>synergies</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="133" />
        <source>district heating links</source>
        <translation>liaisons de réseau de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="169" />
        <source>The {what} layer lacks the fields {fields}.</source>
        <translation>La couche des {what} n'a pas les champs {fields}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/tables.py" line="23" />
        <source>Cannot write into {folder}: choose a folder you can write to.</source>
        <translation>Impossible d'écrire dans {folder} : choisissez un dossier accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>territory</name>
    <message>
        <location filename="../ite_qgis/qgis_bridge/territory.py" line="124" />
        <source>Cannot open the layer {layer} of {path}.</source>
        <translation>Impossible d'ouvrir la couche {layer} de {path}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/qgis_bridge/territory.py" line="249" />
        <source>Resources of the site</source>
        <translation>Ressources du site</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../ite_qgis/core/common/units.py" line="204" />
        <source>mass</source>
        <translation>masse</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/units.py" line="205" />
        <source>energy</source>
        <translation>énergie</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/units.py" line="206" />
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/units.py" line="207" />
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/units.py" line="362" />
        <source>quantity '{value}' is not a number</source>
        <translation>la quantité '{value}' n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/units.py" line="363" />
        <source>unit '{unit}' is not recognised (use e.g. t/yr, MWh/yr, m3/yr)</source>
        <translation>l'unité '{unit}' n'est pas reconnue (utilisez par exemple t/yr, MWh/yr, m3/yr)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/units.py" line="368" />
        <source>quantity {value} has no unit</source>
        <translation>la quantité {value} n'a pas d'unité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/units.py" line="378" />
        <source>quantity {value} is negative</source>
        <translation>la quantité {value} est négative</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/units.py" line="379" />
        <source>hours_per_year '{value}' is not a number</source>
        <translation>hours_per_year '{value}' n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/units.py" line="384" />
        <source>unit '{unit}' is a rate or a power: hours_per_year is needed</source>
        <translation>l'unité '{unit}' est un débit ou une puissance : hours_per_year est nécessaire</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/units.py" line="389" />
        <source>hours_per_year {value} is outside 0-8784</source>
        <translation>hours_per_year {value} est hors de l'intervalle 0-8784</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/common/units.py" line="369" />
        <source>unit '{unit}' measures {family} but this resource is measured in {expected} ({canonical})</source>
        <translation>l'unité '{unit}' est une unité de {family}, mais cette ressource se mesure en {expected} ({canonical})</translation>
    </message>
</context>
<context>
    <name>validateinventory</name>
    <message>
        <location filename="../ite_qgis/processing/algorithms/validate_inventory.py" line="28" />
        <source>Validate inventory</source>
        <translation>Valider l'inventaire</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/validate_inventory.py" line="31" />
        <source>Lists unknown codes, bad units, duplicate ids, orphans, missing geometry and negative quantities.</source>
        <translation>Liste les codes inconnus, les unités erronées, les identifiants en double, les orphelins, les géométries manquantes et les quantités négatives.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/validate_inventory.py" line="66" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/validate_inventory.py" line="73" />
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/validate_inventory.py" line="80" />
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/validate_inventory.py" line="88" />
        <source>Additional resource catalogue (CSV)</source>
        <translation>Catalogue de ressources complémentaire (CSV)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/validate_inventory.py" line="98" />
        <source>Validation report</source>
        <translation>Rapport de validation</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/validate_inventory.py" line="105" />
        <source>Number of errors</source>
        <translation>Nombre d'erreurs</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/validate_inventory.py" line="127" />
        <source>{n} errors must be fixed before the analyses can be trusted.</source>
        <translation>{n} erreurs doivent être corrigées pour que les analyses soient fiables.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/validate_inventory.py" line="39" />
        <source>The territory's sites layer (points with site_id, name, nace...).</source>
        <translation>La couche des sites du territoire (points avec site_id, name, nace…).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/validate_inventory.py" line="43" />
        <source>The territory's resources table; each row is checked against the sites and the resource catalogue.</source>
        <translation>La table des ressources du territoire ; chaque ligne est contrôlée par rapport aux sites et au catalogue des ressources.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/validate_inventory.py" line="48" />
        <source>The territory's known flows, checked against the sites and the catalogue. Empty: flows are not checked.</source>
        <translation>Les flux connus du territoire, contrôlés par rapport aux sites et au catalogue. Vide : les flux ne sont pas contrôlés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/validate_inventory.py" line="53" />
        <source>Your own resource codes, in the columns of resources/catalogue/resources.csv, so that rows with these codes are not reported as unknown.</source>
        <translation>Vos propres codes de ressources, dans les colonnes de resources/catalogue/resources.csv, pour que les lignes portant ces codes ne soient pas signalées comme inconnues.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/validate_inventory.py" line="58" />
        <source>One row per problem: severity (error, warning or info), table, feature id, field, problem code and message. Empty when the inventory is clean.</source>
        <translation>Une ligne par problème : gravité (error, warning ou info), table, identifiant de l'entité, champ, code du problème et message. Vide quand l'inventaire est propre.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="187" />
        <source>site '{site}' has no resource</source>
        <translation>le site '{site}' n'a aucune ressource</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="254" />
        <source>site '{site}' has no geometry</source>
        <translation>le site '{site}' n'a pas de géométrie</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="264" />
        <source>site '{site}' has an empty geometry</source>
        <translation>le site '{site}' a une géométrie vide</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="275" />
        <source>site '{site}' has an invalid geometry: {reason}</source>
        <translation>le site '{site}' a une géométrie invalide : {reason}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="319" />
        <source>a site has no site_id</source>
        <translation>un site n'a pas de site_id</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="328" />
        <source>site_id '{site}' is used by more than one site</source>
        <translation>le site_id '{site}' est utilisé par plusieurs sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="353" />
        <source>site '{site}': '{value}' is not a NACE Rev. 2 class</source>
        <translation>site '{site}' : '{value}' n'est pas une classe de la NACE rév. 2</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="366" />
        <source>site '{site}': status '{value}' is not existing, planned or candidate</source>
        <translation>site '{site}' : le statut '{value}' n'est pas existing (existant), planned (en projet) ou candidate (candidat)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="382" />
        <source>site '{site}': {field} '{value}' is not a number</source>
        <translation>site '{site}' : {field} '{value}' n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="653" />
        <source>a resource has no resource_id</source>
        <translation>une ressource n'a pas de resource_id</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="663" />
        <source>resource_id '{id}' is used by more than one resource</source>
        <translation>le resource_id '{id}' est utilisé par plusieurs ressources</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="683" />
        <source>resource '{id}' has no site_id</source>
        <translation>la ressource '{id}' n'a pas de site_id</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="714" />
        <source>resource '{id}' has no direction (supply or demand)</source>
        <translation>la ressource '{id}' n'a pas de direction (supply ou demand)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="724" />
        <source>resource '{id}': direction '{value}' is not supply or demand</source>
        <translation>ressource '{id}' : la direction '{value}' n'est ni supply ni demand</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="762" />
        <source>resource '{id}': {field} '{value}' is not a number</source>
        <translation>ressource '{id}' : {field} '{value}' n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="783" />
        <source>a flow has no flow_id</source>
        <translation>un flux n'a pas de flow_id</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="793" />
        <source>flow_id '{id}' is used by more than one flow</source>
        <translation>le flow_id '{id}' est utilisé par plusieurs flux</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="807" />
        <source>flow '{id}' has no {field}</source>
        <translation>le flux '{id}' n'a pas de {field}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="818" />
        <source>flow '{id}': {field} '{site}' is not in the sites layer</source>
        <translation>flux '{id}' : {field} '{site}' n'est pas dans la couche des sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="860" />
        <source>{errors} errors, {warnings} warnings, {infos} notes</source>
        <translation>{errors} erreurs, {warnings} avertissements, {infos} remarques</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="867" />
        <source>No problem found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="871" />
        <source>{severity}: {problem} in {table}: {count}</source>
        <translation>{severity} : {problem} dans {table} : {count}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="410" />
        <source>{what} '{id}' has no resource code</source>
        <translation>{what} '{id}' : aucun code de ressource</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="421" />
        <source>{what} '{id}': '{value}' is written '{code}' in the catalogue</source>
        <translation>{what} '{id}' : '{value}' s'écrit '{code}' dans le catalogue</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="434" />
        <source>{what} '{id}': resource code '{value}' is not in the catalogue</source>
        <translation>{what} '{id}' : le code de ressource '{value}' n'est pas dans le catalogue</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="471" />
        <source>{what} '{id}': quantity '{value}' is not a number</source>
        <translation>{what} '{id}' : la quantité '{value}' n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="483" />
        <source>{what} '{id}' has no quantity</source>
        <translation>{what} '{id}' : aucune quantité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="494" />
        <source>{what} '{id}': quantity {value} is negative</source>
        <translation>{what} '{id}' : la quantité {value} est négative</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="549" />
        <source>{what} '{id}' has a quantity but no unit</source>
        <translation>{what} '{id}' : une quantité est indiquée mais pas d'unité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="561" />
        <source>{what} '{id}': unit '{value}' is not recognised</source>
        <translation>{what} '{id}' : l'unité '{value}' n'est pas reconnue</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="620" />
        <source>resource</source>
        <translation>ressource</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="830" />
        <source>flow</source>
        <translation>flux</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="205" />
        <source>the {table} layer has no CRS; set it so that distances can be measured</source>
        <translation>la couche {table} n'a pas de SCR ; définissez-le pour que les distances puissent être mesurées</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="216" />
        <source>the {table} layer is in {crs}, in degrees; reproject it to a projected CRS in metres</source>
        <translation>la couche {table} est en {crs}, en degrés ; reprojetez-la dans un SCR projeté en mètres</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="297" />
        <source>site '{site}' is a {kind}, not a point; use a point (e.g. Vector &gt; Geometry &gt; Point on Surface)</source>
        <translation>le site '{site}' est de type {kind} et non un point ; utilisez un point (par exemple Géométrie vectorielle &gt; Point sur la surface)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="574" />
        <source>{what} '{id}': unit '{value}' measures {family} but this resource is measured in {expected}</source>
        <translation>{what} '{id}' : l'unité '{value}' est une unité de {family}, mais cette ressource se mesure en {expected}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="592" />
        <source>{what} '{id}': unit '{value}' is not the canonical {canonical}; import the table again to convert it</source>
        <translation>{what} '{id}' : l'unité '{value}' n'est pas l'unité canonique {canonical} ; importez à nouveau la table pour la convertir</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="693" />
        <source>resource '{id}' belongs to site '{site}', which is not in the sites layer</source>
        <translation>la ressource '{id}' appartient au site '{site}', absent de la couche des sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="744" />
        <source>resource '{id}' is {family} without temperature_c; it can only be matched without a temperature condition</source>
        <translation>la ressource '{id}' est de la famille {family} sans temperature_c ; elle ne peut être appariée que sans condition de température</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="840" />
        <source>flow '{id}': status '{value}' is not existing, planned, candidate or rejected</source>
        <translation>flux '{id}' : le statut '{value}' n'est pas existing (existant), planned (en projet), candidate (candidat) ou rejected (rejeté)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="174" />
        <source>the {table} layer is empty: it has no feature</source>
        <translation>la couche {table} est vide : elle n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="344" />
        <source>the sites layer has no 'nace' column: {lost}</source>
        <translation>la couche des sites n'a pas de colonne 'nace' : {lost}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="507" />
        <source>{what} '{id}': quantity {value} is larger than any single site's; check the digits and the unit</source>
        <translation>{what} '{id}' : la quantité {value} dépasse celle de tout site réel ; vérifiez les chiffres et l'unité</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="128" />
        <source>DH areas</source>
        <translation>des zones de potentiel</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="215" />
        <source>{count} features of the {layer} layer have no id and were left out (row numbers): {rows}.</source>
        <translation>{count} entités de la couche {layer} n'ont pas d'identifiant et ont été écartées (numéros de ligne) : {rows}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="220" />
        <source>The {layer} layer repeats the ids {ids}: each must be unique.</source>
        <translation>La couche {layer} répète les identifiants {ids} : chacun doit être unique.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/areas.py" line="69" />
        <source>{count} features of the {layer} layer have a demand that is not a finite number and were left out: {rows}.</source>
        <translation>{count} entités de la couche {layer} ont un besoin qui n'est pas un nombre fini et ont été écartées : {rows}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/areas.py" line="69" />
        <source>{count} features of the {layer} layer have a negative demand and were left out: {rows}.</source>
        <translation>{count} entités de la couche {layer} ont un besoin négatif et ont été écartées : {rows}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/areas.py" line="69" />
        <source>{count} features of the {layer} layer have no positive demand and cannot be linked: {rows}.</source>
        <translation>{count} entités de la couche {layer} n'ont pas de besoin positif et ne peuvent pas être reliées : {rows}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/areas.py" line="89" />
        <source>The DH areas layer is empty: run District heating potential areas first, or lower its thresholds.</source>
        <translation>La couche des zones de potentiel est vide : lancez d'abord Zones de potentiel de réseau de chaleur, ou abaissez ses seuils.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/areas.py" line="108" />
        <source>No DH area has a positive demand in the field {field}: nothing to link.</source>
        <translation>Aucune zone de potentiel n'a de besoin positif dans le champ {field} : rien à relier.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/areas.py" line="113" />
        <source>No DH area can be used: {reasons}</source>
        <translation>Aucune zone de potentiel n'est utilisable : {reasons}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/density_rasters.py" line="35" />
        <source>The raster {name} has {bands} bands, but a density raster has one band of MWh/ha (several bands are usually a picture, such as an RGB map export). Extract the density band first, e.g. with the Processing tool Rearrange bands (native:rearrange_bands) or gdal_translate -b, and run the tool again.</source>
        <translation>Le raster {name} a {bands} bandes, mais un raster de densité a une seule bande, en MWh/ha (plusieurs bandes sont d'ordinaire une image, comme l'export RVB d'une carte). Extrayez d'abord la bande de densité, par exemple avec l'outil de traitement Réorganiser les bandes (native:rearrange_bands) ou gdal_translate -b, et relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/density_rasters.py" line="49" />
        <source>The raster {name} has no coordinate reference system, so its cells have no known size. Set its CRS (Layer properties, Source, or the Processing tool Assign projection) and run the tool again.</source>
        <translation>Le raster {name} n'a pas de système de coordonnées de référence : la taille de ses cellules est inconnue. Définissez son SCR (Propriétés de la couche &gt; Source, ou l'outil de traitement Assigner une projection) et relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/density_rasters.py" line="55" />
        <source>The raster {name} uses the geographic CRS {crs}: its cells are in degrees and have no area in hectares. Reproject (warp) it to a projected CRS in metres, e.g. EPSG:3035, and run the tool again.</source>
        <translation>Le raster {name} utilise le SCR géographique {crs} : ses cellules sont en degrés et n'ont pas de surface en hectares. Reprojetez-le (Projection (warp)) dans un SCR projeté en mètres, par exemple EPSG:3035, et relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/density_rasters.py" line="61" />
        <source>The raster {name} is in {crs}, whose units are not metres. Reproject (warp) it, e.g. to EPSG:3035, and run the tool again.</source>
        <translation>Le raster {name} est en {crs}, dont les unités ne sont pas des mètres. Reprojetez-le (Projection (warp)), par exemple en EPSG:3035, et relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/flows.py" line="20" />
        <source>The flows layer</source>
        <translation>La couche des flux</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="48" />
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="49" />
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="50" />
        <source>polygons</source>
        <translation>polygones</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="57" />
        <source>Points to path (native:pointstopath)</source>
        <translation>Points vers chemin (native:pointstopath)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="58" />
        <source>Polygons to lines (native:polygonstolines)</source>
        <translation>Polygones vers lignes (native:polygonstolines)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="59" />
        <source>Buffer (native:buffer)</source>
        <translation>Tampon (native:buffer)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="60" />
        <source>Lines to polygons (qgis:linestopolygons)</source>
        <translation>Lignes vers polygones (qgis:linestopolygons)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="61" />
        <source>Centroids (native:centroids)</source>
        <translation>Centroïdes (native:centroids)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="62" />
        <source>Point on surface (native:pointonsurface)</source>
        <translation>Point sur la surface (native:pointonsurface)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="120" />
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="105" />
        <source>{count} features of the {layer} layer are neither of these: {wanted}; they were left out: {rows}.</source>
        <translation>{count} entités de la couche {layer} ne sont pas des {wanted} ; elles ont été écartées : {rows}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="121" />
        <source>geometry collections</source>
        <translation>collections de géométries</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="123" />
        <source>The {layer} layer holds {found}, but {wanted} are needed.</source>
        <translation>La couche {layer} contient des {found}, mais il faut des {wanted}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="127" />
        <source>Convert it first, e.g. with the Processing tool {tool}, and run the tool again.</source>
        <translation>Convertissez-la d'abord, par exemple avec l'outil de traitement {tool}, et relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="139" />
        <source>{count} features of the {layer} layer have no geometry (or an empty one) and were left out: {rows}.</source>
        <translation>{count} entités de la couche {layer} n'ont pas de géométrie (ou une géométrie vide) et ont été écartées : {rows}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="170" />
        <source>{row} ({area} ha)</source>
        <translation>{row} ({area} ha)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="172" />
        <source>{count} invalid polygons of the {layer} layer (self-intersecting or badly nested rings) were repaired with make_valid; their repaired areas: {rows}.</source>
        <translation>{count} polygones invalides de la couche {layer} (anneaux auto-intersectés ou mal imbriqués) ont été réparés avec make_valid ; leurs surfaces réparées : {rows}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="178" />
        <source>{count} invalid polygons of the {layer} layer have no area once repaired and were left out: {rows}.</source>
        <translation>{count} polygones invalides de la couche {layer} n'ont plus de surface une fois réparés et ont été écartés : {rows}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="212" />
        <source>The x and y columns of the {layer} layer look swapped: most of its coordinates lie outside the area where its CRS {crs} is used, and inside it once x and y are swapped. Give the longitude (or easting) as x and the latitude (or northing) as y, and run the tool again.</source>
        <translation>Les colonnes x et y de la couche {layer} semblent inversées : la plupart de ses coordonnées sont hors de la zone d'usage de son SCR {crs}, et dedans une fois x et y échangés. Donnez la longitude (ou l'abscisse) en x et la latitude (ou l'ordonnée) en y, et relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/geometry.py" line="246" />
        <source>The {layer} layer has latitudes beyond 90 degrees, yet its CRS {crs} is in degrees: its coordinates are in another CRS. Set the layer's real CRS (Layer properties, Source) and run the tool again.</source>
        <translation>La couche {layer} a des latitudes au-delà de 90 degrés, alors que son SCR {crs} est en degrés : ses coordonnées sont dans un autre SCR. Définissez le vrai SCR de la couche (Propriétés de la couche &gt; Source) et relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/resources.py" line="29" />
        <source>The resources table</source>
        <translation>La table des ressources</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/resources.py" line="77" />
        <source>no resource has a quantity, so no candidate carries one and the totals are zero.</source>
        <translation>aucune ressource n'a de quantité : aucun candidat n'en porte et les totaux sont nuls.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/resources.py" line="105" />
        <source>{count} resources have no site_id and were left out: {rows}</source>
        <translation>{count} ressources n'ont pas de site_id et ont été écartées : {rows}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/roads.py" line="29" />
        <source>roads</source>
        <translation>des routes</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/roads.py" line="37" />
        <source>The roads layer is empty: pipe lengths are the straight line times the detour factor.</source>
        <translation>La couche des routes est vide : la longueur des conduites est la ligne droite multipliée par le facteur de détour.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/roads.py" line="49" />
        <source>{count} lines of the roads layer have no length and were left out: {rows}.</source>
        <translation>{count} lignes de la couche des routes n'ont pas de longueur et ont été écartées : {rows}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/sites.py" line="29" />
        <source>no site has a NACE code, so every knowledge-based (inferred) candidate is lost and only declared demands are searched.</source>
        <translation>aucun site n'a de code NACE : tous les candidats issus de la base de connaissances (déduits) sont perdus et seules les demandes déclarées sont cherchées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/synergies.py" line="95" />
        <source>The synergies layer</source>
        <translation>La couche des synergies</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/synergies.py" line="43" />
        <source>{layer}: {count} lines have no supply_id and were left out: {rows}</source>
        <translation>{layer} : {count} lignes n'ont pas de supply_id et ont été écartées : {rows}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/synergies.py" line="104" />
        <source>{layer}: {count} lines whose supply or demand was left out were left out too: {rows}</source>
        <translation>{layer} : {count} lignes dont l'offre ou la demande a été écartée ont été écartées aussi : {rows}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/synergy_inputs.py" line="91" />
        <source>{what} is empty: it has no feature.</source>
        <translation>{what} est vide : elle n'a aucune entité.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/table_checks.py" line="42" />
        <source>{what} has no '{column}' column; add it and run the tool again.</source>
        <translation>{what} n'a pas de colonne '{column}' ; ajoutez-la et relancez l'outil.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/table_checks.py" line="55" />
        <source>{what} has no '{column}' column: {lost}</source>
        <translation>{what} n'a pas de colonne '{column}' : {lost}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/table_checks.py" line="67" />
        <source>{what}: every row was left out. {reasons}</source>
        <translation>{what} : toutes les lignes ont été écartées. {reasons}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/table_checks.py" line="81" />
        <source>{what}: {count} features have no {column} (features {rows}); give each one an id.</source>
        <translation>{what} : {count} entités n'ont pas de {column} (entités {rows}) ; donnez un identifiant à chacune.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/table_checks.py" line="91" />
        <source>{what}: duplicate {column} values {ids}; each feature needs its own id.</source>
        <translation>{what} : valeurs de {column} en double {ids} ; chaque entité doit avoir son propre identifiant.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/table_checks.py" line="134" />
        <source>{layer}: {count} rows have a {column} that is not a number and were left out: {rows}</source>
        <translation>{layer} : {count} lignes ont une valeur {column} qui n'est pas un nombre et ont été écartées : {rows}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/table_checks.py" line="134" />
        <source>{layer}: {count} rows have an infinite {column} and were left out: {rows}</source>
        <translation>{layer} : {count} lignes ont une valeur {column} infinie et ont été écartées : {rows}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/table_checks.py" line="134" />
        <source>{layer}: {count} rows have a {column} larger than any single site's (beyond the bound of its unit family) and were left out: {rows}</source>
        <translation>{layer} : {count} lignes ont une valeur {column} supérieure à celle de tout site réel (au-delà de la borne de sa famille d'unités) et ont été écartées : {rows}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/table_checks.py" line="134" />
        <source>{layer}: {count} rows have a negative {column} and were left out: {rows}</source>
        <translation>{layer} : {count} lignes ont une valeur {column} négative et ont été écartées : {rows}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="834" />
        <source>the flows layer has no status column: every flow is taken as existing</source>
        <translation>la couche des flux n'a pas de colonne status : chaque flux est considéré comme existant</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/areas.py" line="39" />
        <source>The {layer} layer has no id field: the areas are numbered from 1 in the outputs.</source>
        <translation>La couche {layer} n'a pas de champ d'identifiant : les zones sont numérotées à partir de 1 dans les sorties.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/resources.py" line="35" />
        <source>no resource has a temperature, so heat supplies and demands are matched without checking that the supply is hot enough for the demand.</source>
        <translation>aucune ressource n'a de température : les offres et besoins de chaleur sont appariés sans vérifier que l'offre est assez chaude pour le besoin.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/resources.py" line="43" />
        <source>no resource has a temperature, so each heat source takes the lower bound of its code's temperature band.</source>
        <translation>aucune ressource n'a de température : chaque source de chaleur prend la borne basse de la plage de température de son code.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/sites.py" line="58" />
        <source>{what} has no 'site_id' column: its features are named by their numbers (#1, #2...) in the outputs.</source>
        <translation>{what} n'a pas de colonne « site_id » : ses entités sont désignées par leur numéro (#1, #2…) dans les sorties.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/synergies.py" line="74" />
        <source>{layer}: {count} lines have no synergy_id and were left out (feature numbers): {rows}</source>
        <translation>{layer} : {count} lignes n'ont pas de synergy_id et ont été écartées (numéros d'entité) : {rows}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/synergies.py" line="80" />
        <source>{layer} repeats the synergy_id values {ids}: each line needs its own id.</source>
        <translation>{layer} répète les valeurs de synergy_id {ids} : chaque ligne doit avoir son propre identifiant.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/density_rasters.py" line="97" />
        <source>The raster {name} has no cell with a density: the map shows no heat density.</source>
        <translation>Le raster {name} n'a aucune cellule de densité : la carte ne montre aucune densité de chaleur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/density_rasters.py" line="101" />
        <source>{count} cells of the raster {name} are NaN or infinite: they are no density and their colour on the map means nothing.</source>
        <translation>{count} cellules du raster {name} sont NaN ou infinies : ce ne sont pas des densités, et leur couleur sur la carte ne veut rien dire.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="81" />
        <source>no site has a NACE code: the sectors are unknown and confidential sites are named 'Confidential site' instead of by their sector.</source>
        <translation>aucun site n'a de code NACE : les secteurs sont inconnus, et les sites confidentiels sont nommés « Site confidentiel » au lieu de leur secteur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="87" />
        <source>the flows have no status (existing, planned): each one counts as an existing flow.</source>
        <translation>les flux n'ont pas de statut (existant, prévu) : chacun compte comme un flux existant.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="93" />
        <source>the resource families are taken from the catalogue, by resource code.</source>
        <translation>les familles de ressources sont prises dans le catalogue, d'après le code de la ressource.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="98" />
        <source>the dwelling equivalents of the areas are not shown.</source>
        <translation>les équivalents logements des zones ne sont pas montrés.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="103" />
        <source>the transmission cost of each link (EUR/MWh) is not shown.</source>
        <translation>le coût de transport de chaque liaison (EUR/MWh) n'est pas montré.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="108" />
        <source>sites</source>
        <translation>des sites</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="112" />
        <source>resources</source>
        <translation>des ressources</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="116" />
        <source>flows</source>
        <translation>des flux</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="121" />
        <source>synergies</source>
        <translation>des synergies</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="133" />
        <source>DH links</source>
        <translation>des liaisons de réseau de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="133" />
        <source>The DH links layer</source>
        <translation>La couche des liaisons de réseau de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="145" />
        <source>The {layer} layer is empty: the output has nothing of it.</source>
        <translation>La couche {layer} est vide : la sortie n'en contient rien.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="225" />
        <source>{count} features of the {layer} layer repeat the id of an earlier one and were left out (id and row number): {rows}.</source>
        <translation>{count} entités de la couche {layer} reprennent l'identifiant d'une entité précédente et ont été écartées (identifiant et numéro de ligne) : {rows}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="249" />
        <source>{count} features of the {layer} layer have no geometry (or an empty one): they are kept, but have no place on a map nor coordinates in a table: {rows}.</source>
        <translation>{count} entités de la couche {layer} n'ont pas de géométrie (ou une géométrie vide) : elles sont gardées, mais n'ont ni place sur une carte ni coordonnées dans une table : {rows}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/territory/inventory_checks.py" line="630" />
        <source>resource '{id}': code '{code}' was suggested from its description '{description}', not given; check it</source>
        <translation>ressource '{id}' : le code '{code}' a été proposé d'après sa description '{description}', il n'a pas été fourni ; vérifiez-le</translation>
    </message>
</context>
<context>
    <name>waste_heat</name>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="101" />
        <source>The {what} layer lacks the columns {columns}.</source>
        <translation>Il manque à la couche des {what} les colonnes {columns}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="111" />
        <source>The {what} layer repeats the ids {ids}: each must be unique.</source>
        <translation>La couche des {what} répète les identifiants {ids} : chacun doit être unique.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="162" />
        <source>no location: the source has no geometry</source>
        <translation>pas de localisation : la source n'a pas de géométrie</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="163" />
        <source>capacity in MW but neither heat in MWh/yr nor hours_per_year: the yearly heat cannot be computed; give one of them</source>
        <translation>puissance en MW mais ni chaleur en MWh/yr ni hours_per_year : la chaleur annuelle ne peut pas être calculée ; indiquez l'une ou l'autre</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="167" />
        <source>no heat: heat_mwh_yr and capacity_mw are empty or 0</source>
        <translation>pas de chaleur : heat_mwh_yr et capacity_mw sont vides ou à 0</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="168" />
        <source>too cold: the source temperature is below the network temperature of {t} C (a heat pump would be needed, which is not costed here)</source>
        <translation>trop froide : la température de la source est inférieure à celle du réseau, {t} C (il faudrait une pompe à chaleur, qui n'est pas chiffrée ici)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="172" />
        <source>hours_per_year outside 0-8784 was ignored</source>
        <translation>hours_per_year hors de l'intervalle 0-8784 : valeur ignorée</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="173" />
        <source>hours_per_year unknown: capacity taken as heat / 8760 h (steady all year)</source>
        <translation>hours_per_year inconnu : puissance prise égale à chaleur / 8760 h (constante toute l'année)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="176" />
        <source>temperature unknown: linked as if hot enough; check it</source>
        <translation>température inconnue : raccordée comme si elle était assez chaude ; à vérifier</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="178" />
        <source>outside the extent of the DH areas (linked if within reach)</source>
        <translation>hors de l'emprise des zones de potentiel (raccordée si une zone est à portée)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="385" />
        <source>heat sources</source>
        <translation>sources de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/validation/documents.py" line="128" />
        <source>DH areas</source>
        <translation>zones de potentiel</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="375" />
        <source>The detour factor must be 1 or more, not {f}.</source>
        <translation>Le facteur de détour doit être supérieur ou égal à 1, et non {f}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="386" />
        <source>roads</source>
        <translation>routes</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="410" />
        <source>{n} DH areas without geometry or without a positive demand were left out.</source>
        <translation>{n} zones de potentiel sans géométrie ou sans besoin positif ont été écartées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="337" />
        <source>The roads layer has no lines: straight lines were used.</source>
        <translation>La couche des routes n'a pas de lignes : des lignes droites ont été utilisées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="452" />
        <source>{n} links found no path along the roads within reach; their length is the straight line times the detour factor.</source>
        <translation>{n} liaisons n'ont trouvé aucun chemin par les routes à portée ; leur longueur est la distance à vol d'oiseau multipliée par le facteur de détour.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="545" />
        <source> and {more} more</source>
        <translation> et {more} autres</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="547" />
        <source>Source {source} ({name}) can serve {n} areas economically: {areas}. Each link is costed alone; together they would take {demand:.0f} MWh/yr of its {heat:.0f} MWh/yr.</source>
        <translation>La source {source} ({name}) peut desservir {n} zones de façon rentable : {areas}. Chaque liaison est chiffrée isolément ; ensemble, elles prendraient {demand:.0f} MWh/yr de ses {heat:.0f} MWh/yr.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="556" />
        <source>{n} sources lie outside the extent of the DH areas; they are linked when an area is within reach.</source>
        <translation>{n} sources se trouvent hors de l'emprise des zones de potentiel ; elles sont raccordées quand une zone est à portée.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="559" />
        <source>{n} sources give MW without hours per year and were not linked.</source>
        <translation>{n} sources indiquent des MW sans heures par an et n'ont pas été raccordées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="559" />
        <source>{n} sources are colder than the network and were not linked.</source>
        <translation>{n} sources sont plus froides que le réseau et n'ont pas été raccordées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/core/heat/waste_heat.py" line="559" />
        <source>{n} sources have no hours per year: their capacity assumes 8760 h.</source>
        <translation>{n} sources n'ont pas d'heures par an : leur puissance suppose 8760 h.</translation>
    </message>
</context>
<context>
    <name>wasteheatdh</name>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="60" />
        <source>Waste heat to district heating</source>
        <translation>Chaleur fatale vers les réseaux de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="63" />
        <source>Links from waste-heat sources to DH potential areas within the economic transmission distance, with pipe class, cost per MWh and dwelling equivalents.</source>
        <translation>Liaisons entre les sources de chaleur fatale et les zones de potentiel de réseau de chaleur situées dans la distance de transport rentable, avec la classe de canalisation, le coût par MWh et les équivalents-logements.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="207" />
        <source>Heat sources or sites (points)</source>
        <translation>Sources de chaleur ou sites (points)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="210" />
        <source>Resources table (optional: heat and steam supplies by site_id)</source>
        <translation>Table des ressources (facultative : offres de chaleur et de vapeur par site_id)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="215" />
        <source>Source or site id field</source>
        <translation>Champ identifiant de la source ou du site</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="217" />
        <source>Name field</source>
        <translation>Champ du nom</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="219" />
        <source>Heat field (MWh/yr)</source>
        <translation>Champ de la chaleur (MWh/yr)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="220" />
        <source>Capacity field (MW)</source>
        <translation>Champ de la puissance (MW)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="222" />
        <source>Temperature field (°C)</source>
        <translation>Champ de la température (°C)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="224" />
        <source>Hours per year field</source>
        <translation>Champ des heures par an</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="226" />
        <source>DH potential areas</source>
        <translation>Zones de potentiel de réseau de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="229" />
        <source>Area id field</source>
        <translation>Champ identifiant de la zone</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="231" />
        <source>Area demand field (GWh/yr)</source>
        <translation>Champ du besoin de la zone (GWh/yr)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="233" />
        <source>Road network (optional, lines noded at junctions)</source>
        <translation>Réseau routier (facultatif, lignes découpées aux intersections)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="238" />
        <source>Network supply temperature (°C)</source>
        <translation>Température de départ du réseau (°C)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="241" />
        <source>Detour factor (without roads)</source>
        <translation>Facteur de détour (sans routes)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="245" />
        <source>Discount rate (%)</source>
        <translation>Taux d'actualisation (%)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="245" />
        <source>Depreciation period (years)</source>
        <translation>Durée d'amortissement (années)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="245" />
        <source>Operation and maintenance (% of investment per year)</source>
        <translation>Exploitation et maintenance (% de l'investissement par an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="245" />
        <source>Highest transmission cost (EUR/MWh)</source>
        <translation>Coût maximal de transport (EUR/MWh)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="245" />
        <source>Heat per dwelling equivalent (MWh/yr)</source>
        <translation>Chaleur par équivalent-logement (MWh/yr)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="516" />
        <source>Waste-heat DH links</source>
        <translation>Liaisons chaleur fatale vers réseau de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="265" />
        <source>Heat sources summary</source>
        <translation>Synthèse des sources de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="268" />
        <source>Number of feasible links</source>
        <translation>Nombre de liaisons réalisables</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="347" />
        <source>{what}: field {field}</source>
        <translation>{what} : champ {field}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="350" />
        <source>The heat sources layer has no heat field (MWh/yr) nor capacity field (MW): choose one of them, or give a resources table.</source>
        <translation>La couche des sources de chaleur n'a ni champ de chaleur (MWh/yr) ni champ de puissance (MW) : choisissez l'un des deux, ou indiquez une table des ressources.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="401" />
        <source>The DH areas layer has no demand_gwh_yr field: choose the field with each area's demand in GWh/yr.</source>
        <translation>La couche des zones de potentiel n'a pas de champ demand_gwh_yr : choisissez le champ qui contient le besoin de chaque zone en GWh/yr.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="443" />
        <source>The DH areas layer</source>
        <translation>La couche des zones de potentiel</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="457" />
        <source>No heat source to link: the heat sources layer is empty.</source>
        <translation>Aucune source de chaleur à raccorder : la couche des sources de chaleur est vide.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="468" />
        <source>{sources} heat sources, {areas} DH areas{roads}.</source>
        <translation>{sources} sources de chaleur, {areas} zones de potentiel{roads}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="468" />
        <source>, along {n} road lines</source>
        <translation>, le long de {n} tronçons routiers</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="488" />
        <source>Sources with a capacity in MW but no hours per year (not linked, flagged in the summary): {ids}</source>
        <translation>Sources avec une puissance en MW mais sans heures par an (non raccordées, signalées dans la synthèse) : {ids}</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="501" />
        <source>{links} candidate links, {feasible} feasible at {ceiling:g} EUR/MWh or less.</source>
        <translation>{links} liaisons candidates, dont {feasible} réalisables à {ceiling:g} EUR/MWh ou moins.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="506" />
        <source>{source} ({name}): best area {area}, {heat:,.0f} MWh/yr at {cost:.2f} EUR/MWh.</source>
        <translation>{source} ({name}) : meilleure zone {area}, {heat:,.0f} MWh/yr à {cost:.2f} EUR/MWh.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="404" />
        <source>Area demand: field {field} (GWh/yr)</source>
        <translation>Besoin de la zone : champ {field} (GWh/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="495" />
        <source>Every heat source lies outside the extent of the DH areas and none reaches an area: check that the sources are where they should be (layer CRS, coordinates) and that the areas cover the same region.</source>
        <translation>Toutes les sources de chaleur se trouvent hors de l'emprise des zones de réseau de chaleur et aucune n'atteint une zone : vérifiez que les sources sont bien placées (SCR de la couche, coordonnées) et que les zones couvrent le même territoire.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="77" />
        <source>Empty: the first of these fields the layer has: {fields}.</source>
        <translation>Vide : le premier de ces champs que la couche possède : {fields}.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="86" />
        <source>Points of the heat sources, or of the sites when a resources table gives their heat. Reprojected to the CRS of the DH areas.</source>
        <translation>Points des sources de chaleur, ou des sites quand une table des ressources donne leur chaleur. Reprojetés dans le SCR des zones de réseau de chaleur.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="91" />
        <source>The territory's resources table: each heat or steam supply becomes a source at the point whose id matches its site_id. Empty: the heat is read from the fields of the points.</source>
        <translation>La table des ressources du territoire : chaque offre de chaleur ou de vapeur devient une source au point dont l'identifiant correspond à son site_id. Vide : la chaleur est lue dans les champs des points.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="97" />
        <source>Field that identifies each source or site.</source>
        <translation>Champ qui identifie chaque source ou site.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="100" />
        <source>Field with the name shown for each source.</source>
        <translation>Champ du nom affiché pour chaque source.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="103" />
        <source>Field with the yearly excess heat in MWh (without a resources table).</source>
        <translation>Champ de la chaleur fatale annuelle en MWh (sans table des ressources).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="107" />
        <source>Field with the heat capacity in MW; with the hours it gives the heat when no heat field is given.</source>
        <translation>Champ de la puissance thermique en MW ; avec les heures, elle donne la chaleur quand aucun champ de chaleur n'est indiqué.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="111" />
        <source>Field with the source temperature in °C, compared with the network supply temperature.</source>
        <translation>Champ de la température de la source en °C, comparée à la température de départ du réseau.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="115" />
        <source>Field with the hours per year the heat is available.</source>
        <translation>Champ du nombre d'heures par an pendant lesquelles la chaleur est disponible.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="118" />
        <source>Polygons of the DH potential areas (output of District heating potential areas), in a projected CRS in metres.</source>
        <translation>Polygones des zones de potentiel de réseau de chaleur (sortie de Zones de potentiel de réseau de chaleur), dans un SCR projeté en mètres.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="123" />
        <source>Field that identifies each area.</source>
        <translation>Champ qui identifie chaque zone.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="125" />
        <source>Field with the yearly heat demand of each area in GWh; areas without a positive demand are left out.</source>
        <translation>Champ du besoin annuel de chaleur de chaque zone en GWh ; les zones sans besoin positif sont écartées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="129" />
        <source>Lines noded at junctions. Given, a pipe follows the shortest road path; empty, its length is the straight line times the detour factor.</source>
        <translation>Lignes découpées aux intersections. Si le réseau est fourni, une canalisation suit le plus court chemin par la route ; sinon, sa longueur est la ligne droite multipliée par le facteur de détour.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="144" />
        <source>Discount rate of the pipe investment, in % per year (Hotmaps default).</source>
        <translation>Taux d'actualisation de l'investissement dans la canalisation, en % par an (valeur par défaut de Hotmaps).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="148" />
        <source>Years over which the pipe is paid off (Hotmaps default).</source>
        <translation>Nombre d'années sur lesquelles la canalisation est amortie (valeur par défaut de Hotmaps).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="151" />
        <source>Yearly operation and maintenance cost, in % of the pipe investment.</source>
        <translation>Coût annuel d'exploitation et de maintenance, en % de l'investissement dans la canalisation.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="155" />
        <source>Highest levelised transmission cost, in EUR per MWh delivered: a link is feasible when its cost is at most this (Hotmaps default).</source>
        <translation>Coût actualisé maximal du transport, en EUR par MWh livré : une liaison est réalisable quand son coût ne dépasse pas ce plafond (valeur par défaut de Hotmaps).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="160" />
        <source>Yearly heat of one dwelling equivalent, in MWh, to express the heat delivered as a number of dwellings (default from the Dunkirk network).</source>
        <translation>Chaleur annuelle d'un équivalent-logement, en MWh, pour exprimer la chaleur livrée en nombre de logements (valeur par défaut d'après le réseau de Dunkerque).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="134" />
        <source>Supply temperature of the heat network in °C (default {default} °C). Colder sources are flagged too_cold and not linked.</source>
        <translation>Température de départ du réseau de chaleur en °C (par défaut {default} °C). Les sources plus froides sont signalées too_cold et ne sont pas reliées.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="139" />
        <source>Pipe route length over the straight line, used when no road network is given (default {default}).</source>
        <translation>Longueur du tracé de la canalisation rapportée à la ligne droite, utilisée quand aucun réseau routier n'est fourni (par défaut {default}).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="169" />
        <source>Reference climate whose monthly heating degree days shape the areas' demand over the year, for the seasonal matching (default Nord-Pas-de-Calais; figures and sources in resources/heat_profiles/README.md).</source>
        <translation>Climat de référence dont les degrés-jours de chauffage mensuels donnent la forme du besoin des zones sur l'année, pour l'appariement saisonnier (par défaut Nord-Pas-de-Calais ; valeurs et sources dans resources/heat_profiles/README.md).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="175" />
        <source>Share of the areas' demand that is hot water, drawn evenly all year; the rest follows the degree days (default {default}, Eurostat households' energy use).</source>
        <translation>Part du besoin des zones qui est de l'eau chaude sanitaire, puisée également toute l'année ; le reste suit les degrés-jours (par défaut {default}, consommation d'énergie des ménages selon Eurostat).</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="180" />
        <source>Optional CSV whose last column holds the areas' demand profile: 12 monthly or 8760 hourly values, one per row, after an optional header. Given, it replaces the climate; hourly values match supply and demand hour by hour.</source>
        <translation>CSV facultatif dont la dernière colonne contient le profil de besoin des zones : 12 valeurs mensuelles ou 8760 valeurs horaires, une par ligne, après un en-tête facultatif. S'il est donné, il remplace le climat ; des valeurs horaires apparient apport et besoin heure par heure.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="186" />
        <source>Optional CSV of the sources' supply profile, in the same form (12 or 8760 values). Empty: each source gives its yearly heat evenly over the year.</source>
        <translation>CSV facultatif du profil d'apport des sources, sous la même forme (12 ou 8760 valeurs). Vide : chaque source répartit sa chaleur annuelle également sur l'année.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="191" />
        <source>Lines from each source to each area within reach, with length, pipe class, levelised cost per MWh, heat delivered, dwelling equivalents and feasibility, and the seasonal matching: usable heat, share of the source used, share of the demand covered and peak backup capacity.</source>
        <translation>Lignes de chaque source vers chaque zone à portée, avec longueur, classe de conduite, coût actualisé par MWh, chaleur livrée, équivalents-logements et faisabilité, et l'appariement saisonnier : chaleur utilisable, part de la source utilisée, part du besoin couverte et puissance d'appoint de pointe.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="198" />
        <source>One row per heat source: its heat, capacity, temperature, longest economic pipe, number of feasible areas, best area with its usable heat and backup capacity, and flags.</source>
        <translation>Une ligne par source de chaleur : sa chaleur, sa puissance, sa température, la plus longue conduite rentable, le nombre de zones faisables, la meilleure zone avec sa chaleur utilisable et sa puissance d'appoint, et les marqueurs.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="270" />
        <source>Usable heat of the best links, matched month by month (MWh/yr)</source>
        <translation>Chaleur utilisable des meilleures liaisons, appariée mois par mois (MWh/an)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="270" />
        <source>Share of the linked sources' heat used</source>
        <translation>Part de la chaleur des sources reliées utilisée</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="270" />
        <source>Share of the linked areas' demand covered</source>
        <translation>Part du besoin des zones reliées couverte</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="270" />
        <source>Peak backup capacity of the linked areas (MW)</source>
        <translation>Puissance d'appoint de pointe des zones reliées (MW)</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="540" />
        <source>Seasonal matching of the best links: {usable:,.0f} MWh/yr usable of {annual:,.0f} MWh/yr on annual totals; {used:.0%} of the sources' heat used, {covered:.0%} of the areas' demand covered; peak backup {backup:,.1f} MW.</source>
        <translation>Appariement saisonnier des meilleures liaisons : {usable:,.0f} MWh/an utilisables sur {annual:,.0f} MWh/an en totaux annuels ; {used:.0%} de la chaleur des sources utilisée, {covered:.0%} du besoin des zones couvert ; appoint de pointe {backup:,.1f} MW.</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="377" />
        <source>The heat sources layer</source>
        <translation>La couche des sources de chaleur</translation>
    </message>
    <message>
        <location filename="../ite_qgis/processing/algorithms/waste_heat_dh.py" line="318" />
        <source>heat sources</source>
        <translation>des sources de chaleur</translation>
    </message>
</context>
</TS>
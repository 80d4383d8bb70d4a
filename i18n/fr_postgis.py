"""French for the messages of the PostGIS territory (issue 14), for tools/ts_fill.py."""

TRANSLATIONS = {
    ("postgis", "The schema name"): "Le nom du schéma",
    ("postgis", "The name"): "Le nom",
    ("postgis",
     "The row {row} of {table} was saved by someone else since you read it (it is at version "
     "{saved}, you read version {read}): your save is refused, nothing was overwritten. Reload "
     "the layer and make your edit again."):
        "La ligne {row} de {table} a été enregistrée par quelqu'un d'autre depuis que vous "
        "l'avez lue (elle est à la version {saved}, vous avez lu la version {read}) : votre "
        "enregistrement est refusé, rien n'a été écrasé. Rechargez la couche et refaites votre "
        "modification.",
    ("postgis", "A text holds a NUL character."): "Un texte contient un caractère NUL.",
    ("postgis",
     "{what} '{name}' is not a plain name: use lowercase letters, digits and _, starting with "
     "a letter, at most {length} characters (not starting with pg_)."):
        "{what} '{name}' n'est pas un nom simple : utilisez des lettres minuscules, des "
        "chiffres et _, en commençant par une lettre, {length} caractères au plus (sans "
        "commencer par pg_).",
    ("postgis", "the connection '{name}'"): "la connexion '{name}'",
    ("postgis", "There is no PostgreSQL connection named '{name}' in QGIS."):
        "Il n'y a pas de connexion PostgreSQL nommée '{name}' dans QGIS.",
    ("postgis",
     "Cannot connect to the database of {what}: {reason} Check the host, port, database, user "
     "and password of the connection."):
        "Impossible de se connecter à la base de données de {what} : {reason} Vérifiez l'hôte, "
        "le port, la base, l'utilisateur et le mot de passe de la connexion.",
    ("postgis",
     "The database refused: {reason} Ask a database administrator for the right, or let the "
     "algorithm write the SQL script of the roles for them to run."):
        "La base de données a refusé : {reason} Demandez ce droit à un administrateur de la "
        "base, ou faites écrire par l'algorithme le script SQL des rôles, qu'il exécutera.",
    ("postgis", "The database refused the territory: {reason}"):
        "La base de données a refusé le territoire : {reason}",
    ("postgis",
     "The schema {schema} already exists in the database of {what}: choose another name, or "
     "delete that schema first."):
        "Le schéma {schema} existe déjà dans la base de données de {what} : choisissez un "
        "autre nom, ou supprimez d'abord ce schéma.",
    ("postgis", "Cannot open the table {table} of the schema {schema}."):
        "Impossible d'ouvrir la table {table} du schéma {schema}.",
    ("postgis", "The database refused the rows: {reason}"):
        "La base de données a refusé les lignes : {reason}",
    ("createterritory",
     "New GeoPackage, or PostGIS schema, with the sites, resources and flows tables, forms and "
     "styles."):
        "Nouveau GeoPackage, ou schéma PostGIS, avec les tables des sites, des ressources et des "
        "flux, leurs formulaires et leurs styles.",
    ("createterritory",
     "A PostgreSQL connection of QGIS (Browser > PostgreSQL) to a database with PostGIS. The "
     "territory becomes a schema there that a team edits together; no GeoPackage is written."):
        "Une connexion PostgreSQL de QGIS (Explorateur > PostgreSQL) à une base de données avec "
        "PostGIS. Le territoire y devient un schéma qu'une équipe modifie ensemble ; aucun "
        "GeoPackage n'est écrit.",
    ("createterritory",
     "Name of the new schema: lowercase letters, digits and _, starting with a letter. It also "
     "prefixes the roles: <schema>_facilitator, _analyst, _public, _company."):
        "Nom du nouveau schéma : lettres minuscules, chiffres et _, en commençant par une "
        "lettre. Il préfixe aussi les rôles : <schéma>_facilitator, _analyst, _public, "
        "_company.",
    ("createterritory",
     "Create the roles now (needs the right to create roles), write them as a SQL script for a "
     "database administrator to run, or none."):
        "Créer les rôles maintenant (il faut le droit de créer des rôles), les écrire dans un "
        "script SQL qu'un administrateur de la base exécutera, ou aucun.",
    ("createterritory",
     "Optional company roles, each seeing and editing its own sites only: "
     "role=site_id,site_id; another_role=site_id."):
        "Rôles d'entreprise facultatifs, chacun ne voyant et ne modifiant que ses propres "
        "sites : rôle=site_id,site_id; autre_rôle=site_id.",
    ("createterritory",
     "The SQL script of the roles, when they are to be created by a database administrator."):
        "Le script SQL des rôles, quand un administrateur de la base doit les créer.",
    ("createterritory",
     "The new GeoPackage, with the empty sites (points), resources and flows (lines) tables, "
     "their attribute forms and styles. Not written when a PostgreSQL connection is chosen."):
        "Le nouveau GeoPackage, avec les tables vides des sites (points), des ressources et des "
        "flux (lignes), leurs formulaires d'attributs et leurs styles. Non écrit quand une "
        "connexion PostgreSQL est choisie.",
    ("createterritory", "The company role"): "Le rôle d'entreprise",
    ("createterritory",
     "Roles of the ITE territory {schema}. Run it as the owner of the schema, with the right to "
     "create roles (a superuser, or a role with CREATEROLE):\n  psql -d DATABASE -f THIS_FILE\n"
     "Then give people their role: GRANT {schema}_facilitator TO alice;"):
        "Rôles du territoire ITE {schema}. À exécuter en tant que propriétaire du schéma, avec "
        "le droit de créer des rôles (un superutilisateur, ou un rôle ayant CREATEROLE) :\n"
        "  psql -d BASE -f CE_FICHIER\n"
        "Donnez ensuite à chacun son rôle : GRANT {schema}_facilitator TO alice;",
    ("createterritory", "PostgreSQL connection (instead of a GeoPackage)"):
        "Connexion PostgreSQL (au lieu d'un GeoPackage)",
    ("createterritory", "Schema of the territory"): "Schéma du territoire",
    ("createterritory", "Roles of the team"): "Rôles de l'équipe",
    ("createterritory", "Company roles"): "Rôles d'entreprise",
    ("createterritory", "SQL script of the roles"): "Script SQL des rôles",
    ("createterritory", "SQL script (*.sql)"): "Script SQL (*.sql)",
    ("createterritory", "Choose a GeoPackage file or a PostgreSQL connection for the territory."):
        "Choisissez un fichier GeoPackage ou une connexion PostgreSQL pour le territoire.",
    ("createterritory", "Create them now"): "Les créer maintenant",
    ("createterritory", "Write a SQL script for a database administrator"):
        "Écrire un script SQL pour un administrateur de la base",
    ("createterritory", "None"): "Aucun",
    ("createterritory", "Choose the file of the SQL script of the roles, or create them now."):
        "Choisissez le fichier du script SQL des rôles, ou créez-les maintenant.",
    ("createterritory", "Creating the schema {schema} in {connection}"):
        "Création du schéma {schema} dans {connection}",
    ("createterritory", "Cannot read '{chunk}': write role=site_id,site_id; one company per part."):
        "Impossible de lire '{chunk}' : écrivez rôle=site_id,site_id; une entreprise par partie.",
}

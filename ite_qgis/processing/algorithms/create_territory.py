"""ite:createterritory: a new, empty territory with forms and styles, in a GeoPackage or in a
schema of a PostGIS database (through a QGIS connection), with its roles."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)

from ...core.common.i18n import translate
from ..base import IteAlgorithm, require_metric_crs
from ..inputs import catalogue_parameter


class CreateTerritory(IteAlgorithm):
    NAME = "createterritory"
    GROUP = "territory"
    CRS = "CRS"
    CATALOGUE = "CATALOGUE"
    OUTPUT = "OUTPUT"
    CONNECTION = "CONNECTION"
    SCHEMA = "SCHEMA"
    ROLES = "ROLES"
    COMPANIES = "COMPANIES"
    ROLES_SCRIPT = "ROLES_SCRIPT"
    ROLE_CHOICES = ("create", "script", "none")

    def displayName(self):  # noqa: N802
        return translate("createterritory", "Create territory")

    def shortDescription(self):  # noqa: N802
        return translate(
            "createterritory",
            "New GeoPackage, or PostGIS schema, with the sites, resources and flows tables, "
            "forms and styles."
        )

    def parameter_help(self):
        return {
            self.CRS: translate(
                "createterritory",
                "A projected CRS in metres for the territory, e.g. EPSG:2154 (Lambert-93) in "
                "France or EPSG:3035 (LAEA Europe). Geographic CRSs are refused."
            ),
            self.CATALOGUE: translate(
                "createterritory",
                "Your own resource codes, in the columns of resources/catalogue/resources.csv; "
                "they are added to the drop-down of resource codes."
            ),
            self.OUTPUT: translate(
                "createterritory",
                "The new GeoPackage, with the empty sites (points), resources and flows (lines) "
                "tables, their attribute forms and styles. Not written when a PostgreSQL "
                "connection is chosen."
            ),
            **_postgis_help(),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterCrs(
                self.CRS,
                translate("createterritory", "Coordinate reference system (metric)"),
                "EPSG:3035",
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.CATALOGUE,
                translate("createterritory", "Additional resource catalogue (CSV)"),
                extension="csv",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT,
                translate("createterritory", "Territory GeoPackage"),
                translate("createterritory", "GeoPackage (*.gpkg)"),
                optional=True,
            )
        )
        for parameter in _postgis_parameters():
            self.addParameter(parameter)

    def compute(self, parameters, context, feedback):
        from ...qgis_bridge.loading import load_on_completion
        from ...qgis_bridge.territory import write_territory

        crs = self.parameterAsCrs(parameters, self.CRS, context)
        require_metric_crs(crs, translate("createterritory", "The chosen CRS"))
        catalogue = catalogue_parameter(self, parameters, context, self.CATALOGUE)
        connection = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        if connection:
            return self._compute_postgis(parameters, context, feedback, connection, crs, catalogue)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output:
            self.fail(
                translate(
                    "createterritory",
                    "Choose a GeoPackage file or a PostgreSQL connection for the territory."
                )
            )
        feedback.pushInfo(
            translate("createterritory", "Writing {path} in {crs}").format(
                path=output, crs=crs.authid()
            )
        )
        path = write_territory(output, crs, catalogue=catalogue)
        load_on_completion(path, context, self.OUTPUT)
        return {self.OUTPUT: str(path)}

    def _compute_postgis(self, parameters, context, feedback, connection, crs, catalogue):
        from ...core.territory import postgis_sql as postgis
        from ...core.validation.findings import InputError
        from ...qgis_bridge import postgis as bridge
        from ...qgis_bridge.loading import load_on_completion

        schema = self.parameterAsString(parameters, self.SCHEMA, context).strip()
        roles = self.ROLE_CHOICES[self.parameterAsEnum(parameters, self.ROLES, context)]
        script_path = self.parameterAsFileOutput(parameters, self.ROLES_SCRIPT, context)
        srid = crs.postgisSrid()
        try:
            postgis.check_schema(schema)
            companies = _companies(self.parameterAsString(parameters, self.COMPANIES, context))
            if roles == "script" and not script_path:
                raise InputError(
                    translate(
                        "createterritory",
                        "Choose the file of the SQL script of the roles, or create them now."
                    )
                )
            feedback.pushInfo(
                translate("createterritory", "Creating the schema {schema} in {connection}")
                .format(schema=schema, connection=connection)
            )
            territory = bridge.create_territory(
                connection, schema, srid, catalogue=catalogue, roles=roles == "create",
                companies=companies,
            )
            if roles == "script":
                _write_script(script_path, schema, companies)
            layers = bridge.open_layers(territory)
        except InputError as error:
            raise QgsProcessingException(str(error)) from None
        for layer in layers.values():
            context.temporaryLayerStore().addMapLayer(layer)
        load_on_completion(None, context, self.OUTPUT, layers=layers, group=schema)
        return {self.OUTPUT: None, self.SCHEMA: schema,
                self.ROLES_SCRIPT: script_path if roles == "script" else None}


def _companies(text: str) -> dict[str, list[str]]:
    """'acme=S-1,S-2; steel=S-3' -> {'acme': ['S-1', 'S-2'], 'steel': ['S-3']}."""
    from ...core.territory.postgis_sql import check_identifier
    from ...core.validation.findings import InputError

    companies: dict[str, list[str]] = {}
    for chunk in (text or "").replace("\n", ";").split(";"):
        if not chunk.strip():
            continue
        role, _, sites = chunk.partition("=")
        ids = [site.strip() for site in sites.split(",") if site.strip()]
        if not ids:
            raise InputError(
                translate(
                    "createterritory",
                    "Cannot read '{chunk}': write role=site_id,site_id; one company per part."
                ).format(chunk=chunk.strip())
            )
        name = check_identifier(role.strip(), translate("createterritory", "The company role"))
        companies.setdefault(name, []).extend(ids)
    return companies


def _write_script(path: str, schema: str, companies) -> None:
    from pathlib import Path

    from ...core.territory import postgis_sql as postgis

    header = translate(
        "createterritory",
        "Roles of the ITE territory {schema}. Run it as the owner of the schema, with the right "
        "to create roles (a superuser, or a role with CREATEROLE):\n"
        "  psql -d DATABASE -f THIS_FILE\n"
        "Then give people their role: GRANT {schema}_facilitator TO alice;"
    ).format(schema=schema)
    Path(path).write_text(postgis.script(postgis.roles_sql(schema, companies), header),
                          encoding="utf-8")


def _postgis_parameters():
    yield QgsProcessingParameterProviderConnection(
        CreateTerritory.CONNECTION,
        translate("createterritory", "PostgreSQL connection (instead of a GeoPackage)"),
        "postgres",
        optional=True,
    )
    yield QgsProcessingParameterString(
        CreateTerritory.SCHEMA, translate("createterritory", "Schema of the territory"),
        "territory", optional=True,
    )
    yield QgsProcessingParameterEnum(
        CreateTerritory.ROLES,
        translate("createterritory", "Roles of the team"),
        [
            translate("createterritory", "Create them now"),
            translate("createterritory", "Write a SQL script for a database administrator"),
            translate("createterritory", "None"),
        ],
        defaultValue=0,
    )
    yield QgsProcessingParameterString(
        CreateTerritory.COMPANIES, translate("createterritory", "Company roles"),
        optional=True, multiLine=True,
    )
    yield QgsProcessingParameterFileDestination(
        CreateTerritory.ROLES_SCRIPT,
        translate("createterritory", "SQL script of the roles"),
        translate("createterritory", "SQL script (*.sql)"),
        optional=True,
        createByDefault=False,
    )


def _postgis_help():
    return {
        CreateTerritory.CONNECTION: translate(
            "createterritory",
            "A PostgreSQL connection of QGIS (Browser > PostgreSQL) to a database with PostGIS. "
            "The territory becomes a schema there that a team edits together; no GeoPackage "
            "is written."
        ),
        CreateTerritory.SCHEMA: translate(
            "createterritory",
            "Name of the new schema: lowercase letters, digits and _, starting with a letter. "
            "It also prefixes the roles: <schema>_facilitator, _analyst, _public, _company."
        ),
        CreateTerritory.ROLES: translate(
            "createterritory",
            "Create the roles now (needs the right to create roles), write them as a SQL "
            "script for a database administrator to run, or none."
        ),
        CreateTerritory.COMPANIES: translate(
            "createterritory",
            "Optional company roles, each seeing and editing its own sites only: "
            "role=site_id,site_id; another_role=site_id."
        ),
        CreateTerritory.ROLES_SCRIPT: translate(
            "createterritory",
            "The SQL script of the roles, when they are to be created by a database "
            "administrator."
        ),
    }

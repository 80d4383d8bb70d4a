"""ite:importinventory: sites and resources from a CSV, XLSX or any QGIS table."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core.common.i18n import translate
from ..base import IteAlgorithm, advanced, parse_pairs, require_metric_crs


class ImportInventory(IteAlgorithm):
    NAME = "importinventory"
    GROUP = "territory"
    INPUT_FILE, INPUT_TABLE, SHEET = "INPUT_FILE", "INPUT_TABLE", "SHEET"
    LAYOUT, WIDE_COLUMNS, COLUMNS = "LAYOUT", "WIDE_COLUMNS", "COLUMNS"
    COORDINATES, SOURCE_CRS, TARGET_CRS = "COORDINATES", "SOURCE_CRS", "TARGET_CRS"
    JOIN_LAYER, JOIN_FIELD, CATALOGUE = "JOIN_LAYER", "JOIN_FIELD", "CATALOGUE"
    SITES, RESOURCES, REJECTED = "SITES", "RESOURCES", "REJECTED"

    def displayName(self):  # noqa: N802
        return translate("importinventory", "Import inventory")

    def shortDescription(self):  # noqa: N802
        return translate(
            "importinventory",
            "Sites and resources from a CSV, XLSX or any table; rejected rows with their reason."
        )

    def parameter_help(self):
        return {
            self.INPUT_FILE: translate(
                "importinventory",
                "The survey as a CSV, TXT or XLSX file. Encoding, separator and decimal mark are "
                "detected. Give this file or an inventory table."
            ),
            self.INPUT_TABLE: translate(
                "importinventory",
                "The survey as a layer or table already in QGIS, used when no file is given."
            ),
            self.LAYOUT: translate(
                "importinventory",
                "Long (default): one resource per row, the site's columns repeated. Wide: one "
                "row per site and one column per resource, described in the wide layout "
                "parameter."
            ),
            self.COORDINATES: translate(
                "importinventory",
                "How each site is located: x and y columns (default), a WKT column (a point "
                "inside a polygon is used), or a key joined to a point or polygon layer."
            ),
            self.SOURCE_CRS: translate(
                "importinventory",
                "CRS of the x/y or WKT coordinates in the file (default WGS 84 longitude and "
                "latitude). Not used with a join."
            ),
            self.TARGET_CRS: translate(
                "importinventory",
                "Projected CRS in metres of the sites output. Empty: the UTM zone of the data, "
                "or LAEA Europe for a larger extent, named in the log."
            ),
            self.JOIN_LAYER: translate(
                "importinventory",
                "With the join option: the point or polygon layer that locates the sites (a "
                "point inside each polygon is used)."
            ),
            self.JOIN_FIELD: translate(
                "importinventory",
                "With the join option: the field of that layer matched to the site key of the "
                "inventory."
            ),
            self.COLUMNS: translate(
                "importinventory",
                "Overrides of the guessed column names, as field=your column pairs separated by "
                "';', e.g. site_id=SIRET; resource=Code CED. Empty: the guesses (named in the "
                "log)."
            ),
            self.WIDE_COLUMNS: translate(
                "importinventory",
                "Wide layout only: each resource column as column=code:direction:unit, separated "
                "by ';', e.g. Slag=ewc:100202:supply:t/yr."
            ),
            self.SHEET: translate(
                "importinventory",
                "Name of the XLSX sheet to read. Empty: the first sheet."
            ),
            self.CATALOGUE: translate(
                "importinventory",
                "Your own resource codes, in the columns of resources/catalogue/resources.csv; "
                "rows with these codes are then accepted."
            ),
            self.SITES: translate(
                "importinventory",
                "One point per site with site_id, name, NACE code and confidentiality, in the "
                "CRS of the sites output."
            ),
            self.RESOURCES: translate(
                "importinventory",
                "One row per resource: resource_id, site_id, direction, resource code, quantity "
                "converted to t/yr, MWh/yr, m3/yr or count/yr, and unit."
            ),
            self.REJECTED: translate(
                "importinventory",
                "Every input row not imported (severity error) or imported with a warning, with "
                "its row number as your spreadsheet shows it and the reason."
            ),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add_inputs()
        for parameter in (
            QgsProcessingParameterString(
                self.COLUMNS,
                translate("importinventory", "Column names (field=your column; …)"),
                optional=True,
            ),
            QgsProcessingParameterString(
                self.WIDE_COLUMNS,
                translate("importinventory", "Wide layout: column=code:direction:unit; …"),
                optional=True,
            ),
            QgsProcessingParameterString(
                self.SHEET,
                translate("importinventory", "XLSX sheet (name; empty: the first)"),
                optional=True,
            ),
            QgsProcessingParameterFile(
                self.CATALOGUE,
                translate("importinventory", "Additional resource catalogue (CSV)"),
                extension="csv",
                optional=True,
            ),
        ):
            self.addParameter(advanced(parameter))
        for name, label, kind in (
            (self.SITES, translate("importinventory", "Sites"),
             QgsProcessing.SourceType.TypeVectorPoint),
            (self.RESOURCES, translate("importinventory", "Resources"),
             QgsProcessing.SourceType.TypeVector),
            (self.REJECTED, translate("importinventory", "Rejected rows"),
             QgsProcessing.SourceType.TypeVector),
        ):  # fmt: skip
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, label, kind, supportsAppend=name != self.REJECTED))

    def sinkProperties(self, sink, parameters, context, source_properties):  # noqa: N802
        """The fields, geometry type and CRS of the sites and resources, for "Append to
        Layer…" (the territory model's tables; the CRS is the one chosen for the sites, invalid
        when the run picks it)."""
        from ...core.territory import schema
        from ...qgis_bridge.frames import model_fields, sink_properties

        tables = {
            self.SITES: (schema.SITES, QgsWkbTypes.Type.Point),
            self.RESOURCES: (schema.RESOURCES, QgsWkbTypes.Type.NoGeometry),
        }
        if sink not in tables:
            return super().sinkProperties(sink, parameters, context, source_properties)
        crs = QgsCoordinateReferenceSystem()
        if parameters.get(self.TARGET_CRS):
            crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        table, wkb_type = tables[sink]
        return sink_properties(model_fields(table), wkb_type, crs)

    def _add_inputs(self):
        """The table to read, its layout and where its sites are."""
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT_FILE,
                translate("importinventory", "Inventory file (CSV, TXT or XLSX)"),
                fileFilter=translate("importinventory", "Tables (*.csv *.txt *.tsv *.xlsx)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT_TABLE,
                translate("importinventory", "…or inventory table (any QGIS layer)"),
                [QgsProcessing.SourceType.TypeVector],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LAYOUT,
                translate("importinventory", "Layout"),
                [
                    translate("importinventory", "Long: one resource per row"),
                    translate("importinventory", "Wide: one row per site, one column per resource"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.COORDINATES,
                translate("importinventory", "Where the sites are"),
                [
                    translate("importinventory", "x and y columns"),
                    translate("importinventory", "a WKT column"),
                    translate("importinventory", "join to a point or polygon layer on a key"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterCrs(
                self.SOURCE_CRS,
                translate("importinventory", "CRS of the x/y or WKT coordinates"),
                "EPSG:4326",
            )
        )
        self.addParameter(
            QgsProcessingParameterCrs(
                self.TARGET_CRS,
                translate(
                    "importinventory",
                    "CRS of the sites output (metric; empty: chosen for the data)"
                ),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.JOIN_LAYER,
                translate("importinventory", "Layer to join the sites to"),
                [
                    QgsProcessing.SourceType.TypeVectorPoint,
                    QgsProcessing.SourceType.TypeVectorPolygon,
                ],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.JOIN_FIELD,
                translate("importinventory", "Key field of that layer"),
                parentLayerParameterName=self.JOIN_LAYER,
                optional=True,
            )
        )

    def compute(self, parameters, context, feedback):
        from ...core.territory import inventory_import as inventory
        from ...qgis_bridge.frames import source_to_frame
        from ..inputs import catalogue_parameter

        catalogue = catalogue_parameter(self, parameters, context)
        frame, rows, table_problems = self._read_table(parameters, context, feedback)
        chosen = self.parameterAsEnum(parameters, self.COORDINATES, context)
        coordinates = inventory.COORDINATES[chosen]
        join_layer, join_field = None, None
        if coordinates == "join":
            join_source = self.parameterAsSource(parameters, self.JOIN_LAYER, context)
            join_field = self.parameterAsString(parameters, self.JOIN_FIELD, context)
            if join_source is None or not join_field:
                self.fail(translate("importinventory", "Joining needs a layer and its key field."))
            join_layer = source_to_frame(join_source, feedback)
        target = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        if target.isValid():
            require_metric_crs(target, translate("importinventory", "The CRS of the sites output"))
        source_crs = self.parameterAsCrs(parameters, self.SOURCE_CRS, context)
        try:
            result = inventory.import_inventory(
                frame,
                rows,
                catalogue=catalogue,
                columns=parse_pairs(self.parameterAsString(parameters, self.COLUMNS, context)),
                layout=inventory.LAYOUTS[self.parameterAsEnum(parameters, self.LAYOUT, context)],
                wide_columns=_wide(self.parameterAsString(parameters, self.WIDE_COLUMNS, context)),
                coordinates=coordinates,
                source_crs=source_crs.toWkt(),
                target_crs=target.toWkt() if target.isValid() else None,
                join_layer=join_layer,
                join_field=join_field,
                table_problems=table_problems,
            )
        except ValueError as error:
            self.fail(str(error))
        for note in result.notes:
            feedback.pushInfo(note)
        for warning in result.warnings:
            feedback.pushWarning(warning)
        outputs = self._write(result, parameters, context, feedback)
        errors = int((result.rejected["severity"] == "error").sum()) if len(result.rejected) else 0
        feedback.pushInfo(
            translate(
                "importinventory",
                "{sites} sites and {resources} resources imported; {errors} rows rejected "
                "(see the Rejected rows table)."
            ).format(sites=len(result.sites), resources=len(result.resources), errors=errors)
        )
        if errors:
            feedback.pushWarning(
                translate(
                    "importinventory",
                    "Some rows were not imported: the Rejected rows table gives each row number "
                    "and the reason."
                )
            )
        return outputs

    def _read_table(self, parameters, context, feedback):
        """(frame of text cells, source row numbers, problems found while reading) from the
        file, else from the QGIS table; refuses when neither is given."""
        import pandas as pd

        from ...core.territory import input_table as tables
        from ...qgis_bridge.frames import source_to_frame

        path = self.parameterAsFile(parameters, self.INPUT_FILE, context)
        source = self.parameterAsSource(parameters, self.INPUT_TABLE, context)
        if path:
            try:
                read = tables.read_table(
                    path, sheet=self.parameterAsString(parameters, self.SHEET, context) or None
                )
            except tables.TableError as error:
                self.fail(str(error))
            for note in read.notes:
                feedback.pushInfo(note)
            return read.frame, read.source_rows, read.bad_rows
        if source is not None:
            frame = source_to_frame(source, feedback, geometry=False).astype(object)
            frame = frame.where(frame.notna(), "").astype(str)
            return frame, pd.Series(range(1, len(frame) + 1), index=frame.index), None
        self.fail(translate("importinventory", "Give an inventory file or an inventory table."))

    def _write(self, result, parameters, context, feedback) -> dict:
        """Write the sites, resources and rejected rows; style the sites."""
        from ...qgis_bridge.frames import style_output, write_frame

        crs = QgsCoordinateReferenceSystem.fromWkt(result.sites.crs.to_wkt())
        outputs = {}
        for name, frame, geometry in (
            (self.SITES, result.sites, QgsWkbTypes.Type.Point),
            (self.RESOURCES, result.resources, QgsWkbTypes.Type.NoGeometry),
            (self.REJECTED, result.rejected, QgsWkbTypes.Type.NoGeometry),
        ):
            outputs[name] = write_frame(
                self, parameters, context, name, frame, geometry, crs, feedback
            )
        style_output(context, outputs[self.SITES], "sites")
        return outputs


def _wide(text: str):
    """'Col A=ewc:100202:supply:t/yr; …' -> {column: (code, direction, unit)}."""
    pairs = parse_pairs(text)
    if not pairs:
        return None
    wide = {}
    for column, spec in pairs.items():
        parts = [p.strip() for p in spec.split(":")]
        # Codes contain a colon themselves (ewc:100202): the last two parts are direction, unit.
        if len(parts) < 3:
            raise_bad_wide(column)
        wide[column] = (":".join(parts[:-2]), parts[-2], parts[-1])
    return wide


def raise_bad_wide(column: str):
    from qgis.core import QgsProcessingException

    raise QgsProcessingException(
        translate(
            "importinventory",
            "Wide layout column {column}: write column=code:direction:unit, "
            "e.g. Slag=ewc:100202:supply:t/yr."
        ).format(column=column)
    )

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

    def initAlgorithm(self, config=None):  # noqa: N802
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
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SITES,
                translate("importinventory", "Sites"),
                QgsProcessing.SourceType.TypeVectorPoint,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.RESOURCES,
                translate("importinventory", "Resources"),
                QgsProcessing.SourceType.TypeVector,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.REJECTED,
                translate("importinventory", "Rejected rows"),
                QgsProcessing.SourceType.TypeVector,
            )
        )

    def compute(self, parameters, context, feedback):
        import pandas as pd

        from ...core.territory import inventory_import as inventory

        from ...core.territory import input_table as tables
        from ...qgis_bridge.frames import source_to_frame, style_output, write_frame
        from ..inputs import catalogue_parameter

        catalogue = catalogue_parameter(self, parameters, context)
        path = self.parameterAsFile(parameters, self.INPUT_FILE, context)
        source = self.parameterAsSource(parameters, self.INPUT_TABLE, context)
        table_problems = None
        if path:
            try:
                read = tables.read_table(
                    path, sheet=self.parameterAsString(parameters, self.SHEET, context) or None
                )
            except tables.TableError as error:
                self.fail(str(error))
            frame, rows, table_problems = read.frame, read.source_rows, read.bad_rows
            for note in read.notes:
                feedback.pushInfo(note)
        elif source is not None:
            frame = source_to_frame(source, feedback, geometry=False).astype(object)
            frame = frame.where(frame.notna(), "").astype(str)
            rows = pd.Series(range(1, len(frame) + 1), index=frame.index)
        else:
            self.fail(translate("importinventory", "Give an inventory file or an inventory table."))
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
        crs = QgsCoordinateReferenceSystem.fromWkt(result.sites.crs.to_wkt())
        outputs = {
            self.SITES: write_frame(
                self,
                parameters,
                context,
                self.SITES,
                result.sites,
                QgsWkbTypes.Type.Point,
                crs,
                feedback,
            ),
            self.RESOURCES: write_frame(
                self,
                parameters,
                context,
                self.RESOURCES,
                result.resources,
                QgsWkbTypes.Type.NoGeometry,
                crs,
                feedback,
            ),
            self.REJECTED: write_frame(
                self,
                parameters,
                context,
                self.REJECTED,
                result.rejected,
                QgsWkbTypes.Type.NoGeometry,
                crs,
                feedback,
            ),
        }
        style_output(context, outputs[self.SITES], "sites")
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

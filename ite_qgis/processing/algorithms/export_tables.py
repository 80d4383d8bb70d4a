"""ite:exporttables: the territory's tables as CSV files or one XLSX workbook, public by default."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from ...core.common import i18n
from ...core.common.i18n import translate
from ...core.reference import defaults
from ..base import IteAlgorithm, advanced, displacement_help, public_help

_TABLES = (("SITES", "sites"), ("RESOURCES", "resources"), ("FLOWS", "flows"),
           ("SYNERGIES", "synergies"), ("DH_LINKS", "dh_links"))  # fmt: skip


class ExportTables(IteAlgorithm):
    NAME = "exporttables"
    GROUP = "maps"
    FORMAT, PUBLIC, DISPLACEMENT_M, OUTPUT = "FORMAT", "PUBLIC", "DISPLACEMENT_M", "OUTPUT"

    def displayName(self):  # noqa: N802
        return translate("exporttables", "Export tables (CSV, XLSX)")

    def shortDescription(self):  # noqa: N802
        return translate(
            "exporttables",
            "Sites, resources, flows and candidates as spreadsheet files, with confidential "
            "sites protected and no cell that a spreadsheet would run as a formula."
        )

    def parameter_help(self):
        table = translate(
            "exporttables", "Written as the {table} table; left out when not given."
        )
        return {
            "SITES": translate(
                "exporttables", "The territory's sites, always written (the sites table)."
            ),
            "RESOURCES": table.format(table="resources"),
            "FLOWS": table.format(table="flows"),
            "SYNERGIES": translate(
                "exporttables", "The output of Find synergies or Allocate synergies."
            ) + " " + table.format(table="synergies"),
            "DH_LINKS": translate(
                "exporttables", "The output of Waste heat to district heating."
            ) + " " + table.format(table="dh_links"),
            self.FORMAT: translate(
                "exporttables",
                "CSV (default): one UTF-8 file per table. XLSX: one workbook with one sheet per "
                "table. Points become x and y columns, other geometries a WKT column."
            ),
            self.PUBLIC: public_help(),
            self.DISPLACEMENT_M: displacement_help(),
            self.OUTPUT: translate(
                "exporttables", "Folder where the files are written, one per table."
            ),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        labels = {
            "SITES": translate("exporttables", "Sites"),
            "RESOURCES": translate("exporttables", "Resources (table)"),
            "FLOWS": translate("exporttables", "Flows"),
            "SYNERGIES": translate("exporttables", "Candidate synergies"),
            "DH_LINKS": translate("exporttables", "District heating links"),
        }
        for name, _table in _TABLES:
            self.addParameter(QgsProcessingParameterFeatureSource(
                name, labels[name], [QgsProcessing.SourceType.TypeVector],
                optional=name != "SITES"))
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, translate("exporttables", "Format"),
            [translate("exporttables", "CSV files (one per table)"),
             translate("exporttables", "XLSX workbook (one sheet per table)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.PUBLIC,
            translate("exporttables", "Public version (hide what confidential sites did not "
                      "share)"), defaultValue=True))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.DISPLACEMENT_M,
            translate("exporttables", "Displacement of confidential sites (m)"),
            QgsProcessingParameterNumber.Type.Double, defaults.DISPLACEMENT_RADIUS_M,
            minValue=0.0)))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT, translate("exporttables", "Output folder")))
        self.addOutput(QgsProcessingOutputMultipleLayers(
            "FILES", translate("exporttables", "Files written")))

    def compute(self, parameters, context, feedback):
        from ...core.publishing.exports import FORMATS, write_tables
        from ...core.publishing.public import TerritoryTables, protect_tables
        from ...qgis_bridge.tables import writable_folder
        from ..input_readers import document_tables

        # As they are: rows whose numbers are not usable are kept (empty cells, said).
        frames = document_tables(self, parameters, context, feedback, [n for n, _t in _TABLES],
                                 quantities=False)
        tables = TerritoryTables(*(frames[n] for n, _t in _TABLES))
        folder = writable_folder(self.parameterAsString(parameters, self.OUTPUT, context))
        if self.parameterAsBoolean(parameters, self.PUBLIC, context):
            tables, protected = protect_tables(
                tables, radius_m=self.parameterAsDouble(parameters, self.DISPLACEMENT_M, context),
                lang=i18n.language())
            feedback.pushInfo(translate(
                "exporttables", "Public version: {n} confidential sites protected.").format(
                    n=protected))
        frames = {table: getattr(tables, table) for _n, table in _TABLES}
        frames = {name: frame for name, frame in frames.items() if frame is not None}
        fmt = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        notes: list[str] = []
        files = [str(path) for path in write_tables(frames, folder, fmt, notes)]
        for note in notes:
            feedback.pushWarning(note)
        feedback.pushInfo(translate("exporttables", "Wrote {files}.").format(
            files=", ".join(files)))
        return {self.OUTPUT: str(folder), "FILES": files}

"""ite:exportsynergymap: the synergy map from a shipped print layout, to PDF, PNG or SVG."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...core.common.i18n import translate
from ...core.reference import defaults
from ..base import (
    IteAlgorithm,
    advanced,
    displacement_help,
    language_options,
    public_help,
    require_metric_crs,
)

_LAYERS = (  # optional layers: parameter, geometry type
    ("RESOURCES", QgsProcessing.SourceType.TypeVector),
    ("FLOWS", QgsProcessing.SourceType.TypeVectorLine),
    ("DH_AREAS", QgsProcessing.SourceType.TypeVectorPolygon),
    ("DH_LINKS", QgsProcessing.SourceType.TypeVectorLine),
)


class ExportSynergyMap(IteAlgorithm):
    NAME = "exportsynergymap"
    GROUP = "maps"
    SITES, SYNERGIES, HEAT_DENSITY, OUTPUT = "SITES", "SYNERGIES", "HEAT_DENSITY", "OUTPUT"

    def displayName(self):  # noqa: N802
        return translate("exportsynergymap", "Export synergy map")

    def shortDescription(self):  # noqa: N802
        return translate(
            "exportsynergymap",
            "A print-ready map of the sites and candidate synergies, with legend, scale bar, "
            "north arrow and the top synergies, to PDF, PNG or SVG; optionally one page per "
            "site, resource family or district heating area."
        )

    def flags(self):
        # Print layouts render on the main thread, as QGIS's own layout export does.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def parameter_help(self):
        drawn = translate("exportsynergymap", "Drawn with its default style when given.")
        return {
            self.SITES: translate(
                "exportsynergymap",
                "The territory's sites (points with site_id, name, status, confidential) in a "
                "projected CRS in metres."
            ),
            self.SYNERGIES: translate(
                "exportsynergymap",
                "The output of Find synergies or Allocate synergies, drawn as lines by family "
                "and listed in the table of the top synergies."
            ),
            "RESOURCES": translate(
                "exportsynergymap",
                "The resources table, so that confidential resource rows are protected too."
            ),
            "FLOWS": translate("exportsynergymap", "The territory's known flows.") + " " + drawn,
            "DH_AREAS": translate(
                "exportsynergymap", "The output of District heating potential areas."
            ) + " " + drawn,
            "DH_LINKS": translate(
                "exportsynergymap", "The output of Waste heat to district heating."
            ) + " " + drawn,
            self.HEAT_DENSITY: translate(
                "exportsynergymap", "A heat demand density raster in MWh/ha, as background."
            ) + " " + drawn,
            "TITLE": translate(
                "exportsynergymap", "Title of the map. Empty: a default title."
            ),
            "SUBTITLE": translate(
                "exportsynergymap", "Line under the title. Empty: the number of synergies."
            ),
            "PAPER": translate("exportsynergymap", "Paper size of each page (default A3)."),
            "ORIENTATION": translate(
                "exportsynergymap", "Orientation of the page (default landscape)."
            ),
            "ATLAS": translate(
                "exportsynergymap",
                "One page (default), or one page per site with synergies (the site and its "
                "partners), per resource family or per district heating area. PNG and SVG "
                "atlases give numbered files beside the chosen name."
            ),
            "LANGUAGE": translate(
                "exportsynergymap",
                "Language of the texts, legend, numbers and date: as QGIS (default), English or "
                "French."
            ),
            "PUBLIC": public_help(),
            "RADIUS_M": displacement_help(),
            "TOP_N": translate(
                "exportsynergymap",
                "Rows of the table of the top synergies (default 10; fewer when they do not fit)."
            ),
            "MAX_RANK": translate(
                "exportsynergymap",
                "Candidates drawn for each supply, by rank: 1 (default) draws the best candidate "
                "of each supply only."
            ),
            "SOURCES": translate(
                "exportsynergymap",
                "Text printed on the map to credit the data sources. Empty: \"territory "
                "inventory\"."
            ),
            "DPI": translate(
                "exportsynergymap",
                "Resolution of PNG files and of the raster parts of PDF and SVG, in dots per "
                "inch (default 150)."
            ),
            self.OUTPUT: translate(
                "exportsynergymap",
                "The map file: PDF (all pages in one file), PNG or SVG, chosen by its extension."
            ),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SITES, translate("exportsynergymap", "Sites (points with site_id)"),
            [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SYNERGIES, translate("exportsynergymap", "Synergies (output of Find synergies)"),
            [QgsProcessing.SourceType.TypeVectorLine]))
        labels = {
            "RESOURCES": translate("exportsynergymap", "Resources (table, for confidential rows)"),
            "FLOWS": translate("exportsynergymap", "Known flows"),
            "DH_AREAS": translate("exportsynergymap", "District heating potential areas"),
            "DH_LINKS": translate("exportsynergymap", "Waste-heat links"),
        }
        for name, kind in _LAYERS:
            self.addParameter(QgsProcessingParameterFeatureSource(
                name, labels[name], [kind], optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.HEAT_DENSITY, translate("exportsynergymap", "Heat demand density raster (MWh/ha)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            "TITLE", translate("exportsynergymap", "Title (empty: a default title)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            "SUBTITLE", translate("exportsynergymap", "Subtitle (empty: the number of synergies)"),
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "PAPER", translate("exportsynergymap", "Paper size"), ["A4", "A3"], defaultValue=1))
        self.addParameter(QgsProcessingParameterEnum(
            "ORIENTATION", translate("exportsynergymap", "Orientation"),
            [translate("exportsynergymap", "Landscape"),
             translate("exportsynergymap", "Portrait")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "ATLAS", translate("exportsynergymap", "Atlas (one page per feature)"),
            [translate("exportsynergymap", "No atlas: one page"),
             translate("exportsynergymap", "One page per site with synergies"),
             translate("exportsynergymap", "One page per resource family"),
             translate("exportsynergymap", "One page per district heating area")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "LANGUAGE", translate("exportsynergymap", "Language of the map"),
            language_options(translate("exportsynergymap", "As QGIS")), defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            "PUBLIC", translate("exportsynergymap",
                                "Public map: hide confidential names, figures and locations"),
            True))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "RADIUS_M", translate("exportsynergymap", "Displacement of confidential sites (m)"),
            QgsProcessingParameterNumber.Type.Double, defaults.DISPLACEMENT_RADIUS_M,
            minValue=0.0)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "TOP_N", translate("exportsynergymap", "Rows of the top synergies table"),
            QgsProcessingParameterNumber.Type.Integer, 10, minValue=1, maxValue=30)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "MAX_RANK", translate("exportsynergymap", "Candidates drawn per supply"),
            QgsProcessingParameterNumber.Type.Integer, 1, minValue=1)))
        self.addParameter(advanced(QgsProcessingParameterString(
            "SOURCES", translate("exportsynergymap", "Data sources (text printed on the map)"),
            optional=True)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "DPI", translate("exportsynergymap", "Resolution (dots per inch)"),
            QgsProcessingParameterNumber.Type.Integer, 150, minValue=50, maxValue=600)))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, translate("exportsynergymap", "Map file (.pdf, .png or .svg)"),
            "PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"))
        self.addOutput(QgsProcessingOutputNumber(
            "PAGES", translate("exportsynergymap", "Number of pages")))
        self.addOutput(QgsProcessingOutputString(
            "FILES", translate("exportsynergymap", "Files written (one per line)")))

    def compute(self, parameters, context, feedback):
        from ...layout.synergy_map import (
            ATLAS_MODES,
            ORIENTATIONS,
            PAPERS,
            MapError,
            MapOptions,
            export_synergy_map,
            output_format,
        )
        from ..map_inputs import read_territory

        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        try:
            output_format(path)
            territory = read_territory(self, parameters, context, feedback)
            require_metric_crs(territory.crs, translate("exportsynergymap", "The sites layer"))
            options = MapOptions(
                title=self.parameterAsString(parameters, "TITLE", context),
                subtitle=self.parameterAsString(parameters, "SUBTITLE", context),
                paper=PAPERS[self.parameterAsEnum(parameters, "PAPER", context)],
                orientation=ORIENTATIONS[self.parameterAsEnum(parameters, "ORIENTATION", context)],
                atlas=ATLAS_MODES[self.parameterAsEnum(parameters, "ATLAS", context)],
                public=self.parameterAsBoolean(parameters, "PUBLIC", context),
                radius_m=self.parameterAsDouble(parameters, "RADIUS_M", context),
                top_n=self.parameterAsInt(parameters, "TOP_N", context),
                max_rank=self.parameterAsInt(parameters, "MAX_RANK", context),
                sources=self.parameterAsString(parameters, "SOURCES", context),
                dpi=float(self.parameterAsInt(parameters, "DPI", context)),
            )
            result = export_synergy_map(territory, options, path, feedback)
        except MapError as error:
            raise QgsProcessingException(str(error)) from None
        feedback.pushInfo(translate("exportsynergymap", "{pages} page(s) written: {files}").format(
            pages=result.pages, files=", ".join(str(f) for f in result.files)))
        first = str(result.files[0]) if result.files else path
        return {self.OUTPUT: first, "PAGES": result.pages,
                "FILES": "\n".join(str(f) for f in result.files)}

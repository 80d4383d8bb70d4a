"""ite:loadindustrialsites: the Hotmaps industrial database of a region as sites and resources."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core.common.i18n import translate
from ..base import IteAlgorithm, advanced, require_metric_crs


class LoadIndustrialSites(IteAlgorithm):
    NAME = "loadindustrialsites"
    GROUP = "territory"
    EXTENT, REGION, NUTS2, CRS, FILE = "EXTENT", "REGION", "NUTS2", "CRS", "FILE"
    SITES, RESOURCES, REJECTED = "SITES", "RESOURCES", "REJECTED"
    SITE_COUNT, RESOURCE_COUNT, REJECTED_COUNT = "SITE_COUNT", "RESOURCE_COUNT", "REJECTED_COUNT"

    def displayName(self):  # noqa: N802
        return translate("loadindustrialsites", "Load industrial sites (Hotmaps)")

    def shortDescription(self):  # noqa: N802
        return translate(
            "loadindustrialsites",
            "The large emitters and excess-heat sources of a European region, from the Hotmaps "
            "industrial database shipped with the plugin."
        )

    def parameter_help(self):
        return {
            self.EXTENT: translate(
                "loadindustrialsites",
                "Only the sites inside this extent (any CRS). Empty: no limit by extent."
            ),
            self.REGION: translate(
                "loadindustrialsites",
                "Only the sites inside these polygons, e.g. the boundary of a region or "
                "municipality (any CRS). Empty: no limit by polygon."
            ),
            self.NUTS2: translate(
                "loadindustrialsites",
                "Only the sites of these NUTS 2 regions, separated by ',' or ';', e.g. ITC4 "
                "(Lombardy). Empty: no limit by region id. With no filter at all the whole "
                "database is loaded (about 3,500 sites)."
            ),
            self.CRS: translate(
                "loadindustrialsites",
                "Projected CRS in metres of the sites output (default EPSG:3035, LAEA Europe, "
                "the CRS of the Hotmaps rasters). Geographic CRSs are refused."
            ),
            self.FILE: translate(
                "loadindustrialsites",
                "A newer Hotmaps industrial database (CSV, ';' or ',' separated) with the same "
                "columns, used in place of the shipped copy. Empty: the shipped copy."
            ),
            self.SITES: translate(
                "loadindustrialsites",
                "One point per site: site_id hotmaps:<SiteID>, name, operator, NACE code from "
                "the sub-sector, NUTS 2 id, CO2 (t/yr) and its source, excess heat and fuel "
                "demand (MWh/yr)."
            ),
            self.RESOURCES: translate(
                "loadindustrialsites",
                "Supplies of heat:100-200c, heat:200-500c, heat:above-500c (MWh/yr, at 150, 350 "
                "and 500 °C) and co2 (t/yr), and a fuel-gas demand (MWh/yr) where the database "
                "gives a fuel demand."
            ),
            self.REJECTED: translate(
                "loadindustrialsites",
                "Every row of the chosen area not loaded, with its line in the file, its "
                "SiteID and the reason (no point, unknown sub-sector, nothing to load...)."
            ),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, translate("loadindustrialsites", "Extent"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.REGION, translate("loadindustrialsites", "Region (polygons)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.NUTS2, translate("loadindustrialsites", "NUTS 2 ids (e.g. ITC4, FR10)"),
            optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, translate("loadindustrialsites", "CRS of the sites output (metric)"),
            "EPSG:3035"))
        self.addParameter(advanced(QgsProcessingParameterFile(
            self.FILE, translate("loadindustrialsites", "Newer database file (CSV)"),
            extension="csv", optional=True)))
        for name, label, kind in (
            (self.SITES, translate("loadindustrialsites", "Industrial sites"),
             QgsProcessing.SourceType.TypeVectorPoint),
            (self.RESOURCES, translate("loadindustrialsites", "Resources"),
             QgsProcessing.SourceType.TypeVector),
            (self.REJECTED, translate("loadindustrialsites", "Rejected rows"),
             QgsProcessing.SourceType.TypeVector),
        ):  # fmt: skip
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, label, kind, supportsAppend=name != self.REJECTED))
        for name, label in (
            (self.SITE_COUNT, translate("loadindustrialsites", "Sites loaded")),
            (self.RESOURCE_COUNT, translate("loadindustrialsites", "Resources loaded")),
            (self.REJECTED_COUNT, translate("loadindustrialsites", "Rows rejected")),
        ):  # fmt: skip
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def sinkProperties(self, sink, parameters, context, source_properties):  # noqa: N802
        """The fields, geometry type and CRS of the sites and resources, for "Append to
        Layer…": the territory model's tables, the sites with the database's own fields."""
        from ...core.territory.industrial_sites import RESOURCE_FIELDS, SITE_FIELDS
        from ...qgis_bridge.frames import model_fields, sink_properties

        if sink == self.SITES:
            fields, wkb_type = model_fields(SITE_FIELDS), QgsWkbTypes.Type.Point
        elif sink == self.RESOURCES:
            fields, wkb_type = model_fields(RESOURCE_FIELDS), QgsWkbTypes.Type.NoGeometry
        else:
            return super().sinkProperties(sink, parameters, context, source_properties)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        return sink_properties(fields, wkb_type, crs)

    def compute(self, parameters, context, feedback):
        from ...core.territory import industrial_database as db
        from ...core.territory.industrial_sites import load_industrial_sites

        crs = self.parameterAsCrs(parameters, self.CRS, context)
        require_metric_crs(crs, translate("loadindustrialsites", "The CRS of the sites output"))
        try:
            database = db.read_database(self.parameterAsFile(parameters, self.FILE, context))
            feedback.setProgress(20)
            result = load_industrial_sites(
                database, extent=self._extent(parameters, context),
                region=self._region(parameters, context, feedback),
                nuts2=self.parameterAsString(parameters, self.NUTS2, context),
                target_crs=crs.toWkt())
        except db.IndustrialDataError as error:
            self.fail(str(error))
        if feedback.isCanceled():
            self.fail(translate("loadindustrialsites", "Cancelled."))
        feedback.setProgress(50)
        for note in result.notes:
            feedback.pushInfo(note)
        for warning in result.warnings:
            feedback.pushWarning(warning)
        outputs = self._write(result, crs, parameters, context, feedback)
        outputs.update({self.SITE_COUNT: len(result.sites),
                        self.RESOURCE_COUNT: len(result.resources),
                        self.REJECTED_COUNT: len(result.rejected)})
        return outputs

    def _extent(self, parameters, context):
        """The extent in degrees (lon_min, lat_min, lon_max, lat_max), or None when not given."""
        if not parameters.get(self.EXTENT):
            return None
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        box = self.parameterAsExtent(parameters, self.EXTENT, context, wgs84)
        if box.isNull():
            return None
        return box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()

    def _region(self, parameters, context, feedback):
        from ...qgis_bridge.frames import source_to_frame

        source = self.parameterAsSource(parameters, self.REGION, context)
        if source is None:
            return None
        return source_to_frame(source, feedback)

    def _write(self, result, crs, parameters, context, feedback) -> dict:
        from ...qgis_bridge.frames import style_output, write_frame

        outputs = {}
        for name, frame, geometry in (
            (self.SITES, result.sites, QgsWkbTypes.Type.Point),
            (self.RESOURCES, result.resources, QgsWkbTypes.Type.NoGeometry),
            (self.REJECTED, result.rejected, QgsWkbTypes.Type.NoGeometry),
        ):
            outputs[name] = write_frame(
                self, parameters, context, name, frame, geometry, crs, feedback
            )
        style_output(context, outputs[self.SITES], "industrial_sites")
        return outputs

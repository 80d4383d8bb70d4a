"""ite:dhpotentialareas: district heating potential areas from a heat density raster."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ...core.common.i18n import translate
from ...core.reference import defaults
from ..base import IteAlgorithm, advanced, figure, require_metric_crs


class DhPotentialAreas(IteAlgorithm):
    NAME = "dhpotentialareas"
    GROUP = "heat"
    INPUT = "INPUT"
    PIXEL_THRESHOLD = "PIXEL_THRESHOLD"
    AREA_THRESHOLD = "AREA_THRESHOLD"
    MWH_PER_DWELLING = "MWH_PER_DWELLING"
    CLOSING_ITERATIONS = "CLOSING_ITERATIONS"
    THRESHOLD_WITH_CLOSING = "THRESHOLD_WITH_CLOSING"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return translate("dhpotentialareas", "District heating potential areas")

    def shortDescription(self):  # noqa: N802
        return translate(
            "dhpotentialareas",
            "Areas dense enough for a heat network, from a heat density raster in MWh/ha, by "
            "the Hotmaps rule: cells above 333 MWh/ha, 3 x 3 closing, 8-connected areas of at "
            "least 30 GWh/yr counted on the cells above the threshold."
        )

    def parameter_help(self):
        return {
            self.INPUT: translate(
                "dhpotentialareas",
                "Raster of yearly heat demand density in MWh/ha, in a projected CRS in metres, "
                "such as the output of Heat demand density grid or a Hotmaps map. Set its "
                "nodata value if empty cells hold a sentinel such as -9999."
            ),
            self.PIXEL_THRESHOLD: translate(
                "dhpotentialareas",
                "Cells strictly above this density are candidates (Hotmaps default 333 MWh/ha)."
            ),
            self.AREA_THRESHOLD: translate(
                "dhpotentialareas",
                "An area is kept when the yearly demand of its cells above the cell threshold "
                "reaches this (Hotmaps default 30 GWh/yr)."
            ),
            self.MWH_PER_DWELLING: translate(
                "dhpotentialareas",
                "Yearly heat of one dwelling equivalent, in MWh, to express each area's demand "
                "as a number of dwellings (default {default} MWh/yr, from the Dunkirk network)."
            ).format(default=figure(defaults.HeatEconomics.mwh_per_dwelling)),
            self.CLOSING_ITERATIONS: translate(
                "dhpotentialareas",
                "Passes of a 3 x 3 closing that fill the one-cell gaps between candidate cells, "
                "so that a street does not split an area (default {default}; 0: none)."
            ).format(default=figure(defaults.DH_CLOSING_ITERATIONS)),
            self.THRESHOLD_WITH_CLOSING: translate(
                "dhpotentialareas",
                "Unchecked (default, the Hotmaps rule): the area threshold is tested on the "
                "demand of the cells above the cell threshold only. Checked: on the demand of "
                "all the area's cells, those added by closing included, which keeps more areas "
                "than Hotmaps."
            ),
            self.OUTPUT: translate(
                "dhpotentialareas",
                "Polygons of the kept areas with their demand in GWh/yr (cell rule and with the "
                "closing cells), area and dwelling equivalents."
            ),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        double = QgsProcessingParameterNumber.Type.Double
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.INPUT, translate("dhpotentialareas", "Heat demand density raster (MWh/ha)")))
        self.addParameter(QgsProcessingParameterNumber(
            self.PIXEL_THRESHOLD, translate("dhpotentialareas", "Cell threshold (MWh/ha)"),
            double, defaults.DH_PIXEL_THRESHOLD_MWH_HA, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.AREA_THRESHOLD, translate("dhpotentialareas", "Area threshold (GWh/yr)"),
            double, defaults.DH_AREA_THRESHOLD_GWH_YR, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MWH_PER_DWELLING,
            translate("dhpotentialareas", "Heat per dwelling equivalent (MWh/yr)"),
            double, defaults.HeatEconomics.mwh_per_dwelling, minValue=0.1))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.CLOSING_ITERATIONS,
            translate("dhpotentialareas", "Closing iterations (3 x 3 cells)"),
            QgsProcessingParameterNumber.Type.Integer, defaults.DH_CLOSING_ITERATIONS, minValue=0,
            maxValue=10)))
        self.addParameter(advanced(QgsProcessingParameterBoolean(
            self.THRESHOLD_WITH_CLOSING,
            translate("dhpotentialareas", "Test the area threshold on the demand including the "
                                          "cells added by closing"),
            defaults.DH_THRESHOLD_WITH_CLOSING)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, translate("dhpotentialareas", "DH potential areas"),
            QgsProcessing.SourceType.TypeVectorPolygon))
        for name, label in (
            ("AREAS", translate("dhpotentialareas", "Number of areas")),
            ("DEMAND_IN_AREAS_GWH_YR",
             translate("dhpotentialareas", "Demand in the areas, cells above the threshold, "
                                           "GWh/yr")),
            ("DEMAND_WITH_CLOSING_GWH_YR",
             translate("dhpotentialareas", "Demand in the areas with the closing cells, GWh/yr")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def compute(self, parameters, context, feedback):
        import numpy as np

        from ...core.heat.dh_areas import dh_potential_areas
        from ...qgis_bridge.frames import style_output, write_frame
        from ...qgis_bridge.rasters import read_raster

        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidRasterError(parameters, self.INPUT))
        crs = layer.crs()
        require_metric_crs(crs, translate("dhpotentialareas", "The density raster"))
        feedback.pushInfo(translate("dhpotentialareas", "Reading {name} ({cols} x {rows} "
                                                        "cells)...").format(
            name=layer.name(), cols=layer.width(), rows=layer.height()))
        try:
            density, transform, _wkt, nodata = read_raster(layer, dtype=None)
        except ValueError as error:
            raise QgsProcessingException(str(error)) from None
        if feedback.isCanceled():
            raise QgsProcessingException(translate("dhpotentialareas", "Cancelled."))
        feedback.setProgress(20.0)
        if nodata is None:
            # Documented choice (help): go on, as Hotmaps-style rasters store empty cells as 0,
            # but say so, since a sentinel such as -9999 would then be read as a value.
            feedback.pushWarning(translate(
                "dhpotentialareas",
                "The raster has no nodata value: every cell is read as a density. Negative, NaN "
                "and infinite cells are counted as invalid (zero demand). If a value such as "
                "-9999 marks empty cells, set it as nodata (gdal_translate -a_nodata -9999) and "
                "run the tool again."))
        pixel = self.parameterAsDouble(parameters, self.PIXEL_THRESHOLD, context)
        area = self.parameterAsDouble(parameters, self.AREA_THRESHOLD, context)
        dwelling = self.parameterAsDouble(parameters, self.MWH_PER_DWELLING, context)
        closing = self.parameterAsInt(parameters, self.CLOSING_ITERATIONS, context)
        with_closing = self.parameterAsBool(parameters, self.THRESHOLD_WITH_CLOSING, context)
        try:
            result = dh_potential_areas(
                density, transform, crs.toWkt(), nodata=nodata, pixel_threshold=pixel,
                area_threshold_gwh=area, closing_iterations=closing, mwh_per_dwelling=dwelling,
                threshold_with_closing=with_closing)
        except ValueError as error:  # CrsError included
            raise QgsProcessingException(str(error)) from None
        del density
        feedback.setProgress(80.0)
        report = result.report
        feedback.pushInfo(translate(
            "dhpotentialareas",
            "Rule: the Hotmaps rule, area threshold tested on the cells above the cell "
            "threshold.") if not with_closing else translate(
            "dhpotentialareas",
            "Rule: the Hotmaps rule with one change: area threshold tested on the demand "
            "including the cells added by closing (advanced option)."))
        self._log(report, feedback)

        areas = result.areas
        if len(areas):
            # One geometry type for the sink: every area as a MultiPolygon.
            import geopandas as gpd
            import shapely

            geometry = np.asarray(areas.geometry.array, dtype=object)
            single = shapely.get_type_id(geometry) == 3
            if single.any():
                geometry[single] = [shapely.MultiPolygon([g]) for g in geometry[single]]
                areas = areas.set_geometry(
                    gpd.GeoSeries(geometry, index=areas.index, crs=areas.crs))
        dest_id = write_frame(self, parameters, context, self.OUTPUT, areas,
                              QgsWkbTypes.Type.MultiPolygon, crs, feedback)
        style_output(context, dest_id, "dh_areas",
                     translate("dhpotentialareas", "DH potential areas"))
        feedback.setProgress(100.0)
        return {
            self.OUTPUT: dest_id,
            "AREAS": report["areas_kept"],
            "DEMAND_IN_AREAS_GWH_YR": report["demand_in_areas_gwh_yr"],
            "DEMAND_WITH_CLOSING_GWH_YR": report["demand_in_areas_with_closing_gwh_yr"],
        }

    @staticmethod
    def _log(report: dict, feedback) -> None:
        feedback.pushInfo(translate(
            "dhpotentialareas",
            "Cells: {total}; nodata: {nodata}; NaN or infinite: {nan}; negative: {negative} "
            "(invalid cells count as zero demand).").format(
            total=report["cells_total"], nodata=report["cells_nodata"], nan=report["cells_nan"],
            negative=report["cells_negative"]))
        if report["cells_nan"] or report["cells_negative"]:
            feedback.pushWarning(translate(
                "dhpotentialareas", "{n} cells are NaN, infinite or negative: they were counted "
                                    "as zero demand.").format(
                n=report["cells_nan"] + report["cells_negative"]))
        feedback.pushInfo(translate(
            "dhpotentialareas",
            "Cells above {pixel:g} MWh/ha: {above}; cells added by closing: {added}. "
            "Areas found: {found}; kept (at least {area:g} GWh/yr): {kept}; below the area "
            "threshold: {below}.").format(
            pixel=report["pixel_threshold_mwh_ha"], above=report["cells_above_threshold"],
            added=report["cells_added_by_closing"], found=report["areas_found"],
            area=report["area_threshold_gwh_yr"], kept=report["areas_kept"],
            below=report["areas_below_area_threshold"]))
        feedback.pushInfo(translate(
            "dhpotentialareas",
            "Demand of the whole raster: {total:,.1f} GWh/yr. In the kept areas: {above:,.1f} "
            "GWh/yr counting only cells above the cell threshold (pixel rule); "
            "{closing:,.1f} GWh/yr including the cells added by closing (whole area).").format(
            total=report["demand_total_gwh_yr"], above=report["demand_in_areas_gwh_yr"],
            closing=report["demand_in_areas_with_closing_gwh_yr"]))
        if report["demand_total_gwh_yr"] <= 0:
            feedback.pushWarning(translate(
                "dhpotentialareas",
                "The raster holds no positive heat demand: the output is empty. Check that the "
                "band holds densities in MWh/ha."))
        elif report["areas_kept"] == 0:
            feedback.pushWarning(translate(
                "dhpotentialareas",
                "No area reaches the thresholds ({pixel:g} MWh/ha per cell, {area:g} GWh/yr per "
                "area): the output is empty. Lower the thresholds or check the raster's "
                "units (MWh/ha).").format(
                pixel=report["pixel_threshold_mwh_ha"], area=report["area_threshold_gwh_yr"]))

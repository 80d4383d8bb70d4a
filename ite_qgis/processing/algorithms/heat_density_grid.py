"""ite:heatdensitygrid: heat demand density raster (MWh/ha) from buildings or points."""

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDistance,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterDestination,
)

from ...core.common.i18n import translate
from ...core.reference import defaults
from ..base import IteAlgorithm, require_metric_crs

# No cell of a density grid is ever negative, so -9999 can only mean "no data".
NODATA = -9999.0


def _raw(value):
    """A demand value as Python gives it, None for NULL (QVariant NULL included)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def _numbers(values: list):
    """The demands read with the one number parser ("1 900 000", "12,5" and "1.5e3" are
    numbers); NaN for NULL, infinite values or text that is not a number (counted by the core
    as a bad demand, never dropped silently)."""
    import pandas as pd

    from ...core.common.units import parse_number_series

    number, _bad = parse_number_series(pd.Series(values, dtype=object))
    return number.to_numpy(dtype=float)


class HeatDensityGrid(IteAlgorithm):
    NAME = "heatdensitygrid"
    GROUP = "heat"
    INPUT = "INPUT"
    DEMAND_FIELD = "DEMAND_FIELD"
    DEMAND_EXPRESSION = "DEMAND_EXPRESSION"
    CELL_SIZE = "CELL_SIZE"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return translate("heatdensitygrid", "Heat demand density grid")

    def shortDescription(self):  # noqa: N802
        return translate(
            "heatdensitygrid",
            "Raster of heat demand density (MWh/ha) from buildings or points with a yearly "
            "demand; the demand is conserved."
        )

    def parameter_help(self):
        return {
            self.INPUT: translate(
                "heatdensitygrid",
                "Building footprints or points that each carry a yearly heat demand, in a "
                "projected CRS in metres. A polygon's demand is spread over the cells it covers, "
                "in proportion to the area in each."
            ),
            self.DEMAND_FIELD: translate(
                "heatdensitygrid", "Yearly heat demand of each feature in MWh."
            ),
            self.DEMAND_EXPRESSION: translate(
                "heatdensitygrid",
                "An expression giving the yearly demand in MWh, e.g. \"floor_area_m2\" * 0.12. "
                "When given it is used instead of the field."
            ),
            self.CELL_SIZE: translate(
                "heatdensitygrid",
                "Side of a square cell in metres; 100 m is the Hotmaps resolution."
            ),
            self.OUTPUT: translate(
                "heatdensitygrid",
                "Raster of the heat demand density in MWh/ha, in the layer's CRS (cells without "
                "demand hold 0), ready for District heating potential areas."
            ),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, translate("heatdensitygrid", "Buildings or points with a heat demand"),
            [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint],
        ))
        self.addParameter(QgsProcessingParameterField(
            self.DEMAND_FIELD, translate("heatdensitygrid", "Heat demand field (MWh/yr)"),
            parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True,
        ))
        self.addParameter(QgsProcessingParameterExpression(
            self.DEMAND_EXPRESSION,
            translate("heatdensitygrid", "Heat demand expression (MWh/yr, replaces the field)"),
            parentLayerParameterName=self.INPUT, optional=True,
        ))
        self.addParameter(QgsProcessingParameterDistance(
            self.CELL_SIZE, translate("heatdensitygrid", "Cell size"), defaults.HEAT_CELL_M,
            parentParameterName=self.INPUT, minValue=1.0,
        ))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, translate("heatdensitygrid", "Heat demand density (MWh/ha)")))
        self.addOutput(QgsProcessingOutputNumber(
            "DEMAND_IN_MWH_YR",
            translate("heatdensitygrid", "Demand of the features used, MWh/yr")))
        self.addOutput(QgsProcessingOutputNumber(
            "DEMAND_IN_GRID_MWH_YR", translate("heatdensitygrid", "Demand in the grid, MWh/yr")))

    def _demands(self, parameters, source, field: str, expression_text: str, context, feedback):
        """Geometries (WKB), demands and feature ids of all features, reading only what is
        needed."""
        request = QgsFeatureRequest()
        expression = None
        if expression_text:
            expression = QgsExpression(expression_text)
            if expression.hasParserError():
                raise QgsProcessingException(translate(
                    "heatdensitygrid", "The demand expression cannot be read: {error}").format(
                    error=expression.parserErrorString()))
            expression_context = self.createExpressionContext(parameters, context, source)
            expression.prepare(expression_context)
        else:
            if source.fields().lookupField(field) < 0:
                raise QgsProcessingException(translate(
                    "heatdensitygrid", "The buildings layer has no field {field}: choose the "
                                       "field with each building's demand in MWh/yr.").format(
                    field=field))
            request.setSubsetOfAttributes([field], source.fields())
        wkbs, demands, fids = [], [], []
        total = max(source.featureCount(), 1)
        step = max(total // 100, 1)
        for index, feature in enumerate(source.getFeatures(request)):
            if index % step == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(translate("heatdensitygrid", "Cancelled."))
                feedback.setProgress(50.0 * index / total)
            geometry = feature.geometry()
            fids.append(feature.id())
            wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
            if expression is not None:
                expression_context.setFeature(feature)
                value = expression.evaluate(expression_context)
                if expression.hasEvalError():
                    value = None
            else:
                value = feature[field]
            demands.append(_raw(value))
        return wkbs, _numbers(demands), fids

    def compute(self, parameters, context, feedback):
        import geopandas as gpd
        import numpy as np
        import shapely

        from ...core.heat.heat_density import heat_density_grid
        from ...qgis_bridge.frames import style_output
        from ...qgis_bridge.rasters import write_geotiff

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        crs = source.sourceCrs()
        require_metric_crs(crs, translate("heatdensitygrid", "The buildings layer"))
        field = self.parameterAsString(parameters, self.DEMAND_FIELD, context)
        expression = self.parameterAsExpression(parameters, self.DEMAND_EXPRESSION, context)
        if not field and not expression.strip():
            raise QgsProcessingException(translate(
                "heatdensitygrid", "Give the heat demand as a field or as an expression (MWh/yr)."))
        cell_m = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        wkbs, demands, fids = self._demands(parameters, source, field, expression.strip(),
                                            context, feedback)
        if not wkbs:
            raise QgsProcessingException(translate(
                "heatdensitygrid", "The buildings layer is empty: nothing to grid."))
        geometry, repaired = self._checked_geometry(
            shapely.from_wkb(np.array(wkbs, dtype=object)), np.array(demands, dtype=float),
            np.array(fids, dtype=np.int64), crs, feedback)
        frame = gpd.GeoDataFrame(geometry=gpd.GeoSeries(geometry), crs=crs.toWkt())
        feedback.pushInfo(translate("heatdensitygrid", "Gridding {n} features in {cell} m "
                                                       "cells...").format(n=len(wkbs), cell=cell_m))
        try:
            result = heat_density_grid(frame, np.array(demands, dtype=float), cell_m,
                                       polygons_valid=True)
        except ValueError as error:  # CrsError included: a projected CRS in feet, say
            raise QgsProcessingException(str(error)) from None
        feedback.setProgress(80.0)
        report = result.report
        report["invalid_polygons_repaired"] = repaired  # repaired by the validation layer
        self._log(report, result.grid.shape, feedback)

        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        try:
            write_geotiff(output, result.grid, result.transform, crs.toWkt(), NODATA)
        except (OSError, RuntimeError, ValueError) as error:
            raise QgsProcessingException(translate(
                "heatdensitygrid", "Could not write {path}: {error}").format(
                path=output, error=error)) from None
        style_output(context, output, "heat_density",
                     translate("heatdensitygrid", "Heat demand density (MWh/ha)"))
        feedback.setProgress(100.0)
        return {
            self.OUTPUT: output,
            "DEMAND_IN_MWH_YR": report["demand_mwh_yr"],
            "DEMAND_IN_GRID_MWH_YR": report["demand_in_grid_mwh_yr"],
        }

    @staticmethod
    def _checked_geometry(geometry, demand, fids, crs, feedback):
        """(geometry with invalid polygons repaired, how many were repaired), through the
        validation layer: a layer of lines is refused, swapped coordinates too; rows left out
        (no geometry, another kind, no usable demand) are named by feature id in the log."""
        import numpy as np

        from ...core.validation.findings import InputError, InputReport
        from ...core.validation.geometry import POINT, POLYGON, check_features

        layer = translate("heatdensitygrid", "buildings")
        report = InputReport()
        try:
            geometry, usable, repaired = check_features(
                geometry, (POINT, POLYGON), layer, fids, crs.toWkt(), report)
        except InputError as error:
            raise QgsProcessingException(str(error)) from None
        bad_demand = usable & ~(np.isfinite(demand) & (demand >= 0))
        report.reject(layer, fids[bad_demand], "bad_demand", translate(
            "heatdensitygrid", "{count} features have a demand that is empty, not a number or "
                               "negative and were left out of the grid (feature ids): {rows}."))
        for message in report.messages:
            feedback.pushWarning(message)
        return geometry, int(repaired.sum())

    @staticmethod
    def _log(report: dict, shape, feedback) -> None:
        feedback.pushInfo(translate(
            "heatdensitygrid",
            "Features: {total}; used: {used}; without geometry: {nogeom}; neither point nor "
            "polygon: {wrong}; demand empty, not a number or negative: {bad}; invalid polygons "
            "repaired: {fixed}.").format(
            total=report["features"], used=report["features_used"],
            nogeom=report["no_geometry"], wrong=report["not_point_or_polygon"],
            bad=report["bad_demand"], fixed=report["invalid_polygons_repaired"]))
        feedback.pushInfo(translate(
            "heatdensitygrid",
            "Demand in: {demand_in:,.1f} MWh/yr; in the grid: {in_grid:,.1f} MWh/yr; outside "
            "it: {outside:,.1f} MWh/yr. Grid: {rows} rows x {cols} columns.").format(
            demand_in=report["demand_mwh_yr"], in_grid=report["demand_in_grid_mwh_yr"],
            outside=report["demand_outside_grid_mwh_yr"], rows=shape[0], cols=shape[1]))
        skipped = report["no_geometry"] + report["not_point_or_polygon"] + report["bad_demand"]
        if skipped:
            feedback.pushWarning(translate(
                "heatdensitygrid", "{n} features were left out of the grid (see the counts "
                                   "above).").format(n=skipped))

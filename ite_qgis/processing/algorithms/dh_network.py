"""ite:dhnetwork: a district heating network laid along the streets, sized and costed."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ...core.common.i18n import translate
from ...core.heat.network.options import ECONOMIC, FORCED, NetworkOptions
from ...core.reference.defaults import HeatEconomics
from ..base import IteAlgorithm, advanced, figure, require_metric_crs
from ..dh_network_inputs import SEASONAL_NUMBERS
from ..seasonal_inputs import (
    CLIMATE,
    DEMAND_PROFILE,
    HOT_WATER_SHARE,
    SUPPLY_PROFILE,
    add_seasonal_parameters,
    seasonal_profiles,
)

MODES = (FORCED, ECONOMIC)
COST_AREAS = ("outer_city", "inner_city", "park")
NUMBERS = ("TRENCH_LENGTH_M", "INVESTMENT_EUR", "HEAT_LOSS_MWH_YR", "DELIVERED_MWH_YR",
           "LINEAR_HEAT_DENSITY_MWH_M", "LCOH_EUR_MWH")
DEFAULTS = NetworkOptions()


class DhNetwork(IteAlgorithm):
    NAME = "dhnetwork"
    GROUP = "heat"
    SOURCES = "SOURCES"
    RESOURCES = "RESOURCES"
    SOURCE_ID_FIELD = "SOURCE_ID_FIELD"
    SOURCE_HEAT_MWH_FIELD = "SOURCE_HEAT_MWH_FIELD"
    SOURCE_CAPACITY_KW_FIELD = "SOURCE_CAPACITY_KW_FIELD"
    SINKS = "SINKS"
    HEAT_DENSITY = "HEAT_DENSITY"
    DH_AREAS = "DH_AREAS"
    ROADS = "ROADS"
    SINK_ID_FIELD = "SINK_ID_FIELD"
    PEAK_KW_FIELD = "PEAK_KW_FIELD"
    FULL_LOAD_HOURS_FIELD = "FULL_LOAD_HOURS_FIELD"
    DEMAND_MWH_FIELD = "DEMAND_MWH_FIELD"
    MODE = "MODE"
    CEILING_EUR_MWH = "CEILING_EUR_MWH"
    SUPPLY_TEMPERATURE = "SUPPLY_TEMPERATURE"
    RETURN_TEMPERATURE = "RETURN_TEMPERATURE"
    MAX_PRESSURE_LOSS = "MAX_PRESSURE_LOSS"
    MAX_VELOCITY = "MAX_VELOCITY"
    SIMULTANEITY = "SIMULTANEITY"
    GAP_TOLERANCE = "GAP_TOLERANCE"
    MAX_SERVICE_LENGTH = "MAX_SERVICE_LENGTH"
    DEFAULT_FULL_LOAD_HOURS = "DEFAULT_FULL_LOAD_HOURS"
    COST_AREA = "COST_AREA"
    RATE_PCT = "RATE_PCT"
    YEARS = "YEARS"
    OM_PCT = "OM_PCT"
    CLIMATE = CLIMATE
    HOT_WATER_SHARE = HOT_WATER_SHARE
    DEMAND_PROFILE = DEMAND_PROFILE
    SUPPLY_PROFILE = SUPPLY_PROFILE
    NETWORK = "NETWORK"
    SERVICES = "SERVICES"
    SINK_STATUS = "SINK_STATUS"

    def displayName(self):  # noqa: N802
        return translate("dhnetwork", "District heating network along the streets")

    def shortDescription(self):  # noqa: N802
        return translate(
            "dhnetwork",
            "Lays a district heating network from heat sources to sinks along the streets, "
            "sizes its pipes and gives its length, cost, heat losses and cost per MWh."
        )

    def parameter_help(self):
        from ..dh_network_help import parameter_help

        return parameter_help(self)

    def initAlgorithm(self, config=None):  # noqa: N802
        point = QgsProcessing.SourceType.TypeVectorPoint
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SOURCES, translate("dhnetwork", "Heat sources or sites (points)"), [point]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RESOURCES, translate("dhnetwork", "Resources table (optional: the sites' heat "
                                                   "and steam supplies)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        for name, label in (
            (self.SOURCE_ID_FIELD, translate("dhnetwork", "Source or site id field")),
            (self.SOURCE_HEAT_MWH_FIELD, translate("dhnetwork", "Source heat field (MWh/yr)")),
            (self.SOURCE_CAPACITY_KW_FIELD, translate("dhnetwork", "Source capacity field "
                                                                   "(kW)")),
        ):
            self.addParameter(QgsProcessingParameterField(
                name, label, parentLayerParameterName=self.SOURCES, optional=True,
                type=(QgsProcessingParameterField.DataType.Any if name == self.SOURCE_ID_FIELD
                      else QgsProcessingParameterField.DataType.Numeric)))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SINKS, translate("dhnetwork", "Sinks (buildings or points)"),
            [point, QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.HEAT_DENSITY, translate("dhnetwork", "Or: heat density raster (MWh/ha), its "
                                                      "cells as sinks"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DH_AREAS, translate("dhnetwork", "DH areas (optional: only their cells)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, translate("dhnetwork", "Streets (lines)"),
            [QgsProcessing.SourceType.TypeVectorLine]))
        for name, label in (
            (self.SINK_ID_FIELD, translate("dhnetwork", "Sink id field")),
            (self.PEAK_KW_FIELD, translate("dhnetwork", "Peak load field (kW)")),
            (self.FULL_LOAD_HOURS_FIELD, translate("dhnetwork", "Full-load hours field (h/yr)")),
            (self.DEMAND_MWH_FIELD, translate("dhnetwork", "Yearly demand field (MWh/yr)")),
        ):
            self.addParameter(QgsProcessingParameterField(
                name, label, parentLayerParameterName=self.SINKS, optional=True,
                type=(QgsProcessingParameterField.DataType.Any if name == self.SINK_ID_FIELD
                      else QgsProcessingParameterField.DataType.Numeric)))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, translate("dhnetwork", "Mode"),
            [translate("dhnetwork", "Forced: connect every sink reachable"),
             translate("dhnetwork", "Economic: leave out sinks above the cost ceiling")],
            defaultValue=0))
        self._numbers()
        add_seasonal_parameters(self)
        self._outputs()

    def _numbers(self):
        double = QgsProcessingParameterNumber.Type.Double
        econ = HeatEconomics()
        for name, label, default, minimum, is_advanced in (
            (self.CEILING_EUR_MWH, translate("dhnetwork", "Cost ceiling of a sink's own pipes "
                                                          "(EUR/MWh, economic mode)"),
             DEFAULTS.ceiling_eur_mwh, 0.0, False),
            (self.SUPPLY_TEMPERATURE, translate("dhnetwork", "Supply temperature (°C)"),
             DEFAULTS.supply_c, 20.0, False),
            (self.RETURN_TEMPERATURE, translate("dhnetwork", "Return temperature (°C)"),
             DEFAULTS.return_c, 10.0, False),
            (self.MAX_PRESSURE_LOSS, translate("dhnetwork", "Highest pressure loss (Pa/m)"),
             DEFAULTS.max_pa_m, 10.0, True),
            (self.MAX_VELOCITY, translate("dhnetwork", "Highest water velocity (m/s)"),
             DEFAULTS.max_velocity_m_s, 0.1, True),
            (self.GAP_TOLERANCE, translate("dhnetwork", "Street gaps closed up to (m)"),
             DEFAULTS.gap_tolerance_m, 0.0, True),
            (self.MAX_SERVICE_LENGTH, translate("dhnetwork", "Longest service pipe (m)"),
             DEFAULTS.max_service_m, 1.0, True),
            (self.DEFAULT_FULL_LOAD_HOURS, translate("dhnetwork", "Full-load hours when not "
                                                                  "given (h/yr)"),
             DEFAULTS.default_full_load_hours, 1.0, True),
            (self.RATE_PCT, translate("dhnetwork", "Discount rate (%)"), econ.rate * 100.0, 0.0,
             True),
            (self.YEARS, translate("dhnetwork", "Depreciation period (years)"), econ.years, 1.0,
             True),
            (self.OM_PCT, translate("dhnetwork", "Operation and maintenance (% of investment "
                                                 "per year)"), econ.om_share * 100.0, 0.0, True),
        ):
            parameter = QgsProcessingParameterNumber(name, label, double, default,
                                                     minValue=minimum)
            self.addParameter(advanced(parameter) if is_advanced else parameter)
        self.addParameter(advanced(QgsProcessingParameterBoolean(
            self.SIMULTANEITY, translate("dhnetwork", "Apply the simultaneity factor"), True)))
        self.addParameter(advanced(QgsProcessingParameterEnum(
            self.COST_AREA, translate("dhnetwork", "Cost of laying pipes"),
            [translate("dhnetwork", "Outer city"), translate("dhnetwork", "Inner city"),
             translate("dhnetwork", "Park or open land")], defaultValue=0)))

    def _outputs(self):
        line = QgsProcessing.SourceType.TypeVectorLine
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.NETWORK, translate("dhnetwork", "District heating network"), line))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SERVICES, translate("dhnetwork", "Service pipes"), line))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SINK_STATUS, translate("dhnetwork", "Sink status"),
            QgsProcessing.SourceType.TypeVector))
        for name, label in zip(NUMBERS, (
            translate("dhnetwork", "Trench length (m)"),
            translate("dhnetwork", "Investment (EUR)"),
            translate("dhnetwork", "Heat losses (MWh/yr)"),
            translate("dhnetwork", "Heat delivered (MWh/yr)"),
            translate("dhnetwork", "Linear heat density (MWh/m per year)"),
            translate("dhnetwork", "Levelised cost of distribution (EUR/MWh)"),
        ), strict=True):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        for name, label in zip(SEASONAL_NUMBERS, (
            translate("dhnetwork", "Usable heat, matched month by month (MWh/yr)"),
            translate("dhnetwork", "Share of the sources' heat used"),
            translate("dhnetwork", "Share of the network's demand covered"),
            translate("dhnetwork", "Peak backup capacity (kW)"),
        ), strict=True):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    # -- run ------------------------------------------------------------------------------
    def _options(self, parameters, context):
        def value(name):
            return self.parameterAsDouble(parameters, name, context)

        supply, back = value(self.SUPPLY_TEMPERATURE), value(self.RETURN_TEMPERATURE)
        if back >= supply:
            raise QgsProcessingException(translate(
                "dhnetwork", "The return temperature ({back} °C) must be below the supply "
                             "temperature ({supply} °C).").format(back=figure(back),
                                                                 supply=figure(supply)))
        return NetworkOptions(
            mode=MODES[self.parameterAsEnum(parameters, self.MODE, context)],
            gap_tolerance_m=value(self.GAP_TOLERANCE),
            max_service_m=value(self.MAX_SERVICE_LENGTH), supply_c=supply, return_c=back,
            max_pa_m=value(self.MAX_PRESSURE_LOSS), max_velocity_m_s=value(self.MAX_VELOCITY),
            use_simultaneity=self.parameterAsBoolean(parameters, self.SIMULTANEITY, context),
            default_full_load_hours=value(self.DEFAULT_FULL_LOAD_HOURS),
            ceiling_eur_mwh=value(self.CEILING_EUR_MWH),
            cost_area=COST_AREAS[self.parameterAsEnum(parameters, self.COST_AREA, context)],
            economics=HeatEconomics(rate=value(self.RATE_PCT) / 100.0, years=value(self.YEARS),
                                    om_share=value(self.OM_PCT) / 100.0))

    def _field(self, parameters, name, context):
        return self.parameterAsString(parameters, name, context) or None

    def _sources(self, parameters, context, feedback, supply_c):
        """``(source points, supply rows or None, source id column)``: the points with their
        own fields, or the sites of the resources table (``dh_network_inputs``)."""
        from ...qgis_bridge.frames import source_to_frame
        from ..dh_network_inputs import field_supply, site_supply

        points = source_to_frame(self._source(parameters, self.SOURCES, context), None)
        table = self.parameterAsSource(parameters, self.RESOURCES, context)
        id_field = self._field(parameters, self.SOURCE_ID_FIELD, context)
        if table is not None:
            if (self._field(parameters, self.SOURCE_HEAT_MWH_FIELD, context)
                    or self._field(parameters, self.SOURCE_CAPACITY_KW_FIELD, context)):
                feedback.pushWarning(translate(
                    "dhnetwork", "With a resources table the sources' heat comes from its "
                                 "supply rows: the heat and capacity fields are ignored."))
            resources = source_to_frame(table, None, geometry=False)
            sites, supply = site_supply(points, resources, id_field, None, supply_c, feedback)
            return sites, supply, "source_id"
        supply = field_supply(points, self._field(parameters, self.SOURCE_HEAT_MWH_FIELD, context),
                              self._field(parameters, self.SOURCE_CAPACITY_KW_FIELD, context),
                              id_field, feedback)
        return points, supply, id_field

    def _sinks(self, parameters, context, feedback, roads, options):
        """``(sinks, (peak, hours, demand, id) fields)``: the sinks layer, or the cells of the
        heat density raster (inside the DH areas, if given)."""
        from ...qgis_bridge.frames import source_to_frame
        from ..dh_network_inputs import raster_sinks

        layer = self.parameterAsRasterLayer(parameters, self.HEAT_DENSITY, context)
        given = self.parameterAsSource(parameters, self.SINKS, context)
        if (layer is None) == (given is None):
            raise QgsProcessingException(translate(
                "dhnetwork", "Give the sinks: a sinks layer or a heat density raster, not both "
                             "and not neither."))
        if layer is None and self.parameterAsSource(parameters, self.DH_AREAS, context):
            feedback.pushWarning(translate(
                "dhnetwork", "The DH areas are used only with a heat density raster: ignored."))
        if given is not None:
            fields = (self.PEAK_KW_FIELD, self.FULL_LOAD_HOURS_FIELD, self.DEMAND_MWH_FIELD,
                      self.SINK_ID_FIELD)
            return source_to_frame(given, None), tuple(
                self._field(parameters, name, context) for name in fields)
        areas = self.parameterAsSource(parameters, self.DH_AREAS, context)
        sinks = raster_sinks(layer, areas, roads, options.max_service_m, feedback)
        return sinks, (None, None, "demand_mwh_yr", "sink_id")

    def _source(self, parameters, name, context):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def compute(self, parameters, context, feedback):
        from ...core.heat.network.network import dh_network
        from ...core.validation.findings import InputError
        from ...qgis_bridge.frames import source_to_frame
        from ..dh_network_inputs import seasonal_numbers

        options = self._options(parameters, context)
        roads_source = self._source(parameters, self.ROADS, context)
        require_metric_crs(roads_source.sourceCrs(), translate("dhnetwork", "The street layer"))
        demand, supply_profile = seasonal_profiles(self, parameters, context, feedback)
        sources, supply, source_id = self._sources(parameters, context, feedback,
                                                   options.supply_c)
        roads = source_to_frame(roads_source, None)
        sinks, fields = self._sinks(parameters, context, feedback, roads, options)
        if feedback.isCanceled():
            raise QgsProcessingException(translate("frames", "Cancelled."))
        feedback.setProgress(20.0)
        try:
            result = dh_network(sources, sinks, roads, *fields, source_id, options=options)
        except InputError as error:
            raise QgsProcessingException(str(error)) from None
        if feedback.isCanceled():
            raise QgsProcessingException(translate("frames", "Cancelled."))
        feedback.setProgress(80.0)
        _log(result, feedback)
        season = seasonal_numbers(result, supply, demand, supply_profile, feedback)
        return {**self._write(parameters, context, feedback, result, roads_source.sourceCrs()),
                **{name: result.numbers[name] for name in NUMBERS}, **season}

    def _write(self, parameters, context, feedback, result, crs):
        from ...qgis_bridge.frames import style_output, write_frame

        line, table = QgsWkbTypes.Type.LineString, QgsWkbTypes.Type.NoGeometry
        network = write_frame(self, parameters, context, self.NETWORK, result.network, line,
                              crs, feedback)
        services = write_frame(self, parameters, context, self.SERVICES, result.services, line,
                               crs, feedback)
        status = write_frame(self, parameters, context, self.SINK_STATUS, result.sink_status,
                             table, crs, feedback)
        style_output(context, network, "dh_network",
                     translate("dhnetwork", "District heating network"))
        style_output(context, services, "dh_services", translate("dhnetwork", "Service pipes"))
        feedback.setProgress(100.0)
        return {self.NETWORK: network, self.SERVICES: services, self.SINK_STATUS: status}


def _log(result, feedback) -> None:
    from ...core.common.numbers import number

    for message in result.report.messages:
        feedback.pushWarning(message)
    status = result.sink_status
    numbers = result.numbers
    connected = int((status["status"] == "connected").sum())
    feedback.pushInfo(translate(
        "dhnetwork", "{connected} of {total} sinks connected.").format(
        connected=connected, total=len(status)))
    for code, count in status.loc[status["status"] != "connected", "status"].value_counts().items():
        feedback.pushWarning(translate(
            "dhnetwork", "{n} sinks not connected: {status} (see the sink status table).").format(
            n=int(count), status=code))
    feedback.pushInfo(translate(
        "dhnetwork", "Trench: {trench} m, of which {street} m along the streets and the rest "
                     "for service pipes.").format(
        trench=number(numbers["TRENCH_LENGTH_M"], 0), street=number(numbers["STREET_TRENCH_M"], 0)))
    feedback.pushInfo(translate(
        "dhnetwork", "Investment {investment} EUR; heat delivered {delivered} MWh/yr; heat losses "
                     "{loss} MWh/yr; {density} MWh/m per year; levelised cost of distribution "
                     "{lcoh} EUR/MWh.").format(
        investment=number(numbers["INVESTMENT_EUR"], 0),
        delivered=number(numbers["DELIVERED_MWH_YR"], 0),
        loss=number(numbers["HEAT_LOSS_MWH_YR"], 0),
        density=number(numbers["LINEAR_HEAT_DENSITY_MWH_M"], 2),
        lcoh=number(numbers["LCOH_EUR_MWH"], 2)))
    for source, load in result.source_load_kw.items():
        feedback.pushInfo(translate(
            "dhnetwork", "Source {source}: design load {load} kW.").format(
            source=source, load=number(load, 0)))

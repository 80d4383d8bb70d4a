"""ite:wasteheatdh: waste-heat district heating candidates, source to DH area links."""

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core.common.i18n import translate
from ...core.reference import defaults
from ...core.reference.defaults import HeatEconomics
from ..base import IteAlgorithm, advanced, figure, require_metric_crs
from ..seasonal_inputs import add_seasonal_parameters, seasonal_profiles

# Field names tried, in order, when a field parameter is left empty (case-insensitive). The
# first ones are the plugin's own (territory tables, ite:dhpotentialareas output).
GUESSES = {
    "SOURCE_ID_FIELD": ("source_id", "site_id", "id"),
    "NAME_FIELD": ("name", "source_name", "site_name"),
    "HEAT_FIELD": ("heat_mwh_yr", "excess_heat_mwh_yr", "quantity_mwh_yr"),
    "CAPACITY_FIELD": ("capacity_mw", "power_mw"),
    "TEMPERATURE_FIELD": ("temperature_c", "temperature"),
    "HOURS_FIELD": ("hours_per_year", "hours_yr", "hours"),
    "AREA_ID_FIELD": ("area_id", "id"),
    # The whole area's demand (the network covers the cells closing added too; the area
    # threshold of ite:dhpotentialareas is tested on the pixel-rule demand); then the
    # pixel-rule demand.
    "AREA_DEMAND_FIELD": ("demand_with_closing_gwh_yr", "demand_gwh_yr"),
}


class WasteHeatDh(IteAlgorithm):
    NAME = "wasteheatdh"
    GROUP = "heat"
    SOURCES = "SOURCES"
    RESOURCES = "RESOURCES"
    AREAS = "AREAS"
    ROADS = "ROADS"
    NETWORK_TEMPERATURE = "NETWORK_TEMPERATURE"
    DETOUR_FACTOR = "DETOUR_FACTOR"
    RATE_PCT = "RATE_PCT"
    YEARS = "YEARS"
    OM_PCT = "OM_PCT"
    CEILING_EUR_MWH = "CEILING_EUR_MWH"
    MWH_PER_DWELLING = "MWH_PER_DWELLING"
    CLIMATE = "CLIMATE"
    HOT_WATER_SHARE = "HOT_WATER_SHARE"
    DEMAND_PROFILE = "DEMAND_PROFILE"
    SUPPLY_PROFILE = "SUPPLY_PROFILE"
    LINKS = "LINKS"
    SUMMARY = "SUMMARY"

    def displayName(self):  # noqa: N802
        return translate("wasteheatdh", "Waste heat to district heating")

    def shortDescription(self):  # noqa: N802
        return translate(
            "wasteheatdh",
            "Links from waste-heat sources to DH potential areas within the economic "
            "transmission distance, with pipe class, cost per MWh and dwelling equivalents."
        )

    def _field(self, name, label, parent, numeric=True):
        parameter = QgsProcessingParameterField(
            name, label, parentLayerParameterName=parent, optional=True,
            type=(QgsProcessingParameterField.DataType.Numeric if numeric
                  else QgsProcessingParameterField.DataType.Any))
        self.addParameter(parameter)

    def parameter_help(self):
        field_guess = translate(
            "wasteheatdh", "Empty: the first of these fields the layer has: {fields}."
        )

        def field(text, name):
            return text + " " + field_guess.format(fields=", ".join(GUESSES[name]))

        return {
            **self._seasonal_and_output_help(),
            self.SOURCES: translate(
                "wasteheatdh",
                "Points of the heat sources, or of the sites when a resources table gives their "
                "heat. Reprojected to the CRS of the DH areas."
            ),
            self.RESOURCES: translate(
                "wasteheatdh",
                "The territory's resources table: each heat or steam supply becomes a source at "
                "the point whose id matches its site_id. Empty: the heat is read from the "
                "fields of the points."
            ),
            "SOURCE_ID_FIELD": field(
                translate("wasteheatdh", "Field that identifies each source or site."),
                "SOURCE_ID_FIELD"),
            "NAME_FIELD": field(
                translate("wasteheatdh", "Field with the name shown for each source."),
                "NAME_FIELD"),
            "HEAT_FIELD": field(
                translate("wasteheatdh", "Field with the yearly excess heat in MWh (without a "
                                         "resources table)."),
                "HEAT_FIELD"),
            "CAPACITY_FIELD": field(
                translate("wasteheatdh", "Field with the heat capacity in MW; with the hours it "
                                         "gives the heat when no heat field is given."),
                "CAPACITY_FIELD"),
            "TEMPERATURE_FIELD": field(
                translate("wasteheatdh", "Field with the source temperature in °C, compared "
                                         "with the network supply temperature."),
                "TEMPERATURE_FIELD"),
            "HOURS_FIELD": field(
                translate("wasteheatdh", "Field with the hours per year the heat is available."),
                "HOURS_FIELD"),
            self.AREAS: translate(
                "wasteheatdh",
                "Polygons of the DH potential areas (output of District heating potential "
                "areas), in a projected CRS in metres."
            ),
            "AREA_ID_FIELD": field(
                translate("wasteheatdh", "Field that identifies each area."), "AREA_ID_FIELD"),
            "AREA_DEMAND_FIELD": field(
                translate("wasteheatdh", "Field with the yearly heat demand of each area in "
                                         "GWh; areas without a positive demand are left out."),
                "AREA_DEMAND_FIELD"),
            self.ROADS: translate(
                "wasteheatdh",
                "Lines noded at junctions. Given, a pipe follows the shortest road path; "
                "empty, its length is the straight line times the detour factor."
            ),
            self.NETWORK_TEMPERATURE: translate(
                "wasteheatdh",
                "Supply temperature of the heat network in °C (default {default} °C). Colder "
                "sources are flagged too_cold and not linked."
            ).format(default=figure(defaults.NETWORK_TEMPERATURE_C)),
            self.DETOUR_FACTOR: translate(
                "wasteheatdh",
                "Pipe route length over the straight line, used when no road network is given "
                "(default {default})."
            ).format(default=figure(defaults.DETOUR_FACTOR)),
            self.RATE_PCT: translate(
                "wasteheatdh",
                "Discount rate of the pipe investment, in % per year (Hotmaps default)."
            ),
            self.YEARS: translate(
                "wasteheatdh", "Years over which the pipe is paid off (Hotmaps default)."
            ),
            self.OM_PCT: translate(
                "wasteheatdh",
                "Yearly operation and maintenance cost, in % of the pipe investment."
            ),
            self.CEILING_EUR_MWH: translate(
                "wasteheatdh",
                "Highest levelised transmission cost, in EUR per MWh delivered: a link is "
                "feasible when its cost is at most this (Hotmaps default)."
            ),
            self.MWH_PER_DWELLING: translate(
                "wasteheatdh",
                "Yearly heat of one dwelling equivalent, in MWh, to express the heat delivered "
                "as a number of dwellings (default from the Dunkirk network)."
            ),
        }

    def _seasonal_and_output_help(self):
        return {
            self.CLIMATE: translate(
                "wasteheatdh",
                "Reference climate whose monthly heating degree days shape the areas' demand "
                "over the year, for the seasonal matching (default Nord-Pas-de-Calais; figures "
                "and sources in resources/heat_profiles/README.md)."
            ),
            self.HOT_WATER_SHARE: translate(
                "wasteheatdh",
                "Share of the areas' demand that is hot water, drawn evenly all year; the rest "
                "follows the degree days (default {default}, Eurostat households' energy use)."
            ).format(default=figure(defaults.HOT_WATER_SHARE)),
            self.DEMAND_PROFILE: translate(
                "wasteheatdh",
                "Optional CSV whose last column holds the areas' demand profile: 12 monthly or "
                "8760 hourly values, one per row, after an optional header. Given, it replaces "
                "the climate; hourly values match supply and demand hour by hour."
            ),
            self.SUPPLY_PROFILE: translate(
                "wasteheatdh",
                "Optional CSV of the sources' supply profile, in the same form (12 or 8760 "
                "values). Empty: each source gives its yearly heat evenly over the year."
            ),
            self.LINKS: translate(
                "wasteheatdh",
                "Lines from each source to each area within reach, with length, pipe class, "
                "levelised cost per MWh, heat delivered, dwelling equivalents and feasibility, "
                "and the seasonal matching: usable heat, share of the source used, share of "
                "the demand covered and peak backup capacity."
            ),
            self.SUMMARY: translate(
                "wasteheatdh",
                "One row per heat source: its heat, capacity, temperature, longest economic "
                "pipe, number of feasible areas, best area with its usable heat and backup "
                "capacity, and flags."
            ),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SOURCES, translate("wasteheatdh", "Heat sources or sites (points)"),
            [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RESOURCES,
            translate("wasteheatdh", "Resources table (optional: heat and steam supplies by "
                                     "site_id)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self._field("SOURCE_ID_FIELD", translate("wasteheatdh", "Source or site id field"),
                    self.SOURCES, numeric=False)
        self._field("NAME_FIELD", translate("wasteheatdh", "Name field"), self.SOURCES,
                    numeric=False)
        self._field("HEAT_FIELD", translate("wasteheatdh", "Heat field (MWh/yr)"), self.SOURCES)
        self._field("CAPACITY_FIELD", translate("wasteheatdh", "Capacity field (MW)"),
                    self.SOURCES)
        self._field("TEMPERATURE_FIELD", translate("wasteheatdh", "Temperature field (°C)"),
                    self.SOURCES)
        self._field("HOURS_FIELD", translate("wasteheatdh", "Hours per year field"),
                    self.SOURCES)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, translate("wasteheatdh", "DH potential areas"),
            [QgsProcessing.SourceType.TypeVectorPolygon]))
        self._field("AREA_ID_FIELD", translate("wasteheatdh", "Area id field"), self.AREAS,
                    numeric=False)
        self._field("AREA_DEMAND_FIELD", translate("wasteheatdh", "Area demand field (GWh/yr)"),
                    self.AREAS)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, translate("wasteheatdh", "Road network (optional, lines noded at "
                                                 "junctions)"),
            [QgsProcessing.SourceType.TypeVectorLine], optional=True))
        double = QgsProcessingParameterNumber.Type.Double
        self.addParameter(QgsProcessingParameterNumber(
            self.NETWORK_TEMPERATURE, translate("wasteheatdh", "Network supply temperature (°C)"),
            double, defaults.NETWORK_TEMPERATURE_C))
        self.addParameter(QgsProcessingParameterNumber(
            self.DETOUR_FACTOR, translate("wasteheatdh", "Detour factor (without roads)"), double,
            defaults.DETOUR_FACTOR, minValue=1.0))
        econ = HeatEconomics  # the core's defaults (sources in core/reference/defaults.py)
        for name, label, default, minimum in (
            (self.RATE_PCT, translate("wasteheatdh", "Discount rate (%)"), econ.rate * 100.0,
             0.0),
            (self.YEARS, translate("wasteheatdh", "Depreciation period (years)"), econ.years,
             1.0),
            (self.OM_PCT, translate("wasteheatdh", "Operation and maintenance (% of investment "
                                                   "per year)"), econ.om_share * 100.0, 0.0),
            (self.CEILING_EUR_MWH, translate("wasteheatdh", "Highest transmission cost "
                                                            "(EUR/MWh)"),
             econ.ceiling_eur_mwh, 0.0),
            (self.MWH_PER_DWELLING, translate("wasteheatdh", "Heat per dwelling equivalent "
                                                             "(MWh/yr)"),
             econ.mwh_per_dwelling, 0.1),
        ):
            self.addParameter(advanced(QgsProcessingParameterNumber(
                name, label, double, default, minValue=minimum)))
        add_seasonal_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.LINKS, translate("wasteheatdh", "Waste-heat DH links"),
            QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, translate("wasteheatdh", "Heat sources summary"),
            QgsProcessing.SourceType.TypeVector))
        self.addOutput(QgsProcessingOutputNumber(
            "FEASIBLE_LINKS", translate("wasteheatdh", "Number of feasible links")))
        for name, label in (
            ("USABLE_HEAT_MWH_YR",
             translate("wasteheatdh", "Usable heat of the best links, matched month by month "
                                      "(MWh/yr)")),
            ("SOURCE_USED_SHARE",
             translate("wasteheatdh", "Share of the linked sources' heat used")),
            ("DEMAND_COVERED_SHARE",
             translate("wasteheatdh", "Share of the linked areas' demand covered")),
            ("BACKUP_PEAK_MW",
             translate("wasteheatdh", "Peak backup capacity of the linked areas (MW)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    # -- reading ---------------------------------------------------------------------------
    @staticmethod
    def _frame(source, crs, context, feedback, geometry=True):
        """The source as a (Geo)DataFrame, reprojected to ``crs`` when it is in another CRS."""
        from ...qgis_bridge.frames import source_to_frame

        if geometry and source.sourceCrs() != crs:
            request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
            source = source.materialize(request, feedback)
        return source_to_frame(source, feedback, geometry=geometry)

    def _column(self, parameters, context, name, frame, required_what=None):
        """The field chosen for ``name``, else the first guess the frame has, else None."""
        chosen = self.parameterAsString(parameters, name, context)
        if chosen:
            return chosen
        lower = {c.lower(): c for c in frame.columns}
        for guess in GUESSES[name]:
            if guess in lower:
                return lower[guess]
        return None

    def _checked_points(self, parameters, context, sites, feedback):
        """The rows of the heat sources layer that have a point, through the validation layer:
        a layer of lines or polygons is refused, as are swapped coordinates; rows without a
        point are left out and named (by their id, else their number)."""
        from ...core.validation.findings import InputReport
        from ...core.validation.geometry import POINT, check_features, row_names
        from ..synergy_inputs import core_errors, push_report

        report = InputReport()
        id_column = self._column(parameters, context, "SOURCE_ID_FIELD", sites)
        names = (sites[id_column].astype(str).to_numpy() if id_column in sites.columns
                 else row_names(len(sites)))
        with core_errors():
            _geometry, usable, _repaired = check_features(
                sites.geometry.array, (POINT,), translate("wasteheatdh", "heat sources"), names,
                sites.crs, report)
        push_report(feedback, report)
        return sites if usable.all() else sites[usable].reset_index(drop=True)

    def _point_sources(self, parameters, context, sites, feedback):
        """Sources read from the point layer's own fields; their ids clean and unique, their
        numbers read with the one parser (rows with text, infinite, absurd or negative values
        left out and named)."""
        import geopandas as gpd
        import numpy as np
        import pandas as pd

        from ...core.validation.bounds import MAX_ENERGY_MWH_YR, MAX_HOURS_PER_YEAR, MAX_POWER_MW
        from ...core.validation.sites import site_numbers
        from ..input_readers import checked_site_table
        from ..synergy_inputs import core_errors, push_report

        heat_bounds = {"heat_mwh_yr": MAX_ENERGY_MWH_YR, "capacity_mw": MAX_POWER_MW,
                       "hours_per_year": MAX_HOURS_PER_YEAR}

        columns = {}
        for name, target in (("HEAT_FIELD", "heat_mwh_yr"), ("CAPACITY_FIELD", "capacity_mw"),
                             ("TEMPERATURE_FIELD", "temperature_c"),
                             ("HOURS_FIELD", "hours_per_year"), ("NAME_FIELD", "name")):
            column = self._column(parameters, context, name, sites)
            if column is not None:
                columns[target] = sites[column]
                feedback.pushInfo(translate("wasteheatdh", "{what}: field {field}").format(
                    what=target, field=column))
        if "heat_mwh_yr" not in columns and "capacity_mw" not in columns:
            raise QgsProcessingException(translate(
                "wasteheatdh",
                "The heat sources layer has no heat field (MWh/yr) nor capacity field (MW): "
                "choose one of them, or give a resources table."))
        id_column = self._column(parameters, context, "SOURCE_ID_FIELD", sites)
        what = translate("wasteheatdh", "The heat sources layer")
        if id_column is not None:
            ids = checked_site_table(sites, what, id_column)[id_column]
        else:
            ids = pd.Series(np.arange(1, len(sites) + 1)).astype(str)
        frame = gpd.GeoDataFrame({"source_id": ids.to_numpy(), **{
            k: v.to_numpy() for k, v in columns.items()}}, geometry=sites.geometry.values,
            crs=sites.crs)
        with core_errors():
            frame, report = site_numbers(frame, heat_bounds, frame["source_id"], what)
        push_report(feedback, report)
        return frame

    def _resource_sources(self, parameters, context, sites, resources, feedback):
        """One source per heat or steam supply row of the resources table, at its site."""
        from ...core.heat.sources import resource_heat_sources
        from ...core.reference.catalogue import load_catalogue
        from ...core.validation.resources import temperatures_lost_for_sources
        from ..input_readers import checked_resources, checked_site_table

        site_column = self._column(parameters, context, "SOURCE_ID_FIELD", sites) or "site_id"
        if site_column in sites.columns:
            sites = checked_site_table(
                sites, translate("wasteheatdh", "The heat sources layer"), site_column)
        resources = checked_resources(
            resources, feedback, required=(), need_site=True,
            optional={"temperature_c": temperatures_lost_for_sources()})
        try:
            sources, warnings = resource_heat_sources(
                resources, sites, load_catalogue(),
                site_column=site_column,
                name_column=self._column(parameters, context, "NAME_FIELD", sites))
        except ValueError as error:
            raise QgsProcessingException(str(error)) from None
        for warning in warnings:
            feedback.pushWarning(warning)
        return sources

    def _areas(self, parameters, context, areas, report, feedback):
        """The usable DH areas (core.validation.areas): refusals raise InputError, rows left
        out and polygons repaired go to ``report``."""
        from ...core.validation.areas import check_dh_areas, require_areas

        require_areas(areas)
        demand_column = self._column(parameters, context, "AREA_DEMAND_FIELD", areas)
        if demand_column is None:
            raise QgsProcessingException(translate(
                "wasteheatdh", "The DH areas layer has no demand_gwh_yr field: choose the field "
                               "with each area's demand in GWh/yr."))
        feedback.pushInfo(translate("wasteheatdh", "Area demand: field {field} (GWh/yr)").format(
            field=demand_column))
        id_column = self._column(parameters, context, "AREA_ID_FIELD", areas)
        # No dwelling_eq column on purpose: the core then counts dwellings as heat delivered /
        # the MWh per dwelling of this run, not with the figure the areas were made with.
        return check_dh_areas(areas, id_column, demand_column, report)

    def _areas_and_roads(self, parameters, context, areas_source, roads_source, crs, feedback):
        """(areas, roads or None) read through the validation layer, in ``crs``; refusals
        become Processing errors, repairs and rows left out warnings."""
        from ...core.validation.findings import InputError, InputReport
        from ...core.validation.roads import check_roads

        report = InputReport()
        try:
            areas = self._areas(parameters, context,
                                self._frame(areas_source, crs, context, None), report, feedback)
            roads = (check_roads(self._frame(roads_source, crs, context, None), report)
                     if roads_source else None)
        except InputError as error:
            raise QgsProcessingException(str(error)) from None
        for message in report.messages:
            feedback.pushWarning(message)
        return areas, roads

    # -- run ------------------------------------------------------------------------------
    def compute(self, parameters, context, feedback):
        import numpy as np

        from ...core.heat.waste_heat import MISSING_HOURS, OUTSIDE_EXTENT, waste_heat_links
        from ...qgis_bridge.frames import style_output, write_frame

        areas_source = self.parameterAsSource(parameters, self.AREAS, context)
        sites_source = self.parameterAsSource(parameters, self.SOURCES, context)
        if areas_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AREAS))
        if sites_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SOURCES))
        crs = areas_source.sourceCrs()
        require_metric_crs(crs, translate("wasteheatdh", "The DH areas layer"))
        resources_source = self.parameterAsSource(parameters, self.RESOURCES, context)
        roads_source = self.parameterAsSource(parameters, self.ROADS, context)

        areas, roads = self._areas_and_roads(parameters, context, areas_source, roads_source,
                                             crs, feedback)
        sites = self._checked_points(parameters, context,
                                     self._frame(sites_source, crs, context, None), feedback)
        if resources_source is not None:
            table = self._frame(resources_source, crs, context, None, geometry=False)
            sources = self._resource_sources(parameters, context, sites, table, feedback)
        else:
            sources = self._point_sources(parameters, context, sites, feedback)
        if sources.empty:
            raise QgsProcessingException(translate(
                "wasteheatdh", "No heat source to link: the heat sources layer is empty."))
        demand_profile, supply_profile = seasonal_profiles(self, parameters, context, feedback)
        feedback.setProgress(30.0)
        econ = HeatEconomics(
            rate=self.parameterAsDouble(parameters, self.RATE_PCT, context) / 100.0,
            years=self.parameterAsDouble(parameters, self.YEARS, context),
            om_share=self.parameterAsDouble(parameters, self.OM_PCT, context) / 100.0,
            ceiling_eur_mwh=self.parameterAsDouble(parameters, self.CEILING_EUR_MWH, context),
            mwh_per_dwelling=self.parameterAsDouble(parameters, self.MWH_PER_DWELLING, context),
        )
        feedback.pushInfo(translate(
            "wasteheatdh", "{sources} heat sources, {areas} DH areas{roads}.").format(
            sources=len(sources), areas=len(areas),
            roads=translate("wasteheatdh", ", along {n} road lines").format(n=len(roads))
            if roads is not None else ""))
        try:
            result = waste_heat_links(
                sources, areas, econ,
                network_temperature_c=self.parameterAsDouble(
                    parameters, self.NETWORK_TEMPERATURE, context),
                detour_factor=self.parameterAsDouble(parameters, self.DETOUR_FACTOR, context),
                roads=roads, demand_profile=demand_profile, supply_profile=supply_profile)
        except ValueError as error:  # CrsError included
            raise QgsProcessingException(str(error)) from None
        feedback.setProgress(80.0)
        for note in result.notes:
            feedback.pushInfo(note)
        summary = result.summary
        missing_hours = summary["flags"].str.contains(MISSING_HOURS, regex=False)
        if missing_hours.any():
            feedback.pushWarning(translate(
                "wasteheatdh", "Sources with a capacity in MW but no hours per year (not "
                               "linked, flagged in the summary): {ids}").format(
                ids=", ".join(summary.loc[missing_hours, "source_id"].astype(str))))
        links = result.links
        outside = summary["flags"].str.contains(OUTSIDE_EXTENT, regex=False)
        if outside.all() and links.empty:
            feedback.pushWarning(translate(
                "wasteheatdh", "Every heat source lies outside the extent of the DH areas and "
                               "none reaches an area: check that the sources are where they "
                               "should be (layer CRS, coordinates) and that the areas cover "
                               "the same region."))
        feasible = int(np.count_nonzero(links["feasible"])) if len(links) else 0
        feedback.pushInfo(translate(
            "wasteheatdh", "{links} candidate links, {feasible} feasible at {ceiling:g} "
                           "EUR/MWh or less.").format(
            links=len(links), feasible=feasible, ceiling=econ.ceiling_eur_mwh))
        for row in summary[summary["feasible_areas"] > 0].itertuples():
            feedback.pushInfo(translate(
                "wasteheatdh", "{source} ({name}): best area {area}, {heat:,.0f} MWh/yr at "
                               "{cost:.2f} EUR/MWh.").format(
                source=row.source_id, name=row.name, area=row.best_area_id,
                heat=row.best_heat_delivered_mwh_yr, cost=row.best_lcoh_eur_mwh))

        links_id = write_frame(self, parameters, context, self.LINKS, links,
                               QgsWkbTypes.Type.LineString, crs, feedback)
        summary_id = write_frame(self, parameters, context, self.SUMMARY, summary,
                                 QgsWkbTypes.Type.NoGeometry, crs, feedback)
        style_output(context, links_id, "dh_links",
                     translate("wasteheatdh", "Waste-heat DH links"))
        feedback.setProgress(100.0)
        return {self.LINKS: links_id, self.SUMMARY: summary_id, "FEASIBLE_LINKS": feasible,
                **self._seasonal_totals(links, summary, feedback)}

    @staticmethod
    def _seasonal_totals(links, summary, feedback) -> dict:
        """Number outputs of the seasonal matching, over the best feasible link of each
        source (the first one: links are sorted by source, then cost)."""
        best = links[links["feasible"].astype(bool)].drop_duplicates("source_id")
        linked = summary[summary["source_id"].isin(best["source_id"])]
        usable = float(best["usable_heat_mwh_yr"].sum())
        heat = float(linked["heat_mwh_yr"].sum())
        # coverage_share = heat delivered / the area's demand, both positive on a link.
        demand = float((best["heat_delivered_mwh_yr"] / best["coverage_share"]).sum())
        backup = float(best["backup_peak_mw"].sum())
        totals = {
            "USABLE_HEAT_MWH_YR": usable,
            "SOURCE_USED_SHARE": usable / heat if heat > 0 else 0.0,
            "DEMAND_COVERED_SHARE": usable / demand if demand > 0 else 0.0,
            "BACKUP_PEAK_MW": backup,
        }
        if len(best):
            feedback.pushInfo(translate(
                "wasteheatdh",
                "Seasonal matching of the best links: {usable:,.0f} MWh/yr usable of "
                "{annual:,.0f} MWh/yr on annual totals; {used:.0%} of the sources' heat used, "
                "{covered:.0%} of the areas' demand covered; peak backup {backup:,.1f} "
                "MW.").format(
                usable=usable, annual=float(best["heat_delivered_mwh_yr"].sum()),
                used=totals["SOURCE_USED_SHARE"], covered=totals["DEMAND_COVERED_SHARE"],
                backup=backup))
        return totals

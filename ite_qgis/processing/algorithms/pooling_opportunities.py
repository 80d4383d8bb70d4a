"""ite:poolingopportunities: nearby sites that could share a collection, a purchase or equipment."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core.common.i18n import translate
from ...core.common.numbers import number
from ...core.reference import defaults
from ..base import IteAlgorithm, figure
from ..synergy_inputs import catalogue_file_parameter, resources_parameter, sites_parameter

_DOUBLE = QgsProcessingParameterNumber.Type.Double


class PoolingOpportunities(IteAlgorithm):
    NAME = "poolingopportunities"
    GROUP = "synergies"
    SITES, RESOURCES, RADIUS_KM = "SITES", "RESOURCES", "RADIUS_KM"
    TREATMENT_SITES = "TREATMENT_SITES"
    PAYLOAD_T, CATALOGUE, CLUSTERS, MEMBERS = "PAYLOAD_T", "CATALOGUE", "CLUSTERS", "MEMBERS"

    def displayName(self):  # noqa: N802
        return translate("poolingopportunities", "Pooling opportunities")

    def shortDescription(self):  # noqa: N802
        return translate(
            "poolingopportunities",
            "Clusters of nearby sites with the same waste or the same need, where a shared "
            "collection, purchase or piece of equipment would save truck-km."
        )

    def parameter_help(self):
        return {
            self.RADIUS_KM: translate(
                "poolingopportunities",
                "Sites at most this far apart, in km, are linked; a chain of close sites forms "
                "one cluster, which can be longer than the distance (default {default} km)."
            ).format(default=figure(defaults.POOLING_RADIUS_M / 1000.0)),
            self.TREATMENT_SITES: translate(
                "poolingopportunities",
                "Points where the collected waste goes, in the CRS of the sites, to count the "
                "truck-km saved. Empty: the hub of each cluster is the destination."
            ),
            self.PAYLOAD_T: translate(
                "poolingopportunities",
                "Tonnes one truck carries per round, to count the rounds and truck-km (default "
                "{default} t, a typical European articulated tipper or skip lorry)."
            ).format(default=figure(defaults.TRUCK_PAYLOAD_T)),
            self.CLUSTERS: translate(
                "poolingopportunities",
                "One hub point per cluster of sites with the same resource and direction, with "
                "the total quantity, rounds per year and truck-km saved."
            ),
            self.MEMBERS: translate(
                "poolingopportunities",
                "One row per site of each cluster, with its quantity and distance to the hub."
            ),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            sites_parameter(
                self.SITES, translate("poolingopportunities", "Sites (points with site_id)")
            )
        )
        self.addParameter(resources_parameter(self.RESOURCES))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RADIUS_KM,
                translate("poolingopportunities", "Linking distance between sites (km)"),
                _DOUBLE,
                defaults.POOLING_RADIUS_M / 1000.0,
                minValue=0.001,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.TREATMENT_SITES,
                translate("poolingopportunities", "Treatment sites (points)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PAYLOAD_T,
                translate("poolingopportunities", "Truck payload (t)"),
                _DOUBLE,
                defaults.TRUCK_PAYLOAD_T,
                minValue=0.001,
            )
        )
        self.addParameter(catalogue_file_parameter(self.CATALOGUE))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.CLUSTERS,
                translate("poolingopportunities", "Pooling clusters (hubs)"),
                QgsProcessing.SourceType.TypeVectorPoint,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.MEMBERS,
                translate("poolingopportunities", "Cluster members"),
                QgsProcessing.SourceType.TypeVector,
            )
        )
        self.addOutput(
            QgsProcessingOutputNumber(
                "N_CLUSTERS", translate("poolingopportunities", "Number of clusters")
            )
        )

    def compute(self, parameters, context, feedback):
        from ...core.synergies.pooling import pooling_opportunities
        from ...qgis_bridge.frames import style_output, write_frame
        from ..inputs import catalogue_parameter
        from ..synergy_inputs import (
            core_errors,
            multi_step,
            output_crs,
            push_notes,
            read_resources,
            read_sites,
        )

        steps = multi_step(4, feedback)
        catalogue = catalogue_parameter(self, parameters, context, self.CATALOGUE)
        sites, sites_source = read_sites(
            self,
            parameters,
            context,
            self.SITES,
            steps,
            translate("poolingopportunities", "The sites layer"),
        )
        steps.setCurrentStep(1)
        resources = read_resources(self, parameters, context, self.RESOURCES, steps, catalogue,
                                   required=("resource_id", "resource", "quantity"))
        treatment = None
        if self.parameterAsSource(parameters, self.TREATMENT_SITES, context) is not None:
            treatment, treatment_source = read_sites(
                self,
                parameters,
                context,
                self.TREATMENT_SITES,
                steps,
                translate("poolingopportunities", "The treatment sites layer"),
                require_id=False,
            )
            if treatment_source.sourceCrs() != sites_source.sourceCrs():
                raise QgsProcessingException(
                    translate(
                        "poolingopportunities",
                        "The sites are in {sites} and the treatment sites in {treatment}: "
                        "reproject them to one CRS and run the tool again."
                    ).format(
                        sites=sites_source.sourceCrs().authid(),
                        treatment=treatment_source.sourceCrs().authid(),
                    )
                )
        steps.setCurrentStep(2)
        with core_errors():
            result = pooling_opportunities(
                sites,
                resources,
                radius_m=self.parameterAsDouble(parameters, self.RADIUS_KM, context) * 1000.0,
                treatment_sites=treatment,
                payload_t=self.parameterAsDouble(parameters, self.PAYLOAD_T, context),
                catalogue=catalogue,
            )
        steps.setCurrentStep(3)
        push_notes(feedback, result.notes)
        clusters = result.clusters
        crs = output_crs(clusters, sites, sites_source)
        clusters_dest = write_frame(
            self, parameters, context, self.CLUSTERS, clusters, QgsWkbTypes.Type.Point, crs, steps
        )
        style_output(context, clusters_dest, "pooling_clusters")
        members_dest = write_frame(
            self,
            parameters,
            context,
            self.MEMBERS,
            result.members,
            QgsWkbTypes.Type.NoGeometry,
            crs,
            steps,
        )
        saved = clusters["truck_km_saved_yr"].astype(float).sum() if len(clusters) else 0.0
        feedback.pushInfo(
            translate(
                "poolingopportunities",
                "{count} clusters of {members} site rows; about {km} truck-km/yr saved where "
                "estimated."
            ).format(count=len(clusters), members=len(result.members), km=number(saved))
        )
        steps.setProgress(100.0)
        return {
            self.CLUSTERS: clusters_dest,
            self.MEMBERS: members_dest,
            "N_CLUSTERS": len(clusters),
        }


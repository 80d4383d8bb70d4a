"""Every algorithm of the provider, one module each."""

from .allocate_synergies import AllocateSynergies
from .create_territory import CreateTerritory
from .dh_network import DhNetwork
from .dh_potential_areas import DhPotentialAreas
from .export_synergy_map import ExportSynergyMap
from .export_tables import ExportTables
from .find_synergies import FindSynergies
from .flow_map import FlowMap
from .heat_density_grid import HeatDensityGrid
from .import_inventory import ImportInventory
from .load_industrial_sites import LoadIndustrialSites
from .pooling_opportunities import PoolingOpportunities
from .report import Report
from .sample_territory import SampleTerritory
from .siting_potential import SitingPotential
from .suggest_codes import SuggestCodes
from .territorial_metabolism import TerritorialMetabolism
from .validate_inventory import ValidateInventory
from .waste_heat_dh import WasteHeatDh

ALGORITHMS = (
    CreateTerritory,
    SampleTerritory,
    ImportInventory,
    SuggestCodes,
    LoadIndustrialSites,
    ValidateInventory,
    HeatDensityGrid,
    DhPotentialAreas,
    WasteHeatDh,
    DhNetwork,
    FindSynergies,
    AllocateSynergies,
    PoolingOpportunities,
    SitingPotential,
    FlowMap,
    TerritorialMetabolism,
    ExportSynergyMap,
    Report,
    ExportTables,
)

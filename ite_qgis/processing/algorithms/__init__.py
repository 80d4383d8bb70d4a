"""Every algorithm of the provider, one module each."""

from .create_territory import CreateTerritory
from .import_inventory import ImportInventory
from .sample_territory import SampleTerritory
from .validate_inventory import ValidateInventory

ALGORITHMS = (
    CreateTerritory,
    SampleTerritory,
    ImportInventory,
    ValidateInventory,
)

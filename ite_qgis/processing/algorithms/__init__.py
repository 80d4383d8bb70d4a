"""Every algorithm of the provider, one module each."""

from .create_territory import CreateTerritory

ALGORITHMS = (CreateTerritory,)

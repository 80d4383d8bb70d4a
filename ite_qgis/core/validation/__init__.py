"""The one input-validation layer: every algorithm checks what it reads here, the same way.

Each module checks one kind of input (sites, resources, flows, synergies, DH areas, rasters,
roads) and returns the usable rows with an :class:`InputReport`: what was refused (an
:class:`InputError` with a translated message that says what to fix), repaired (invalid
geometries made valid, single-part multi-points made points), left out (each row named with its
reason) or missing but optional (a warning that names what is lost). Nothing is dropped without
a word. ``findings`` holds the shared types and ``bounds`` the documented upper bound of a
quantity per unit family. Imports ``common`` and ``reference`` only; this package file imports
nothing, so the plugin loads without pandas.
"""

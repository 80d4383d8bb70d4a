"""ITE for QGIS: industrial and territorial ecology in QGIS.

The package imports nothing from QGIS at module level, so ``ite_qgis.core`` can be used and
tested without QGIS. QGIS calls :func:`classFactory` to create the plugin.
"""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    """Create the plugin. Never touches ``iface`` here: qgis_process passes none."""
    from .plugin import ItePlugin

    return ItePlugin(iface)

"""QGIS side of the plugin: layers <-> core tables, output sinks, styles, translation."""

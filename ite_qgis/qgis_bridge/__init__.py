"""QGIS side of the plugin: layers and features <-> core tables, output sinks, styles, translation."""

"""QGIS side of the plugin: layers <-> core tables, output sinks, styles and their legends,
translation and a run's language. Imports the core only (never layout, processing or gui)."""

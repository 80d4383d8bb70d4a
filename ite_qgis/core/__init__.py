"""Pure-Python core of ITE for QGIS.

Takes plain tables (pandas DataFrames, GeoDataFrames, numpy arrays) and returns plain tables.
Never imports ``qgis`` or Qt, so it can be tested, benchmarked and scaled out on its own.
Sub-modules import numpy, scipy, shapely, geopandas and pyproj themselves; this package file
imports none of them, so ``ite_qgis.core.dependencies`` works when they are missing.
"""

"""Pure-Python core of ITE for QGIS: one subpackage per domain, matching the Processing groups.

- ``common``: what every domain uses: translation, numbers, units, CRS, files, labels.
- ``reference``: reference data: the resource catalogue, NACE codes, the knowledge base, economics.
- ``validation``: the one input-validation layer: every algorithm checks what it reads there.
- ``territory``: the territory model and the inventory import and checks.
- ``synergies``: candidate synergies, their allocation, pooling and indicators.
- ``heat``: heat density, district heating potential areas, waste-heat links.
- ``flows``: flow lines for maps, the territorial metabolism and its Sankey diagram.
- ``publishing``: public copies of confidential data and table exports.
- ``samples``: the embedded Dunkirk sample territory and its synthetic heat grid.

Imports go down only: ``common`` imports no other subpackage, ``reference`` only ``common``,
``validation`` those two, the domains those three (``flows`` also ``publishing``), ``samples``
anything below it.
Takes plain tables (pandas DataFrames, GeoDataFrames, numpy arrays) and returns plain tables.
Never imports ``qgis`` or Qt, so it can be tested, benchmarked and scaled out on its own.
Modules import numpy, scipy, shapely, geopandas, pyproj and osgeo (GDAL: in every QGIS, and not
QGIS) themselves; no package file imports them, so ``ite_qgis.core.common.dependencies`` works
when they are missing.
"""

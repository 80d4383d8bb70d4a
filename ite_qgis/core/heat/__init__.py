"""Heat: demand density, district heating potential areas and waste-heat links to them.

Heat demand density grids (``heat_density``), DH potential areas from a density raster
(``dh_areas``, outlines by GDAL Polygonize in ``label_outlines``) and waste-heat sources linked
to DH areas within the economic transmission distance (``waste_heat``).
"""

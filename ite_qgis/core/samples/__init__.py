"""The embedded sample territory (Dunkirk) and its SYNTHETIC heat demand grid, for demos and tests.

``dunkirk`` reads the sample's sites, resources and flows; ``synthetic_heat`` makes the made-up
heat density raster of the Dunkirk agglomeration.
"""

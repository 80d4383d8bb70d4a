"""The embedded sample territory (Dunkirk port and industrial zone) as core tables.

The CSV files in ``resources/samples/dunkirk/`` hold the sites (lon/lat), their resources and the
known flows; ``SOURCES.md`` beside them documents every figure and says which are illustrative.
"""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import shapely

from ... import assets
from ..territory import schema

SAMPLE = "dunkirk"
# Lambert-93, the French metric CRS, in which French planners receive their data.
DEFAULT_CRS = "EPSG:2154"


def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(
        assets.samples_dir() / SAMPLE / name,
        dtype={"nace": str, "site_id": str},
        keep_default_na=True,
    )


def sample_territory(crs: str = DEFAULT_CRS):
    """(sites GeoDataFrame, resources DataFrame, flows GeoDataFrame) in ``crs``."""
    raw_sites = _read("sites.csv")
    sites = gpd.GeoDataFrame(
        raw_sites[schema.names(schema.SITES)],
        geometry=gpd.points_from_xy(raw_sites["x"], raw_sites["y"]),
        crs="EPSG:4326",
    ).to_crs(crs)
    # Every code of the sample was given, none suggested: the CSV has no code_suggested column.
    resources = _read("resources.csv").assign(code_suggested=0)[schema.names(schema.RESOURCES)]
    raw_flows = _read("flows.csv")
    lines = _lines(sites.set_index("site_id").geometry, raw_flows)
    flows = gpd.GeoDataFrame(raw_flows[schema.names(schema.FLOWS)], geometry=lines, crs=crs)
    return sites, resources, flows


def _lines(points: gpd.GeoSeries, flows: pd.DataFrame):
    """Straight lines from each flow's supplier to its receiver (vectorised)."""
    import numpy as np

    start = shapely.get_coordinates(points.loc[flows["from_site"]].values)
    end = shapely.get_coordinates(points.loc[flows["to_site"]].values)
    coords = np.stack([start, end], axis=1)  # (n, 2 points, 2 coordinates)
    return shapely.linestrings(coords)


def heat_grid_path():
    """The synthetic heat demand grid generated at build time (ESRI ASCII grid, Lambert-93)."""
    from .synthetic_heat import SYNTHETIC_GRID_FILENAME

    return assets.samples_dir() / SAMPLE / SYNTHETIC_GRID_FILENAME

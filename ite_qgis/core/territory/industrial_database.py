"""The Hotmaps industrial database: reading it and choosing the rows of a region.

The database (Manz & Fleiter, Hotmaps project, CC BY 4.0) lists about 5,000 European industrial
sites, one per row: names, sub-sector, ETS and E-PRTR CO2 emissions of 2014 in t/yr, fuel
demand and excess heat in three temperature bands in GWh/yr, the point as
``SRID=4326;POINT(lon lat)`` and the NUTS 2 region. The plugin ships a copy
(``resources/industrial/``, README.md there); a newer file with the same columns may be given
instead. :mod:`.industrial_sites` turns the chosen rows into a territory.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ... import assets
from ..common.i18n import translate
from ..common.ids import listed
from ..common.numbers import number

# Canonical column names (those of the shipped file) of the columns the load reads.
SITE_ID, COMPANY, NAME, ADDRESS = "SiteID", "CompanyName", "SiteName", "Address"
CITY_CODE, CITY, COUNTRY, GEOM = "CityCode", "City", "Country", "geom"
SUBSECTOR, FUEL = "Subsector", "Fuel_Demand"
ETS, EPRTR = "Emissions_ETS_2014", "Emissions_EPRTR_2014"
HEAT_100_200, HEAT_200_500, HEAT_500 = (
    "Excess_Heat_100-200C", "Excess_Heat_200-500C", "Excess_Heat_500C")
NUTS2 = "Nuts2_ID"
COLUMNS = (SITE_ID, COMPANY, NAME, ADDRESS, CITY_CODE, CITY, COUNTRY, GEOM, SUBSECTOR, ETS,
           EPRTR, FUEL, HEAT_100_200, HEAT_200_500, HEAT_500, NUTS2)
NUMBER_COLUMNS = (ETS, EPRTR, FUEL, HEAT_100_200, HEAT_200_500, HEAT_500)
# The units of the number columns, as the Hotmaps toolbox states them.
UNITS = {ETS: "t/yr", EPRTR: "t/yr", FUEL: "GWh/yr", HEAT_100_200: "GWh/yr",
         HEAT_200_500: "GWh/yr", HEAT_500: "GWh/yr"}
# Europe as the database covers it (Canary Islands to northern Norway, Iceland to Cyprus), in
# degrees: an extent or region that misses this box is outside the database.
EUROPE_LON_LAT = (-32.0, 27.0, 45.0, 72.0)
# A point as the database writes it: 'SRID=4326;POINT(15.067806 47.03378)' (SRID optional).
_POINT = r"POINT\s*\(\s*([-+]?[0-9.]+(?:[eE][-+]?\d+)?)\s+([-+]?[0-9.]+(?:[eE][-+]?\d+)?)\s*\)"
# A NUTS 2 id: two letters (the country) and two letters or digits.
_NUTS2 = re.compile(r"^[A-Z]{2}[A-Z0-9]{2}$")


class IndustrialDataError(ValueError):
    """The database file or a filter cannot be used; the message (translated) says why."""


def shipped_database() -> Path:
    """The copy of the Hotmaps industrial database shipped with the plugin."""
    return assets.industrial_dir() / "industrial_database.csv"


@lru_cache(maxsize=1)
def subsector_table() -> pd.DataFrame:
    """The documented sub-sector -> NACE choice (``resources/industrial/subsectors.csv``),
    indexed by sub-sector; ``nace`` is empty for a sub-sector with no NACE code."""
    table = pd.read_csv(assets.industrial_dir() / "subsectors.csv", dtype=str,
                        keep_default_na=False)
    return table.set_index("subsector")


def _key(name: object) -> str:
    """Column names compared without case, spaces, dashes or underscores (a database export may
    write ``excess_heat_100_200c`` for ``Excess_Heat_100-200C``)."""
    return re.sub(r"[^0-9a-z]", "", str(name).lower())


def read_database(path: str | Path | None = None) -> pd.DataFrame:
    """The database as text cells, its columns renamed to :data:`COLUMNS`; the shipped copy when
    ``path`` is None. :class:`IndustrialDataError` when the file cannot be read or lacks a
    column."""
    path = Path(path) if path else shipped_database()
    if not path.is_file():
        raise IndustrialDataError(translate(
            "industrialsites", "The industrial database file {path} does not exist."
        ).format(path=path))
    frame = None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            with open(path, encoding=encoding) as handle:
                header = handle.readline()
            separator = ";" if header.count(";") >= header.count(",") else ","
            frame = pd.read_csv(path, sep=separator, dtype=str, keep_default_na=False,
                                encoding=encoding)
            break
        except UnicodeDecodeError:
            continue
        except (pd.errors.ParserError, pd.errors.EmptyDataError, OSError) as error:
            raise IndustrialDataError(translate(
                "industrialsites", "The industrial database file {path} cannot be read as a "
                "CSV table: {error}"
            ).format(path=path, error=error)) from error
    if frame is None:
        raise IndustrialDataError(translate(
            "industrialsites", "The industrial database file {path} is neither UTF-8 nor "
            "Windows-1252 text."
        ).format(path=path))
    return _canonical_columns(frame, path)


def _canonical_columns(frame: pd.DataFrame, path: Path) -> pd.DataFrame:
    found = {_key(column): column for column in frame.columns}
    missing = [column for column in COLUMNS if _key(column) not in found]
    if missing:
        raise IndustrialDataError(translate(
            "industrialsites", "The file {path} is not the Hotmaps industrial database: it lacks "
            "the columns {missing}. A newer file given in place of the shipped one must keep "
            "the columns of the Hotmaps industrial database: {expected}."
        ).format(path=path.name, missing=listed(missing), expected=", ".join(COLUMNS)))
    renamed = frame.rename(columns={found[_key(c)]: c for c in COLUMNS})
    return renamed[list(COLUMNS)].apply(lambda column: column.str.strip())


def points(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """(longitude, latitude) of each row from its ``geom`` cell; NaN where the cell holds no
    point in degrees."""
    found = frame[GEOM].str.extract(_POINT, flags=re.IGNORECASE)
    lon = pd.to_numeric(found[0], errors="coerce").to_numpy(dtype=float)
    lat = pd.to_numeric(found[1], errors="coerce").to_numpy(dtype=float)
    outside = ~((np.abs(lon) <= 180.0) & (np.abs(lat) <= 90.0))
    lon[outside], lat[outside] = np.nan, np.nan
    return lon, lat


def parse_nuts2(text: str | None, known: pd.Series) -> list[str]:
    """'ITC4, itc1; FR10' -> ['ITC4', 'ITC1', 'FR10'], each checked against the ids the
    database uses (``known``); :class:`IndustrialDataError` names those it does not know."""
    ids = [part.upper() for part in re.split(r"[\s,;]+", text or "") if part]
    malformed = [i for i in ids if not _NUTS2.match(i)]
    if malformed:
        raise IndustrialDataError(translate(
            "industrialsites", "{ids}: not NUTS 2 ids. A NUTS 2 id is the country's two "
            "letters and two more characters, e.g. ITC4 (Lombardy) or FR10 (Ile-de-France)."
        ).format(ids=listed(malformed)))
    unknown = sorted(set(ids) - set(known.str.upper()))
    if unknown:
        raise IndustrialDataError(translate(
            "industrialsites", "No site of the industrial database is in the NUTS 2 regions "
            "{ids}: these ids do not exist, or the database uses other ids there (it writes "
            "them as the NUTS version of its time, e.g. ITC4 for Lombardy)."
        ).format(ids=listed(unknown)))
    return list(dict.fromkeys(ids))


def _refuse_outside_europe(bounds: tuple[float, float, float, float], what: str) -> None:
    west, south, east, north = EUROPE_LON_LAT
    lon_min, lat_min, lon_max, lat_max = bounds
    if not np.all(np.isfinite(bounds)) or lon_max < west or lon_min > east \
            or lat_max < south or lat_min > north:
        raise IndustrialDataError(translate(
            "industrialsites", "{what} lies outside Europe (longitude {lon_min} to {lon_max}, "
            "latitude {lat_min} to {lat_max}): the Hotmaps industrial database only covers "
            "European sites."
        ).format(what=what, lon_min=number(lon_min, 2), lon_max=number(lon_max, 2),
                 lat_min=number(lat_min, 2), lat_max=number(lat_max, 2)))


def in_extent(lon: np.ndarray, lat: np.ndarray, extent) -> np.ndarray:
    """Which points lie in ``extent`` (lon_min, lat_min, lon_max, lat_max, in degrees);
    :class:`IndustrialDataError` when the extent misses Europe."""
    bounds = tuple(float(v) for v in extent)
    _refuse_outside_europe(bounds, translate("industrialsites", "The extent"))
    lon_min, lat_min, lon_max, lat_max = bounds
    return (lon >= lon_min) & (lon <= lon_max) & (lat >= lat_min) & (lat <= lat_max)


def in_region(lon: np.ndarray, lat: np.ndarray, region) -> np.ndarray:
    """Which points lie in the polygons of ``region`` (a GeoDataFrame in any CRS, reprojected
    to degrees); :class:`IndustrialDataError` when it has no CRS, no polygon, or misses
    Europe."""
    if region.crs is None:
        raise IndustrialDataError(translate(
            "industrialsites", "The region layer has no coordinate reference system."))
    geometry = region.geometry.to_numpy()
    polygons = geometry[np.isin(shapely.get_type_id(geometry), (3, 6))]
    if len(polygons):
        # Edges densified before the reprojection, so that they stay where they are (a long
        # straight edge in metres is a curve in degrees).
        west, south, east, north = shapely.total_bounds(polygons)
        step = max(east - west, north - south) / 200.0
        polygons = shapely.segmentize(polygons, step) if step > 0 else polygons
        polygons = gpd.GeoSeries(polygons, crs=region.crs).to_crs(4326).to_numpy()
    if not len(polygons):
        raise IndustrialDataError(translate(
            "industrialsites", "The region layer holds no polygon: give the polygons of the "
            "region whose sites to load."))
    area = shapely.union_all(shapely.make_valid(polygons))
    _refuse_outside_europe(tuple(shapely.bounds(area)), translate(
        "industrialsites", "The region layer"))
    shapely.prepare(area)
    located = np.isfinite(lon) & np.isfinite(lat)
    inside = np.zeros(len(lon), dtype=bool)
    inside[located] = shapely.intersects_xy(area, lon[located], lat[located])
    return inside

"""Site locations from an inventory table: x/y columns, WKT, or a join to a layer.

Every row gets target-CRS coordinates, a flag saying whether it carried a location, and, when
its location cannot be trusted, a translated reason. Mistakes caught here are the usual ones:
degrees typed into a metric CRS (Lambert-93 with 2.35, 48.85), metres declared as EPSG:4326,
points far outside the area where the declared CRS is valid (a wrong CRS), text in number
cells, broken WKT, lines given as sites, and join keys with no match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError

from ..common.crs import CrsError, area_of_use, choose_metric_crs
from ..common.i18n import translate
from ..common.reasons import flag
from ..common.units import parse_number_series

# Points may lie a little outside a CRS's area of use (a plant just across a border still uses
# Lambert-93 correctly); a wrong CRS puts them hundreds of kilometres away. 2 degrees (about
# 150-220 km) separates the two cases.
AREA_MARGIN_DEG = 2.0
# Two rows of one site agree on its location when they are this close (target CRS units).
SAME_PLACE_M = 0.01
SAME_PLACE_DEG = 1e-7
# Share of the points that must fit a metric CRS for it to be chosen despite stray points.
MAJORITY_SHARE = 0.75
# CRS used when no row has a location to choose one from.
EUROPE_CRS = "EPSG:3035"

_EWKT = re.compile(r"^\s*SRID\s*=\s*(\d+)\s*;\s*(.*)$", re.IGNORECASE | re.DOTALL)


class LocationError(ValueError):
    """A location parameter is unusable (bad CRS, missing join field); translated message."""


@dataclass
class Located:
    """Where each row is: target-CRS ``x``/``y`` (NaN when none), ``has_geometry``, ``error``;
    ``target`` is the CRS of x/y and ``crs`` its label ('EPSG:2154')."""

    x: np.ndarray
    y: np.ndarray
    has_geometry: np.ndarray
    error: pd.Series
    crs: str
    target: CRS
    notes: list[str] = field(default_factory=list)


def parse_crs(text: object, what: str) -> CRS:
    """CRS from user input, or a translated :class:`LocationError` naming ``what``."""
    try:
        return CRS.from_user_input(text)
    except (CRSError, TypeError, ValueError) as error:
        raise LocationError(
            translate(
                "locate", "{what} '{crs}' is not a coordinate reference system: {error}"
            ).format(what=what, crs=text, error=error)
        ) from error


def crs_label(crs: CRS) -> str:
    """``EPSG:2154`` when the CRS has an EPSG code, else its name."""
    code = crs.to_epsg()
    return f"EPSG:{code}" if code else crs.name


def pick_metric_crs(lon: np.ndarray, lat: np.ndarray) -> CRS:
    """A metric CRS for points given in degrees (see :func:`crs.choose_metric_crs`)."""
    finite = np.isfinite(lon) & np.isfinite(lat)
    if not finite.any():
        return CRS(EUROPE_CRS)
    lon, lat = lon[finite], lat[finite]
    try:
        return choose_metric_crs(lon.min(), lat.min(), lon.max(), lat.max())
    except CrsError as error:
        # A few stray points (a typo, a site abroad) should not stop the import: when most
        # points fit LAEA Europe or the UTM zone of their median, use it; the stray points are
        # then rejected as outside its area of use.
        median_lon, median_lat = float(np.median(lon)), float(np.median(lat))
        for candidate in (
            CRS(EUROPE_CRS),
            choose_metric_crs(median_lon, median_lat, median_lon, median_lat),
        ):
            west, south, east, north = candidate.area_of_use.bounds
            inside = (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)
            if inside.mean() >= MAJORITY_SHARE:
                return candidate
        raise LocationError(
            str(error) + " " + translate("locate", "Or choose a target CRS for the sites.")
        ) from error


def _points_from_geometries(
    geoms: np.ndarray,
    error: pd.Series,
    mask: np.ndarray,
    value: pd.Series,
    notes: list[str],
    context_note: str,
) -> tuple[np.ndarray, np.ndarray]:
    """x, y of point-like geometries; polygons give their point on surface (noted); other
    types and empty geometries are flagged in ``error``."""
    n = len(geoms)
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    present = mask & ~shapely.is_missing(geoms)
    empty = present & shapely.is_empty(geoms)
    flag(error, empty, translate("locate", "geometry '{value}' is empty"), value=value)
    usable = present & ~empty
    kind = shapely.get_type_id(geoms)
    # type ids: 0 point, 1 line, 2 ring, 3 polygon, 4 multipoint, 5 multiline, 6 multipolygon
    single_multipoint = (kind == 4) & (shapely.get_num_geometries(geoms) == 1)
    polygon = usable & np.isin(kind, (3, 6))
    other = usable & ~np.isin(kind, (0, 3, 6)) & ~single_multipoint
    flag(
        error,
        other,
        translate("locate", "geometry '{value}' is not a point or a polygon"),
        value=value,
    )
    points = geoms.copy()
    points[usable & single_multipoint] = shapely.get_geometry(geoms[usable & single_multipoint], 0)
    if polygon.any():
        points[polygon] = shapely.point_on_surface(shapely.make_valid(geoms[polygon]))
        notes.append(context_note.format(n=int(polygon.sum())))
    take = usable & ~other
    coords = shapely.get_coordinates(shapely.force_2d(points[take]))
    if len(coords) == int(take.sum()):
        x[take], y[take] = coords[:, 0], coords[:, 1]
    return x, y


def locate_rows(
    values: dict[str, pd.Series],
    *,
    columns: dict[str, str | None],
    coordinates: str,
    source_crs: object,
    target_crs: object | None,
    join_layer=None,
    join_field: str | None = None,
    decimal: str | None = None,
) -> Located:
    """Locate every row. ``values`` holds the text of the ``x``, ``y``, ``wkt`` and
    ``join_key`` fields (empty strings where unmapped), on one shared RangeIndex; ``columns``
    the user's column names, used in the reasons."""
    index = next(iter(values.values())).index
    error = pd.Series(None, index=index, dtype=object)
    notes: list[str] = []
    row_crs = pd.Series("", index=index, dtype=object)  # '' = the source CRS
    if coordinates == "xy":
        source = parse_crs(source_crs, translate("locate", "Source CRS"))
        x, y, has = _read_xy(values["x"], values["y"], columns, decimal, error)
    elif coordinates == "wkt":
        source = parse_crs(source_crs, translate("locate", "Source CRS"))
        x, y, has, row_crs = _read_wkt(values["wkt"], error, notes)
    elif coordinates == "join":
        x, y, has, source = _join(
            values["join_key"], error, join_layer, join_field, source_crs, notes
        )
    else:
        raise LocationError(
            translate("locate", "Unknown coordinates mode '{mode}' (xy, wkt or join)").format(
                mode=coordinates
            )
        )

    has = has & error.isna().to_numpy()
    label = crs_label(source)
    crs_of = {"": source}
    for code in pd.unique(row_crs[row_crs != ""]):
        crs_of[code] = parse_crs(code, translate("locate", "SRID"))
    group_of = row_crs.to_numpy()
    lon, lat = _lonlat_in_range(error, has, x, y, crs_of, group_of)
    has = has & error.isna().to_numpy()
    target = _target_crs(target_crs, source, lon[has], lat[has], notes)
    if target != source:
        # the sites must also lie where the target CRS is valid
        _check_area(error, has & error.isna().to_numpy(), x, y, lon, lat, target, index)
        has = has & error.isna().to_numpy()
    tx, ty = _to_target(x, y, has, crs_of, group_of, target)
    failed = has & ~(np.isfinite(tx) & np.isfinite(ty))
    flag(
        error,
        failed,
        translate("locate", "coordinates ({x}, {y}) cannot be transformed to {crs}"),
        x=pd.Series(x, index=index),
        y=pd.Series(y, index=index),
        crs=crs_label(target),
    )
    has = has & ~failed
    notes.append(
        translate("locate", "Source CRS {source}; sites stored in {target}").format(
            source=label, target=crs_label(target)
        )
    )
    tx[~has] = np.nan
    ty[~has] = np.nan
    return Located(tx, ty, has, error, crs_label(target), target, notes)


def _read_xy(
    x_text: pd.Series,
    y_text: pd.Series,
    columns: dict[str, str | None],
    decimal: str | None,
    error: pd.Series,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(x, y, has both) from the x and y columns; unreadable or half-given pairs flagged."""
    x, x_bad = parse_number_series(x_text, decimal)
    y, y_bad = parse_number_series(y_text, decimal)
    x_col, y_col = columns.get("x") or "x", columns.get("y") or "y"
    flag(
        error,
        x_bad,
        translate("locate", "{column} '{value}' is not a number"),
        column=x_col,
        value=x_text,
    )
    flag(
        error,
        y_bad,
        translate("locate", "{column} '{value}' is not a number"),
        column=y_col,
        value=y_text,
    )
    flag(
        error,
        x.notna() & y.isna() & ~y_bad,
        translate("locate", "{column} is given but {other} is empty"),
        column=x_col,
        other=y_col,
    )
    flag(
        error,
        y.notna() & x.isna() & ~x_bad,
        translate("locate", "{column} is given but {other} is empty"),
        column=y_col,
        other=x_col,
    )
    x, y = x.to_numpy(), y.to_numpy()
    return x, y, np.isfinite(x) & np.isfinite(y)


def _read_wkt(
    text: pd.Series, error: pd.Series, notes: list[str]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, pd.Series]:
    """(x, y, has a point, CRS of each row: 'EPSG:<srid>' of an EWKT, '' for the source CRS)
    from a WKT or EWKT column; unreadable geometries flagged."""
    parts = text.str.extract(_EWKT)
    srid = parts[0].fillna("")
    body = parts[1].where(parts[1].notna(), text)
    row_crs = ("EPSG:" + srid).where(srid != "", "")
    given = (body.str.strip() != "").to_numpy()
    geoms = np.full(len(text), None, dtype=object)
    if given.any():
        geoms[given] = shapely.from_wkt(body[given].to_numpy(), on_invalid="ignore")
    unreadable = given & shapely.is_missing(geoms)
    flag(
        error,
        unreadable,
        translate("locate", "geometry '{value}' is not valid WKT"),
        value=text,
    )
    x, y = _points_from_geometries(
        geoms,
        error,
        given,
        text,
        notes,
        translate("locate", "{n} polygons were placed at a point inside each (point on surface)"),
    )
    has = given & np.isfinite(x) & np.isfinite(y)
    if (srid != "").any():
        notes.append(
            translate(
                "locate", "{n} geometries carry their own SRID, used instead of the source CRS"
            ).format(n=int((srid != "").sum()))
        )
    return x, y, has, row_crs


def _lonlat_in_range(
    error: pd.Series,
    has: np.ndarray,
    x: np.ndarray,
    y: np.ndarray,
    crs_of: dict,
    group_of: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Longitude and latitude of the located rows, each group in its CRS; rows out of their
    CRS's range or area of use flagged."""
    index = error.index
    lon = np.full(len(index), np.nan)
    lat = np.full(len(index), np.nan)
    for key, crs in crs_of.items():
        rows = has & (group_of == key)
        if not rows.any():
            continue
        _check_range(error, rows, x, y, crs, index)
        to_lonlat = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
        lon[rows], lat[rows] = _transform(to_lonlat, x[rows], y[rows])
        _check_area(error, rows & error.isna().to_numpy(), x, y, lon, lat, crs, index)
    return lon, lat


def _target_crs(target_crs, source, lon: np.ndarray, lat: np.ndarray, notes: list[str]):
    """The CRS the sites are stored in: the one asked for, else the source CRS when metric,
    else a metric CRS picked for the located points (noted)."""
    if target_crs is not None and target_crs != "":
        return parse_crs(target_crs, translate("locate", "Target CRS"))
    if source.is_projected:
        return source
    target = pick_metric_crs(lon, lat)
    notes.append(
        translate(
            "locate",
            "Sites were given in degrees ({crs}); they are "
            "stored in {target} so that distances are in "
            "metres"
        ).format(crs=crs_label(source), target=crs_label(target))
    )
    return target


def _to_target(
    x: np.ndarray, y: np.ndarray, has: np.ndarray, crs_of: dict, group_of: np.ndarray, target
) -> tuple[np.ndarray, np.ndarray]:
    """Coordinates of the located rows in ``target``, each group from its own CRS."""
    tx = np.full(len(x), np.nan)
    ty = np.full(len(x), np.nan)
    for key, crs in crs_of.items():
        rows = has & (group_of == key)
        if not rows.any():
            continue
        if crs == target:
            tx[rows], ty[rows] = x[rows], y[rows]
        else:
            to_target = Transformer.from_crs(crs, target, always_xy=True)
            tx[rows], ty[rows] = _transform(to_target, x[rows], y[rows])
    return tx, ty


def _transform(
    transformer: Transformer, x: np.ndarray, y: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Transform coordinate arrays (pyproj takes a one-element array for a scalar point and
    warns under numpy >= 1.25, so a single point goes through as floats)."""
    if x.size == 1:
        px, py = transformer.transform(float(x[0]), float(y[0]))
        return np.array([px]), np.array([py])
    px, py = transformer.transform(x, y)
    return np.asarray(px, dtype=float), np.asarray(py, dtype=float)


def _check_range(
    error: pd.Series, rows: np.ndarray, x: np.ndarray, y: np.ndarray, crs: CRS, index: pd.Index
) -> None:
    """Degrees in a projected CRS, or metres in a geographic one."""
    xs, ys = pd.Series(x, index=index), pd.Series(y, index=index)
    small = (np.abs(x) <= 180) & (np.abs(y) <= 90)
    if crs.is_projected:
        flag(
            error,
            rows & small,
            translate(
                "locate",
                "coordinates ({x}, {y}) look like degrees but {crs} is a "
                "projected CRS in metres; declare the source CRS as "
                "EPSG:4326 (or the CRS they were measured in)"
            ),
            x=xs,
            y=ys,
            crs=crs_label(crs),
        )
    elif crs.is_geographic:
        flag(
            error,
            rows & ~small,
            translate(
                "locate",
                "coordinates ({x}, {y}) look like metres but {crs} is a "
                "geographic CRS in degrees; declare the projected CRS they "
                "were measured in"
            ),
            x=xs,
            y=ys,
            crs=crs_label(crs),
        )


def _check_area(
    error: pd.Series,
    rows: np.ndarray,
    x: np.ndarray,
    y: np.ndarray,
    lon: np.ndarray,
    lat: np.ndarray,
    crs: CRS,
    index: pd.Index,
) -> None:
    """Points outside the CRS's area of use (plus a margin) betray a wrong CRS."""
    area = area_of_use(crs)
    finite = np.isfinite(lon) & np.isfinite(lat)
    outside = ~finite
    if area is not None:
        west, south, east, north = area.bounds
        m = AREA_MARGIN_DEG
        if west <= east:
            in_lon = (lon >= west - m) & (lon <= east + m)
        else:  # the area crosses the antimeridian
            in_lon = (lon >= west - m) | (lon <= east + m)
        inside = in_lon & (lat >= south - m) & (lat <= north + m)
        outside = outside | (finite & ~inside)
        area_text = translate(
            "locate", "longitude {w:.2f} to {e:.2f}, latitude {s:.2f} to {n:.2f}"
        ).format(w=west, s=south, e=east, n=north)
    else:
        area_text = "?"
    flag(
        error,
        rows & outside,
        translate(
            "locate",
            "coordinates ({x}, {y}) fall outside the area where {crs} is "
            "used ({area}); is the source CRS right?"
        ),
        x=pd.Series(x, index=index),
        y=pd.Series(y, index=index),
        crs=crs_label(crs),
        area=area_text,
    )


def _join(
    keys: pd.Series,
    error: pd.Series,
    layer,
    join_field: str | None,
    source_crs: object,
    notes: list[str],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, CRS]:
    """Coordinates by matching ``keys`` to ``layer[join_field]``."""
    if layer is None or not join_field:
        raise LocationError(translate("locate", "Joining needs a join layer and a join field"))
    if join_field not in layer.columns:
        raise LocationError(
            translate("locate", "The join layer has no field '{field}' (fields: {fields})").format(
                field=join_field, fields=", ".join(str(c) for c in layer.columns if c != "geometry")
            )
        )
    if getattr(layer, "crs", None) is not None:
        source = CRS.from_user_input(layer.crs)
    else:
        source = parse_crs(source_crs, translate("locate", "Source CRS"))
    layer_keys = layer[join_field].astype(object).where(layer[join_field].notna(), "")
    layer_keys = layer_keys.map(str).str.strip().reset_index(drop=True)
    geoms = np.asarray(layer.geometry.to_numpy(), dtype=object)
    lx, ly = _points_from_geometries(
        geoms,
        pd.Series(None, index=layer_keys.index, dtype=object),
        np.ones(len(geoms), dtype=bool),
        layer_keys,
        notes,
        translate(
            "locate",
            "{n} join-layer polygons were placed at a point inside each (point on surface)"
        ),
    )
    counts = layer_keys[layer_keys != ""].value_counts()
    first = pd.Series(np.arange(len(layer_keys)), index=layer_keys).groupby(level=0).first()
    given = (keys != "").to_numpy()
    position = keys.map(first)
    found = given & position.notna().to_numpy()
    ambiguous = given & keys.isin(counts.index[counts > 1]).to_numpy()
    flag(
        error,
        given & ~found,
        translate("locate", "join key '{value}' is not in field '{field}' of the join layer"),
        value=keys,
        field=join_field,
    )
    flag(
        error,
        ambiguous,
        translate("locate", "join key '{value}' matches several features of the join layer"),
        value=keys,
        field=join_field,
    )
    n = len(keys)
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    pos = position[found].astype(int).to_numpy()
    x[found], y[found] = lx[pos], ly[pos]
    no_geometry = found & ~(np.isfinite(x) & np.isfinite(y))
    flag(
        error,
        no_geometry,
        translate(
            "locate", "the join layer feature with key '{value}' has no usable point or polygon"
        ),
        value=keys,
    )
    return x, y, given & np.isfinite(x) & np.isfinite(y), source

"""Heat demand density grid (MWh/ha) from building footprints or points.

A point puts its whole demand in the cell it falls in. A polygon shares its demand among the cells
it overlaps in proportion to the overlap area, so a building straddling four cells gives each the
share of its floor print that lies there. Polygons inside a single cell (most buildings at 100 m)
skip the geometry work. For those spanning several cells the area in each cell comes from
Green's theorem, in numpy (see :func:`_quadrant_areas`); large polygons with many vertices are
cut against cell boxes with GEOS instead, where that costs less.

The grid is north-up: row 0 is the northern edge. ``transform = (x_min, y_max, cell_m)``: the
cell at (row, col) spans x_min + col * cell_m ... + cell_m and y_max - (row + 1) * cell_m ...
y_max - row * cell_m. Without explicit bounds the grid is snapped to multiples of the cell size,
so grids made from different layers in the same CRS line up (the Hotmaps rasters use the same
rule on EPSG:3035).

Demand is conserved: ``grid.sum() * cell_ha`` equals the demand of every feature that lies inside
the grid. Features that cannot be used (no geometry, lines, NaN or negative demand) or that lie
outside explicit bounds are counted in the report, never dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import shapely

from ..common.crs import CrsError, crs_label, is_metric
from ..common.i18n import translate
from ..reference.defaults import HEAT_CELL_M

M2_PER_HA = 10_000.0
# Refuse grids larger than this many cells (3.2 GB as float64): beyond it the user should use a
# larger cell or a smaller extent.
MAX_GRID_CELLS = 400_000_000
# Work done at once, in (polygon edge x cell corner) pairs of the numpy path, about 120 bytes
# each, so about 250 MB; a GEOS cut of one cell counts as 50 pairs.
WORK_PER_CHUNK = 2_000_000
GEOS_PIECE_WORK = 50


@dataclass
class HeatDensityGrid:
    """Result of :func:`heat_density_grid`; unpacks as ``grid, transform, crs``."""

    grid: np.ndarray  # float64, MWh/ha
    transform: tuple[float, float, float]  # (x_min, y_max, cell_m)
    crs: object
    report: dict = field(default_factory=dict)

    def __iter__(self):
        return iter((self.grid, self.transform, self.crs))


def _check_crs(gdf: gpd.GeoDataFrame):
    crs = gdf.crs
    if crs is None or not is_metric(crs):
        raise CrsError(
            translate(
                "heat_density",
                "A heat density grid needs a projected CRS in metres, but the layer is in {crs}. "
                "Reproject it (e.g. to EPSG:3035, LAEA Europe, or the local UTM zone) and run "
                "the tool again."
            ).format(crs=crs_label(crs))
        )
    return crs


def _grid_bounds(geometry: np.ndarray, cell_m: float, bounds) -> tuple[float, float, int, int]:
    """(x_min, y_max, n_rows, n_cols) of the grid."""
    if bounds is not None:
        x_min, y_min, x_max, y_max = (float(v) for v in bounds)
        if not (x_max > x_min and y_max > y_min):
            raise ValueError(
                translate("heat_density", "The grid bounds {bounds} are empty.").format(
                    bounds=list(bounds)
                )
            )
        n_cols = int(np.ceil((x_max - x_min) / cell_m - 1e-9))
        n_rows = int(np.ceil((y_max - y_min) / cell_m - 1e-9))
    else:
        minx, miny, maxx, maxy = shapely.total_bounds(geometry)
        x_min = np.floor(minx / cell_m) * cell_m
        y_max = np.ceil(maxy / cell_m) * cell_m
        # One cell more on the east and south sides, so that a point lying exactly on the last
        # grid line still falls inside.
        n_cols = int(np.floor(maxx / cell_m) - np.floor(minx / cell_m)) + 1
        n_rows = int(np.ceil(maxy / cell_m) - np.ceil(miny / cell_m)) + 1
    if n_rows * n_cols > MAX_GRID_CELLS:
        raise ValueError(
            translate(
                "heat_density",
                "The grid would have {rows} x {cols} cells, more than {limit}. Use a larger cell "
                "size or a smaller extent."
            ).format(rows=n_rows, cols=n_cols, limit=MAX_GRID_CELLS)
        )
    return float(x_min), float(y_max), n_rows, n_cols


def _bin_points(x, y, demand, x_min, y_max, cell_m, n_rows, n_cols, totals) -> float:
    """Add point demands to ``totals`` (flat, MWh); returns the demand that fell outside."""
    col = np.floor((x - x_min) / cell_m).astype(np.int64)
    row = np.floor((y_max - y) / cell_m).astype(np.int64)
    inside = (col >= 0) & (col < n_cols) & (row >= 0) & (row < n_rows)
    np.add.at(totals, row[inside] * n_cols + col[inside], demand[inside])
    return float(demand[~inside].sum())


def _quadrant_areas(polys, lat_x, lat_y, lat_owner) -> np.ndarray:
    """Area of each polygon in the quadrant {x <= X, y <= Y} for lattice points (X, Y).

    Green's theorem with the 1-form (x - X) dy: on the quadrant's own sides x = X and y = Y it
    vanishes, so the area of polygon-within-quadrant is the integral over the polygon's edges,
    each clipped to the quadrant (a convex region, so one segment per edge at most). Rings are
    normalised first (exterior clockwise, holes counter-clockwise), hence the sign.
    ``lat_owner`` gives the polygon (index into ``polys``) of each lattice point.
    """
    parts, part_owner = shapely.get_parts(shapely.normalize(polys), return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    ring_owner = part_owner[ring_part]
    coords, ring_of = shapely.get_coordinates(rings, return_index=True)
    same = ring_of[1:] == ring_of[:-1]
    xa, ya = coords[:-1][same].T
    xb, yb = coords[1:][same].T
    edge_owner = ring_owner[ring_of[:-1][same]]
    # Pair every edge with every lattice point of its polygon.
    order = np.argsort(lat_owner, kind="stable")
    lat_start = np.searchsorted(lat_owner[order], np.arange(len(polys) + 1))
    counts = (lat_start[1:] - lat_start[:-1])[edge_owner]
    edge = np.repeat(np.arange(edge_owner.size), counts)
    offset = np.arange(edge.size) - np.repeat(np.cumsum(counts) - counts, counts)
    point = order[lat_start[edge_owner][edge] + offset]
    x0, y0, x1, y1 = xa[edge], ya[edge], xb[edge], yb[edge]
    big_x, big_y = lat_x[point], lat_y[point]
    dx, dy = x1 - x0, y1 - y0
    t0 = np.zeros(edge.size)
    t1 = np.ones(edge.size)
    # Liang-Barsky clipping against x <= X and y <= Y.
    with np.errstate(divide="ignore", invalid="ignore"):
        for d, start, bound in ((dx, x0, big_x), (dy, y0, big_y)):
            t = (bound - start) / d
            t1 = np.where(d > 0, np.minimum(t1, t), t1)
            t0 = np.where(d < 0, np.maximum(t0, t), t0)
            t1 = np.where((d == 0) & (start > bound), -1.0, t1)
    kept = t1 > t0
    xs, xe = x0 + t0 * dx, x0 + t1 * dx
    contribution = np.where(kept, ((xs + xe) / 2.0 - big_x) * (t1 - t0) * dy, 0.0)
    return -np.bincount(point, weights=contribution, minlength=lat_x.size)


def _spread_polygons(polys, demand, x_min, y_max, cell_m, n_rows, n_cols, totals) -> float:
    """Share polygon demands among overlapped cells by area; returns the demand outside."""
    minx, miny, maxx, maxy = shapely.bounds(polys).T
    col0 = np.floor((minx - x_min) / cell_m).astype(np.int64)
    col1 = np.ceil((maxx - x_min) / cell_m).astype(np.int64) - 1
    row0 = np.floor((y_max - maxy) / cell_m).astype(np.int64)
    row1 = np.ceil((y_max - miny) / cell_m).astype(np.int64) - 1
    col1 = np.maximum(col1, col0)
    row1 = np.maximum(row1, row0)
    # Clip the candidate cells to the grid; the demand share outside is what is lost.
    c0, c1 = np.clip(col0, 0, n_cols - 1), np.clip(col1, 0, n_cols - 1)
    r0, r1 = np.clip(row0, 0, n_rows - 1), np.clip(row1, 0, n_rows - 1)
    entirely_inside = (col0 >= 0) & (col1 < n_cols) & (row0 >= 0) & (row1 < n_rows)
    disjoint = (col1 < 0) | (col0 >= n_cols) | (row1 < 0) | (row0 >= n_rows)
    single = entirely_inside & (col0 == col1) & (row0 == row1)
    np.add.at(totals, row0[single] * n_cols + col0[single], demand[single])
    outside = float(demand[disjoint].sum())

    multi = np.flatnonzero(~single & ~disjoint)
    if multi.size == 0:
        return outside
    n_cells = (c1[multi] - c0[multi] + 1) * (r1[multi] - r0[multi] + 1)
    n_lattice = (c1[multi] - c0[multi] + 2) * (r1[multi] - r0[multi] + 2)
    n_edges = shapely.get_num_coordinates(polys[multi])
    # Green's theorem costs edges x lattice points per polygon, GEOS cuts cost about edges per
    # cell but some 50 times more per operation: large polygons with many vertices go to GEOS.
    by_geos = n_edges * n_lattice > GEOS_PIECE_WORK * n_cells + 5_000
    areas = shapely.area(polys[multi])
    work = np.where(by_geos, n_cells * GEOS_PIECE_WORK, n_edges * n_lattice)
    chunk_of = np.cumsum(work) // WORK_PER_CHUNK
    for chunk in np.unique(chunk_of):
        for geos in (False, True):
            take = np.flatnonzero((chunk_of == chunk) & (by_geos == geos))
            if take.size == 0:
                continue
            which = multi[take]
            counts = n_cells[take]
            owner = np.repeat(np.arange(take.size), counts)
            # Position of each piece inside its polygon's bounding block of cells.
            offset = np.arange(owner.size) - np.repeat(np.cumsum(counts) - counts, counts)
            width = (c1[which] - c0[which] + 1)[owner]
            col = c0[which][owner] + offset % width
            row = r0[which][owner] + offset // width
            if geos:
                cells = shapely.box(
                    x_min + col * cell_m, y_max - (row + 1) * cell_m,
                    x_min + (col + 1) * cell_m, y_max - row * cell_m,
                )
                piece_area = shapely.area(shapely.intersection(polys[which][owner], cells))
            else:
                piece_area = _lattice_cell_areas(polys[which], c0[which], c1[which], r0[which],
                                                 r1[which], x_min, y_max, cell_m)
            # Polygons wholly inside the grid share by the sum of their pieces, which conserves
            # the demand to the last bit; polygons cut by the grid edge share by their own area,
            # so the part outside is lost (and reported).
            piece_area = np.maximum(piece_area, 0.0)
            inside_area = np.bincount(owner, weights=piece_area, minlength=take.size)
            denominator = np.where(entirely_inside[which], inside_area, areas[take])
            share = piece_area / denominator[owner]
            np.add.at(totals, row * n_cols + col, demand[which][owner] * share)
            outside += float((demand[which] * (1.0 - inside_area / denominator)).sum())
    return outside


def _lattice_cell_areas(polys, c0, c1, r0, r1, x_min, y_max, cell_m) -> np.ndarray:
    """Polygon area in each cell of its block (row-major, as in _spread_polygons), from the
    quadrant areas at the block's cell corners by inclusion-exclusion."""
    n_x = c1 - c0 + 2  # corner columns per polygon
    n_y = r1 - r0 + 2
    counts = n_x * n_y
    owner = np.repeat(np.arange(len(polys)), counts)
    offset = np.arange(owner.size) - np.repeat(np.cumsum(counts) - counts, counts)
    corner_col = c0[owner] + offset % n_x[owner]
    corner_row = r0[owner] + offset // n_x[owner]
    quadrant = _quadrant_areas(polys, x_min + corner_col * cell_m, y_max - corner_row * cell_m,
                               owner)
    # Cell (row, col) has corners (row, col) top-left ... (row + 1, col + 1) bottom-right; the
    # quadrant at the top-right corner minus those at the top-left and bottom-right plus the
    # bottom-left one is the area inside the cell.
    base = np.repeat(np.cumsum(counts) - counts, (n_x - 1) * (n_y - 1))
    cell_owner = np.repeat(np.arange(len(polys)), (n_x - 1) * (n_y - 1))
    local = np.arange(cell_owner.size) - np.repeat(
        np.cumsum((n_x - 1) * (n_y - 1)) - (n_x - 1) * (n_y - 1), (n_x - 1) * (n_y - 1))
    width = (n_x - 1)[cell_owner]
    top_left = base + (local // width) * n_x[cell_owner] + local % width
    top_right = top_left + 1
    bottom_left = top_left + n_x[cell_owner]
    bottom_right = bottom_left + 1
    return quadrant[top_right] - quadrant[top_left] - quadrant[bottom_right] + quadrant[
        bottom_left]


def heat_density_grid(
    points_or_polygons: gpd.GeoDataFrame,
    demand_mwh_yr,
    cell_m: float = HEAT_CELL_M,
    bounds: tuple[float, float, float, float] | None = None,
    polygons_valid: bool = False,
) -> HeatDensityGrid:
    """Heat demand density grid in MWh/ha from points or polygons with a yearly demand.

    ``demand_mwh_yr`` has one value per feature. ``bounds`` (x_min, y_min, x_max, y_max) fixes
    the grid extent; by default it covers the features, snapped to multiples of ``cell_m``.
    Returns a :class:`HeatDensityGrid`, which unpacks as ``(grid, (x_min, y_max, cell_m), crs)``
    and has a ``report`` dict: features used and skipped and why, demand in and outside the grid.
    ``polygons_valid`` skips the validity test when the caller has repaired the polygons
    already (``core.validation.geometry.check_features``; the test is the costliest step of the
    repair). Raises :class:`~ite_qgis.core.common.crs.CrsError` for a geographic or non-metric
    CRS and
    ``ValueError`` for a bad cell size or a demand array of the wrong length.
    """
    crs = _check_crs(points_or_polygons)
    cell_m = float(cell_m)
    if not (np.isfinite(cell_m) and cell_m > 0):
        raise ValueError(
            translate("heat_density", "The cell size must be a positive number of metres, not "
                                      "{cell}.").format(cell=cell_m)
        )
    demand = np.asarray(demand_mwh_yr, dtype=float).ravel()
    geometry = np.asarray(points_or_polygons.geometry.array, dtype=object)
    if demand.size != geometry.size:
        raise ValueError(
            translate("heat_density", "{demands} demand values were given for {features} "
                                      "features.").format(demands=demand.size,
                                                          features=geometry.size)
        )
    missing = shapely.is_missing(geometry) | shapely.is_empty(geometry)
    bad_demand = ~np.isfinite(demand) | (demand < 0)
    type_id = np.where(missing, -1, shapely.get_type_id(geometry))
    is_point = np.isin(type_id, (0, 4))
    is_polygon = np.isin(type_id, (3, 6))
    wrong_type = ~missing & ~is_point & ~is_polygon
    usable = ~missing & ~bad_demand & ~wrong_type
    report = {
        "features": int(geometry.size),
        "features_used": int(usable.sum()),
        "no_geometry": int(missing.sum()),
        "not_point_or_polygon": int(wrong_type.sum()),
        "bad_demand": int((bad_demand & ~missing).sum()),
        "invalid_polygons_repaired": 0,
        "demand_mwh_yr": float(demand[usable].sum()),
    }
    if not usable.any():
        raise ValueError(
            translate("heat_density", "No feature has both a point or polygon geometry and a "
                                      "demand of 0 or more: nothing to grid.")
        )
    x_min, y_max, n_rows, n_cols = _grid_bounds(geometry[usable], cell_m, bounds)
    totals = np.zeros(n_rows * n_cols, dtype=float)

    # Multi-points share their demand equally among their parts.
    points = usable & is_point
    parts, owner = shapely.get_parts(geometry[points], return_index=True)
    part_count = np.bincount(owner, minlength=int(points.sum()))
    part_demand = demand[points][owner] / part_count[owner]
    xy = shapely.get_coordinates(parts)
    outside = _bin_points(xy[:, 0], xy[:, 1], part_demand, x_min, y_max, cell_m, n_rows, n_cols,
                          totals)

    polygons = usable & is_polygon
    polys = geometry[polygons]
    invalid = (np.zeros(polys.shape, dtype=bool) if polygons_valid
               else ~shapely.is_valid(polys))
    if invalid.any():
        polys = polys.copy()
        polys[invalid] = shapely.make_valid(polys[invalid])
        report["invalid_polygons_repaired"] = int(invalid.sum())
    poly_demand = demand[polygons]
    # Polygons without area (slivers, collapsed rings) put their demand at a point on them.
    flat = shapely.area(polys) <= 0.0
    if flat.any():
        anchor = shapely.get_coordinates(shapely.point_on_surface(polys[flat]))
        outside += _bin_points(anchor[:, 0], anchor[:, 1], poly_demand[flat], x_min, y_max,
                               cell_m, n_rows, n_cols, totals)
    outside += _spread_polygons(polys[~flat], poly_demand[~flat], x_min, y_max, cell_m, n_rows,
                                n_cols, totals)

    cell_ha = cell_m * cell_m / M2_PER_HA
    grid = (totals / cell_ha).reshape(n_rows, n_cols)
    report["demand_outside_grid_mwh_yr"] = outside
    report["demand_in_grid_mwh_yr"] = float(totals.sum())
    return HeatDensityGrid(grid, (x_min, y_max, cell_m), crs, report)

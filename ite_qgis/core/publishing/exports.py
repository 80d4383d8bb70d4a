"""Territory tables written as CSV files or one XLSX workbook, safe to open in a spreadsheet.

Geometry becomes plain columns a spreadsheet can show: ``x`` and ``y`` for points, ``wkt`` for
anything else, with the CRS named in a ``crs`` column. Every text cell goes through
:func:`ite_qgis.core.publishing.public.escape_frame`, so no cell runs as a formula. Files are
written under
temporary names and renamed at the end (:mod:`ite_qgis.core.files`): a failed run leaves none.
A number that is not finite (inf, NaN) is written as an empty cell, never as "inf" or "nan".
"""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..common.files import replaced_at_end
from ..common.i18n import translate
from .public import escape_frame

FORMATS = ("csv", "xlsx")
WORKBOOK_NAME = "territory.xlsx"


def plain_table(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` without a geometry column: points as x/y, other shapes as WKT."""
    if not isinstance(frame, gpd.GeoDataFrame):
        return pd.DataFrame(frame)
    geometry = frame.geometry.to_numpy()
    out = pd.DataFrame(frame.drop(columns=frame.geometry.name))
    kinds = set(shapely.get_type_id(geometry[~pd.isna(geometry)]).tolist())
    if kinds <= {0}:  # points only (or no geometry at all)
        out["x"] = shapely.get_x(geometry)
        out["y"] = shapely.get_y(geometry)
    else:
        out["wkt"] = shapely.to_wkt(geometry, rounding_precision=3)
    out["crs"] = frame.crs.to_string() if frame.crs is not None else ""
    return out


def finite_cells(frame: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """``frame`` with every number that is not finite (inf, -inf) made empty, and how many
    such cells there were (NaN is already an empty cell)."""
    numeric = frame.select_dtypes(include="number").columns
    if not len(numeric):
        return frame, 0
    values = frame[numeric].to_numpy(dtype=float)
    infinite = np.isinf(values)
    if not infinite.any():
        return frame, 0
    out = frame.copy()
    out[numeric] = frame[numeric].astype(float).where(~infinite)
    return out, int(infinite.sum())


def write_tables(tables: dict[str, pd.DataFrame], folder: str | Path, fmt: str,
                 notes: list[str] | None = None) -> list[Path]:
    """Write ``tables`` (name -> frame) into ``folder``; returns the files written. All files
    are renamed into place together at the end, or none is. A note per table whose infinite
    numbers were written as empty cells is added to ``notes``."""
    folder = Path(folder)
    ready = {}
    for name, frame in tables.items():
        ready[name], emptied = finite_cells(escape_frame(plain_table(frame)))
        if emptied and notes is not None:
            notes.append(translate(
                "exporttables",
                "{table}: {count} numbers are not finite (infinite) and are written as empty "
                "cells."
            ).format(table=name, count=emptied))
    written: list[Path] = []
    with ExitStack() as stack:
        if fmt == "xlsx":
            written.append(folder / WORKBOOK_NAME)
            temporary = stack.enter_context(replaced_at_end(written[-1], ".xlsx"))
            with pd.ExcelWriter(temporary, engine="openpyxl") as workbook:
                for name, frame in ready.items():
                    frame.to_excel(workbook, sheet_name=name[:31], index=False)
        else:
            for name, frame in ready.items():
                written.append(folder / f"{name}.csv")
                temporary = stack.enter_context(replaced_at_end(written[-1], ".csv"))
                frame.to_csv(temporary, index=False, encoding="utf-8-sig")
    return written

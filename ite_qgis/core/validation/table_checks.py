"""Checks every table of the territory gets the same way: rows, columns, ids and numbers.

* an empty table is refused with "... is empty" (never a message about its CRS or columns);
* a missing required column is refused; a missing optional one is a warning that says what
  the run loses without it;
* blank ids (null, empty, ``None``) and ids used twice are refused, with the row numbers or ids;
* numbers are read with the one parser of the plugin,
  :func:`~ite_qgis.core.common.units.parse_number_series` ("1 900 000", "12,5", "1.5e3"), so
  that import, validation and every algorithm read a cell the same way; a row whose number is
  text, infinite, above the bound of its unit family (:mod:`.bounds`) or negative is left out
  and named in the report.

All checks are vectorised (no Python loop per row).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..common.i18n import translate
from ..common.ids import duplicated_ids, listed
from ..common.units import parse_number_series
from .bounds import quantity_bounds
from .findings import InputError, InputReport

_BLANK_IDS = ("", "None", "nan", "NULL")


def require_rows(frame: pd.DataFrame, what: str) -> None:
    """Refuse a table without rows, saying so."""
    if len(frame) == 0:
        raise InputError(
            translate("validation", "{what} is empty: it has no feature.").format(what=what)
        )


def require_columns(frame: pd.DataFrame, columns, what: str) -> None:
    """Refuse a table that lacks one of ``columns``."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(
            translate(
                "validation", "{what} has no '{column}' column; add it and run the tool again."
            ).format(what=what, column=missing[0])
        )


def optional_columns(frame: pd.DataFrame, lost: dict[str, str], what: str,
                     report: InputReport) -> list[str]:
    """Warn for each column of ``lost`` the table lacks; ``lost[column]`` says (translated) what
    the run loses without it. Returns the missing columns."""
    missing = [c for c in lost if c not in frame.columns]
    for column in missing:
        report.warn(
            translate("validation", "{what} has no '{column}' column: {lost}").format(
                what=what, column=column, lost=lost[column]
            )
        )
    return missing


def require_rows_left(keep: np.ndarray, what: str, report: InputReport) -> None:
    """Refuse a table of which every row was left out (the reasons are in the message): the
    user gave rows, and a run on none of them would only be an empty result."""
    if len(keep) and not np.any(keep):
        raise InputError(
            translate("validation", "{what}: every row was left out. {reasons}").format(
                what=what, reasons=" ".join(report.warnings[-3:])
            )
        )


def clean_ids(frame: pd.DataFrame, column: str, what: str) -> pd.Series:
    """The ids of ``column`` as stripped text; refuses blank ids (naming the feature numbers,
    from 1) and ids used twice (naming them)."""
    raw = frame[column]
    ids = raw.astype(str).str.strip()
    blank = (raw.isna() | ids.isin(_BLANK_IDS)).to_numpy()
    if blank.any():
        raise InputError(
            translate(
                "validation",
                "{what}: {count} features have no {column} (features {rows}); give each one "
                "an id."
            ).format(what=what, count=int(blank.sum()), column=column,
                     rows=listed(np.flatnonzero(blank) + 1))
        )
    duplicated = duplicated_ids(ids)
    if len(duplicated):
        raise InputError(
            translate(
                "validation",
                "{what}: duplicate {column} values {ids}; each feature needs its own id."
            ).format(what=what, column=column, ids=listed(duplicated))
        )
    return ids


def checked_numbers(
    frame: pd.DataFrame,
    column: str,
    ids: pd.Series,
    layer: str,
    report: InputReport,
    *,
    units: pd.Series | None = None,
    bounds: np.ndarray | float | None = None,
    allow_negative: bool = False,
    skip: np.ndarray | None = None,
) -> tuple[pd.Series, np.ndarray]:
    """``(numbers, keep)``: the column read as floats with the one parser, and a mask of the rows
    to keep. Rows left out, each named in ``report`` by its id (``ids``): text that is not a
    number, infinite values, values above the bound (``bounds``, or the bound of each row's unit
    in ``units`` when not given) and, unless ``allow_negative``, negative values. An empty cell
    is kept as NaN (the column is optional row by row). Rows marked ``skip`` (already left out
    for another reason) are not named again."""
    number, bad = parse_number_series(frame[column])
    raw = frame[column]
    if pd.api.types.is_numeric_dtype(raw.dtype):
        infinite = raw.notna().to_numpy() & ~np.isfinite(raw.to_numpy(dtype=float, na_value=0.0))
        bad = bad.to_numpy() & ~infinite
    else:
        bad = bad.to_numpy()
        infinite = _infinite_text(raw, bad)
        bad = bad & ~infinite
    values = number.to_numpy(dtype=float)
    if bounds is None:
        bounds = quantity_bounds(units, frame.index)
    with np.errstate(invalid="ignore"):
        absurd = np.abs(values) > bounds
        negative = (values < 0) & ~absurd if not allow_negative else np.zeros(len(values), bool)
    ids = pd.Series(ids).to_numpy()
    checks = (
        (bad, "not_a_number", translate(
            "validation", "{layer}: {count} rows have a {column} that is not a number and were "
            "left out: {rows}")),
        (infinite, "not_finite", translate(
            "validation", "{layer}: {count} rows have an infinite {column} and were left out: "
            "{rows}")),
        (absurd, "absurd", translate(
            "validation", "{layer}: {count} rows have a {column} larger than any single site's "
            "(beyond the bound of its unit family) and were left out: {rows}")),
        (negative, "negative", translate(
            "validation", "{layer}: {count} rows have a negative {column} and were left out: "
            "{rows}")),
    )
    named = np.zeros(len(values), bool) if skip is None else np.asarray(skip, bool).copy()
    for mask, reason, message in checks:
        mask = mask & ~named
        named |= mask
        if mask.any():
            report.reject(layer, ids[mask], reason,
                          message.replace("{layer}", layer).replace("{column}", column))
    keep = ~(bad | infinite | absurd | negative)
    return number.where(keep), keep


def _infinite_text(raw: pd.Series, bad: np.ndarray) -> np.ndarray:
    """Which of the ``bad`` cells (text that is no number) are written as an infinity ('inf',
    '-Infinity', '1e999': pandas reads an overflow as nothing). Only those few cells are
    looked at one by one."""
    infinite = np.zeros(len(raw), dtype=bool)
    if bad.any():
        text = raw[bad].astype(str).str.strip()
        infinite[bad] = np.isinf(text.map(_float_or_nan).to_numpy(dtype=float))
    return infinite


def _float_or_nan(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return float("nan")

"""Vectorised filling of translated message templates, for per-row reasons and reports.

A rejection reason such as ``quantity '{value}' is not a number`` is translated once, with
``translate(context, literal)``, then filled for thousands of rows at a time: the template is
split on its ``{name}`` placeholders and the pieces are concatenated as pandas string Series, so
no Python loop runs per row.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

_PLACEHOLDER = re.compile(r"\{(\w+)\}")

# Values quoted in messages are cut to this many characters so that a stray paragraph pasted
# into a cell does not swamp the REJECTED table.
MAX_QUOTED_CHARS = 60


def as_text(values: pd.Series | object, index: pd.Index | None = None) -> pd.Series | str:
    """``values`` as text: a Series of str ('' for missing), or a scalar str."""
    if isinstance(values, pd.Series):
        if pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
            return values.astype(object).where(values.notna(), "")
        return values.astype(object).map(_scalar_text)
    return _scalar_text(values)


def _scalar_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (float, np.floating)):
        if np.isnan(value):
            return ""
        if float(value).is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(float(value))
    return str(value)


def shorten(text: pd.Series, max_chars: int = MAX_QUOTED_CHARS) -> pd.Series:
    """Cut long texts to ``max_chars`` characters, marking the cut with an ellipsis."""
    long = text.str.len() > max_chars
    if not long.any():
        return text
    return text.where(~long, text.str.slice(0, max_chars - 1) + "\u2026")


# Placeholders whose values are whole sentences (an inner reason), never shortened.
FULL_TEXT = ("reason",)


def fill(template: str, index: pd.Index, **values: pd.Series | object) -> pd.Series:
    """Fill ``template`` row by row with ``values`` (Series aligned on ``index``, or scalars).

    Placeholders are ``{name}``; a Series value is converted to text and shortened (except
    ``{reason}``). Returns a Series of str on ``index``.
    """
    pieces = _PLACEHOLDER.split(template)
    result = pd.Series("", index=index, dtype=object)
    for position, piece in enumerate(pieces):
        if position % 2 == 0:
            if piece:
                result = result + piece
            continue
        value = values[piece]
        if isinstance(value, pd.Series):
            text = as_text(value.reindex(index))
            if piece not in FULL_TEXT:
                text = shorten(text)
            result = result + text.astype(object)
        else:
            result = result + _scalar_text(value)
    return result


def row_text(frame: pd.DataFrame) -> pd.Series:
    """Each row of ``frame`` as ``'col=value; col=value'`` text (empty cells left out)."""
    result = pd.Series("", index=frame.index, dtype=object)
    if frame.empty:
        return result
    for column in frame.columns:
        text = as_text(frame[column]).astype(object)
        present = text != ""
        piece = (str(column) + "=" + text).where(present, "")
        separator = np.where(present & (result != ""), "; ", "")
        result = result + separator + piece
    return result


def flag(target: pd.Series, mask, template: str, **values: pd.Series | object) -> None:
    """Write ``template`` filled with ``values`` into ``target`` where ``mask`` is true and
    ``target`` has no reason yet: the first reason that applies to a row is the one kept."""
    todo = np.asarray(mask, dtype=bool) & target.isna().to_numpy()
    if todo.any():
        rows = target.index[todo]
        target.loc[rows] = fill(template, rows, **values)


def flagged(mask: pd.Series, template: str, **values: pd.Series | object) -> pd.Series:
    """``template`` filled where ``mask`` is true, None elsewhere (same index as ``mask``)."""
    reason = pd.Series(None, index=mask.index, dtype=object)
    flag(reason, mask, template, **values)
    return reason

"""Ids used twice: the one check behind every "duplicate id" refusal or report row (sites,
resources, flows, heat sources), and the short listing of ids that messages show."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .i18n import translate

# Ids listed in one message at most; the count always gives the total.
MAX_LISTED_IDS = 50


def repeated_ids(ids: pd.Series, blank: pd.Series | np.ndarray | None = None) -> pd.Series:
    """True on each row whose id an earlier row already has (the first row of an id is not a
    repeat). Rows marked ``blank`` (no id given) are never repeats. Ids are compared as they
    are: clean them (text, stripped) first."""
    repeated = ids.duplicated(keep="first")
    if blank is not None:
        repeated &= ~np.asarray(blank, dtype=bool)
    return repeated


def duplicated_ids(
    ids: pd.Series | pd.Index, blank: pd.Series | np.ndarray | None = None
) -> np.ndarray:
    """The ids given to more than one row, each once, in the order of their first repeat."""
    series = ids.to_series(index=range(len(ids))) if isinstance(ids, pd.Index) else ids
    return series[repeated_ids(series, blank).to_numpy()].unique()


def listed(ids, limit: int = MAX_LISTED_IDS) -> str:
    """'a, b, c' (at most ``limit`` ids, then '... and N more')."""
    ids = [str(i) for i in ids]
    text = ", ".join(ids[:limit])
    if len(ids) > limit:
        text += translate("ids", " ... and {count} more").format(count=len(ids) - limit)
    return text

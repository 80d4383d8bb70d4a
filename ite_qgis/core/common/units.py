"""Quantities and units: parse user numbers and normalise them to one unit per unit family.

Canonical units (docs/architecture.md, Territory model): mass ``t/yr``, energy ``MWh/yr``, volume
``m3/yr``, service ``count/yr``. Inventories write units in many ways (``MWh / yr``, ``t/an``,
``T/AN``, ``kWh per year``, ``m³/h``, ``MW``); :func:`parse_unit` reads them and
:func:`normalise_quantities` converts whole columns at once. A unit without a period (``t``,
``MWh``) is read as per year, because every quantity of the territory model is annual. A rate
(``t/h``, ``m3/s``) or a power (``MW``, ``kW``) is turned into an annual amount with the row's
``hours_per_year``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from .i18n import translate
from .reasons import fill

CANONICAL_UNITS = {"mass": "t/yr", "energy": "MWh/yr", "volume": "m3/yr", "service": "count/yr"}
UNIT_FAMILIES = tuple(CANONICAL_UNITS)

# A year has at most 8,784 hours (leap year); a plant running steadily all year runs 8,760.
MAX_HOURS_PER_YEAR = 8784.0
HOURS_PER_YEAR = 8760.0

# Amount units: family and how many canonical units one of them is.
# 1 toe (tep) = 41.868 GJ = 11.63 MWh (IEA / OECD definition of the tonne of oil equivalent).
_MWH_PER_TOE = 11.63
_AMOUNTS: dict[str, tuple[str, float]] = {
    # mass, in tonnes
    "t": ("mass", 1.0),
    "tonne": ("mass", 1.0),
    "tonnes": ("mass", 1.0),
    "kg": ("mass", 1e-3),
    "kilogram": ("mass", 1e-3),
    "kilograms": ("mass", 1e-3),
    "kilogramme": ("mass", 1e-3),
    "kilogrammes": ("mass", 1e-3),
    "kt": ("mass", 1e3),
    "kilotonne": ("mass", 1e3),
    "kilotonnes": ("mass", 1e3),
    "mt": ("mass", 1e6),
    "megatonne": ("mass", 1e6),
    "megatonnes": ("mass", 1e6),
    # energy, in MWh (1 GJ = 1/3.6 MWh)
    "wh": ("energy", 1e-6),
    "kwh": ("energy", 1e-3),
    "mwh": ("energy", 1.0),
    "gwh": ("energy", 1e3),
    "twh": ("energy", 1e6),
    "kj": ("energy", 1e-6 / 3.6),
    "mj": ("energy", 1e-3 / 3.6),
    "gj": ("energy", 1.0 / 3.6),
    "tj": ("energy", 1e3 / 3.6),
    "pj": ("energy", 1e6 / 3.6),
    "toe": ("energy", _MWH_PER_TOE),
    "tep": ("energy", _MWH_PER_TOE),
    "ktoe": ("energy", 1e3 * _MWH_PER_TOE),
    "ktep": ("energy", 1e3 * _MWH_PER_TOE),
    # volume, in m3. "ml" is read as megalitres (ML): millilitres are never an industrial flow.
    # "mm3" is the French "Mm3", million cubic metres, for the same reason.
    "m3": ("volume", 1.0),
    "nm3": ("volume", 1.0),
    "l": ("volume", 1e-3),
    "litre": ("volume", 1e-3),
    "litres": ("volume", 1e-3),
    "liter": ("volume", 1e-3),
    "liters": ("volume", 1e-3),
    "hl": ("volume", 0.1),
    "kl": ("volume", 1.0),
    "ml": ("volume", 1e3),
    "megalitre": ("volume", 1e3),
    "megalitres": ("volume", 1e3),
    "mm3": ("volume", 1e6),
    # services (pooling), in counts
    "count": ("service", 1.0),
    "counts": ("service", 1.0),
    "unit": ("service", 1.0),
    "units": ("service", 1.0),
    "unite": ("service", 1.0),
    "unites": ("service", 1.0),
    "nb": ("service", 1.0),
    "number": ("service", 1.0),
    "u": ("service", 1.0),
    "pcs": ("service", 1.0),
    "piece": ("service", 1.0),
    "pieces": ("service", 1.0),
}

# Powers, in MW: times hours gives MWh.
_POWERS = {"w": 1e-6, "kw": 1e-3, "mw": 1.0, "gw": 1e3}
# Energy and power units may carry a thermal/electric mark: MWh_th, MWhth, kWe, MWel.
_ENERGY_MARKS = ("th", "_th", "e", "_e", "el", "_el")

_PER_YEAR = {"yr", "y", "year", "years", "a", "an", "ans", "annee", "annees", "annum"}
# Rates: how many of the period fit in an hour.
_PER_HOUR = {
    "h": 1.0,
    "hr": 1.0,
    "hour": 1.0,
    "heure": 1.0,
    "min": 60.0,
    "mn": 60.0,
    "minute": 60.0,
    "s": 3600.0,
    "sec": 3600.0,
    "second": 3600.0,
    "seconde": 3600.0,
}
_WHOLE = {"tpa": "t/yr", "tpy": "t/yr"}


@dataclass(frozen=True)
class UnitInfo:
    """What a unit text means.

    ``kind`` is ``annual`` (an amount per year), ``rate`` (an amount per hour, minute or second)
    or ``power`` (MW, kW). ``amount_factor`` converts the amount (or the power times one hour)
    into the canonical unit; ``per_hour`` is how many of the rate's periods make an hour.
    """

    family: str
    amount_factor: float
    kind: str
    per_hour: float = 1.0

    @property
    def needs_hours(self) -> bool:
        return self.kind != "annual"


def _amount(text: str) -> tuple[str, float, bool] | None:
    """(family, factor, is_power) of an amount or power unit text, or None."""
    if text in _AMOUNTS:
        family, factor = _AMOUNTS[text]
        return family, factor, False
    if text in _POWERS:
        return "energy", _POWERS[text], True
    for mark in _ENERGY_MARKS:
        if text.endswith(mark):
            stem = text[: -len(mark)]
            if stem in _POWERS:
                return "energy", _POWERS[stem], True
            if stem in _AMOUNTS and _AMOUNTS[stem][0] == "energy":
                return "energy", _AMOUNTS[stem][1], False
    return None


def _clean(text: str) -> str:
    """Lower case, no accents that matter, ``per``/``par`` turned into ``/``, no spaces."""
    text = text.strip().lower()
    text = (
        text.replace("\u00b3", "3")
        .replace("^3", "3")
        .replace("\u207b\u00b9", "-1")
        .replace("\u00e9", "e")
        .replace("\u00b7", ".")
        .replace("\u00a0", " ")
    )
    text = re.sub(r"\s*\b(?:per|par|pro)\b\s*", "/", text)
    text = re.sub(r"\s+", "", text)
    return _WHOLE.get(text, text)


@lru_cache(maxsize=4096)
def parse_unit(text: str | None) -> UnitInfo | None:
    """Meaning of a unit text such as ``'MWh / yr'``, ``'t/an'``, ``'m³/h'`` or ``'kW'``.

    Returns None for an empty or unknown unit.
    """
    if text is None or not isinstance(text, str):
        return None
    cleaned = _clean(text)
    if not cleaned:
        return None
    period: str | None = None
    if "/" in cleaned:
        amount_text, period = cleaned.split("/", 1)
    else:
        # exponent forms: "t.yr-1", "mwh a-1"
        match = re.fullmatch(r"(.+?)\.?([a-z]+)-1", cleaned)
        amount_text, period = (match.group(1), match.group(2)) if match else (cleaned, None)
    amount = _amount(amount_text)
    if amount is None:
        return None
    family, factor, is_power = amount
    if period is None or period in _PER_YEAR:
        if is_power:
            return UnitInfo(family, factor, "power") if period is None else None
        return UnitInfo(family, factor, "annual")
    if period in _PER_HOUR and not is_power:
        return UnitInfo(family, factor, "rate", _PER_HOUR[period])
    return None


def unit_family_label(family: str | None) -> str:
    """Translated name of a unit family, for messages."""
    labels = {
        "mass": translate("units", "mass"),
        "energy": translate("units", "energy"),
        "volume": translate("units", "volume"),
        "service": translate("units", "service"),
    }
    return labels.get(family or "", family or "")


# Numbers: a plain number with an optional decimal point or comma, or a number whose thousands
# are grouped with '.', ',', spaces or apostrophes (Swiss). Spaces include the no-break spaces
# spreadsheets put in French numbers.
_SPACES = re.compile(r"[\u00a0\u202f\u2009]")
_MISSING_MARKS = {"", "-", "--", "na", "n/a", "nan", "null", "none", "nd", "n.d.", "?"}
_PLAIN_DOT = r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$"
_PLAIN_COMMA = r"^[+-]?(?:\d+,\d*|,\d+)(?:[eE][+-]?\d+)?$"
_GROUPED_DECIMAL_COMMA = r"^[+-]?\d{1,3}(?:[. ']\d{3})+(?:,\d*)?$"
_GROUPED_DECIMAL_DOT = r"^[+-]?\d{1,3}(?:[, ']\d{3})+(?:\.\d*)?$"


def parse_number_series(
    values: pd.Series, decimal: str | None = None
) -> tuple[pd.Series, pd.Series]:
    """Numbers from user text: ``(float Series, bad mask)``.

    Reads ``'1 234,5'``, ``'1.234,5'``, ``'1,234.5'``, ``'12,5'``, ``'1e3'`` and numbers with
    no-break spaces. An empty cell (or ``'-'``, ``'n/a'``...) gives NaN and is not bad; any other
    text that is not a number gives NaN and is flagged bad. ``decimal`` (``','`` or ``'.'``), when
    known for the whole table, settles ``'1,234'`` and ``'1.234'``; without it a single comma or
    point is read as the decimal mark.
    """
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values):
        number = pd.to_numeric(values, errors="coerce").astype(float)
        bad = values.notna() & ~np.isfinite(number.fillna(0.0))
        return number.where(~bad), bad
    raw = values.astype(object)
    if pd.api.types.infer_dtype(raw, skipna=True) in ("string", "empty"):
        is_number = pd.Series(False, index=raw.index)
    else:
        is_number = raw.map(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool))
    text = raw.where(raw.notna() & ~is_number, "").astype(str)
    # Fast path, in C: plain numbers such as '1234.5' or '1e3'. With a decimal comma table,
    # a point is a thousands separator ('1.234' is 1234), so those go the slow way.
    fast = pd.to_numeric(text, errors="coerce").astype(float)
    if decimal == ",":
        fast = fast.where(~text.str.contains(".", regex=False))
    number = fast.where(np.isfinite(fast))
    if is_number.any():
        direct = pd.to_numeric(raw.where(is_number), errors="coerce").astype(float)
        number = number.where(~is_number, direct.where(np.isfinite(direct)))
    slow = number.isna() & (text != "")
    missing = raw.isna()
    if slow.any():
        slow_number, slow_missing = _parse_grouped(text[slow], decimal)
        number[slow] = slow_number
        missing = missing | slow_missing.reindex(raw.index, fill_value=False)
    missing = missing | ((text == "") & ~is_number)
    bad = ~missing & number.isna()
    return number, bad


def _parse_grouped(text: pd.Series, decimal: str | None) -> tuple[pd.Series, pd.Series]:
    """Numbers with decimal commas, thousands groups or odd spaces: (numbers, missing mask)."""
    text = text.str.replace(_SPACES, " ", regex=True).str.strip()
    text = text.str.replace(r"\s+", " ", regex=True)
    missing = text.str.lower().isin(_MISSING_MARKS)
    plain_dot = text.str.match(_PLAIN_DOT)
    plain_comma = text.str.match(_PLAIN_COMMA)
    grouped_comma = text.str.match(_GROUPED_DECIMAL_COMMA)
    grouped_dot = text.str.match(_GROUPED_DECIMAL_DOT)
    # '1.234' and '1,234' match both a plain and a grouped pattern: the table's decimal mark
    # (when known) decides; otherwise the single mark is a decimal mark.
    if decimal == ",":
        plain_dot = plain_dot & ~grouped_comma
    elif decimal == ".":
        plain_comma = plain_comma & ~grouped_dot
    no_groups = text.str.replace(r"[ ']", "", regex=True)
    cleaned = np.select(
        [plain_dot, plain_comma, grouped_comma, grouped_dot],
        [
            text,
            text.str.replace(",", ".", regex=False),
            no_groups.str.replace(".", "", regex=False).str.replace(",", ".", regex=False),
            no_groups.str.replace(",", "", regex=False),
        ],
        default="",
    )
    number = pd.to_numeric(pd.Series(cleaned, index=text.index), errors="coerce").astype(float)
    return number.where(np.isfinite(number)), missing


def _unit_table(units: pd.Series) -> pd.DataFrame:
    """Per row: family, amount_factor, kind and per_hour of the unit (NaN/None if unknown)."""
    text = units.astype(object).where(units.notna(), "").astype(str)
    uniques = pd.unique(text)
    infos = {u: parse_unit(u) for u in uniques}
    families = {u: (i.family if i else None) for u, i in infos.items()}
    factors = {u: (i.amount_factor if i else np.nan) for u, i in infos.items()}
    kinds = {u: (i.kind if i else None) for u, i in infos.items()}
    per_hour = {u: (i.per_hour if i else np.nan) for u, i in infos.items()}
    return pd.DataFrame(
        {
            "text": text,
            "family": text.map(families),
            "amount_factor": text.map(factors).astype(float),
            "kind": text.map(kinds),
            "per_hour": text.map(per_hour).astype(float),
        },
        index=units.index,
    )


def normalise_quantities(
    quantity: pd.Series,
    unit: pd.Series,
    hours: pd.Series | None = None,
    expected_family: pd.Series | None = None,
    *,
    decimal: str | None = None,
) -> pd.DataFrame:
    """Convert quantities to the canonical unit of their family, row by row but vectorised.

    Returns a DataFrame on the input index with ``quantity`` (float, canonical unit), ``unit``
    (the canonical unit text), ``unit_family``, ``amount_factor`` (canonical units per one input
    amount unit, to convert prices per unit) and ``error`` (a translated reason, or None). An
    empty quantity is fine (NaN); a row with an error gets NaN and no unit.

    ``expected_family`` holds the unit family of each row's resource code (None: no check). An
    empty unit is accepted for a service, or when the quantity is empty too.
    """
    original_index = quantity.index
    quantity = quantity.reset_index(drop=True)
    index = quantity.index
    unit = _aligned(unit, original_index, None)
    hours = _aligned(hours, original_index, np.nan)
    expected = _aligned(expected_family, original_index, None).astype(object)
    expected = expected.where(expected.notna(), None)

    q, q_bad = parse_number_series(quantity, decimal)
    h, h_bad = parse_number_series(hours, decimal)
    table = _unit_table(unit)
    unit_text = table["text"].str.strip()
    unit_empty = unit_text == ""
    unknown = ~unit_empty & table["family"].isna()

    # An empty unit takes the expected family when nothing needs converting.
    family = table["family"].where(~unit_empty, expected)
    factor = table["amount_factor"].where(~unit_empty, 1.0)
    needs_hours = table["kind"].isin(["rate", "power"])
    no_unit = unit_empty & q.notna() & (expected != "service")
    mismatch = ~unit_empty & ~unknown & expected.notna() & (table["family"] != expected)
    negative = q < 0
    hours_bad = needs_hours & h_bad
    hours_missing = needs_hours & h.isna() & ~h_bad & q.notna()
    hours_range = needs_hours & ((h < 0) | (h > MAX_HOURS_PER_YEAR))

    quantity_text = quantity.reindex(index)
    # (mask, template, values) in order of precedence: a row gets the first reason that applies.
    checks = [
        (q_bad, translate("units", "quantity '{value}' is not a number"), {"value": quantity_text}),
        (
            unknown,
            translate("units", "unit '{unit}' is not recognised (use e.g. t/yr, MWh/yr, m3/yr)"),
            {"unit": unit_text},
        ),
        (no_unit, translate("units", "quantity {value} has no unit"), {"value": quantity_text}),
        (
            mismatch,
            translate(
                "units",
                "unit '{unit}' measures {family} but this resource is "
                "measured in {expected} ({canonical})"
            ),
            {"unit": unit_text, "family": family, "expected": expected},
        ),
        (negative, translate("units", "quantity {value} is negative"), {"value": quantity_text}),
        (
            hours_bad,
            translate("units", "hours_per_year '{value}' is not a number"),
            {"value": hours},
        ),
        (
            hours_missing,
            translate("units", "unit '{unit}' is a rate or a power: hours_per_year is needed"),
            {"unit": unit_text},
        ),
        (
            hours_range,
            translate("units", "hours_per_year {value} is outside 0-8784"),
            {"value": hours},
        ),
    ]
    error = _first_reasons(checks, index)
    failed = error.notna()

    annual_factor = np.where(needs_hours, h * table["per_hour"], 1.0)
    converted = q * factor * annual_factor
    canonical = family.map(CANONICAL_UNITS)
    result = pd.DataFrame(
        {
            "quantity": converted.where(~failed).astype(float),
            "unit": canonical.where(~failed & family.notna(), None),
            "unit_family": family.where(~failed & family.notna(), None),
            "amount_factor": factor.where(~failed).astype(float),
            "error": error,
        },
        index=index,
    )
    result.index = original_index
    return result


def _first_reasons(checks: list[tuple[pd.Series, str, dict]], index: pd.Index) -> pd.Series:
    """The reason of the first check that applies to each row (None when none does).
    ``checks``: (mask, template, values) in order of precedence; a unit mismatch (values with
    ``expected``) names the families and the canonical unit."""
    error = pd.Series(None, index=index, dtype=object)
    for mask, template, values in checks:
        todo = mask.to_numpy(dtype=bool) & error.isna().to_numpy()
        if not todo.any():
            continue
        rows = index[todo]
        if "expected" in values:
            values = dict(values)
            values["canonical"] = values["expected"].reindex(rows).map(CANONICAL_UNITS)
            values["family"] = values["family"].reindex(rows).map(unit_family_label)
            values["expected"] = values["expected"].reindex(rows).map(unit_family_label)
        error.loc[rows] = fill(template, rows, **values)
    return error.astype(object).where(error.notna(), None)


def _aligned(values: pd.Series | None, index: pd.Index, empty: object) -> pd.Series:
    """``values`` aligned on ``index`` (by label, or by position when the index is the same
    object or not unique), returned on a fresh RangeIndex; a missing Series gives ``empty``."""
    if values is None:
        return pd.Series(empty, index=pd.RangeIndex(len(index)), dtype=object)
    if not values.index.equals(index):
        values = values.reindex(index)
    return values.reset_index(drop=True)

"""What a planned activity needs, for the siting potential (:mod:`.siting`).

A planned activity is described one of two ways:

* **needs**: resource codes with yearly quantities, from a small table (``resource``,
  ``quantity``, ``unit``, optional ``cost_eur_per_unit``, ``temperature_c``,
  ``hours_per_year``) or a text such as ``ewc:100202=500000 t/yr; heat=20000 MWh/yr @ 30``
  (``@ price``: today's purchase price per unit, optional);
* **a NACE class**: its typical inputs are what documented exchanges show that class
  receiving, the knowledge base read the other way. The plant then takes, whole, every supply
  in reach whose resource the knowledge base lists that class among the receivers of, ranked
  as :func:`~ite_qgis.core.synergies.find_synergies` ranks its knowledge-based candidates
  (the same receiver query, the same number kept): no quantity limit and no purchase price, as
  for those candidates.

Quantities are normalised to the canonical unit of their family (:mod:`..common.units`).
Refusals raise :class:`~ite_qgis.core.validation.findings.InputError` with a translated message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..common.i18n import translate
from ..common.ids import listed
from ..common.units import normalise_quantities, parse_number_series
from ..reference.nace import nace_parts
from ..validation.findings import InputError

# The levels of the knowledge base a resource code is looked up under (code_levels in
# ite_qgis.core.reference.knowledge); coarser summary rows, where a table has them, say nothing
# about a sector's inputs.
QUERY_LEVELS = ("code", "subchapter", "chapter", "keyword")
NEED_COLUMNS = ["need", "code", "quantity", "unit", "price", "temperature_c", "hours"]
# "code = quantity unit @ price": the quantity may hold spaces or no-break spaces as thousands
# separators ("500 000 t/yr"); the price is optional.
_NEED_TEXT = re.compile(
    r"^(?P<code>[^=]+?)\s*=\s*(?P<quantity>[+-]?\d[\d\s.,'\u00a0\u202f]*)\s*(?P<unit>[^@]*?)"
    r"\s*(?:@\s*(?P<price>[^@]*?)\s*)?$"
)


@dataclass
class Needs:
    """The needs of the planned activity, one row each (``NEED_COLUMNS``): ``quantity`` in the
    canonical unit ``unit`` (``inf``: takes all it can reach), ``price`` today's purchase price
    per unit (0 when not given). ``nace``: the NACE class the needs come from, '' otherwise."""

    table: pd.DataFrame
    nace: str = ""

    def __len__(self) -> int:
        return len(self.table)


def parse_needs_text(text: str | None) -> pd.DataFrame:
    """The needs written as ``code=quantity unit [@ price]; ...`` as a raw table (``resource``,
    ``quantity``, ``unit``, ``cost_eur_per_unit``; text, checked by :func:`needs_from_table`).
    Newlines separate needs as well as ';'."""
    rows = []
    for chunk in (text or "").replace("\n", ";").split(";"):
        chunk = chunk.strip()
        if not chunk:
            continue
        match = _NEED_TEXT.match(chunk)
        if match is None:
            raise InputError(
                translate(
                    "siting",
                    "Cannot read the need '{need}': write code=quantity unit, e.g. "
                    "ewc:100202=500000 t/yr, and separate needs with ';'."
                ).format(need=chunk)
            )
        rows.append(
            {
                "resource": match["code"].strip(),
                "quantity": match["quantity"].strip(),
                "unit": match["unit"].strip(),
                "cost_eur_per_unit": (match["price"] or "").strip(),
            }
        )
    return pd.DataFrame(rows, columns=["resource", "quantity", "unit", "cost_eur_per_unit"])


def needs_from_table(raw: pd.DataFrame, catalogue) -> Needs:
    """The needs of a raw table (``resource``, ``quantity``, ``unit`` and the optional columns of
    the module docstring), checked: an unknown code, a quantity that is not a positive number,
    a unit that is unknown or measures another family than the code's, and a code listed twice
    are refused."""
    if raw.empty:
        raise InputError(translate("siting", "The needs of the planned activity are empty."))
    missing = [c for c in ("resource", "quantity") if c not in raw.columns]
    if missing:
        raise InputError(
            translate("siting", "The needs table lacks the columns {columns}.").format(
                columns=", ".join(missing)
            )
        )
    codes = catalogue.normalise(raw["resource"].astype(object))
    unknown = ~catalogue.known(raw["resource"].astype(object)).to_numpy()
    if unknown.any():
        raise InputError(
            translate(
                "siting",
                "The catalogue does not know the resource codes {codes} of the needs: use codes "
                "of resources/catalogue/resources.csv or EWC entries (ewc:100202)."
            ).format(codes=listed(raw["resource"].astype(str)[unknown]))
        )
    repeated = codes[codes.duplicated()]
    if len(repeated):
        raise InputError(
            translate(
                "siting", "The needs list {codes} more than once: give each code once."
            ).format(codes=listed(repeated.unique()))
        )
    units = _column(raw, "unit", "")
    hours = _column(raw, "hours_per_year", np.nan)
    normal = normalise_quantities(
        raw["quantity"], units, hours, catalogue.unit_families(codes)
    )
    _refuse_quantities(raw, normal)
    price = _numbers(_column(raw, "cost_eur_per_unit", np.nan), "cost_eur_per_unit")
    # A price per input unit (EUR per kt, per GWh...) becomes a price per canonical unit.
    factor = normal["amount_factor"].to_numpy(dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        price = np.where(np.isfinite(price), price / factor, 0.0)
    table = pd.DataFrame(
        {
            "need": codes.to_numpy(dtype=object),
            "code": codes.to_numpy(dtype=object),
            "quantity": normal["quantity"].to_numpy(dtype=float),
            "unit": normal["unit"].to_numpy(dtype=object),
            "price": price,
            "temperature_c": _numbers(_column(raw, "temperature_c", np.nan), "temperature_c"),
            "hours": _numbers(hours, "hours_per_year"),
        }
    )
    return Needs(table[NEED_COLUMNS])


def _column(raw: pd.DataFrame, name: str, default) -> pd.Series:
    if name in raw.columns:
        return raw[name]
    return pd.Series(default, index=raw.index, dtype=object)


def _numbers(values: pd.Series, column: str) -> np.ndarray:
    number, bad = parse_number_series(values.astype(object))
    if bad.any():
        raise InputError(
            translate(
                "siting", "The needs have values that are not numbers in {column}: {values}"
            ).format(column=column, values=listed(values.astype(str)[bad.to_numpy()]))
        )
    return number.to_numpy(dtype=float)


def _refuse_quantities(raw: pd.DataFrame, normal: pd.DataFrame) -> None:
    """Refuse the needs whose quantity or unit cannot be used, each with its reason."""
    error = normal["error"]
    failed = error.notna().to_numpy()
    if failed.any():
        reasons = (raw["resource"].astype(str) + ": " + error.astype(str))[failed]
        raise InputError(
            translate("siting", "The needs cannot be read: {reasons}").format(
                reasons="; ".join(reasons.head(10))
            )
        )
    quantity = normal["quantity"].to_numpy(dtype=float)
    not_positive = ~(quantity > 0)
    if not_positive.any():
        raise InputError(
            translate(
                "siting", "Each need must have a positive quantity; {codes} have none."
            ).format(codes=listed(raw["resource"].astype(str)[not_positive]))
        )


def nace_class(text: str) -> str:
    """The NACE Rev. 2 class (``23.51``) of a code in any usual form (``2351``, ``NAF
    23.51Z``); refuses a code that is not a NACE class."""
    parts = nace_parts(pd.Series([text], dtype=object))
    code = str(parts["nace_class"].iloc[0] or "")
    if not code:
        raise InputError(
            translate(
                "siting",
                "'{code}' is not a NACE Rev. 2 class: give four digits, e.g. 23.51 (manufacture "
                "of cement)."
            ).format(code=text)
        )
    return code


def documented_inputs(knowledge, nace: str) -> pd.DataFrame:
    """What sector ``nace`` (a NACE class) documentably receives, the knowledge base read the
    other way: one row per (level, key) with the number of documented exchanges, most first.

    A knowledge-base row counts when it names this class, or only this class's group or
    division (a receiver documented no more precisely), at a level a resource code is looked up
    under (``QUERY_LEVELS``: entry, sub-chapter, chapter, keyword). Refuses a class with none."""
    table = knowledge.table
    table = table[table["level"].isin(QUERY_LEVELS).to_numpy()]
    group, division = nace[:4], nace[:2]
    exact = table["receiver_nace_class"] == nace
    by_group = (table["receiver_nace_class"] == "") & (table["receiver_group"] == group)
    by_division = (
        (table["receiver_nace_class"] == "")
        & (table["receiver_group"] == "")
        & (table["receiver_division"] == division)
    )
    found = table[(exact | by_group | by_division).to_numpy()]
    if found.empty:
        raise InputError(
            translate(
                "siting",
                "The knowledge base documents no input for NACE {nace}: give the planned "
                "activity's needs as resource codes with quantities instead."
            ).format(nace=nace)
        )
    counts = found.groupby(["level", "key"], sort=False)["count"].sum().reset_index()
    return counts.sort_values(["count", "key"], ascending=[False, True]).reset_index(drop=True)


def nace_needs(knowledge, text: str) -> Needs:
    """One need for a NACE class: no code, no quantity limit, no price (see the module
    docstring). Refuses a code that is no class and a class with no documented input."""
    nace = nace_class(text)
    documented_inputs(knowledge, nace)
    table = pd.DataFrame(
        {
            "need": ["NACE " + nace],
            "code": [""],
            "quantity": [np.inf],
            "unit": [""],
            "price": [0.0],
            "temperature_c": [np.nan],
            "hours": [np.nan],
        }
    )
    return Needs(table[NEED_COLUMNS], nace=nace)


def receiving_supplies(knowledge, nace: str, codes: np.ndarray, divisions: np.ndarray,
                       top: int) -> np.ndarray:
    """True for each supply (resource ``codes``, provider ``divisions``) whose documented
    receivers, as ranked for the knowledge-based candidates of ite:findsynergies (``top``
    kept), include sector ``nace`` at the precision the knowledge base has."""
    pairs = pd.DataFrame({"resource": codes, "provider_division": divisions})
    receivers = knowledge.receiver_table(pairs, top=top)
    if receivers.empty:
        return np.zeros(len(codes), dtype=bool)
    wanted = {"class": nace, "group": nace[:4], "division": nace[:2]}
    hit = receivers["receiver_nace"] == receivers["receiver_precision"].map(wanted)
    keys = receivers.loc[hit.to_numpy(), ["resource", "provider_division"]].drop_duplicates()
    merged = pairs.merge(keys.assign(_hit=True), how="left", on=["resource", "provider_division"])
    return merged["_hit"].eq(True).to_numpy(dtype=bool)

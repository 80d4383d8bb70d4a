"""What a planned activity needs, for the siting potential (:mod:`.siting`).

A planned activity is described one of two ways:

* **needs**: resource codes with yearly quantities, from a small table (``resource``,
  ``quantity``, ``unit``, optional ``cost_eur_per_unit``, ``temperature_c``,
  ``hours_per_year``) or a text such as ``ewc:100202=500000 t/yr; heat=20000 MWh/yr @ 30``
  (``@ price``: today's purchase price per unit, optional);
* **a NACE class**: its inputs are what the receiving-sector model of
  :func:`~ite_qgis.core.synergies.find_synergies`
  (:class:`~ite_qgis.core.reference.sector_model.SectorModel`, built by
  :func:`~ite_qgis.core.synergies.candidates.sector_model`) says that class receives. The
  model scores the class, with its group and division, as receiver of each distinct (resource
  code, provider division) of the territory's supplies, and the plant takes, whole, every
  supply in reach whose score passes the thresholds an inferred candidate of ite:findsynergies
  must pass (:func:`~ite_qgis.core.synergies.pair_search.likely_receivers`): no quantity limit
  and no purchase price, as for those candidates. Each supply taken carries the calibrated
  score, ``kb_score``, and counts for its net benefit times that score (the probability that
  the class receives it): the place's net benefit is an expected value, so a weak lead with a
  large quantity does not outweigh the well-documented inputs at its full value.

Quantities are normalised to the canonical unit of their family (:mod:`..common.units`).
Refusals raise :class:`~ite_qgis.core.validation.findings.InputError` with a translated message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..common.i18n import language, translate
from ..common.ids import listed
from ..common.units import normalise_quantities, parse_number_series
from ..reference.nace import nace_parts
from ..validation.findings import InputError
from .pair_search import likely_receivers

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
    per unit (0 when not given). ``nace``: the NACE class the needs come from, '' otherwise;
    ``inputs``: then what the model says that class takes (:func:`documented_inputs`)."""

    table: pd.DataFrame
    nace: str = ""
    inputs: pd.DataFrame | None = None

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


def documented_inputs(model, nace: str) -> pd.DataFrame:
    """What the receiving-sector model ``model``
    (:class:`~ite_qgis.core.reference.sector_model.SectorModel`) says sector ``nace`` (a NACE
    class) receives: of the resource codes of the model's catalogue and of the documented
    exchanges, those it would take from a provider of any sector, by the test of the inferred
    candidates of ite:findsynergies
    (:func:`~ite_qgis.core.synergies.pair_search.likely_receivers`).

    Columns ``code``, ``label`` (the catalogue's, in the run's language; the code where it has
    none) and ``kb_score`` (the calibrated score of the class as receiver); best score first.
    Refuses a class that would take nothing."""
    table = model.kb.table
    codes = set(table.loc[(table["level"] == "code").to_numpy(), "key"])
    catalogue = model.catalogue
    if catalogue is not None:
        codes |= set(catalogue.codes)
    codes = np.array(sorted(codes), dtype=object)
    scores = model.sector_scores(codes, np.full(len(codes), "", dtype=object), _sector(nace))
    kept = likely_receivers(scores)
    found = pd.DataFrame({"code": codes[kept], "kb_score": scores["kb_score"].to_numpy()[kept]})
    if found.empty:
        raise InputError(
            translate(
                "siting",
                "The receiving-sector model finds no resource NACE {nace} is likely to take: "
                "give the planned activity's needs as resource codes with quantities instead."
            ).format(nace=nace)
        )
    found = found.sort_values(["kb_score", "code"], ascending=[False, True], kind="stable")
    lang = language()
    labels = [catalogue.label(code, lang) if catalogue is not None else None
              for code in found["code"]]
    found.insert(1, "label", [label or code for label, code in zip(labels, found["code"],
                                                                    strict=True)])
    return found.reset_index(drop=True)


def nace_needs(model, text: str) -> Needs:
    """One need for a NACE class: no code, no quantity limit, no price (see the module
    docstring). Refuses a code that is no class and a class the receiving-sector ``model``
    says takes nothing (:func:`documented_inputs`, kept as ``inputs``)."""
    nace = nace_class(text)
    inputs = documented_inputs(model, nace)
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
    return Needs(table[NEED_COLUMNS], nace=nace, inputs=inputs)


def receiving_supplies(model, nace: str, codes: np.ndarray, divisions: np.ndarray) -> np.ndarray:
    """The calibrated ``kb_score`` of sector ``nace`` (a NACE class, with its group and
    division) as receiver of each supply (resource ``codes``, provider ``divisions``) it takes,
    NaN for a supply it does not: it takes those ite:findsynergies would propose to a site of
    that class as an inferred candidate (the thresholds of
    :func:`~ite_qgis.core.synergies.pair_search.likely_receivers`). Each distinct (code, provider
    division) is scored once, all together."""
    pairs = pd.MultiIndex.from_arrays(
        [pd.Index(codes, dtype=object), pd.Index(divisions, dtype=object)]
    )
    query, distinct = pairs.factorize()
    if len(distinct) == 0:
        return np.full(len(codes), np.nan)
    scores = model.sector_scores(
        distinct.get_level_values(0).to_numpy(), distinct.get_level_values(1).to_numpy(),
        _sector(nace),
    )
    score = np.where(likely_receivers(scores), scores["kb_score"].to_numpy(), np.nan)
    return score[query]


def _sector(nace: str) -> tuple[str, str, str]:
    """(class, group, division) of a NACE class, as the model names the sites' sectors."""
    parts = nace_parts(pd.Series([nace], dtype=object)).iloc[0]
    return parts["nace_class"], parts["group"], parts["division"]

"""The layers a document or a summary reads (ite:report, ite:exportsynergymap, ite:exporttables,
ite:metabolism, ite:flowmap): one policy for every such tool, one rule per kind of layer.

A document shows what it is given. It refuses only what it cannot show, and names every row it
leaves out:

* **empty**: the sites layer (required) is refused ("... is empty"); an empty optional layer is
  said ("The flows layer is empty") and the output has nothing of that kind;
* **wrong geometry type**: refused with the kind needed and the tool that converts it (a
  document draws its layers, and a point layer given as synergies is another layer); rows of
  another kind in a mixed layer are left out and named. A layer read as a table (no geometry
  at all) is not judged;
* **rows without a geometry**: kept (a table still lists them) and named: they have no place
  on a map nor coordinates in a table. Sites are never left out: their confidentiality flag
  protects their resources and lines in every public output;
* **invalid polygons**: repaired with ``make_valid`` and said (:mod:`.geometry`);
* **swapped coordinates**: refused, as by every other algorithm (:mod:`.geometry`);
* **ids**: where other layers join on them (``site_id``, ``resource_id``) blank or repeated
  ids are refused; DH areas, as ite:wasteheatdh reads them, leave out blank ids and refuse
  repeated ones (links name their area); elsewhere (``flow_id``, ``synergy_id``, a DH link's
  source and area) the rows are left out and named, a repeated id keeping its first row;
* **columns**: a missing required one is refused, naming it; a missing optional one is a
  warning that says what is lost;
* **quantities**: read with the one number parser; a row whose quantity is text, infinite,
  absurd (beyond the bound of its unit family) or negative is left out of every total and named.
  An export of the tables as they are (``quantities`` False) keeps such rows: it writes an empty
  cell and says so (:mod:`ite_qgis.core.publishing.exports`).

Vectorised: no Python loop over rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..common.i18n import translate
from ..common.ids import duplicated_ids, listed, repeated_ids
from .bounds import MAX_EUR_YR
from .findings import InputError, InputReport
from .geometry import (
    LINE,
    POINT,
    POLYGON,
    check_geometry_types,
    check_swapped_coordinates,
    geometry_kinds,
    repair_invalid_polygons,
    row_names,
)
from .table_checks import checked_numbers, clean_ids, optional_columns, require_rows_left

_BLANK_IDS = ("", "None", "nan", "NULL")
# How a layer's ids are judged: other layers join on them (blank or repeated refused), blank
# left out but repeated refused (DH areas), or both left out (nothing joins on them).
REFUSE, REFUSE_REPEATED, LEAVE_OUT = "refuse", "refuse_repeated", "leave_out"


@dataclass(frozen=True)
class LayerRule:
    """What a document needs of one kind of layer."""

    # The layer in the validation messages ("The {layer} layer holds points..."; the French
    # carries its article: "La couche {layer}" with "des flux").
    name: Callable[[], str]
    fields_name: Callable[[], str]  # ... in "The {what} layer lacks the fields {fields}."
    what: Callable[[], str]  # the layer as a subject: "The flows layer"
    geometry: str | None = None  # the kind it must have when it has geometries
    ids: tuple[str, ...] = ()  # the columns that identify a row
    id_policy: str = LEAVE_OUT
    required: tuple[str, ...] = ()
    optional: Callable[[], dict] = dict  # column -> what is lost without it (translated)
    # (column, bound or None for the bound of the row's unit, negative values allowed)
    numbers: tuple[tuple[str, float | None, bool], ...] = field(default=())


def _lost_nace() -> dict:
    return {"nace": translate(
        "validation", "no site has a NACE code: the sectors are unknown and confidential sites "
                      "are named 'Confidential site' instead of by their sector.")}


def _lost_status() -> dict:
    return {"status": translate(
        "validation", "the flows have no status (existing, planned): each one counts as an "
                      "existing flow.")}


def _lost_family() -> dict:
    return {"family": translate(
        "validation", "the resource families are taken from the catalogue, by resource code.")}


def _lost_dwellings() -> dict:
    return {"dwelling_eq": translate(
        "validation", "the dwelling equivalents of the areas are not shown.")}


def _lost_link_cost() -> dict:
    return {"lcoh_transmission_eur_mwh": translate(
        "validation", "the transmission cost of each link (EUR/MWh) is not shown.")}


RULES = {
    "sites": LayerRule(
        lambda: translate("validation", "sites"), lambda: translate("tables", "sites"),
        lambda: translate("inputlayers", "The sites layer"), POINT, ("site_id",), REFUSE,
        ("site_id",), _lost_nace),
    "resources": LayerRule(
        lambda: translate("validation", "resources"), lambda: translate("tables", "resources"),
        lambda: translate("validation", "The resources table"), None, ("resource_id",), REFUSE,
        ("resource_id", "site_id", "resource", "quantity"), dict, (("quantity", None, False),)),
    "flows": LayerRule(
        lambda: translate("validation", "flows"), lambda: translate("tables", "flows"),
        lambda: translate("validation", "The flows layer"), LINE, ("flow_id",), LEAVE_OUT,
        ("from_site", "to_site", "resource", "quantity", "unit"), _lost_status,
        (("quantity", None, False),)),
    "synergies": LayerRule(
        lambda: translate("validation", "synergies"), lambda: translate("tables", "synergies"),
        lambda: translate("validation", "The synergies layer"), LINE, ("synergy_id",),
        LEAVE_OUT, ("supplier_site", "receiver_site", "resource", "quantity", "unit",
                    "distance_m", "net_benefit_eur_yr", "supply_id"), _lost_family,
        (("quantity", None, False), ("allocated_quantity", None, False),
         ("net_benefit_eur_yr", MAX_EUR_YR, True))),
    "dh_areas": LayerRule(
        lambda: translate("validation", "DH areas"), lambda: translate("waste_heat", "DH areas"),
        lambda: translate("wasteheatdh", "The DH areas layer"), POLYGON, ("area_id",),
        REFUSE_REPEATED, ("area_id",), _lost_dwellings,
        (("demand_gwh_yr", None, False),)),
    "dh_links": LayerRule(
        lambda: translate("validation", "DH links"),
        lambda: translate("tables", "district heating links"),
        lambda: translate("validation", "The DH links layer"), LINE,
        ("source_id", "area_id"), LEAVE_OUT,
        ("source_id", "area_id", "length_m", "heat_delivered_mwh_yr", "feasible"),
        _lost_link_cost, (("heat_delivered_mwh_yr", None, False),)),
}


def empty_layer(kind: str, report: InputReport) -> None:
    """Say that the optional layer of ``kind`` is empty."""
    report.warn(translate(
        "validation", "The {layer} layer is empty: the output has nothing of it.").format(
        layer=RULES[kind].name()))


def document_layer(
    frame: pd.DataFrame, kind: str, report: InputReport, *, required: bool = False,
    quantities: bool = True, required_columns: tuple[str, ...] | None = None,
    accepted: tuple[str, ...] | None = None, numbers: tuple | None = None,
) -> pd.DataFrame:
    """The rows of ``frame`` (a layer of ``kind``, one of :data:`RULES`) a document can use,
    numbers read as floats; refusals raise :class:`InputError`, the rest goes to ``report``.

    ``frame`` is in its layer's own CRS (the swapped-coordinates check needs it). ``required``:
    an empty layer is refused instead of said. ``quantities`` False keeps rows whose number is
    not usable (an export as it is). ``required_columns`` replaces the rule's (a flow map reads
    the columns its parameters name), ``accepted`` the geometry kinds (a flow map places its
    sites on polygons too), ``numbers`` the number columns (the quantity field it was given)."""
    rule = RULES[kind]
    what = rule.what()
    # The columns first: an empty layer must still be a layer of its kind.
    columns = rule.required if required_columns is None else required_columns
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(translate("tables", "The {what} layer lacks the fields {fields}.")
                         .format(what=rule.fields_name(),
                                 fields=", ".join(missing)))
    if len(frame) == 0:
        if required:
            raise InputError(translate(
                "validation", "{what} is empty: it has no feature.").format(what=what))
        empty_layer(kind, report)
        return frame
    frame = frame.drop(columns=["fid"], errors="ignore").reset_index(drop=True)
    if "family" in optional_columns(frame, rule.optional(), what, report):
        from ..reference.catalogue import load_catalogue

        frame["family"] = load_catalogue(None).families(frame["resource"]).to_numpy()
    frame, keep, names = _ids(frame, rule, report)
    if rule.geometry is not None and hasattr(frame, "crs") and "geometry" in frame.columns:
        frame, usable = _geometries(frame, accepted or (rule.geometry,), rule, names, report)
        keep &= usable
    if quantities:
        for column, bound, negative in rule.numbers if numbers is None else numbers:
            if column in frame.columns:
                units = frame["unit"] if bound is None and "unit" in frame.columns else None
                frame[column], kept = checked_numbers(
                    frame, column, pd.Series(names), what, report, units=units, bounds=bound,
                    allow_negative=negative, skip=~keep)
                keep &= kept
    require_rows_left(keep, what, report)  # rows given, none usable: no document of nothing
    return frame if keep.all() else frame[keep].reset_index(drop=True)


def _ids(frame: pd.DataFrame, rule: LayerRule, report: InputReport):
    """(frame, rows to keep, name of each row): ids judged by the rule's policy."""
    rows = row_names(len(frame))
    keep = np.ones(len(frame), dtype=bool)
    present = [c for c in rule.ids if c in frame.columns]
    if not present:
        return frame, keep, rows
    if rule.id_policy == REFUSE:
        frame = frame.copy()
        frame[present[0]] = clean_ids(frame, present[0], rule.what())
        return frame, keep, frame[present[0]].to_numpy(dtype=str)
    name = rule.name()
    text = frame[present].astype(str).apply(lambda column: column.str.strip())
    blank = (frame[present].isna() | text.isin(_BLANK_IDS)).any(axis=1).to_numpy()
    key = text[present[0]].str.cat([text[c] for c in present[1:]], sep=" / ") \
        if len(present) > 1 else text[present[0]]
    report.reject(name, rows[blank], "no_id", translate(
        "validation", "{count} features of the {layer} layer have no id and were left out (row "
                      "numbers): {rows}.").replace("{layer}", name))
    repeated = repeated_ids(key, blank).to_numpy()
    if repeated.any() and rule.id_policy == REFUSE_REPEATED:
        raise InputError(translate(
            "validation", "The {layer} layer repeats the ids {ids}: each must be unique.")
            .format(layer=name, ids=listed(duplicated_ids(key, blank))))
    shown = (key[repeated] + " (" + pd.Series(rows[repeated], index=key[repeated].index)
             + ")")
    report.reject(name, shown, "repeated_id", translate(
        "validation", "{count} features of the {layer} layer repeat the id of an earlier one and "
                      "were left out (id and row number): {rows}.").replace("{layer}", name))
    keep = ~blank & ~repeated
    return frame, keep, np.where(blank, rows, key.to_numpy(dtype=str))


def _geometries(frame, accepted: tuple[str, ...], rule: LayerRule, names, report: InputReport):
    """(frame with repaired polygons, rows still usable): wrong kind refused (or, in a mixed
    layer, left out), swapped coordinates refused, rows without a geometry named."""
    geometry = np.asarray(frame.geometry.array, dtype=object)
    kinds = geometry_kinds(geometry)
    missing = kinds == ""
    if missing.all():  # a table: nothing to judge
        return frame, np.ones(len(frame), dtype=bool)
    name = rule.name()
    usable = check_geometry_types(geometry, accepted, name, names, report, kinds)
    usable |= missing
    check_swapped_coordinates(geometry, frame.crs, name, missing)
    if missing.any():
        geometry = geometry.copy()
        geometry[missing] = None  # an empty point has no x: a table writes no coordinates
        frame = frame.set_geometry(type(frame.geometry)(geometry, index=frame.index,
                                                        crs=frame.crs))
        report.warn(translate(
            "validation", "{count} features of the {layer} layer have no geometry (or an empty "
                          "one): they are kept, but have no place on a map nor coordinates in a "
                          "table: {rows}.").format(count=int(missing.sum()), layer=name,
                                                   rows=listed(np.asarray(names)[missing])))
    if POLYGON in accepted:
        geometry, still, repaired = repair_invalid_polygons(geometry, name, names, report,
                                                            kinds == POLYGON)
        usable &= still
        if repaired.any():
            frame = frame.set_geometry(type(frame.geometry)(geometry, index=frame.index,
                                                            crs=frame.crs))
    return frame, usable

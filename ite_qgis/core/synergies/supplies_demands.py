"""First stage of the synergy search: the sites and resources tables checked and turned into
supplies and demands, aligned numpy arrays with text as integer codes (:class:`Points`).

Records that cannot give a synergy (unknown code, no direction, no located site, no positive
quantity) are left out with a note; input the search cannot work with raises
:class:`~.errors.SynergyError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..common.crs import crs_label, to_metric
from ..common.i18n import translate
from ..common.ids import duplicated_ids
from .errors import SynergyError


@dataclass
class Points:
    """Records (supplies or demands) as aligned numpy arrays; text as integer codes into the
    shared tables ``code_names`` (canonical resource codes), ``family_names`` (family of each
    code) and ``unit_names``, so that no per-record Python string is touched on the hot path."""

    row: np.ndarray  # position in the resources table
    site: np.ndarray  # integer position of the site
    x: np.ndarray
    y: np.ndarray
    code: np.ndarray  # position in code_names
    quantity: np.ndarray
    unit: np.ndarray  # position in unit_names
    temperature_c: np.ndarray
    hours: np.ndarray
    cost: np.ndarray
    code_names: np.ndarray
    family_names: np.ndarray
    unit_names: np.ndarray
    ids: pd.Index  # resource_id of every row of the resources table (unique)

    _SHARED = ("code_names", "family_names", "unit_names", "ids")

    def take(self, positions: np.ndarray) -> Points:
        return Points(
            **{k: v if k in self._SHARED else v[positions] for k, v in self.__dict__.items()}
        )

    def code_position(self, code: str) -> int:
        found = np.flatnonzero(self.code_names == code)
        return int(found[0]) if len(found) else -1


def _as_text(values: pd.Series, missing: str | None = None) -> pd.Series:
    """``values.astype(str)`` (or ``missing`` for missing values when given), skipping the
    per-value conversion when the column already holds only text, and converting each distinct
    value once otherwise."""
    if missing is None and pd.api.types.infer_dtype(values, skipna=False) == "string":
        return values
    codes, uniques = pd.factorize(values, use_na_sentinel=missing is not None)
    names = np.array([str(value) for value in uniques] + [missing], dtype=object)
    return pd.Series(names[codes], index=values.index)  # code -1 (missing) reads the last


def prepare_sites(sites: gpd.GeoDataFrame, notes: list[str]) -> tuple[pd.DataFrame, Any]:
    for column in ("site_id",):
        if column not in sites.columns:
            raise SynergyError(
                translate("synergy", "The sites table has no '{column}' column.").format(
                    column=column
                )
            )
    ids = _as_text(sites["site_id"])
    index = pd.Index(ids)
    if not index.is_unique:
        raise SynergyError(
            translate("synergy", "Duplicate site_id values: {ids}").format(
                ids=", ".join(duplicated_ids(index)[:10])
            )
        )
    metric, crs, note = to_metric(sites)
    notes.append(
        note or translate("synergy", "Distances are measured in {crs}.").format(crs=crs_label(crs))
    )
    geometry = metric.geometry
    missing = geometry.isna().to_numpy() | geometry.is_empty.to_numpy()
    types = shapely.get_type_id(geometry.to_numpy())
    not_points = ~missing & (types != shapely.GeometryType.POINT)
    if not_points.any():
        raise SynergyError(
            translate(
                "synergy",
                "{count} sites are not points (e.g. {ids}); sites must be point features."
            ).format(count=int(not_points.sum()), ids=", ".join(ids[not_points][:5]))
        )
    if missing.any():
        notes.append(
            translate("synergy", "{count} sites have no geometry and were left out: {ids}").format(
                count=int(missing.sum()), ids=", ".join(ids[missing][:10])
            )
        )
    keep = ~missing
    coords = shapely.get_coordinates(geometry.to_numpy()[keep])
    nace = sites["nace"] if "nace" in sites.columns else pd.Series("", index=sites.index)
    table = pd.DataFrame(
        {
            "site_id": ids.to_numpy()[keep],
            "x": coords[:, 0],
            "y": coords[:, 1],
            "nace": _as_text(nace, missing="").to_numpy()[keep],
        }
    )
    # The site ids as an Index known unique: its hash table is built once and serves the
    # look-up of the resources' sites and the text columns of the lines.
    table.attrs["index"] = index if keep.all() else pd.Index(table["site_id"])
    return table, crs


def _numbers(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame.columns:
        return np.full(len(frame), np.nan)
    return pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float)


def _factorized_text(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(codes, names): stripped text as integer positions into ``names``, '' for missing. Each
    distinct value is cleaned once (columns such as direction or unit hold a handful of values
    over millions of rows)."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    names = pd.Series([str(value).strip() for value in uniques] + [""], dtype=object)
    positions, distinct = pd.factorize(names)  # values equal once stripped share a position
    codes = np.where(codes < 0, len(uniques), codes)
    return positions[codes].astype(np.int32), np.asarray(distinct, dtype=object)


def prepare_resources(
    resources: pd.DataFrame,
    site_table: pd.DataFrame,
    catalogue,
    families: set[str] | None,
    notes: list[str],
) -> tuple[Points, Points]:
    """(supplies, demands) of the resources table, records that give no synergy left out (with
    a note); only the ``families`` given when not None."""
    index = _resource_ids(resources)
    code, code_names, family_names = _resource_codes(resources["resource"], catalogue)
    is_supply, is_demand = _directions(resources["direction"])
    quantity = _numbers(resources, "quantity")
    site_pos = site_table.attrs["index"].get_indexer(_as_text(resources["site_id"]))
    keep = _usable(index, code, family_names, is_supply | is_demand, site_pos, quantity, notes)
    if families is not None:
        keep &= np.r_[np.isin(family_names, list(families)), False][code]

    if "unit" in resources.columns:
        unit, unit_names = _factorized_text(resources["unit"])
    else:
        unit, unit_names = np.zeros(len(resources), dtype=np.int32), np.array([""], dtype=object)
    site_safe = np.maximum(site_pos, 0)
    points = Points(
        row=np.arange(len(resources)),
        ids=index,
        site=site_pos,
        x=site_table["x"].to_numpy()[site_safe],
        y=site_table["y"].to_numpy()[site_safe],
        code=code,
        quantity=quantity,
        unit=unit,
        temperature_c=_numbers(resources, "temperature_c"),
        hours=_numbers(resources, "hours_per_year"),
        cost=_numbers(resources, "cost_eur_per_unit"),
        code_names=code_names,
        family_names=family_names,
        unit_names=unit_names,
    )
    return (
        points.take(np.flatnonzero(keep & is_supply)),
        points.take(np.flatnonzero(keep & ~is_supply)),
    )


def _resource_ids(resources: pd.DataFrame) -> pd.Index:
    """The resource ids as a unique Index, once the required columns are checked."""
    required = ("resource_id", "site_id", "direction", "resource", "quantity")
    missing_columns = [c for c in required if c not in resources.columns]
    if missing_columns:
        raise SynergyError(
            translate("synergy", "The resources table lacks the columns {columns}.").format(
                columns=", ".join(missing_columns)
            )
        )
    index = pd.Index(_as_text(resources["resource_id"]))
    if not index.is_unique:
        raise SynergyError(
            translate("synergy", "Duplicate resource_id values: {ids}").format(
                ids=", ".join(duplicated_ids(index)[:10])
            )
        )
    return index


def _resource_codes(values: pd.Series, catalogue) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(code position of each record, canonical code names, family of each name; -1 for a
    missing code). Each distinct spelling is normalised once."""
    raw, spellings = pd.factorize(values, use_na_sentinel=True)
    canonical = catalogue.normalise(pd.Series(spellings, dtype=object))
    canonical_pos, code_names = pd.factorize(canonical, use_na_sentinel=True)
    code_names = np.asarray(code_names, dtype=object)
    family_names = catalogue.families(pd.Series(code_names, dtype=object)).to_numpy(dtype=object)
    code = np.where(raw >= 0, canonical_pos[np.maximum(raw, 0)], -1).astype(np.int32)
    return code, code_names, family_names


def _directions(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(is supply, is demand) of each record, whatever the case and surrounding spaces."""
    direction_pos, direction_names = _factorized_text(values)
    direction_names = np.array([name.lower() for name in direction_names], dtype=object)
    is_supply = np.isin(direction_pos, np.flatnonzero(direction_names == "supply"))
    is_demand = np.isin(direction_pos, np.flatnonzero(direction_names == "demand"))
    return is_supply, is_demand


def _usable(
    ids: pd.Index,
    code: np.ndarray,
    family_names: np.ndarray,
    has_direction: np.ndarray,
    site_pos: np.ndarray,
    quantity: np.ndarray,
    notes: list[str],
) -> np.ndarray:
    """Records that can give a synergy; a note names the others, by their first reason (unknown
    code, no direction, no located site, no positive quantity)."""

    def skip(mask: np.ndarray, template: str) -> None:
        if mask.any():
            notes.append(template.format(count=int(mask.sum()), ids=", ".join(ids[mask][:10])))

    known_code = np.r_[pd.notna(family_names), False]  # position -1 reads the last entry
    unknown = ~known_code[code]
    skip(
        unknown,
        translate("synergy", "{count} resources have an unknown code and were left out: {ids}"),
    )
    bad_direction = ~has_direction
    skip(
        bad_direction & ~unknown,
        translate(
            "synergy",
            "{count} resources are neither 'supply' nor 'demand' and were left out: {ids}"
        ),
    )
    no_site = site_pos < 0
    skip(
        no_site & ~unknown & ~bad_direction,
        translate(
            "synergy",
            "{count} resources refer to a site that is missing or has no geometry and "
            "were left out: {ids}"
        ),
    )
    no_quantity = ~(quantity > 0)
    keep = ~(unknown | bad_direction | no_site)
    skip(
        no_quantity & keep,
        translate(
            "synergy", "{count} resources have no positive quantity and give no synergy: {ids}"
        ),
    )
    return keep & ~no_quantity

"""The resource catalogue: what each resource code is, how it travels and what it can replace.

The shipped catalogue lives in ``resources/catalogue/`` (see its README.md):

- ``resources.csv``: one row per code (family, unit family, default unit, labels, transport mode
  and cost, CO2 factor, hazardous flag, default avoided disposal cost, temperature band);
- ``compatibility.csv``: which supply code can meet which demand code, under which condition;
- ``ewc_codes.csv``: the 842 entry codes of the European List of Waste with their hazardous flag,
  so that an entry the catalogue does not list is still known through its sub-chapter.

A user CSV with the same columns extends or overrides the shipped rows, and a user rules CSV
adds or overrides compatibility rules. A bad user file raises :class:`CatalogueError` whose
message names every problem and the row it is on.
"""

from __future__ import annotations

import io
import re
import unicodedata
from functools import lru_cache
from numbers import Integral, Real
from pathlib import Path

import numpy as np
import pandas as pd

from ... import assets
from ..common.families import RESOURCE_FAMILIES
from ..common.i18n import is_french, translate
from ..common.units import CANONICAL_UNITS, UNIT_FAMILIES

TRANSPORT_MODES = ("road", "pipe", "pipe-short", "grid", "none")
CONDITIONS = ("none", "supply_temperature_ge_demand", "same_code")
LEVELS = ("code", "subchapter", "chapter")

# Unit families a family may be counted in: steam in MWh or tonnes, gases by mass, energy or
# normal volume (hydrogen in t, fuel gas in MWh, compressed air in Nm3).
FAMILY_UNITS = {
    "material": ("mass",),
    "heat": ("energy",),
    "steam": ("energy", "mass"),
    "water": ("volume", "mass"),
    "gas": ("mass", "energy", "volume"),
    "electricity": ("energy",),
    "service": ("service",),
}
# A row without a default unit takes the canonical unit of its unit family.
DEFAULT_UNITS = CANONICAL_UNITS
DEFAULT_TRANSPORT = {
    "material": "road",
    "heat": "pipe",
    "steam": "pipe-short",
    "water": "pipe",
    "gas": "pipe",
    "electricity": "grid",
    "service": "none",
}

RESOURCE_COLUMNS = (
    "code",
    "family",
    "unit_family",
    "default_unit",
    "label_en",
    "label_fr",
    "transport_mode",
    "transport_cost_eur_per_unit_km",
    "co2_factor_t_per_unit",
    "hazardous",
    "default_avoided_disposal_eur_per_t",
    "temperature_min_c",
    "temperature_max_c",
    "notes",
)
NUMBER_COLUMNS = (
    "transport_cost_eur_per_unit_km",
    "co2_factor_t_per_unit",
    "default_avoided_disposal_eur_per_t",
    "temperature_min_c",
    "temperature_max_c",
)
# Costs and factors cannot be negative; temperatures can.
NON_NEGATIVE_COLUMNS = NUMBER_COLUMNS[:3]
TEXT_COLUMNS = tuple(c for c in RESOURCE_COLUMNS if c not in NUMBER_COLUMNS + ("hazardous",))
NEW_CODE_REQUIRED = ("family", "unit_family", "label_en")

RULE_COLUMNS = (
    "supply_code",
    "demand_code",
    "condition",
    "efficiency",
    "demand_unit_per_supply_unit",
    "note",
)

_TRUE = {"1", "yes", "true", "oui", "y", "o"}
_FALSE = {"0", "no", "false", "non", "n"}


class CatalogueError(ValueError):
    """A catalogue file is missing, unreadable or holds bad rows. The message says which."""


class UnknownCodeError(CatalogueError, KeyError):
    """A resource code the catalogue does not know."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


# --------------------------------------------------------------------------- normalisation

# Plain-language spellings users type, mapped to catalogue codes (keys without accents).
_ALIASES = {
    "chaleur": "heat",
    "waste-heat": "heat",
    "excess-heat": "heat",
    "chaleur-fatale": "heat",
    "vapeur": "steam",
    "eau": "water",
    "process-water": "water",
    "eau-de-process": "water",
    "eau-industrielle": "water",
    "cooling-water": "water:cooling",
    "eau-de-refroidissement": "water:cooling",
    "waste-water": "wastewater",
    "eaux-usees": "wastewater",
    "effluent": "wastewater",
    "effluents": "wastewater",
    "carbon-dioxide": "co2",
    "dioxyde-de-carbone": "co2",
    "h2": "hydrogen",
    "hydrogene": "hydrogen",
    "gaz-combustible": "fuel-gas",
    "fuelgas": "fuel-gas",
    "electricite": "electricity",
    "air-comprime": "compressed-air",
}
# "EWC 10 02 02", "LER 100202" (French: liste européenne des déchets), "ewc:100202".
_EWC_PREFIX = re.compile(r"^(?:ewc|low|ler|led|eak)\s*[:\-]?\s*(?=\d)")
_HAZARD_MARK = re.compile(r"\s*(?:\(\s*\*\s*\)|\*)\s*$")
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?::[a-z0-9]+(?:-[a-z0-9]+)*)?$")
_WILDCARD = re.compile(r"^[a-z][a-z0-9-]*:\*$")


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _ewc_from_digits(digits: str) -> str | None:
    # A spreadsheet drops the leading zero of 010101: pad odd lengths back.
    if len(digits) % 2:
        digits = "0" + digits
    return f"ewc:{digits}" if len(digits) in (2, 4, 6) else None


def normalise_code(text: object) -> str | None:
    """The canonical catalogue code for a user spelling, or None when it cannot be read.

    ``10 02 02``, ``100202``, ``10.02.02``, ``100202*``, ``EWC 10 02 02``, ``ewc:100202`` and
    the number 100202 all give ``ewc:100202``; ``Heat`` gives ``heat``; ``Fuel gas`` gives
    ``fuel-gas``; a few French words (``vapeur``, ``eaux usées``) map to their codes. The result
    is only well formed: :meth:`Catalogue.is_known` says whether the catalogue knows it.
    """
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, Integral):
        return _ewc_from_digits(str(int(text))) if int(text) > 0 else None
    if isinstance(text, Real):
        value = float(text)
        if not np.isfinite(value) or not value.is_integer() or value <= 0:
            return None
        return _ewc_from_digits(str(int(value)))
    if not isinstance(text, str):
        return None
    lowered = text.strip().lower()
    if not lowered:
        return None
    lowered = _HAZARD_MARK.sub("", lowered)
    prefixed = _EWC_PREFIX.match(lowered)
    rest = lowered[prefixed.end() :] if prefixed else lowered
    if rest and rest[0].isdigit():
        integer_like = re.fullmatch(r"(\d+)\.0+", rest)  # "100202.0" from a float column
        if integer_like:
            return _ewc_from_digits(integer_like.group(1))
        parts = re.split(r"[\s.\-_]+", rest)
        if not all(p.isdigit() for p in parts):
            return None
        if len(parts) == 1:
            return _ewc_from_digits(parts[0])
        if len(parts) <= 3 and all(len(p) == 2 for p in parts):
            return "ewc:" + "".join(parts)
        return None
    if prefixed or lowered.startswith("ewc:"):
        return None
    name = re.sub(r"\s*:\s*", ":", lowered)
    name = re.sub(r"[\s_]+", "-", name)
    name = _strip_accents(name)
    name = _ALIASES.get(name, name)
    return name if _NAME.match(name) else None


def split_codes(text: object) -> list[str | None]:
    """Normalise a cell that may hold several codes, e.g. ``160209/160210`` (MAESTRI style).

    Returns one entry per part, None for a part that cannot be read; [] for an empty cell.
    """
    if isinstance(text, str):
        parts = [p for p in re.split(r"[/;,|]", text) if p.strip()]
        return [normalise_code(p) for p in parts]
    code = normalise_code(text)
    return [code] if code is not None or not _is_missing(text) else []


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def normalise_series(codes: pd.Series) -> pd.Series:
    """Vectorised :func:`normalise_code`: each distinct value is parsed once."""
    values = pd.Series(codes, copy=False)
    distinct = pd.unique(values[values.notna()].to_numpy(dtype=object))
    mapping = {value: normalise_code(value) for value in distinct}
    out = values.map(mapping)
    return out.astype(object).where(out.notna(), None)


def _ewc_parents(code: str) -> list[str]:
    """``ewc:100202`` -> [``ewc:1002``, ``ewc:10``]; [] for anything else."""
    digits = code[4:] if code.startswith("ewc:") else ""
    return [f"ewc:{digits[:n]}" for n in (4, 2) if len(digits) > n]


# --------------------------------------------------------------------------- the catalogue


class Catalogue:
    """Lookups over the resource table, the compatibility rules and the official EWC list.

    Every method accepts user spellings (``10 02 02``) as well as canonical codes. Build it with
    :func:`load_catalogue`; the tables it returns are copies.
    """

    def __init__(self, frame: pd.DataFrame, rules: pd.DataFrame, ewc_hazardous: pd.Series):
        """``frame`` indexed by code (columns RESOURCE_COLUMNS[1:]), ``rules`` with
        RULE_COLUMNS, ``ewc_hazardous`` a bool Series indexed by ``ewc:XXXXXX`` entry codes."""
        self._frame = frame
        self._rules = rules.reset_index(drop=True)
        self._compatible: dict[str | None, pd.DataFrame] = {}  # compatible_demands, per code
        self._ewc_hazardous = ewc_hazardous.astype(bool)
        # Resolution of every known code to the catalogue row that describes it.
        resolved: dict[str, tuple[str, str]] = {code: (code, "code") for code in frame.index}
        for code in ewc_hazardous.index:
            if code in resolved:
                continue
            parents = _ewc_parents(code)
            for parent, level in zip(parents, ("subchapter", "chapter"), strict=False):
                if parent in frame.index:
                    resolved[code] = (parent, level)
                    break
        self._resolved = resolved
        rows = pd.Series({code: row for code, (row, _) in resolved.items()}, dtype=object)
        self._family_of = rows.map(frame["family"]).to_dict()
        self._unit_family_of = rows.map(frame["unit_family"]).to_dict()

    # -- tables
    @property
    def codes(self) -> list[str]:
        """The codes the catalogue lists itself (official EWC entries it only knows through
        their sub-chapter are not included)."""
        return list(self._frame.index)

    @property
    def frame(self) -> pd.DataFrame:
        """The resource table, one row per code, ``code`` as first column."""
        return self._frame.reset_index()

    @property
    def rules(self) -> pd.DataFrame:
        """The compatibility rules (``supply_code`` may be a wildcard such as ``ewc:*``)."""
        return self._rules.copy()

    # -- single codes
    def normalise_code(self, text: object) -> str | None:
        return normalise_code(text)

    def is_known(self, code: object) -> bool:
        canonical = normalise_code(code)
        return canonical is not None and canonical in self._resolved

    def resolve(self, code: object) -> tuple[dict, str]:
        """The row describing ``code`` and the level it was found at: ``code`` (listed),
        ``subchapter`` or ``chapter`` (an official EWC entry the catalogue does not list)."""
        canonical = normalise_code(code)
        if canonical is None or canonical not in self._resolved:
            raise UnknownCodeError(
                translate("catalogue", "Unknown resource code '{code}'").format(code=code)
            )
        row_code, level = self._resolved[canonical]
        entry = {"code": canonical, **self._frame.loc[row_code].to_dict()}
        entry["resolved_code"] = row_code
        entry["level"] = level
        if canonical in self._ewc_hazardous.index:
            entry["hazardous"] = int(self._ewc_hazardous[canonical])
            if level != "code" and entry["hazardous"]:
                # The group's landfill default does not apply to a hazardous entry.
                entry["default_avoided_disposal_eur_per_t"] = float("nan")
        return entry, level

    def entry(self, code: object) -> dict:
        """All catalogue fields of ``code`` as a dict (numbers are floats, NaN when there is
        no default), plus ``resolved_code`` and ``level``. Raises :class:`UnknownCodeError`."""
        return self.resolve(code)[0]

    def family(self, code: object) -> str | None:
        """Family of ``code``, or None when the code is unknown."""
        return self._family_of.get(normalise_code(code))

    def unit_family(self, code: object) -> str | None:
        """Unit family of ``code``, or None when the code is unknown."""
        return self._unit_family_of.get(normalise_code(code))

    def label(self, code: object, lang: str = "en") -> str | None:
        """Label in English or French (``i18n.is_french(lang)``); None when unknown."""
        try:
            entry = self.entry(code)
        except UnknownCodeError:
            return None
        if is_french(lang) and entry["label_fr"]:
            return entry["label_fr"]
        return entry["label_en"]

    def hazardous(self, code: object) -> bool | None:
        """Hazardous flag (the official one for EWC entries); None when unknown."""
        try:
            return bool(self.entry(code)["hazardous"])
        except UnknownCodeError:
            return None

    # -- whole columns
    def normalise(self, codes: pd.Series) -> pd.Series:
        return normalise_series(codes)

    def known(self, codes: pd.Series) -> pd.Series:
        """Bool Series, same index: True where the code is known."""
        return normalise_series(codes).isin(set(self._resolved)).rename("known")

    def families(self, codes: pd.Series) -> pd.Series:
        """Family of each code, same index; None where unknown."""
        return self._map(codes, self._family_of, "family")

    def unit_families(self, codes: pd.Series) -> pd.Series:
        """Unit family of each code, same index; None where unknown."""
        return self._map(codes, self._unit_family_of, "unit_family")

    def _map(self, codes: pd.Series, lookup: dict, name: str) -> pd.Series:
        out = normalise_series(codes).map(lookup)
        return out.astype(object).where(out.notna(), None).rename(name)

    # -- compatibility
    def compatible_demands(self, supply_code: object) -> pd.DataFrame:
        """The rules that let a supply of ``supply_code`` meet a demand, one row per demand code.

        Wildcard rules are expanded: with ``same_code`` an EWC entry meets a demand for the same
        code, its sub-chapter or its chapter. Explicit rules come first. Empty for an unknown code.
        """
        canonical = normalise_code(supply_code)
        if canonical not in self._compatible:
            self._compatible[canonical] = self._compatible_demands(canonical)
        return self._compatible[canonical].copy()

    def _compatible_demands(self, canonical: str | None) -> pd.DataFrame:
        empty = pd.DataFrame(columns=list(RULE_COLUMNS))
        if canonical is None or canonical not in self._resolved:
            return empty
        rules = self._rules
        exact = rules[rules["supply_code"] == canonical]
        patterns = rules[rules["supply_code"].str.endswith("*")]
        prefix_match = np.array([canonical.startswith(p[:-1]) for p in patterns["supply_code"]])
        matched = patterns.loc[prefix_match.astype(bool)]
        expanded = []
        for rule in matched.itertuples(index=False):
            if rule.condition == "same_code":
                demands = [canonical] + _ewc_parents(canonical)
            elif rule.demand_code.endswith("*"):
                continue
            else:
                demands = [rule.demand_code]
            for demand in demands:
                expanded.append({**rule._asdict(), "supply_code": canonical, "demand_code": demand})
        parts = [exact, pd.DataFrame(expanded, columns=list(RULE_COLUMNS))]
        parts = [part for part in parts if len(part)]
        if not parts:
            return empty
        out = pd.concat(parts)
        out = out[out["demand_code"].isin(set(self._resolved))]
        return out.drop_duplicates("demand_code").reset_index(drop=True)

    def temperature_ok(
        self,
        supply_codes: pd.Series,
        demand_codes: pd.Series,
        supply_temperature_c: pd.Series,
        demand_temperature_c: pd.Series,
    ) -> pd.Series:
        """Vectorised ``supply_temperature_ge_demand``: True where the supply is hot enough.

        A missing temperature falls back to the lower bound of the code's band (a supply coded
        ``heat:100-200c`` is at least 100 °C); a supply in a band with an upper bound is too cool
        for a demand at or above that bound. Where either side is still unknown the pair is kept
        (True): the check cannot reject what it cannot see.
        """
        supply_codes = pd.Series(supply_codes)
        index = supply_codes.index
        band_min = self._frame["temperature_min_c"]
        supply_t = pd.to_numeric(_column(supply_temperature_c, index), errors="coerce")
        demand_t = pd.to_numeric(_column(demand_temperature_c, index), errors="coerce")
        supply = normalise_series(supply_codes)
        ok = temperatures_ok(
            supply_t.to_numpy(dtype=float),
            demand_t.to_numpy(dtype=float),
            supply.map(band_min).to_numpy(dtype=float),
            supply.map(self._frame["temperature_max_c"]).to_numpy(dtype=float),
            normalise_series(_column(demand_codes, index)).map(band_min).to_numpy(dtype=float),
        )
        return pd.Series(ok, index=index, name="temperature_ok")

    def temperature_band(self, code: object) -> tuple[float, float]:
        """``(temperature_min_c, temperature_max_c)`` of a code's band; NaN where it has none
        (and for codes the catalogue does not list)."""
        canonical = normalise_code(code)
        if canonical is None or canonical not in self._frame.index:
            return np.nan, np.nan
        row = self._frame.loc[canonical]
        low = pd.to_numeric(row["temperature_min_c"], errors="coerce")
        high = pd.to_numeric(row["temperature_max_c"], errors="coerce")
        return float(low), float(high)


def temperatures_ok(supply_t, demand_t, supply_min, supply_max, demand_min) -> np.ndarray:
    """The ``supply_temperature_ge_demand`` test on numpy arrays (they broadcast).

    Missing temperatures (NaN) fall back to the band bounds: the demand to its band's minimum,
    the supply to its band's minimum, and a supply of unknown temperature in a band with an upper
    bound is too cool for a demand at or above that bound. Unknown on either side: kept (True).
    """
    supply_t = np.asarray(supply_t, dtype=float)
    demand_t = np.asarray(demand_t, dtype=float)
    demand_t = np.where(np.isnan(demand_t), demand_min, demand_t)
    too_cool = np.isnan(supply_t) & (demand_t >= supply_max)
    supply_t = np.where(np.isnan(supply_t), supply_min, supply_t)
    unknown = np.isnan(supply_t) | np.isnan(demand_t)
    return (unknown | (supply_t >= demand_t)) & ~too_cool


def _column(values: object, index: pd.Index) -> pd.Series:
    """``values`` (array, Series or scalar) as a Series on ``index``, matched by position."""
    array = np.asarray(values, dtype=object)
    if array.ndim == 0:
        array = np.full(len(index), array.item(), dtype=object)
    return pd.Series(array, index=index)


# --------------------------------------------------------------------------- reading files


def _read_table(path: Path) -> tuple[pd.DataFrame, pd.Series]:
    """Read a CSV as text cells; returns the frame and each row's line number in the file."""
    if not path.is_file():
        raise CatalogueError(
            translate("catalogue", "Catalogue file {path} does not exist").format(path=path)
        )
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CatalogueError(
            translate(
                "catalogue", "Catalogue file {path} is not UTF-8 text: save it as 'CSV UTF-8'"
            ).format(path=path)
        ) from None
    header = text.split("\n", 1)[0]
    if not header.strip():
        raise CatalogueError(
            translate("catalogue", "Catalogue file {path} is empty").format(path=path)
        )
    # Spreadsheets in French locales write ';' with decimal commas.
    separator = max((";", ",", "\t"), key=header.count)
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=separator,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise CatalogueError(
            translate("catalogue", "Catalogue file {path} cannot be read as CSV: {error}").format(
                path=path, error=error
            )
        ) from None
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    frame = frame.apply(lambda column: column.str.strip())
    line = pd.Series(np.arange(len(frame)) + 2, index=frame.index)  # header is line 1
    filled = (frame != "").any(axis=1)
    return frame[filled].reset_index(drop=True), line[filled].reset_index(drop=True)


def _numbers(column: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Parse text to floats (decimal comma accepted); also returns where text was not a number."""
    text = column.str.replace(",", ".", regex=False)
    values = pd.to_numeric(text, errors="coerce")
    return values.astype(float), (column != "") & values.isna()


class _Problems:
    """Collects every problem of a file, so the user can fix them all in one go."""

    def __init__(self, path: Path, lines: pd.Series):
        self.path, self.lines, self.items = path, lines, []

    def rows(self, mask, message: str, frame: pd.DataFrame, cell: str, **extra) -> None:
        """Add ``message`` for each row where ``mask`` (aligned by position) is True; ``{value}``
        is that row's text in column ``cell``."""
        for i in np.flatnonzero(np.asarray(mask, dtype=bool)):
            self.items.append(
                message.format(row=self.lines.iloc[i], value=frame[cell].iloc[i], **extra)
            )

    def raise_if_any(self) -> None:
        if self.items:
            head = translate("catalogue", "Catalogue file {path} has {count} problem(s):").format(
                path=self.path, count=len(self.items)
            )
            raise CatalogueError("\n".join([head] + [f"  - {item}" for item in self.items]))


def _check_columns(frame: pd.DataFrame, path: Path, required: tuple, allowed: tuple) -> None:
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise CatalogueError(
            translate("catalogue", "Catalogue file {path} lacks the column(s): {columns}").format(
                path=path, columns=", ".join(missing)
            )
        )
    unknown = [c for c in frame.columns if c not in allowed]
    if unknown:
        raise CatalogueError(
            translate(
                "catalogue",
                "Catalogue file {path} has unknown column(s): {columns}; allowed: {allowed}"
            ).format(path=path, columns=", ".join(unknown), allowed=", ".join(allowed))
        )


def _parse_resources(
    path: Path, base: pd.DataFrame | None, ewc_hazardous: pd.Series
) -> pd.DataFrame:
    """Validate a resources CSV and merge it over ``base`` (None for the shipped file)."""
    raw, lines = _read_table(path)
    shipped = base is None
    required = RESOURCE_COLUMNS[:-1] if shipped else ("code",)
    _check_columns(raw, path, required, RESOURCE_COLUMNS)
    raw = raw.reindex(columns=list(RESOURCE_COLUMNS), fill_value="")
    problems = _Problems(path, lines)
    codes = normalise_series(raw["code"])
    _check_resource_codes(raw, codes, lines, set(ewc_hazardous.index), problems)
    numbers, flag = _check_resource_values(raw, codes, base, problems)
    problems.raise_if_any()

    typed = _typed_resources(raw, codes, numbers, flag, base, ewc_hazardous)
    _check_families(typed, path, lines)
    typed = typed[list(RESOURCE_COLUMNS[1:])]
    if shipped:
        return typed
    merged = pd.concat([base[~base.index.isin(typed.index)], typed])
    return merged


def _check_resource_codes(
    raw: pd.DataFrame, codes: pd.Series, lines: pd.Series, ewc_entries: set, problems: _Problems
) -> None:
    """Codes that cannot be read, are not in the European List of Waste, or come twice."""
    problems.rows(
        codes.isna(),
        translate("catalogue", "row {row}: the code '{value}' cannot be read"),
        raw,
        "code",
    )
    ewc_groups = {c[:8] for c in ewc_entries} | {c[:6] for c in ewc_entries}
    is_ewc = codes.fillna("").str.startswith("ewc:")
    problems.rows(
        is_ewc & ~codes.isin(ewc_entries | ewc_groups),
        translate("catalogue", "row {row}: '{value}' is not in the European List of Waste"),
        raw,
        "code",
    )
    duplicated = codes.notna() & codes.duplicated(keep=False)
    for code in codes[duplicated].unique():
        rows = ", ".join(str(n) for n in lines[codes == code])
        problems.items.append(
            translate("catalogue", "rows {rows}: duplicate code '{code}'").format(
                rows=rows, code=code
            )
        )


def _check_resource_values(
    raw: pd.DataFrame, codes: pd.Series, base: pd.DataFrame | None, problems: _Problems
) -> tuple[dict[str, pd.Series], pd.Series]:
    """New codes without their required fields, unknown families or modes, unreadable or
    negative numbers and hazardous flags; returns (numbers per column, hazardous text)."""
    shipped = base is None
    existing = codes.isin(base.index) if not shipped else pd.Series(False, index=raw.index)
    lacking = ~existing & (raw[list(NEW_CODE_REQUIRED)] == "").any(axis=1) & codes.notna()
    problems.rows(
        lacking,
        translate(
            "catalogue",
            "row {row}: the new code '{value}' needs a family, a unit_family and a label_en"
        ),
        raw,
        "code",
    )
    for column, allowed, message in (
        (
            "family",
            RESOURCE_FAMILIES,
            translate("catalogue", "row {row}: unknown family '{value}'"),
        ),
        (
            "unit_family",
            UNIT_FAMILIES,
            translate("catalogue", "row {row}: unknown unit family '{value}'"),
        ),
        (
            "transport_mode",
            TRANSPORT_MODES,
            translate("catalogue", "row {row}: unknown transport mode '{value}'"),
        ),
    ):
        problems.rows((raw[column] != "") & ~raw[column].isin(allowed), message, raw, column)

    numbers = {}
    for column in NUMBER_COLUMNS:
        values, bad = _numbers(raw[column])
        numbers[column] = values
        problems.rows(
            bad,
            translate("catalogue", "row {row}: '{value}' in column {column} is not a number"),
            raw,
            column,
            column=column,
        )
        if column in NON_NEGATIVE_COLUMNS:
            problems.rows(
                values < 0,
                translate("catalogue", "row {row}: {column} must not be negative ({value})"),
                raw,
                column,
                column=column,
            )
    flag = raw["hazardous"].str.lower()
    problems.rows(
        (flag != "") & ~flag.isin(_TRUE | _FALSE),
        translate("catalogue", "row {row}: hazardous must be 0 or 1, not '{value}'"),
        raw,
        "hazardous",
    )
    return numbers, flag


def _typed_resources(
    raw: pd.DataFrame,
    codes: pd.Series,
    numbers: dict[str, pd.Series],
    flag: pd.Series,
    base: pd.DataFrame | None,
    ewc_hazardous: pd.Series,
) -> pd.DataFrame:
    """Typed rows indexed by code: empty cells keep the shipped value (override) or take a
    default (new)."""
    rows = raw.assign(code=codes).set_index("code")
    typed = pd.DataFrame(index=rows.index)
    for column in TEXT_COLUMNS[1:]:
        typed[column] = rows[column].where(rows[column] != "", None)
    for column in NUMBER_COLUMNS:
        typed[column] = numbers[column].to_numpy()
    typed["hazardous"] = flag.map(
        lambda v: 1.0 if v in _TRUE else 0.0 if v in _FALSE else np.nan
    ).to_numpy()
    if base is not None:
        overrides = typed.index.isin(base.index)
        old = base.reindex(typed.index[overrides])
        # Numbers: an empty cell keeps the shipped default.
        typed.loc[overrides] = typed.loc[overrides].fillna(old)
    typed["label_fr"] = typed["label_fr"].fillna(typed["label_en"])
    typed["default_unit"] = typed["default_unit"].fillna(typed["unit_family"].map(DEFAULT_UNITS))
    typed["transport_mode"] = typed["transport_mode"].fillna(typed["family"].map(DEFAULT_TRANSPORT))
    typed["notes"] = typed["notes"].fillna("")
    # A new EWC entry takes its official hazardous flag when the cell is empty.
    official = pd.Series(typed.index.map(ewc_hazardous), index=typed.index).astype(float)
    typed["hazardous"] = typed["hazardous"].fillna(official).fillna(0).astype(int)
    return typed


def _check_families(typed: pd.DataFrame, path: Path, lines: pd.Series) -> None:
    """Each code's unit family fits its family, and EWC and service codes their family."""
    problems = _Problems(path, lines)
    for i, (code, family, unit) in enumerate(
        zip(typed.index, typed["family"], typed["unit_family"], strict=True)
    ):
        if unit not in FAMILY_UNITS.get(family, ()):
            problems.items.append(
                translate(
                    "catalogue",
                    "row {row}: a {family} resource cannot be counted in unit family '{unit}'"
                ).format(row=lines.iloc[i], family=family, unit=unit)
            )
        if (code.startswith("ewc:") and family != "material") or (
            code.startswith("service:") and family != "service"
        ):
            problems.items.append(
                translate(
                    "catalogue",
                    "row {row}: '{code}' cannot be in family '{family}' "
                    "(EWC codes are materials, service: codes are services)"
                ).format(row=lines.iloc[i], code=code, family=family)
            )
    problems.raise_if_any()


def _parse_rules(path: Path, base: pd.DataFrame | None, known: set[str]) -> pd.DataFrame:
    """Validate a compatibility CSV and merge it over ``base`` (None for the shipped file)."""
    raw, lines = _read_table(path)
    _check_columns(raw, path, ("supply_code", "demand_code"), RULE_COLUMNS)
    raw = raw.reindex(columns=list(RULE_COLUMNS), fill_value="")
    problems = _Problems(path, lines)
    normalised = {}
    for column in ("supply_code", "demand_code"):
        text = raw[column].str.lower()
        wildcard = text.str.match(_WILDCARD.pattern)
        codes = normalise_series(raw[column]).where(~wildcard, text)
        normalised[column] = codes
        problems.rows(
            codes.isna() | (~wildcard & ~codes.isin(known)),
            translate("catalogue", "row {row}: unknown code '{value}' in column {column}"),
            raw,
            column,
            column=column,
        )
    condition = raw["condition"].replace("", "none")
    problems.rows(
        ~condition.isin(CONDITIONS),
        translate("catalogue", "row {row}: unknown condition '{value}'"),
        raw,
        "condition",
    )
    efficiency, bad = _numbers(raw["efficiency"])
    problems.rows(
        bad | (efficiency < 0) | (efficiency > 1),
        translate("catalogue", "row {row}: efficiency must be a number from 0 to 1, not '{value}'"),
        raw,
        "efficiency",
    )
    factor, bad = _numbers(raw["demand_unit_per_supply_unit"])
    problems.rows(
        bad | (factor <= 0),
        translate(
            "catalogue",
            "row {row}: demand_unit_per_supply_unit must be a positive number, not '{value}'"
        ),
        raw,
        "demand_unit_per_supply_unit",
    )
    rules = pd.DataFrame(
        {
            "supply_code": normalised["supply_code"],
            "demand_code": normalised["demand_code"],
            "condition": condition,
            "efficiency": efficiency.fillna(1.0),
            "demand_unit_per_supply_unit": factor.fillna(1.0),
            "note": raw["note"],
        }
    )
    pair = rules["supply_code"].astype(str) + " -> " + rules["demand_code"].astype(str)
    for value in pair[rules["supply_code"].notna() & pair.duplicated(keep=False)].unique():
        rows = ", ".join(str(n) for n in lines[pair == value])
        problems.items.append(
            translate("catalogue", "rows {rows}: duplicate rule {rule}").format(
                rows=rows, rule=value
            )
        )
    problems.raise_if_any()
    if base is not None:
        base_pair = base["supply_code"] + " -> " + base["demand_code"]
        rules = pd.concat([base[~base_pair.isin(set(pair))], rules], ignore_index=True)
    # Efficiency 0 switches a rule off (a user file can disable a shipped rule that way).
    return rules[rules["efficiency"] > 0].reset_index(drop=True)


@lru_cache(maxsize=1)
def _shipped() -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
    folder = assets.catalogue_dir()
    official, _ = _read_table(folder / "ewc_codes.csv")
    ewc_hazardous = pd.Series(
        official["hazardous"].eq("1").to_numpy(), index="ewc:" + official["code"]
    )
    frame = _parse_resources(folder / "resources.csv", None, ewc_hazardous)
    known = set(frame.index) | set(ewc_hazardous.index)
    rules = _parse_rules(folder / "compatibility.csv", None, known)
    return frame, rules, ewc_hazardous


@lru_cache(maxsize=1)
def _shipped_catalogue() -> Catalogue:
    """The shipped catalogue, built once per session: a Catalogue is never changed after it is
    built (its tables are handed out as copies), so every run can share it."""
    frame, rules, ewc_hazardous = _shipped()
    return Catalogue(frame.copy(), rules.copy(), ewc_hazardous.copy())


def load_catalogue(
    user_file: str | Path | None = None, user_rules: str | Path | None = None
) -> Catalogue:
    """The shipped catalogue, extended or overridden by a user resources CSV and rules CSV.

    A user row whose code the catalogue has replaces the given cells of the shipped row (empty
    cells keep the shipped values); a new code needs family, unit_family and label_en. A user
    rule replaces a shipped rule with the same supply and demand codes; efficiency 0 disables
    it. Raises :class:`CatalogueError` naming each bad row.
    """
    if user_file is None and user_rules is None:
        return _shipped_catalogue()
    frame, rules, ewc_hazardous = _shipped()
    entries = set(ewc_hazardous.index)
    if user_file is not None:
        frame = _parse_resources(Path(user_file), frame, ewc_hazardous)
    if user_rules is not None:
        rules = _parse_rules(Path(user_rules), rules, set(frame.index) | entries)
    return Catalogue(frame.copy(), rules.copy(), ewc_hazardous.copy())

"""Knowledge base: which sectors documented exchanges show receiving a resource.

The table ``resources/catalogue/knowledge_base.csv`` counts documented industrial symbiosis
exchanges (derived from the MAESTRI project's exchanges database by
``tools/derive_knowledge_base.py``). Each row says: at ``level`` (``code``, ``subchapter``,
``chapter`` or ``keyword``), resource ``key`` went ``count`` times from a provider of NACE
division ``provider_division`` (empty: unknown) to a receiver of NACE class / group / division.

A query walks from the most specific level to the least: the exact EWC entry, its sub-chapter,
its chapter, then the keywords the code stands for (``heat``, ``slag``...). Receivers found at a
finer level come first; coarser levels only fill the remaining places. Within a level, receivers
documented from the same provider division rank first, then by total count.

Sites are matched at the precision the knowledge base has: a receiver documented as a NACE class
matches sites of that class; one documented only as a group or a division matches every site in
that group or division.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..common.i18n import translate
from ..common.reasons import fill
from .nace import nace_levels, nace_parts

KB_COLUMNS = [
    "level",
    "key",
    "provider_division",
    "receiver_nace_class",
    "receiver_group",
    "receiver_division",
    "count",
]
# Optional column: the ids of the documented exchanges counted in a row (``; ``-separated).
CASES = "cases"
LEVELS = ("code", "subchapter", "chapter", "keyword", "family", "all")
# The levels a query walks, most specific first; ``family`` (the resource family of the
# exchange: material, heat, water, gas or electricity) and ``all`` (every exchange, key ``*``)
# are only read by the sector model (:mod:`.sector_model`).
QUERY_LEVELS = LEVELS[:4]
# Resource families of the evaluation and of the ``family`` level: heat and steam together,
# water and wastewater together, every gas together (the five families).
_FAMILY_OF_CODE = {
    "heat": "heat",
    "steam": "heat",
    "water": "water",
    "wastewater": "water",
    "co2": "gas",
    "hydrogen": "gas",
    "fuel-gas": "gas",
    "compressed-air": "gas",
    "electricity": "electricity",
}
RESOURCE_FAMILIES = ("material", "heat", "water", "gas", "electricity")
KB_FILE_NAME = "knowledge_base.csv"


@dataclass(frozen=True)
class Keyword:
    """A resource keyword: how documented descriptions name it and which codes it stands for.

    ``pattern`` is a case-insensitive regular expression on free-text resource descriptions.
    ``codes`` are catalogue codes or code prefixes: ``heat`` covers ``heat`` and ``heat:*``,
    ``ewc:13`` covers every entry of EWC chapter 13.
    """

    name: str
    pattern: str
    codes: tuple[str, ...]


def _ewc(text: str) -> tuple[str, ...]:
    return tuple("ewc:" + code for code in text.split())


# EWC entries listed under a keyword are those whose List of Waste title names the material
# (Commission Decision 2014/955/EU, the 842 codes in ../shared/data/ewc_codes.csv), trimmed to
# the non-hazardous ones a receiver would take as a by-product; chapters and sub-chapters are
# used where the whole group is that material.
KEYWORDS: tuple[Keyword, ...] = (
    Keyword("heat", r"\bheat\b|hot water", ("heat",)),
    Keyword("steam", r"\bsteam\b|\bvapou?r\b", ("steam",)),
    Keyword(
        "wastewater",
        r"waste ?water|disposal water|white water|bleaching water|nutrient rich water|effluent",
        ("wastewater",),
    ),
    Keyword(
        "water",
        r"(?<!hot )(?<!waste )(?<!disposal )(?<!white )(?<!bleaching )(?<!rich )\bwater\b",
        ("water",),
    ),
    Keyword("co2", r"\bco2\b|carbon dioxide", ("co2",)),
    Keyword("hydrogen", r"hydrogen", ("hydrogen",)),
    Keyword(
        "fuel gas",
        r"fuel gas|waste gas|exhaust gas|off-?gas|furnace gas|\bbfg\b|\bcog\b|sour gas",
        ("fuel-gas",),
    ),
    Keyword("electricity", r"electricity", ("electricity",)),
    Keyword("compressed air", r"\bair\b", ("compressed-air",)),
    Keyword(
        "oil",
        r"\boil\b|lubricant|refinery by-product",
        ("ewc:13", "ewc:0501", "ewc:200125", "ewc:200126", "material:fuel"),
    ),
    Keyword(
        "slag",
        r"slag|\bbfs\b|\bbofs?\b",
        _ewc(
            "060902 100101 100115 100201 100202 100304 100401 100501 100601 100701 100809 "
            "100903 101003 190112"
        ),
    ),
    Keyword(
        "ash",
        r"\bash\b|fly ash|bottom ash",
        _ewc("100101 100102 100103 100115 100117 190112 190114"),
    ),
    Keyword("gypsum", r"gypsum", _ewc("100105 100107 170802 061101") + ("material:gypsum",)),
    Keyword(
        "sludge",
        r"sludge|\bmuds?\b|slurry",
        _ewc(
            "020101 020204 020305 020403 020502 020603 020705 030302 030305 030310 030311 "
            "040107 040220 050110 060503 070112 070212 100121 100214 190805 190812 190814 "
            "190902 190903 190906"
        ),
    ),
    Keyword("sulphur", r"sulph|sulfur|sulfate", _ewc("050116 050702") + ("material:sulphur",)),
    Keyword(
        "plastic",
        r"plastic|pvc|polyethylene|polymer",
        _ewc("020104 070213 120105 150102 160119 170203 191204 200139") + ("material:plastic",),
    ),
    Keyword(
        "paper",
        r"paper|cardboard|newspaper|pulp(?! waste)",
        _ewc("030305 030307 030308 150101 191201 200101") + ("material:paper-fibre",),
    ),
    Keyword(
        "wood",
        r"wood|bark|sawdust|pruning",
        ("ewc:0301", "ewc:030301")
        + _ewc("150103 170201 191206 191207 200137 200138")
        + ("material:wood",),
    ),
    Keyword(
        "metal scrap",
        r"scrap|metal|steel|\bzn\b|\bcu\b|copper|zinc|appliances|mill scale",
        ("ewc:1201", "ewc:1704", "ewc:1910")
        + _ewc("100210 150104 160117 160118 191202 191203 200140")
        + ("material:ferrous-scrap", "material:nonferrous-scrap"),
    ),
    Keyword(
        "solvent",
        r"solvent|alcohol|acetone|ethanol|isopropyl",
        _ewc("070104 070204 070304 070404 070504 070604 070704 140602 140603 200113"),
    ),
    Keyword(
        "sand",
        r"\bsand|soil|silica|\bclay|gangue|overburden|shale|aggregate|construction and demolition",
        ("ewc:01", "ewc:1701")
        + _ewc("100124 101314 170504 191209 200202")
        + ("material:aggregate", "material:fill"),
    ),
    Keyword(
        "glass",
        r"glass",
        ("ewc:1011",) + _ewc("150107 170202 191205 200102") + ("material:glass-cullet",),
    ),
    Keyword(
        "food",
        r"food|fruit|coffee|coconut|pastry|grain|offal|pomace|molasses|vinesse|vinasse|"
        r"stillage|kitchen|organic",
        ("ewc:02",)
        + _ewc("190809 200108 200125")
        + ("material:animal-feed", "material:organic-feedstock"),
    ),
    Keyword(
        "biomass",
        r"biomass|bagasse|\bcane\b|straw|husk|seaweed|pruning|wood chips|bio-char|digestate",
        _ewc("020103 020107 030105 030301 190606 200201") + ("material:fuel",),
    ),
    Keyword(
        "lime",
        r"\blime\b|calcium carbonate|carbonate|lime kiln",
        _ewc("020402 030309 101304 101306 160306") + ("material:liming-agent",),
    ),
    Keyword(
        "chemical",
        r"acid|hydroxide|chloride|chlorine|ammonium|caustic|silicate|ethylene|propylene|"
        r"catalyst",
        ("ewc:06", "ewc:07", "ewc:1601", "ewc:1608"),
    ),
    Keyword("tyre", r"tyre|tire", _ewc("160103")),
    Keyword("fertiliser", r"fertili[sz]er", ("material:fertiliser",)),
)
KEYWORD_NAMES = tuple(keyword.name for keyword in KEYWORDS)


# ---------------------------------------------------------------------------------------------
# NACE and EWC text handling (vectorised over pandas Series)


def nace_division(value: object) -> str:
    """NACE division (two digits) of one NACE text, as
    :func:`~ite_qgis.core.reference.nace.nace_parts`
    reads it; '' when it gives none."""
    return nace_levels(value)[2]


def ewc_entries(values: pd.Series) -> pd.Series:
    """Lists of normalised EWC entries (``ewc:100202``) found in each free-text EWC cell.

    Cells may hold several codes (``200108/200125``) written with or without spaces, dots or
    a hazard mark; two-digit groups of a code written ``10 02 02`` are joined.
    """
    text = values.fillna("").astype(str).str.replace(r"[\s.*]", "", regex=True)
    found = text.str.findall(r"\d{6}")
    return found.apply(lambda codes: sorted({"ewc:" + code for code in codes}))


def description_keywords(values: pd.Series) -> pd.Series:
    """Lists of keyword names matched in each resource description (may be empty)."""
    text = values.fillna("").astype(str).str.lower()
    hits = pd.DataFrame(
        {kw.name: text.str.contains(kw.pattern, regex=True) for kw in KEYWORDS},
        index=values.index,
    )
    names = np.array(KEYWORD_NAMES, dtype=object)
    return pd.Series([list(names[row]) for row in hits.to_numpy()], index=values.index)


def code_keywords(code: str) -> list[str]:
    """Keyword names a catalogue code stands for (``heat:200-500c`` -> ``['heat']``)."""
    code = str(code).strip().lower()
    if code.startswith("keyword:"):
        name = code.split(":", 1)[1]
        return [name] if name in KEYWORD_NAMES else []
    return [kw.name for kw in KEYWORDS if any(_covers(prefix, code) for prefix in kw.codes)]


def _covers(prefix: str, code: str) -> bool:
    if code == prefix or code.startswith(prefix + ":"):
        return True
    return prefix.startswith("ewc:") and code.startswith("ewc:") and code.startswith(prefix)


def resource_family(code: str) -> str:
    """The evaluation family of a catalogue code (``RESOURCE_FAMILIES``), '' when none:
    EWC and ``material:`` codes are materials, ``steam`` goes with heat, ``wastewater`` with
    water, CO2, hydrogen, fuel gas and compressed air are gases."""
    code = str(code).strip().lower()
    if code.startswith(("ewc:", "material:")):
        return "material"
    return _FAMILY_OF_CODE.get(code.split(":", 1)[0], "")


def code_levels(code: str) -> list[tuple[str, list[str]]]:
    """The (level, keys) a code is looked up under, most specific first."""
    code = str(code).strip().lower()
    levels: list[tuple[str, list[str]]] = []
    match = re.fullmatch(r"ewc:(\d{2})(\d{2})?(\d{2})?", code)
    if match:
        chapter, sub, entry = match.groups()
        if entry:
            levels.append(("code", [code]))
        if sub:
            levels.append(("subchapter", ["ewc:" + chapter + sub]))
        levels.append(("chapter", ["ewc:" + chapter]))
    keywords = code_keywords(code)
    if keywords:
        levels.append(("keyword", keywords))
    return levels


# ---------------------------------------------------------------------------------------------
# Derivation from a table of documented exchanges


def derive_table(exchanges: pd.DataFrame, valid_nace: set[str] | None = None) -> pd.DataFrame:
    """Knowledge-base rows (``KB_COLUMNS``) counted from documented exchanges.

    ``exchanges`` needs ``provider_nace``, ``receiver_nace``, ``ewc_code`` and
    ``resource_description``. An exchange counts once under each of its keys: its EWC
    entries, their sub-chapters and chapters, the keywords of its description, its resource
    family (of :func:`exchange_codes`) and ``all``. Keywords
    are counted for exchanges with an EWC code too: the keyword level is only the last
    fallback, and on a 80/20 holdout of the MAESTRI data (seed 42) this raised the top-5 hit
    rate of the receiver division from 0.71 to 0.76 (see tests/unit/test_knowledge.py).
    Exchanges whose receiver sector is unknown are left out (they say nothing about who
    receives). Sorted, so the output is deterministic.
    """
    receiver = nace_parts(exchanges["receiver_nace"], valid_nace)
    provider = nace_parts(exchanges["provider_nace"], valid_nace)
    entries = ewc_entries(exchanges["ewc_code"])
    keywords = description_keywords(exchanges["resource_description"])

    def keys_of(codes: list[str], names: list[str], family: str) -> list[tuple[str, str]]:
        keys = {("code", c) for c in codes}
        keys |= {("subchapter", c[:8]) for c in codes}
        keys |= {("chapter", c[:6]) for c in codes}
        keys |= {("keyword", name) for name in names}
        keys |= {("family", family)} if family else set()
        return sorted(keys | {("all", "*")})

    families = exchange_codes(exchanges).map(resource_family)
    long = pd.DataFrame(
        {
            "keys": [
                keys_of(c, n, f) for c, n, f in zip(entries, keywords, families, strict=True)
            ],
            "provider_division": provider["division"].to_numpy(),
            "receiver_nace_class": receiver["nace_class"].to_numpy(),
            "receiver_group": receiver["group"].to_numpy(),
            "receiver_division": receiver["division"].to_numpy(),
            "case": exchanges.get("exchange_id", pd.Series("", index=exchanges.index))
            .fillna("")
            .astype(str)
            .str.strip()
            .to_numpy(),
        }
    )
    long = long[long["receiver_division"] != ""].explode("keys").dropna(subset=["keys"])
    long["level"] = long["keys"].str[0]
    long["key"] = long["keys"].str[1]
    columns = KB_COLUMNS[:-1]
    grouped = long.groupby(columns, sort=False)
    table = grouped.size().rename("count").reset_index()
    table["cases"] = grouped["case"].agg(_case_list).to_numpy()
    level_order = {level: i for i, level in enumerate(LEVELS)}
    table["_level"] = table["level"].map(level_order)
    table = table.sort_values(["_level"] + columns[1:]).drop(columns="_level")
    return table[KB_COLUMNS + [CASES]].reset_index(drop=True)


def _case_list(ids: pd.Series) -> str:
    """The distinct exchange ids of a row, sorted, separated by ``; ``."""
    return "; ".join(sorted({i for i in ids if i}))


def holdout_split(n_rows: int, fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(kept, held_out) row positions: a ``numpy.random.default_rng(seed)`` permutation whose
    first ``round(fraction * n_rows)`` positions are held out. Both sorted."""
    order = np.random.default_rng(seed).permutation(n_rows)
    n_held = int(round(fraction * n_rows))
    return np.sort(order[n_held:]), np.sort(order[:n_held])


def exchange_codes(exchanges: pd.DataFrame) -> pd.Series:
    """The catalogue code to query for each exchange: its first EWC entry, else the first
    code of the first keyword of its description, else ''."""
    entries = ewc_entries(exchanges["ewc_code"])
    keywords = description_keywords(exchanges["resource_description"])
    first_code = {kw.name: kw.codes[0] for kw in KEYWORDS}
    codes = [
        e[0] if e else (first_code[k[0]] if k else "")
        for e, k in zip(entries, keywords, strict=True)
    ]
    return pd.Series(codes, index=exchanges.index, dtype=object)


# ---------------------------------------------------------------------------------------------
# Queries


@dataclass
class HoldoutScore:
    """How often the true receiving division of held-out exchanges is among the top 5 the
    knowledge base suggests, against suggesting the 5 most frequent receiving divisions."""

    hits: int
    tested: int
    baseline_hits: int

    @property
    def rate(self) -> float:
        return self.hits / self.tested if self.tested else float("nan")

    @property
    def baseline(self) -> float:
        return self.baseline_hits / self.tested if self.tested else float("nan")


def holdout_score(kb: KnowledgeBase, held: pd.DataFrame, train: pd.DataFrame) -> HoldoutScore:
    """Score ``kb`` (derived from ``train``) on the exchanges ``held`` out of it: for each
    held-out exchange with a resource code and a known receiver, is the receiver's division
    among ``kb.receivers(code, provider, top=5, by='division')``? The baseline suggests the 5
    divisions that receive most often in ``train``, whatever the resource."""
    codes = exchange_codes(held)
    truth = nace_parts(held["receiver_nace"])["division"]
    usable = (codes != "") & (truth != "")
    hits = sum(
        division in set(kb.receivers(code, provider, top=5, by="division")["receiver_division"])
        for code, provider, division in zip(
            codes[usable], held["provider_nace"][usable], truth[usable], strict=True
        )
    )
    popular = nace_parts(train["receiver_nace"])["division"]
    top5 = set(popular[popular != ""].value_counts().index[:5])
    baseline = sum(division in top5 for division in truth[usable])
    return HoldoutScore(int(hits), int(usable.sum()), int(baseline))


class KnowledgeBase:
    """The knowledge-base table with fallback queries; see the module docstring."""

    def __init__(self, table: pd.DataFrame):
        missing = [c for c in KB_COLUMNS if c not in table.columns]
        if missing:
            raise ValueError(
                translate("knowledge", "The knowledge base lacks the columns {columns}.").format(
                    columns=", ".join(missing)
                )
            )
        table = table[KB_COLUMNS + [c for c in (CASES,) if c in table.columns]].copy()
        if CASES not in table.columns:
            table[CASES] = ""
        for column in KB_COLUMNS[:-1] + [CASES]:
            table[column] = table[column].fillna("").astype(str).str.strip()
        table["key"] = table["key"].str.lower()
        table["count"] = pd.to_numeric(table["count"], errors="coerce").fillna(0).astype(int)
        # The most specific NACE code known for each receiver: class, else group, else division.
        table["receiver_nace"] = table["receiver_nace_class"].where(
            table["receiver_nace_class"] != "",
            table["receiver_group"].where(
                table["receiver_group"] != "", table["receiver_division"]
            ),
        )
        self.table = table
        self._cache: dict[tuple[str, str, int, str], pd.DataFrame] = {}
        # Rows by (level, key): (level, key, provider division, receiver NACE, receiver
        # division, count).
        self._rows: dict[tuple[str, str], list[tuple]] = {}
        for row in zip(
            table["level"],
            table["key"],
            table["provider_division"],
            table["receiver_nace"],
            table["receiver_division"],
            table["count"].astype(int),
            strict=True,
        ):
            self._rows.setdefault((row[0], row[1]), []).append(row)

    @classmethod
    def load(cls, path: str | Path | None = None) -> KnowledgeBase:
        """Read a knowledge-base CSV; the one shipped in the catalogue folder by default."""
        if path is None:
            from ... import assets

            path = assets.catalogue_dir() / KB_FILE_NAME
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(
                translate("knowledge", "Knowledge base not found: {path}").format(path=path)
            )
        text_columns = {c: str for c in KB_COLUMNS[:-1] + [CASES]}
        return cls(pd.read_csv(path, dtype=text_columns, keep_default_na=False, comment="#"))

    def receivers(
        self,
        resource_code: str,
        provider_nace: str | None = None,
        top: int = 5,
        by: str = "nace",
    ) -> pd.DataFrame:
        """The ``top`` documented receivers of a resource, best first.

        Columns: ``receiver_division``, ``receiver_nace`` (most specific code known; with
        ``by='division'`` the division itself), ``count`` (documented exchanges at that level),
        ``provider_count`` (of them, from ``provider_nace``'s division), ``level_used`` (code,
        subchapter, chapter or keyword). Levels are tried from the most specific; a coarser
        level only adds receivers not yet listed, until ``top`` are found.
        """
        provider = nace_division(provider_nace)
        cache_key = (str(resource_code).strip().lower(), provider, int(top), by)
        if cache_key not in self._cache:
            self._cache[cache_key] = self._receivers(cache_key[0], provider, int(top), by)
        return self._cache[cache_key].copy()

    def _receivers(self, code: str, provider: str, top: int, by: str) -> pd.DataFrame:
        # The table is small (hundreds of rows) and queried once per distinct (code, provider):
        # plain Python over the rows of each key is much faster here than pandas group-bys.
        unit = 4 if by == "division" else 3  # position in the row tuples of self._rows
        found: list[tuple] = []
        seen: set[str] = set()
        for level, keys in code_levels(code):
            totals: dict[str, list] = {}
            for key in keys:
                for row in self._rows.get((level, key), ()):
                    entry = totals.setdefault(row[unit], [0, 0, row[4]])
                    entry[0] += row[5]
                    entry[1] += row[5] if provider and row[2] == provider else 0
            ranked = sorted(
                (name for name in totals if name not in seen),
                key=lambda name: (-totals[name][1], -totals[name][0], name),
            )
            for name in ranked:
                count, provider_count, division = totals[name]
                found.append((division, name, count, provider_count, level))
            seen.update(ranked)
            if len(seen) >= top:
                break
        columns = ["receiver_division", "receiver_nace", "count", "provider_count", "level_used"]
        if not found:
            return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
        result = pd.DataFrame(found[:top], columns=columns)
        return result.astype({"count": np.int64, "provider_count": np.int64})

    def receiver_table(self, pairs: pd.DataFrame, top: int = 5) -> pd.DataFrame:
        """Receivers for each distinct (``resource``, ``provider_division``) of ``pairs``.

        Long table: resource, provider_division, receiver_nace, receiver_precision (class,
        group or division), count, level_used. One query per distinct pair, not per record.
        """
        distinct = pairs[["resource", "provider_division"]].drop_duplicates()
        parts = []
        for code, division in distinct.itertuples(index=False):
            found = self.receivers(code, division or None, top=top)
            if found.empty:
                continue
            found["resource"] = code
            found["provider_division"] = division
            parts.append(found)
        columns = [
            "resource",
            "provider_division",
            "receiver_nace",
            "receiver_precision",
            "count",
            "level_used",
        ]
        if not parts:
            return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
        table = pd.concat(parts, ignore_index=True)
        length = table["receiver_nace"].str.len()
        table["receiver_precision"] = np.select(
            [length == 5, length == 4], ["class", "group"], default="division"
        )
        return table[columns]

    def match_sites(
        self, supplies: pd.DataFrame, sites: pd.DataFrame, top: int = 5
    ) -> pd.DataFrame:
        """Pairs (supply, receiver site) whose site sector documented cases show receiving the
        supply's resource.

        ``supplies``: resource_id, site_id, resource, and ``nace`` (else taken from ``sites``
        through site_id). ``sites``: site_id, nace. Result columns: resource_id, site_id,
        receiver_nace, rule, evidence (documented exchanges), level. Never pairs a supply with
        its own site. No distance is considered here.
        """
        supplies = supplies.copy()
        site_nace = nace_parts(sites["nace"].astype(object))
        site_nace["site_id"] = sites["site_id"].to_numpy()
        if "nace" not in supplies.columns:
            supplies = supplies.merge(
                sites[["site_id", "nace"]], on="site_id", how="left", validate="many_to_one"
            )
        supplies["provider_division"] = nace_parts(supplies["nace"].astype(object))["division"]
        supplies["resource"] = supplies["resource"].astype(str).str.strip().str.lower()
        receivers = self.receiver_table(supplies, top=top)
        columns = ["resource_id", "site_id", "receiver_nace", "rule", "evidence", "level"]
        if receivers.empty:
            return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
        wanted = supplies[["resource_id", "site_id", "resource", "provider_division"]].merge(
            receivers, on=["resource", "provider_division"]
        )
        wanted = wanted.rename(columns={"site_id": "supplier_site"})
        matched = []
        for precision, site_column in (
            ("class", "nace_class"),
            ("group", "group"),
            ("division", "division"),
        ):
            part = wanted[wanted["receiver_precision"] == precision]
            matched.append(
                part.merge(
                    site_nace[[site_column, "site_id"]],
                    left_on="receiver_nace",
                    right_on=site_column,
                )
            )
        pairs = pd.concat(matched, ignore_index=True)
        pairs = pairs[pairs["site_id"] != pairs["supplier_site"]]
        pairs = pairs.rename(columns={"count": "evidence", "level_used": "level"})
        pairs["rule"] = rule_text(pairs["resource"], pairs["receiver_nace"], pairs["level"])
        pairs = pairs.sort_values(
            ["resource_id", "evidence", "site_id"], ascending=[True, False, True]
        )
        pairs = pairs.drop_duplicates(["resource_id", "site_id"])
        return pairs[columns].reset_index(drop=True)


def rule_label(resource: str, receiver_nace: str, level: str) -> str:
    """One rule label, as :func:`rule_text` writes them."""
    return translate("knowledge", "documented: {resource} -> NACE {nace} ({level})").format(
        resource=resource, nace=receiver_nace, level=level
    )


def rule_text(resources: pd.Series, receiver_nace: pd.Series, levels: pd.Series) -> pd.Series:
    """Rule label of inferred pairs, e.g. ``documented: ewc:100202 -> NACE 23.51 (code)``."""
    template = translate("knowledge", "documented: {resource} -> NACE {nace} ({level})")
    return fill(template, resources.index, resource=resources, nace=receiver_nace, level=levels)

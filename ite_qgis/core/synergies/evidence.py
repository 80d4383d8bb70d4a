"""The evidence behind a knowledge-based candidate, in words.

An inferred candidate (``match_kind`` ``inferred_sector``) carries in its line:

* ``kb_score``: the calibrated score of the receiving-sector model, the estimated probability
  that the receiver is of its sector;
* ``evidence`` and ``kb_cases``: how many documented exchanges back that sector, and their ids;
* ``kb_exchanges``: those exchanges grouped by provider -> receiver sector and resource, each
  group with its source dataset and ids (:func:`exchanges_text`);
* ``kb_sources``: the catalogue rules that apply, ``supply code -> demand code -> NACE sector
  (use): source`` (from ``demand_sectors.csv``, see
  :meth:`~ite_qgis.core.reference.sector_model.SectorModel.evidence_texts`).

The synergy explorer and the report read them back from the layer with
:func:`knowledge_evidence`, so that the layer, the explorer and the report say the same thing.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping

import pandas as pd

from ..common.families import family_label
from ..common.i18n import language, translate
from ..common.numbers import is_finite, number

# The source dataset of the documented exchanges: the shipped knowledge base is derived from
# the MAESTRI project's exchanges database alone (resources/catalogue/knowledge_base.README.md).
KB_DATASET = "MAESTRI"
# How the texts of a line separate their parts: exchange ids (as in ``kb_cases``), and the
# groups of exchanges or the catalogue rules (as in ``kb_sources``).
ID_SEPARATOR = "; "
PART_SEPARATOR = " | "

_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def keyword_label(name: str) -> str:
    """The words for a resource keyword of the knowledge base (``fuel gas`` -> "fuel gas",
    translated); an unknown keyword is shown as it is."""
    labels = {
        "heat": translate("kbevidence", "heat"),
        "steam": translate("kbevidence", "steam"),
        "wastewater": translate("kbevidence", "wastewater"),
        "water": translate("kbevidence", "water"),
        "co2": translate("kbevidence", "CO2"),
        "hydrogen": translate("kbevidence", "hydrogen"),
        "fuel gas": translate("kbevidence", "fuel gas"),
        "electricity": translate("kbevidence", "electricity"),
        "compressed air": translate("kbevidence", "compressed air"),
        "oil": translate("kbevidence", "oils"),
        "slag": translate("kbevidence", "slag"),
        "ash": translate("kbevidence", "ash"),
        "gypsum": translate("kbevidence", "gypsum"),
        "sludge": translate("kbevidence", "sludge"),
        "sulphur": translate("kbevidence", "sulphur"),
        "plastic": translate("kbevidence", "plastics"),
        "paper": translate("kbevidence", "paper and board"),
        "wood": translate("kbevidence", "wood"),
        "metal scrap": translate("kbevidence", "metal scrap"),
        "solvent": translate("kbevidence", "solvents"),
        "sand": translate("kbevidence", "sand, soil and aggregates"),
        "glass": translate("kbevidence", "glass"),
        "food": translate("kbevidence", "food and organic residues"),
        "biomass": translate("kbevidence", "biomass"),
        "lime": translate("kbevidence", "lime and carbonates"),
        "chemical": translate("kbevidence", "chemicals"),
        "tyre": translate("kbevidence", "tyres"),
        "fertiliser": translate("kbevidence", "fertilisers"),
    }
    return labels.get(name, name)


def case_index(table: pd.DataFrame) -> pd.DataFrame:
    """What the knowledge-base rows say of each documented exchange, indexed by its id:
    ``provider`` (NACE division, '' when unknown), ``receiver`` (the finest NACE code known),
    ``ewc`` (its EWC entries), ``keywords`` (the resource keywords of its description) and
    ``family``. ``table``: knowledge-base rows (``KB_COLUMNS`` and ``cases``); empty when it
    lists no exchange ids."""
    columns = ["provider", "receiver", "ewc", "keywords", "family"]
    if "cases" not in table.columns or table.empty:
        return pd.DataFrame(columns=columns)
    rows = table[table["cases"].fillna("").astype(str) != ""]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    receiver = rows["receiver_nace_class"].where(
        rows["receiver_nace_class"] != "",
        rows["receiver_group"].where(rows["receiver_group"] != "", rows["receiver_division"]),
    )
    long = pd.DataFrame(
        {
            "case": rows["cases"].astype(str).str.split(ID_SEPARATOR.strip()),
            "level": rows["level"],
            "key": rows["key"],
            "provider": rows["provider_division"],
            "receiver": receiver,
        }
    ).explode("case")
    long["case"] = long["case"].str.strip()
    long = long[long["case"] != ""]
    by_case = long.groupby("case", sort=True)
    out = pd.DataFrame(
        {"provider": by_case["provider"].first(), "receiver": by_case["receiver"].first()}
    )
    for column, level in (("ewc", "code"), ("keywords", "keyword"), ("family", "family")):
        keys = long[long["level"] == level].groupby("case")["key"].agg(
            lambda values: tuple(sorted(set(values)))
        )
        out[column] = keys.reindex(out.index)
        out[column] = out[column].map(lambda value: value if isinstance(value, tuple) else ())
    return out[columns]


class _Cases:
    """The exchanges of one knowledge base by id (:func:`case_index` rows as tuples), and the
    texts already written from them (the same ids recur in many lines)."""

    def __init__(self, kb) -> None:
        index = case_index(kb.table)
        self.rows = dict(zip(index.index, index.itertuples(index=False), strict=True))
        self.texts: dict[tuple, str] = {}


def _cases_of(kb) -> _Cases:
    """The :class:`_Cases` of a knowledge base, built once per knowledge base."""
    cases = _INDEXES.get(kb)
    if cases is None:
        cases = _INDEXES[kb] = _Cases(kb)
    return cases


def _clean(text: str) -> str:
    """A label that cannot break the separators of the line texts."""
    return str(text).replace("|", "/").replace(ID_SEPARATOR, ", ").strip()


def _resource_text(case, catalogue, lang: str) -> str:
    """The resource of one exchange: its EWC entries with their labels, else its keywords,
    else its family."""
    if case.ewc:
        parts = []
        for code in case.ewc:
            label = catalogue.label(code, lang) if catalogue is not None else None
            parts.append(f"{code} {_clean(label)}" if label else code)
        return ", ".join(parts)
    if case.keywords:
        return ", ".join(_clean(keyword_label(name)) for name in case.keywords)
    return ", ".join(_clean(family_label(name)) for name in case.family)


def _sector_text(code: str) -> str:
    return f"NACE {code}" if code else translate("kbevidence", "sector not given")


def exchanges_text(kb, ids_text: str | None, catalogue=None, lang: str | None = None) -> str:
    """The documented exchanges ``ids_text`` (ids separated by ``; ``, as in ``kb_cases``) in
    words, grouped by provider -> receiver sector and resource, the largest group first, e.g.
    ``NACE 24 -> NACE 23.51, ewc:100202 Unprocessed slag: MAESTRI 30,31,8; 31,29,6``.
    Groups are separated by `` | ``; ids the knowledge base does not describe come last,
    cited with the dataset alone. ``kb``: the knowledge base whose rows list them (a
    :class:`~ite_qgis.core.reference.knowledge.KnowledgeBase`); ``catalogue`` names the EWC
    entries, in ``lang`` (default: the run's). '' when there are no ids."""
    if not (ids_text or "").strip():
        return ""
    lang = lang or language()
    cases = _cases_of(kb)
    cache_key = (ids_text, lang, catalogue)
    if cache_key not in cases.texts:
        cases.texts[cache_key] = _exchanges_text(cases.rows, ids_text, catalogue, lang)
    return cases.texts[cache_key]


def _exchanges_text(rows: dict, ids_text: str, catalogue, lang: str) -> str:
    ids = [i.strip() for i in ids_text.split(ID_SEPARATOR.strip()) if i.strip()]
    groups: dict[str, list[str]] = {}
    for case_id in ids:
        case = rows.get(case_id)
        if case is not None:
            key = translate("kbevidence", "{provider} -> {receiver}, {resource}").format(
                provider=_sector_text(case.provider),
                receiver=_sector_text(case.receiver),
                resource=_resource_text(case, catalogue, lang),
            )
        else:
            key = ""
        groups.setdefault(key, []).append(case_id)
    parts = []
    order = sorted(groups.items(), key=lambda item: (item[0] == "", -len(item[1]), item[0]))
    for key, members in order:
        cited = f"{KB_DATASET} {ID_SEPARATOR.join(members)}"
        parts.append(
            translate("kbevidence", "{exchange}: {cited}").format(exchange=key, cited=cited)
            if key
            else cited
        )
    return PART_SEPARATOR.join(parts)


def _text(value) -> str:
    """A text field of a layer record ('' for NULL, None or a number)."""
    return value.strip() if isinstance(value, str) else ""


def _split(value, separator: str) -> list[str]:
    return [part.strip() for part in _text(value).split(separator.strip()) if part.strip()]


def _arrows(text: str) -> str:
    return text.replace(" -> ", " \u2192 ")


def knowledge_evidence(record: Mapping, score: bool = True) -> list[tuple[str, list[str]]]:
    """The evidence of an inferred candidate as (heading, items) pairs, from its line's fields
    (a layer record or a table row): the calibrated score (unless ``score`` is False: a table
    that shows it in a column), the documented exchanges that back its sector (how many, then
    one item per group: provider -> receiver sector, resource, source dataset and ids) and
    the catalogue rules that apply with their sources. Lines written before these fields
    existed give what they have."""
    out: list[tuple[str, list[str]]] = []
    value = record.get("kb_score")
    if score and not isinstance(value, str) and is_finite(value):
        out.append((
            translate(
                "kbevidence",
                "Calibrated score: {score} (estimated probability that the receiver is of "
                "this sector)"
            ).format(score=number(value, 2)),
            [],
        ))  # fmt: skip
    ids = _split(record.get("kb_cases"), ID_SEPARATOR)
    count = len(ids)
    if not count:
        stored = record.get("evidence")
        count = int(float(stored)) if not isinstance(stored, str) and is_finite(stored) else 0
    groups = [_arrows(part) for part in _split(record.get("kb_exchanges"), PART_SEPARATOR)]
    if not groups and ids:
        groups = [f"{KB_DATASET} {ID_SEPARATOR.join(ids)}"]
    if count == 1:
        out.append((translate("kbevidence", "1 documented exchange backs this sector:"), groups))
    elif count:
        out.append((
            translate("kbevidence", "{n} documented exchanges back this sector:").format(
                n=number(count)
            ),
            groups,
        ))  # fmt: skip
    else:
        out.append((translate("kbevidence", "No documented exchange names this sector."), []))
    rules = [_arrows(part) for part in _split(record.get("kb_sources"), PART_SEPARATOR)]
    if rules:
        out.append((
            _arrows(translate(
                "kbevidence",
                "Catalogue rules applied (supply code -> demand code -> typical sector (use): "
                "source):"
            )),
            rules,
        ))  # fmt: skip
    else:
        out.append((translate("kbevidence", "No catalogue rule names this sector."), []))
    return out

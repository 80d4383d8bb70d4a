"""Receiving-sector model: how likely each NACE sector is to receive a resource from a provider.

Every level of evidence is used together, none only as a fallback. For a query (resource code,
provider division) each *component* gives a distribution over receivers from the counts of
the knowledge base (:mod:`.knowledge`) at one level:

* the exact EWC entry, its sub-chapter, its chapter, the resource keywords of the code, its
  resource family (material, heat, water, gas, electricity) and all exchanges;
* each of these again restricted to exchanges from the provider's own division (so ``all`` +
  provider is "what this provider's sector usually gives away");
* the catalogue's typical consuming sectors of the demand codes the supply code can meet
  (``demand_sectors.csv``, a second source kept apart from the documented exchanges);
* a uniform floor over the NACE divisions.

The components are interpolated (Jelinek-Mercer with a Witten-Bell-like confidence)::

    w_i(q) = a_i * N_i(q) / (N_i(q) + beta)            (a_uniform for the floor)
    P(d | q) = sum_i w_i(q) * n_i(q, d) / N_i(q)  /  sum_i w_i(q)

where ``n_i(q, d)`` counts exchanges of component ``i`` received by division ``d`` and
``N_i(q)`` all exchanges of that component. The weights ``a_i`` and ``beta`` are fitted by
maximising the log-likelihood of held-out rows of an inner cross-validation on the training data
(:func:`fit_parameters`), never set by hand. The score of a sector is then calibrated (Platt:
``sigmoid(A * logit(P) + B)``, ``A`` and ``B`` fitted on the same inner held-out predictions):
the estimated probability that the division receives this resource from this provider.

Receivers at class and group level: within a division, a site's class gets the share the
same mixture gives to that group and class, smoothed towards NACE's own groups and classes
(:meth:`SectorModel.site_scores`), so a cement works ranks above a brick works for fly ash
when cement is what the evidence shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.special import expit, logit

from ..common.i18n import is_french, language, translate
from .knowledge import LEVELS, code_levels, nace_division, resource_family

MODEL_FILE_NAME = "sector_model.csv"
DEMAND_SECTORS_FILE_NAME = "demand_sectors.csv"
DEMAND_SECTOR_COLUMNS = ["demand_code", "nace", "source"]
# Components: (level, restricted to the provider's division); then the catalogue and the floor.
COMPONENTS: tuple[tuple[str, bool], ...] = tuple((level, False) for level in LEVELS) + tuple(
    (level, True) for level in LEVELS
)
CATALOGUE, UNIFORM = "catalogue", "uniform"
COMPONENT_NAMES = tuple(
    level + ("+provider" if by_provider else "") for level, by_provider in COMPONENTS
) + (CATALOGUE, UNIFORM)
# Features of the log-linear layer: log P of the interpolation, then each component's log
# boost over it (:func:`loglinear_features`).
MIXTURE = "mixture"
FEATURE_NAMES = (MIXTURE,) + COMPONENT_NAMES[:-1]


@dataclass
class ModelParameters:
    """Fitted parameters: a weight per component (:data:`COMPONENT_NAMES`), the confidence
    constant ``beta``, the Platt calibration ``(slope, intercept)`` on logit(P), and the
    log-linear layer: a coefficient per feature (:data:`FEATURE_NAMES`; ``mixture`` 1 and the
    rest 0, the default, is the interpolation itself) and its ``smoothing``."""

    weights: dict[str, float] = field(
        default_factory=lambda: dict.fromkeys(COMPONENT_NAMES, 1.0)
    )
    beta: float = 1.0
    slope: float = 1.0
    intercept: float = 0.0
    coefficients: dict[str, float] = field(
        default_factory=lambda: {name: float(name == MIXTURE) for name in FEATURE_NAMES}
    )
    smoothing: float = 1.0
    # Held-out log-likelihood of each (smoothing, penalty) tried by the fit; not saved.
    selection: dict = field(default_factory=dict, compare=False)

    def vector(self) -> np.ndarray:
        return np.array([self.weights.get(name, 0.0) for name in COMPONENT_NAMES])

    def theta(self) -> np.ndarray:
        """The log-linear coefficients in :data:`FEATURE_NAMES` order."""
        return np.array([self.coefficients.get(name, 0.0) for name in FEATURE_NAMES])

    def to_frame(self) -> pd.DataFrame:
        names = ["weight:" + name for name in COMPONENT_NAMES] + ["beta", "slope", "intercept"]
        names += ["loglinear:" + name for name in FEATURE_NAMES] + ["smoothing"]
        values = list(self.vector()) + [self.beta, self.slope, self.intercept]
        values += list(self.theta()) + [self.smoothing]
        return pd.DataFrame({"parameter": names, "value": np.round(values, 6)})

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> ModelParameters:
        values = dict(zip(frame["parameter"], pd.to_numeric(frame["value"]), strict=True))
        weights = {n: float(values.get("weight:" + n, 0.0)) for n in COMPONENT_NAMES}
        coefficients = {
            n: float(values.get("loglinear:" + n, 1.0 if n == MIXTURE else 0.0))
            for n in FEATURE_NAMES
        }
        return cls(
            weights,
            float(values.get("beta", 1.0)),
            float(values.get("slope", 1.0)),
            float(values.get("intercept", 0.0)),
            coefficients,
            float(values.get("smoothing", 1.0)),
        )

    @classmethod
    def load(cls, path: str | Path | None = None) -> ModelParameters:
        """The fitted parameters shipped in the catalogue folder (or read from ``path``)."""
        if path is None:
            from ... import assets

            path = assets.catalogue_dir() / MODEL_FILE_NAME
        return cls.from_frame(pd.read_csv(path, comment="#"))


def load_demand_sectors(path: str | Path | None = None) -> pd.DataFrame:
    """The catalogue's typical consuming sectors of each demand code (``demand_sectors.csv``)."""
    if path is None:
        from ... import assets

        path = assets.catalogue_dir() / DEMAND_SECTORS_FILE_NAME
    table = pd.read_csv(path, dtype=str, keep_default_na=False, comment="#")
    missing = [c for c in DEMAND_SECTOR_COLUMNS if c not in table.columns]
    if missing:
        raise ValueError(
            translate("knowledge", "The demand sector table lacks the columns {columns}.").format(
                columns=", ".join(missing)
            )
        )
    return table


def _nace_divisions() -> list[str]:
    from .nace import codes_table

    table = codes_table()
    return sorted(table.index[table["level"] == 2])


@dataclass(frozen=True)
class _Units:
    """Receiver units: the distinct (class, group, division) of the counts, with the matrix
    that sums units into divisions."""

    frame: pd.DataFrame  # nace_class, group, division; one row per unit
    divisions: np.ndarray  # every division, sorted (NACE's list plus any other seen)
    to_division: np.ndarray  # (units, divisions) 0/1

    @classmethod
    def of(cls, frame: pd.DataFrame, divisions: list[str]) -> _Units:
        frame = frame.drop_duplicates().sort_values(list(frame.columns)).reset_index(drop=True)
        all_divisions = np.array(sorted(set(divisions) | set(frame["division"])), dtype=object)
        position = np.searchsorted(all_divisions, frame["division"].to_numpy())
        matrix = np.zeros((len(frame), len(all_divisions)))
        matrix[np.arange(len(frame)), position] = 1.0
        return cls(frame, all_divisions, matrix)


class SectorModel:
    """The interpolated receiving-sector model over a knowledge-base table; see the module
    docstring. ``table``: knowledge-base rows (``KB_COLUMNS``) or a
    :class:`~ite_qgis.core.reference.knowledge.KnowledgeBase`. ``demand_sectors`` and
    ``catalogue`` give the catalogue component (none when either is missing)."""

    def __init__(
        self,
        table,
        parameters: ModelParameters | None = None,
        demand_sectors: pd.DataFrame | None = None,
        catalogue=None,
        divisions: list[str] | None = None,
    ):
        from .knowledge import KnowledgeBase
        from .nace import nace_parts

        kb = table if isinstance(table, KnowledgeBase) else KnowledgeBase(table)
        self.kb = kb
        self.parameters = parameters if parameters is not None else ModelParameters()
        self.catalogue = catalogue
        counts = kb.table
        sectors = pd.DataFrame(
            columns=["demand_code", "nace_class", "group", "division", "use", "use_fr", "source"]
        )
        if demand_sectors is not None and catalogue is not None and len(demand_sectors):
            parts = nace_parts(demand_sectors["nace"].astype(object))
            codes = demand_sectors["demand_code"].str.strip().str.lower()
            use = demand_sectors.get("use", pd.Series("", index=demand_sectors.index))
            # The French use where the table gives one, else the English (an older file).
            use_fr = demand_sectors.get("use_fr", use).fillna("").astype(str).str.strip()
            sectors = parts.assign(
                demand_code=codes.to_numpy(),
                use=use.to_numpy(),
                use_fr=use_fr.where(use_fr != "", use).to_numpy(),
                source=demand_sectors["source"].to_numpy(),
            )
            sectors = sectors[sectors["division"] != ""]
        receivers = counts[["receiver_nace_class", "receiver_group", "receiver_division"]]
        receivers.columns = ["nace_class", "group", "division"]
        units = pd.concat([receivers, sectors[["nace_class", "group", "division"]]])
        self.units = _Units.of(units, divisions if divisions is not None else _nace_divisions())
        unit_of = {tuple(row): i for i, row in enumerate(self.units.frame.itertuples(index=False))}
        counts = counts.assign(unit=[unit_of[tuple(r)] for r in receivers.itertuples(index=False)])
        self._counts = self._index(counts)
        sectors = sectors.assign(
            unit=[
                unit_of[tuple(r)]
                for r in sectors[["nace_class", "group", "division"]].itertuples(index=False)
            ]
        )
        self._sectors = {
            code: np.bincount(part["unit"], minlength=len(unit_of)).astype(float)
            for code, part in sectors.groupby("demand_code")
        }
        self._cache: dict[tuple[str, str], np.ndarray] = {}
        self._cases = _case_index(kb.table)
        self._texts: dict[tuple, tuple[str, str]] = {}
        self._sources = {key: part for key, part in sectors.groupby(["demand_code", "division"])}

    def _index(self, counts: pd.DataFrame) -> dict[tuple[str, str, str], np.ndarray]:
        """Count vectors over the units by (level, key, provider division); provider '' sums
        every provider (unknown ones included)."""
        n_units = len(self.units.frame)
        index: dict[tuple[str, str, str], np.ndarray] = {}
        for by_provider in (False, True):
            keys = ["level", "key"] + (["provider_division"] if by_provider else [])
            for key, part in counts.groupby(keys, sort=False):
                if by_provider and key[2] == "":
                    continue
                vector = np.bincount(part["unit"], weights=part["count"], minlength=n_units)
                index[key if by_provider else (key[0], key[1], "")] = vector
        return index

    # -----------------------------------------------------------------------------------------
    # Components and mixture

    def _query_keys(self, code: str) -> dict[str, list[str]]:
        keys = dict(code_levels(code))
        family = resource_family(code)
        if family:
            keys["family"] = [family]
        keys["all"] = ["*"]
        return keys

    def _components(self, code: str, provider: str) -> np.ndarray:
        """(components without the floor, units) counts of one query."""
        cache_key = (code, provider)
        if cache_key in self._cache:
            return self._cache[cache_key]
        n_units = len(self.units.frame)
        out = np.zeros((len(COMPONENT_NAMES) - 1, n_units))
        keys = self._query_keys(code)
        zero = np.zeros(n_units)
        for i, (level, by_provider) in enumerate(COMPONENTS):
            if by_provider and not provider:
                continue
            for key in keys.get(level, ()):
                out[i] += self._counts.get((level, key, provider if by_provider else ""), zero)
        if self.catalogue is not None and self._sectors:
            demands = set(self.catalogue.compatible_demands(code)["demand_code"]) | {code}
            for demand in demands:
                out[-1] += self._sectors.get(demand, zero)
        self._cache[cache_key] = out
        return out

    def components(self, codes, providers) -> np.ndarray:
        """(queries, components without the floor, units) counts of the queries (code,
        provider NACE or division)."""
        rows = [
            self._components(str(code).strip().lower(), nace_division(provider))
            for code, provider in zip(codes, providers, strict=True)
        ]
        if not rows:
            return np.zeros((0, len(COMPONENT_NAMES) - 1, len(self.units.frame)))
        return np.stack(rows)

    def mixture(self, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(P over divisions (queries, divisions), the part of it each receiver unit brings
        (queries, units); the rest is the floor) of component counts ``counts``
        (:meth:`components`)."""
        p = self.parameters
        a = p.vector()
        total = counts.sum(-1)
        weights = a[:-1] * total / (total + p.beta)
        shares = counts / np.where(total > 0, total, 1.0)[..., None]
        norm = (weights.sum(1) + a[-1])[:, None]
        unit_mass = np.einsum("qc,qcu->qu", weights, shares) / norm
        floor = a[-1] / len(self.units.divisions) / norm
        return unit_mass @ self.units.to_division + floor, unit_mass

    def probabilities(self, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(P over divisions after the log-linear layer, unit mass and P of the interpolation,
        :meth:`mixture`) of component counts ``counts``."""
        p = self.parameters
        mixed, unit_mass = self.mixture(counts)
        theta = p.theta()
        if not np.any(theta[1:]) and theta[0] == 1.0:
            return mixed, unit_mass, mixed
        features = loglinear_features(counts @ self.units.to_division, mixed, p.smoothing)
        return loglinear(features, theta), unit_mass, mixed

    def calibrate(self, probability: np.ndarray) -> np.ndarray:
        """Calibrated scores in [0, 1] of the model's probabilities."""
        return calibrated(probability, self.parameters.slope, self.parameters.intercept)

    def division_scores(self, codes, providers) -> pd.DataFrame:
        """Calibrated score of every division for each query: (queries, divisions) frame."""
        probability, _, _ = self.probabilities(self.components(codes, providers))
        return pd.DataFrame(self.calibrate(probability), columns=self.units.divisions)

    def rank_divisions(self, codes, providers) -> np.ndarray:
        """Division positions (in ``units.divisions``) best first, one row per query."""
        probability, _, _ = self.probabilities(self.components(codes, providers))
        return np.argsort(-probability, axis=1, kind="stable")

    # -----------------------------------------------------------------------------------------
    # Sites

    def site_scores(self, code: str, provider: str, sectors: pd.DataFrame) -> pd.DataFrame:
        """Scores of the site sectors ``sectors`` (columns nace_class, group, division; '' where
        unknown) as receivers of ``code`` from a provider of division ``provider``.

        Columns: ``division_score`` (calibrated score of the sector's division), ``kb_score``
        (that times the share of the division's probability the mixture gives to the sector's
        group and class, :func:`_within_division_share`: the estimated probability that the
        receiver is of this sector; a sector known only as a division keeps its division's
        score),
        ``evidence`` (documented exchanges naming a receiver of the sector's class, else of its
        division, at the finest level that names one there), ``level`` (that level;
        ``catalogue`` or ``prior`` when none does) and ``receiver_nace`` (the site's class when
        the evidence names it, else the division).
        """
        counts = self.components([code], [provider])
        division_score, kb_score, match = self._scores(counts, sectors)
        frame = pd.DataFrame({"division_score": division_score[:, 0], "kb_score": kb_score[:, 0]})
        return pd.concat([frame, self._evidence(counts[0], match, sectors)], axis=1)

    def sector_scores(self, codes, providers, sector: tuple[str, str, str]) -> pd.DataFrame:
        """``division_score`` and ``kb_score`` of one receiving ``sector`` (nace_class, group,
        division) for each query (code, provider NACE or division), the numbers
        :meth:`site_scores` gives that sector, computed for all the queries at once: a
        planned plant's sector scored against many resources."""
        sectors = pd.DataFrame([tuple(sector)], columns=["nace_class", "group", "division"])
        division_score, kb_score = self.score_matrix(codes, providers, sectors)
        return pd.DataFrame({"division_score": division_score[:, 0], "kb_score": kb_score[:, 0]})

    def score_matrix(
        self, codes, providers, sectors: pd.DataFrame
    ) -> tuple[np.ndarray, np.ndarray]:
        """(``division_score``, ``kb_score``), each (queries, sectors): the numbers
        :meth:`site_scores` gives each of ``sectors`` for each query (code, provider NACE or
        division), all at once."""
        division_score, kb_score, _ = self._scores(self.components(codes, providers), sectors)
        return division_score.T, kb_score.T

    def _scores(self, counts: np.ndarray, sectors: pd.DataFrame):
        """(division_score, kb_score), each (sectors, queries), of ``sectors`` for the queries of
        component counts ``counts``, and the sectors' match with the receiver units by column
        (see :meth:`site_scores`)."""
        final, unit_mass, probability = self.probabilities(counts)
        units = self.units.frame
        match = {
            column: (sectors[column].to_numpy()[:, None] == units[column].to_numpy()[None, :])
            & (sectors[column].to_numpy() != "")[:, None]
            for column in ("nace_class", "group", "division")
        }
        division = sectors["division"].to_numpy()
        position = np.searchsorted(self.units.divisions, division)
        position = np.minimum(position, len(self.units.divisions) - 1)
        known = ((division != "") & (self.units.divisions[position] == division))[:, None]
        p_division = np.where(known, probability[:, position].T, 0.0)
        share = _within_division_share(sectors, match, unit_mass.T, units, p_division)
        division_score = np.where(known, self.calibrate(final[:, position]).T, 0.0)
        return division_score, division_score * share, match

    def _evidence(self, counts: np.ndarray, match: dict, sectors: pd.DataFrame) -> pd.DataFrame:
        """(evidence, level, receiver_nace) of each sector; see :meth:`site_scores`."""
        n = len(sectors)
        evidence, level = np.zeros(n, dtype=np.int64), np.full(n, "prior", dtype=object)
        receiver = sectors["division"].to_numpy().astype(object).copy()
        found = np.zeros(n, dtype=bool)
        for i, (name, _) in enumerate(COMPONENTS[:4]):  # code .. keyword, from any provider
            in_division = match["division"].astype(float) @ counts[i]
            in_class = match["nace_class"].astype(float) @ counts[i]
            new = ~found & (in_division > 0)
            evidence[new], level[new] = in_division[new].astype(np.int64), name
            named = new & (in_class > 0)
            receiver[named] = sectors["nace_class"].to_numpy()[named]
            evidence[named] = in_class[named].astype(np.int64)
            found |= new
        catalogue = match["division"].astype(float) @ counts[len(COMPONENTS)]
        level[~found & (catalogue > 0)] = CATALOGUE
        return pd.DataFrame({"evidence": evidence, "level": level, "receiver_nace": receiver})

    def evidence_texts(
        self, code: str, level: str, sector, lang: str | None = None
    ) -> tuple[str, str]:
        """(documented exchange ids, catalogue rules with their sources) behind a receiving
        ``sector`` (nace_class, group, division) of ``code`` at evidence ``level`` (of
        :meth:`site_scores`). Exchanges: those counted at that level for the sector's class
        when the evidence names it, else for its division. Rules: the catalogue's
        ``supply -> demand`` rules whose typical consumers include the sector's class (else
        its division), each with its use, in ``lang`` (default: the run's; the sources are
        titles, never translated), and source."""
        code = str(code).strip().lower()
        french = is_french(lang or language())
        cache_key = (code, level, sector.nace_class, sector.group, sector.division, french)
        if cache_key not in self._texts:
            self._texts[cache_key] = self._evidence_texts(code, level, sector, french)
        return self._texts[cache_key]

    def _evidence_texts(self, code: str, level: str, sector, french: bool) -> tuple[str, str]:
        cases: set[str] = set()
        # The sector's class is named when any key of the level names it (as the evidence
        # count reads it): then only the exchanges received by that class are cited.
        rows = [
            row
            for key in self._query_keys(code).get(level, ())
            for row in self._cases.get((level, key, sector.division), [])
        ]
        named = [c for klass, c in rows if sector.nace_class and klass == sector.nace_class]
        for text in named or [c for _, c in rows]:
            cases.update(text.split("; "))
        rules = []
        if self.catalogue is not None and self._sources:
            demands = set(self.catalogue.compatible_demands(code)["demand_code"]) | {code}
            parts = [self._sources.get((demand, sector.division)) for demand in sorted(demands)]
            found = pd.concat([part for part in parts if part is not None] or [pd.DataFrame()])
            same = found["nace_class"] == sector.nace_class if len(found) else []
            if sector.nace_class and np.any(same):
                found = found[same]
            for row in found.itertuples(index=False):
                arrow = f"{code} -> {row.demand_code}" if row.demand_code != code else code
                nace = row.nace_class or row.group or row.division
                use = row.use_fr if french else row.use
                rules.append(f"{arrow} -> NACE {nace} ({use}): {row.source}")
        return "; ".join(sorted(cases - {""})), " | ".join(rules)


def _case_index(table: pd.DataFrame) -> dict[tuple[str, str, str], list[tuple[str, str]]]:
    """(level, key, receiver division) -> [(receiver class, exchange ids)] of the rows that
    list their exchanges."""
    index: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    rows = table[table["cases"] != ""]
    for level, key, division, klass, cases in zip(
        rows["level"], rows["key"], rows["receiver_division"], rows["receiver_nace_class"],
        rows["cases"], strict=True,
    ):  # fmt: skip
        index.setdefault((level, key, division), []).append((klass, cases))
    return index


def _within_division_share(
    sectors: pd.DataFrame,
    match: dict[str, np.ndarray],
    unit_mass: np.ndarray,
    units: pd.DataFrame,
    p_division: np.ndarray,
) -> np.ndarray:
    """Share of its division's probability that goes to each sector's group and class.

    The mixture's probability of a division is the mass of the receivers it names at class,
    group or division precision, plus the floor. The mass named only at division precision
    (and the floor) is spread evenly over the division's NACE groups, that named only at group
    precision over the group's classes: ``P(g) = m(g) + r(d) / groups(d)`` with ``r(d) = P(d) -
    sum of m over d's groups``, and the same from groups to classes. No constant is set.

    ``unit_mass``: (units, queries); ``p_division`` and the result: (sectors, queries).
    """
    groups, classes = _nace_children()
    # Per-sector values as columns: the queries run along the second axis.
    column = (slice(None), None)
    has_group = (units["group"] != "").to_numpy()
    has_class = (units["nace_class"] != "").to_numpy()
    group_mass = match["group"].astype(float) @ unit_mass
    class_mass = match["nace_class"].astype(float) @ unit_mass
    # Mass of the sector's division named at group precision or finer, of its group named at
    # class precision.
    division_named = (match["division"] & has_group).astype(float) @ unit_mass
    group_named = (match["group"] & has_class).astype(float) @ unit_mass
    division, group = sectors["division"].to_numpy(), sectors["group"].to_numpy()
    p_group = group_mass + (p_division - division_named) / _lookup(groups, division)[column]
    p_class = class_mass + (p_group - group_named) / _lookup(classes, group)[column]
    p_sector = np.where((sectors["nace_class"].to_numpy() != "")[column], p_class, p_group)
    p_sector = np.where((group != "")[column], p_sector, p_division)
    return np.where(p_division > 0, p_sector / np.where(p_division > 0, p_division, 1.0), 0.0)


@lru_cache(maxsize=1)
def _nace_children() -> tuple[dict[str, int], dict[str, int]]:
    """Number of NACE groups in each division and of classes in each group."""
    from .nace import codes_table

    codes = pd.Series(codes_table().index)
    groups = codes[codes.str.len() == 4].str[:2].value_counts().to_dict()
    classes = codes[codes.str.len() == 5].str[:4].value_counts().to_dict()
    return groups, classes


def _lookup(counts: dict[str, int], keys: np.ndarray) -> np.ndarray:
    return np.array([max(counts.get(key, 1), 1) for key in keys], dtype=float)


def interpolate(counts: np.ndarray, a: np.ndarray, beta: float) -> np.ndarray:
    """The interpolated P over divisions of component counts ``counts`` (queries, components,
    divisions), component weights ``a`` (components + the floor, last) and ``beta``."""
    total = counts.sum(-1)
    weights = a[:-1] * total / (total + beta)
    shares = counts / np.where(total > 0, total, 1.0)[..., None]
    mass = np.einsum("qc,qcd->qd", weights, shares) + a[-1] / counts.shape[-1]
    return mass / (weights.sum(1) + a[-1])[:, None]


def loglinear_features(counts: np.ndarray, mixed: np.ndarray, smoothing: float) -> np.ndarray:
    """(queries, features, divisions) features of the log-linear layer: ``log P`` of the
    interpolation ``mixed``, then for each component its log boost over it,
    ``log((n_c(d) + k P(d)) / (N_c + k)) - log P(d)`` (``k``: ``smoothing``), which is 0 for
    a component without data. ``counts``: (queries, components, divisions)."""
    log_mixed = np.log(np.maximum(mixed, 1e-300))
    total = counts.sum(-1, keepdims=True)
    posterior = (counts + smoothing * mixed[:, None, :]) / (total + smoothing)
    boost = np.log(np.maximum(posterior, 1e-300)) - log_mixed[:, None, :]
    return np.concatenate([log_mixed[:, None, :], boost], axis=1)


def loglinear(features: np.ndarray, theta: np.ndarray) -> np.ndarray:
    """Softmax over divisions of ``theta`` . features (:func:`loglinear_features`)."""
    z = np.einsum("f,qfd->qd", theta, features)
    z -= z.max(1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(1, keepdims=True)


def calibrated(probability: np.ndarray, slope: float, intercept: float) -> np.ndarray:
    """Platt calibration on the logit of ``probability``."""
    clipped = np.clip(probability, 1e-9, 1 - 1e-9)
    return expit(slope * logit(clipped) + intercept)

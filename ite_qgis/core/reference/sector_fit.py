"""Fitting and cross-validation of the receiving-sector model (:mod:`.sector_model`).

The weights of the components and ``beta`` maximise the log-likelihood of the true receiving
division of rows held out of an *inner* cross-validation on the training exchanges: for each
inner fold the knowledge base is derived from the other inner folds only, and the held-out rows
are scored against it. Inner folds are grouped by case (the first number of MAESTRI's
``exchange_id``): exchanges of one symbiosis case are alike, and the model is meant for cases
it has never seen. The Platt calibration is then fitted on the same held-out predictions.

:func:`cross_validate` runs the outer evaluation: k folds with a fixed seed, the knowledge base
and the parameters rebuilt from each training fold alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.optimize import minimize
from scipy.special import logit

from .knowledge import derive_table, exchange_codes, resource_family
from .nace import nace_parts
from .sector_model import (
    COMPONENT_NAMES,
    FEATURE_NAMES,
    ModelParameters,
    SectorModel,
    interpolate,
    loglinear,
    loglinear_features,
)

# Penalty on the log-parameters (a weak pull towards equal weights and beta = 1) that keeps
# components the training folds barely use from drifting to extremes.
RIDGE = 1e-3
INNER_FOLDS = 5
# Settings of the log-linear layer tried by the inner cross-validation (select_loglinear):
# the smoothing k of the components' boosts and the L2 penalty towards the interpolation.
SMOOTHINGS = (0.5, 2.0, 8.0)
PENALTIES = (1e-3, 1e-2, 1e-1, np.inf)


def case_ids(exchanges: pd.DataFrame) -> np.ndarray:
    """The case of each exchange: the first number of ``exchange_id`` (``"1,12,3"`` -> ``1``);
    each row its own case when there is no such column."""
    if "exchange_id" not in exchanges.columns:
        return np.arange(len(exchanges)).astype(str)
    return exchanges["exchange_id"].astype(str).str.split(",").str[0].str.strip().to_numpy()


def fold_numbers(n_rows: int, folds: int, seed: int, groups=None) -> np.ndarray:
    """Fold number (0 .. folds-1) of each row: a ``default_rng(seed)`` permutation dealt
    round-robin, of the rows, or of the groups when ``groups`` is given (a group stays whole)."""
    rng = np.random.default_rng(seed)
    if groups is None:
        fold = np.empty(n_rows, dtype=np.int64)
        fold[rng.permutation(n_rows)] = np.arange(n_rows) % folds
        return fold
    names, group_of_row = np.unique(np.asarray(groups), return_inverse=True)
    group_fold = np.empty(len(names), dtype=np.int64)
    group_fold[rng.permutation(len(names))] = np.arange(len(names)) % folds
    return group_fold[group_of_row]


@dataclass
class Queries:
    """What a held-out exchange asks and what the truth is: resource code, provider division,
    true receiver division, family; ``usable`` rows have a code and a receiver division."""

    code: np.ndarray
    provider: np.ndarray
    truth: np.ndarray
    family: np.ndarray
    usable: np.ndarray


def queries(exchanges: pd.DataFrame) -> Queries:
    code = exchange_codes(exchanges).to_numpy(dtype=object)
    truth = nace_parts(exchanges["receiver_nace"].astype(object))["division"].to_numpy()
    provider = nace_parts(exchanges["provider_nace"].astype(object))["division"].to_numpy()
    family = np.array([resource_family(c) for c in code], dtype=object)
    return Queries(code, provider, truth, family, (code != "") & (truth != ""))


def _truth_shares(
    model: SectorModel, q: Queries, rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(division counts (rows, components, divisions), share of the true division (rows,
    components), totals (rows, components)) of the held-out ``rows``."""
    counts = model.components(q.code[rows], q.provider[rows]) @ model.units.to_division
    truth = np.searchsorted(model.units.divisions, q.truth[rows])
    total = counts.sum(-1)
    share = counts[np.arange(len(rows)), :, truth] / np.where(total > 0, total, 1.0)
    return counts, share, total


def inner_predictions(
    exchanges: pd.DataFrame, demand_sectors=None, catalogue=None, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Held-out component counts of every usable training row, each scored by a knowledge base
    derived without its inner fold: (counts, truth shares, totals, truth positions)."""
    return _inner_predictions(exchanges, demand_sectors, catalogue, seed)[:4]


def _inner_predictions(exchanges, demand_sectors, catalogue, seed):
    """:func:`inner_predictions` and the inner fold of each row."""
    q = queries(exchanges)
    fold = fold_numbers(len(exchanges), INNER_FOLDS, seed, case_ids(exchanges))
    parts = []
    for k in range(INNER_FOLDS):
        held = np.flatnonzero((fold == k) & q.usable)
        if len(held) == 0:
            continue
        model = SectorModel(
            derive_table(exchanges.iloc[np.flatnonzero(fold != k)]),
            demand_sectors=demand_sectors,
            catalogue=catalogue,
        )
        counts, share, total = _truth_shares(model, q, held)
        truth = np.searchsorted(model.units.divisions, q.truth[held])
        parts.append((counts, share, total, truth, np.full(len(held), k)))
    return tuple(np.concatenate(arrays) for arrays in zip(*parts, strict=True))


def truth_likelihood(theta: np.ndarray, share: np.ndarray, total: np.ndarray, n_div: int):
    """Mean negative log-likelihood of the true divisions (and the ridge) for log-parameters
    ``theta`` = log weights (components + floor), log beta."""
    a, beta = np.exp(theta[:-1]), np.exp(theta[-1])
    weights = a[:-1] * total / (total + beta)
    probability = ((weights * share).sum(1) + a[-1] / n_div) / (weights.sum(1) + a[-1])
    return -np.mean(np.log(probability)) + RIDGE * float(theta @ theta)


def fit_weights(share: np.ndarray, total: np.ndarray, n_div: int) -> tuple[np.ndarray, float]:
    """(component weights, beta) maximising the held-out likelihood (L-BFGS-B)."""
    theta0 = np.zeros(share.shape[1] + 2)
    found = minimize(
        truth_likelihood, theta0, args=(share, total, n_div), method="L-BFGS-B",
        bounds=[(-12.0, 12.0)] * len(theta0),
    )  # fmt: skip
    return np.exp(found.x[:-1]), float(np.exp(found.x[-1]))


def fit_platt(probability: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    """(slope, intercept) of a logistic fit of "this division is the receiver" on logit(P)
    over every (row, division) of held-out predictions."""
    hit = np.zeros(probability.shape, dtype=bool)
    hit[np.arange(len(truth)), truth] = True
    x, y = logit(np.clip(probability, 1e-9, 1 - 1e-9)).ravel(), hit.ravel()

    def loss(params: np.ndarray) -> float:
        z = params[0] * x + params[1]
        return float(np.mean(np.logaddexp(0.0, z) - y * z))

    found = minimize(loss, np.array([1.0, 0.0]), method="L-BFGS-B")
    return float(found.x[0]), float(found.x[1])


def loglinear_loss(theta, features, truth, penalty):
    """Mean negative log-likelihood of the true divisions under the log-linear layer, plus
    ``penalty`` times the squared distance of ``theta`` to the identity (the interpolation
    alone), and its gradient."""
    z = np.einsum("f,qfd->qd", theta, features)
    z -= z.max(1, keepdims=True)
    p = np.exp(z)
    p /= p.sum(1, keepdims=True)
    rows = np.arange(len(truth))
    nll = -np.mean(np.log(np.maximum(p[rows, truth], 1e-300)))
    expected = np.einsum("qd,qfd->qf", p, features)
    grad = -np.mean(features[rows, :, truth] - expected, axis=0)
    offset = theta - _identity(len(theta))
    return nll + penalty * float(offset @ offset), grad + 2 * penalty * offset


def _identity(n: int) -> np.ndarray:
    theta = np.zeros(n)
    theta[0] = 1.0
    return theta


def fit_loglinear_theta(features, truth, penalty: float) -> np.ndarray:
    """Log-linear coefficients maximising the penalised likelihood (L-BFGS-B)."""
    if not np.isfinite(penalty):
        return _identity(features.shape[1])
    found = minimize(
        loglinear_loss, _identity(features.shape[1]), args=(features, truth, penalty),
        jac=True, method="L-BFGS-B", bounds=[(-20.0, 20.0)] * features.shape[1],
    )  # fmt: skip
    return found.x


def select_loglinear(counts, mixed, truth, folds) -> tuple[float, float, np.ndarray, dict]:
    """(smoothing, penalty, out-of-fold P, held-out log-likelihood of every setting) of the
    log-linear layer: each setting of :data:`SMOOTHINGS` x :data:`PENALTIES` is scored by a
    cross-validation over the inner folds of the held-out predictions (fitted on the other
    inner folds' rows, scored on the fold's). An infinite penalty is the interpolation alone;
    the best setting replaces it only when its mean log-likelihood is higher by more than one
    standard error of the per-row difference (the one-standard-error rule: a gain within the
    noise of a few hundred rows is not taken)."""
    scores, per_row, predictions = {}, {}, {}
    rows = np.arange(len(truth))
    for smoothing in SMOOTHINGS:
        features = loglinear_features(counts, mixed, smoothing)
        for penalty in PENALTIES:
            out = np.zeros(mixed.shape)
            for k in np.unique(folds):
                fit, held = folds != k, folds == k
                theta = fit_loglinear_theta(features[fit], truth[fit], penalty)
                out[held] = loglinear(features[held], theta)
            per_row[(smoothing, penalty)] = np.log(np.maximum(out[rows, truth], 1e-300))
            scores[(smoothing, penalty)] = float(per_row[(smoothing, penalty)].mean())
            predictions[(smoothing, penalty)] = out
    alone = (SMOOTHINGS[0], np.inf)
    best = max(scores, key=lambda key: (scores[key], key[1]))
    gain = per_row[best] - per_row[alone]
    if len(gain) < 2 or gain.mean() <= gain.std(ddof=1) / np.sqrt(len(gain)):
        best = alone
    return best[0], best[1], predictions[best], scores


def fit_parameters(
    exchanges: pd.DataFrame, demand_sectors=None, catalogue=None, seed: int = 0
) -> ModelParameters:
    """Parameters fitted on ``exchanges`` alone (inner grouped cross-validation): the
    interpolation weights, then the log-linear layer (its smoothing and penalty chosen by a
    cross-validation over the inner folds), then the Platt calibration on the out-of-fold
    predictions of the chosen layer."""
    counts, share, total, truth, folds = _inner_predictions(
        exchanges, demand_sectors, catalogue, seed
    )
    n_div = counts.shape[-1]
    a, beta = fit_weights(share, total, n_div)
    mixed = interpolate(counts, a, beta)
    smoothing, penalty, out_of_fold, selection = select_loglinear(counts, mixed, truth, folds)
    theta = fit_loglinear_theta(loglinear_features(counts, mixed, smoothing), truth, penalty)
    slope, intercept = fit_platt(out_of_fold, truth)
    return ModelParameters(
        dict(zip(COMPONENT_NAMES, a, strict=True)), beta, slope, intercept,
        dict(zip(FEATURE_NAMES, theta, strict=True)), smoothing, selection,
    )  # fmt: skip


def build_model(
    exchanges: pd.DataFrame, demand_sectors=None, catalogue=None, seed: int = 0
) -> SectorModel:
    """The model of ``exchanges`` alone: knowledge base derived from them, parameters fitted on
    them. ``model.trained_ids`` lists the exchanges it was built from."""
    parameters = fit_parameters(exchanges, demand_sectors, catalogue, seed)
    model = SectorModel(derive_table(exchanges), parameters, demand_sectors, catalogue)
    model.trained_ids = set(exchanges.get("exchange_id", pd.Series(dtype=str)).astype(str))
    return model


def cross_validate(
    exchanges: pd.DataFrame,
    folds: int = 5,
    seed: int = 42,
    groups=None,
    demand_sectors=None,
    catalogue=None,
) -> Iterator[tuple[np.ndarray, np.ndarray, SectorModel]]:
    """(training rows, test rows, model of the training rows) of each outer fold."""
    fold = fold_numbers(len(exchanges), folds, seed, groups)
    for k in range(folds):
        train, test = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
        yield train, test, build_model(exchanges.iloc[train], demand_sectors, catalogue, seed)

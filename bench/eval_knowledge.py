#!/usr/bin/env python3
"""Evaluation of the receiving-sector model by k-fold cross-validation on the MAESTRI exchanges.

For each of 5 folds (seed 42) the knowledge base is derived from the 4 training folds alone and
the model's weights and calibration are fitted on them alone (inner cross-validation grouped by
case, :mod:`ite_qgis.core.reference.sector_fit`); the held-out fold is then ranked. Nothing is
tuned on a test fold. For each held-out exchange with a resource code and a receiver division:
is the true receiving division first, in the top 3, in the top 5; and its reciprocal rank.

Against, computed in the same folds:
- popularity: the divisions that receive most often in the training folds, for every resource;
- provider: the most frequent receiving divisions of exchanges from the provider's division in
  the training folds (then popularity);
- fallback lists: the knowledge base's level-by-level lists (``KnowledgeBase.receivers``, the
  method before the model), completed by popularity.

Then a reliability table: the calibrated score of every (held-out exchange, division) against how
often that division was the receiver, by bins. A second run groups the folds by case (an
exchange's whole symbiosis case held out together): cases never seen, as a new user's are.

    tools/qgis-env run trixie env PYTHONPATH=/src ITE_SHARED_DATA=/shared/data \
        python3 -P bench/eval_knowledge.py [--folds 5] [--seed 42] [--no-grouped] [--codes-only]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import maestri_exchanges  # noqa: E402

from ite_qgis.core.reference import sector_fit  # noqa: E402
from ite_qgis.core.reference.knowledge import (  # noqa: E402
    RESOURCE_FAMILIES,
    KnowledgeBase,
    derive_table,
)

BINS = np.array([0.0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0])
METHODS = ("model", "model, exchanges only", "fallback lists", "provider", "popularity")


def _ranks(order: np.ndarray, truth: np.ndarray) -> np.ndarray:
    """1-based rank of each truth position in each row of ``order`` (queries, divisions)."""
    return np.argmax(order == truth[:, None], axis=1) + 1


def _popularity_order(divisions: np.ndarray, receivers: pd.Series) -> np.ndarray:
    counts = receivers[receivers != ""].value_counts()
    score = counts.reindex(divisions).fillna(0).to_numpy()
    return np.argsort(-score, kind="stable")


def _provider_orders(divisions, train_q, test_q, popular: np.ndarray) -> np.ndarray:
    """Per test row: divisions by count among training exchanges of the same provider
    division, ties and the rest by popularity."""
    pop_rank = np.empty(len(divisions))
    pop_rank[popular] = np.arange(len(divisions))
    frame = pd.DataFrame({"provider": train_q.provider, "truth": train_q.truth})
    frame = frame[(frame["provider"] != "") & (frame["truth"] != "")]
    table = pd.crosstab(frame["provider"], frame["truth"]).reindex(columns=divisions, fill_value=0)
    orders = []
    for provider in test_q.provider:
        counts = table.loc[provider].to_numpy() if provider in table.index else 0 * pop_rank
        orders.append(np.lexsort((pop_rank, -counts)))
    return np.array(orders)


def _fallback_orders(divisions, train, test_q, popular: np.ndarray) -> np.ndarray:
    kb = KnowledgeBase(derive_table(train))
    orders = []
    for code, provider in zip(test_q.code, test_q.provider, strict=True):
        found = kb.receivers(code, provider or None, top=len(divisions), by="division")
        listed = list(np.searchsorted(divisions, found["receiver_division"].to_numpy()))
        rest = [d for d in popular if d not in set(listed)]
        orders.append(np.array(listed + rest))
    return np.array(orders)


def run_folds(exchanges, catalogue, sectors, folds: int, seed: int, groups=None):
    """Ranks of the true division by method, calibrated scores and hits, family, per row."""
    q = sector_fit.queries(exchanges)
    ranks = {method: np.zeros(len(exchanges), dtype=np.int64) for method in METHODS}
    scores, hits = [], []
    fold_iter = sector_fit.fold_numbers(len(exchanges), folds, seed, groups)
    for k in range(folds):
        train, test = np.flatnonzero(fold_iter != k), np.flatnonzero((fold_iter == k) & q.usable)
        train_rows = exchanges.iloc[train]
        model = sector_fit.build_model(train_rows, sectors, catalogue, seed)
        plain = sector_fit.build_model(train_rows, None, None, seed)
        assert not model.trained_ids & set(exchanges["exchange_id"].iloc[test])
        divisions = model.units.divisions
        truth = np.searchsorted(divisions, q.truth[test])
        train_q = sector_fit.queries(train_rows)
        test_q = sector_fit.queries(exchanges.iloc[test])
        popular = _popularity_order(divisions, pd.Series(train_q.truth))
        probability, _, _ = model.probabilities(model.components(test_q.code, test_q.provider))
        _print_selection(k, model.parameters)
        calibrated = model.calibrate(probability)
        orders = {
            "model": np.argsort(-probability, axis=1, kind="stable"),
            "model, exchanges only": plain.rank_divisions(test_q.code, test_q.provider),
            "fallback lists": _fallback_orders(divisions, train_rows, test_q, popular),
            "provider": _provider_orders(divisions, train_q, test_q, popular),
            "popularity": np.tile(popular, (len(test), 1)),
        }
        for method, order in orders.items():
            ranks[method][test] = _ranks(order, truth)
        hit = np.zeros(calibrated.shape, dtype=bool)
        hit[np.arange(len(test)), truth] = True
        scores.append(calibrated)
        hits.append(hit)
    return ranks, q, np.concatenate(scores), np.concatenate(hits)


def _print_selection(k: int, parameters) -> None:
    """The inner cross-validation's choice of the log-linear layer in outer fold ``k``: mean
    held-out log-likelihood of the interpolation alone and of the setting chosen."""
    selection = parameters.selection
    if not selection:
        return
    alone = max(v for (_, penalty), v in selection.items() if not np.isfinite(penalty))
    best = max(selection, key=lambda key: (selection[key], key[1]))
    chosen = "log-linear" if np.any(parameters.theta()[1:]) else "interpolation alone"
    print(f"fold {k}: inner-CV log-likelihood, interpolation {alone:.4f}, best log-linear "
          f"(smoothing {best[0]:g}, penalty {best[1]:g}) {selection[best]:.4f}; "
          f"chosen: {chosen}")


def _metrics(rank: np.ndarray) -> str:
    return " ".join(
        f"{value:>6.3f}"
        for value in ((rank <= 1).mean(), (rank <= 3).mean(), (rank <= 5).mean(), (1 / rank).mean())
    )


def print_recall(ranks: dict, q) -> None:
    print(f"{'method':<24}{'rows':>6}   top-1  top-3  top-5    MRR")
    for family in ("all",) + RESOURCE_FAMILIES:
        rows = q.usable if family == "all" else q.usable & (q.family == family)
        print(f"-- {family} ({int(rows.sum())} exchanges)")
        for method in METHODS:
            print(f"{method:<24}{int(rows.sum()):>6}  {_metrics(ranks[method][rows])}")


def print_reliability(scores: np.ndarray, hits: np.ndarray) -> None:
    print(f"{'score bin':<14}{'pairs':>8}{'mean score':>12}{'observed':>10}")
    which = np.clip(np.searchsorted(BINS, scores, side="right") - 1, 0, len(BINS) - 2)
    for b in range(len(BINS) - 1):
        inside = which == b
        if inside.any():
            print(
                f"{BINS[b]:.2f}-{BINS[b + 1]:.2f}    {int(inside.sum()):>8}"
                f"{scores[inside].mean():>12.3f}{hits[inside].mean():>10.3f}"
            )
    weights = np.bincount(which, minlength=len(BINS) - 1) / len(scores)
    gap = np.abs(
        np.bincount(which, scores, len(BINS) - 1) - np.bincount(which, hits, len(BINS) - 1)
    ) / np.maximum(np.bincount(which, minlength=len(BINS) - 1), 1)
    print(f"expected calibration error {float((weights * gap).sum()):.4f}; "
          f"Brier score {float(np.mean((scores - hits) ** 2)):.4f}")


SUGGESTER_BINS = np.array([0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01])


def _hits(found: pd.DataFrame, truth: pd.Series) -> dict[str, np.ndarray]:
    """Per description (``truth``: its true entry, by position): is the true entry first, in the
    top 3; is its chapter first, in the top 3; and the first suggestion's score."""
    n = len(truth)
    true = truth.to_numpy(dtype=object)[found["row"].to_numpy()]
    exact = found["code"].to_numpy(dtype=object) == true
    chapter = found["code"].str[:6].to_numpy(dtype=object) == np.array([t[:6] for t in true])
    first = found["rank"].to_numpy() == 1
    out = {}
    for name, hit in (("exact", exact), ("chapter", chapter)):
        out[f"top-1 {name}"] = np.bincount(found["row"][first & hit], minlength=n) > 0
        out[f"top-3 {name}"] = np.bincount(found["row"][hit], minlength=n) > 0
    for name, rank in (("score", 1), ("second", 2)):
        at = found["rank"].to_numpy() == rank
        out[name] = np.zeros(n)
        out[name][found["row"][at]] = found["score"][at]
    # The rule ite:importinventory applies (on the scores before the clip to 1).
    from ite_qgis.core.reference.code_suggest import confident

    sure = confident(found) if len(found) else pd.Series(dtype=bool)
    out["confident"] = np.zeros(n, dtype=bool)
    out["confident"][sure.index.to_numpy(dtype=np.int64)] = sure.to_numpy(dtype=bool)
    return out


def _print_hits(title: str, hits: dict[str, np.ndarray]) -> None:
    print(f"{title:<50}" + "".join(f"{hits[k].mean():>9.3f}" for k in
                                    ("top-1 exact", "top-3 exact", "top-1 chapter",
                                     "top-3 chapter")))


def _header(first: str) -> None:
    print(f"{first:<50}  top-1 ex top-3 ex top-1 ch top-3 ch")


SETTINGS_GRID = {
    "char_weight": (1.0, 0.8, 0.6, 0.4),
    "chapter_weight": (0.0, 0.1, 0.2, 0.3),
    "subchapter_weight": (0.0, 0.1, 0.2),
    "diversity_margin": (0.0, 0.05, 0.1, 0.2, 0.3),
}
# The chapter prior from the provider's division (code_prior): its weight, then (when the
# weight is not 0) its smoothing and the static table's share.
SECTOR_GRID = {
    "sector_weight": (0.1, 0.3, 0.5, 0.75, 1.0),
    "sector_smoothing": (3.0, 30.0),
    "sector_static_share": (0.5, 0.9, 1.0),
}
NO_PRIOR = {"sector_weight": 0.0, "sector_smoothing": 0.0, "sector_static_share": 0.0}
# What the suggester did before the word vectors, the back-off and the diverse third place.
PLAIN = {"char_weight": 1.0, "chapter_weight": 0.0, "subchapter_weight": 0.0,
         "diversity_margin": 0.0, **NO_PRIOR}


def _grid(prior: bool, text: dict | None = None) -> list[dict]:
    """Every setting: the text settings (only ``text`` when given), times no prior and (when
    ``prior``) every prior."""
    import itertools

    priors = [NO_PRIOR] + ([dict(zip(SECTOR_GRID, values, strict=True))
                            for values in itertools.product(*SECTOR_GRID.values())]
                           if prior else [])
    texts = ([text] if text is not None else
             [dict(zip(SETTINGS_GRID, values, strict=True))
              for values in itertools.product(*SETTINGS_GRID.values())])
    return [{**t, **p} for t in texts for p in priors]


def _split_hits(texts, descriptions, truth, settings: list[dict], documented=None,
                divisions=None) -> np.ndarray:
    """Hits (settings, descriptions, 4: top-1 exact, top-3 exact, top-1 chapter, top-3
    chapter) of a suggester on ``texts`` for ``descriptions``, for every settings; the text
    similarities are computed once. The chapter prior, for the settings that use it, is built
    from the static table and the ``documented`` rows (division, code: training rows only) and
    read at the ``divisions`` of the descriptions."""
    from ite_qgis.core.reference.code_prior import ChapterPrior, load_chapter_sectors
    from ite_qgis.core.reference.code_suggest import (
        CodeSuggester,
        combine,
        normalise_text,
        pick_top,
    )

    suggester = CodeSuggester(texts, char_weight=0.5)
    char, word = suggester.text_similarities([normalise_text(d) for d in descriptions])
    true = np.asarray(truth, dtype=object)
    true_chapter = np.array([t[:6] for t in true], dtype=object)
    code_chapter = np.array([c[:6] if c.startswith("ewc:") else "" for c in suggester.codes],
                            dtype=object)
    sectors = load_chapter_sectors()
    out = np.zeros((len(settings), len(true), 4), dtype=bool)
    combined, tilts = {}, {}
    for i, s in enumerate(settings):
        text_key = (s["char_weight"], s["chapter_weight"], s["subchapter_weight"])
        if text_key not in combined:
            combined[text_key] = combine(char, word, suggester._starts, suggester.groups,
                                         *text_key)[0]
        score = combined[text_key]
        if s["sector_weight"]:
            prior_key = (s["sector_smoothing"], s["sector_static_share"])
            if prior_key not in tilts:
                prior = ChapterPrior(sectors, documented, *prior_key)
                tilts[prior_key] = prior.tilt(divisions, suggester._chapters)
            score = score + s["sector_weight"] * tilts[prior_key]
        top = pick_top(score, suggester.groups[0], 3, s["diversity_margin"])
        # Only suggestions with a positive score are shown.
        shown = np.take_along_axis(score, top, axis=1) > 0
        exact = (suggester.codes[top] == true[:, None]) & shown
        chapter = (code_chapter[top] == true_chapter[:, None]) & shown
        out[i] = np.c_[exact[:, 0], exact.any(axis=1), chapter[:, 0], chapter.any(axis=1)]
    return out


def _objective(hits: np.ndarray) -> np.ndarray:
    """The selection objective, fixed before any run: mean of top-3 exact and top-3 chapter."""
    return hits[:, :, [1, 3]].mean(axis=(1, 2))


def _shipped_settings() -> dict:
    from ite_qgis.core.reference import code_prior, code_suggest

    shipped = {name: getattr(code_suggest, name.upper()) for name in SETTINGS_GRID}
    return {**shipped, **{name: getattr(code_prior, name.upper()) for name in SECTOR_GRID}}


def eval_code_suggester(exchanges, catalogue, folds: int, seed: int, grouped: bool = False,
                        french: bool = True, joint: bool = False) -> None:
    """The TF-IDF code suggester on the exchanges with a description and an EWC entry (their
    evaluated fold's descriptions unseen: the suggester knows the catalogue labels, the French
    thesaurus when said, and the other folds' descriptions), then on the French test set
    ``bench/data/french_descriptions.csv`` (written apart from the thesaurus).

    Columns: top-1 / top-3 exact: the true entry (the first when a cell lists several) is the
    first / one of the 3 suggested codes. Top-1 / top-3 chapter: the true entry's EWC chapter
    (its first two digits, ``ewc:10``) is the chapter of the first / of at least one of the 3
    suggested codes (a sub-chapter or chapter code counts by its chapter; a code outside the
    EWC never does).

    Each line with "+ sector prior" also reads the provider's NACE division through the chapter
    prior (``code_prior``): built from the static table alone in the "as shipped" line (an
    inventory with no coded row), from the static table and the other folds' (division,
    chapter) pairs when the other folds' descriptions are known. The evaluated fold's rows
    never enter it.

    The suggester's settings (:data:`SETTINGS_GRID`, with the prior :data:`SECTOR_GRID`) are
    chosen by nested cross-validation: for each evaluated fold, every setting is scored on the
    other folds alone (each of them held out in turn from the remaining ones) by
    :func:`_objective`, and the best is applied to the evaluated fold. The settings shipped in
    ``code_suggest`` and ``code_prior`` are the ones the same choice makes on all the folds
    (random rows, with the prior, last line); the script says whether they still are.
    ``grouped``: folds of whole symbiosis cases (``sector_fit.case_ids``).

    With the prior, only the prior's settings are chosen, the text settings held at the shipped
    ones: a row without a provider division must be ranked as without the prior, so the text
    settings are shared by both. ``joint``: choose the text and prior settings together instead
    (a bigger grid, for comparison)."""
    from ite_qgis.core.reference.code_prior import divisions_of
    from ite_qgis.core.reference.code_suggest import catalogue_texts, thesaurus_texts
    from ite_qgis.core.reference.knowledge import ewc_entries

    entries = ewc_entries(exchanges["ewc_code"])
    usable = np.array([bool(e) for e in entries]) & (
        exchanges["resource_description"].str.strip() != ""
    ).to_numpy()
    rows = exchanges[usable].reset_index(drop=True)
    truth = pd.Series([e[0] for e in entries[usable]])
    descriptions = rows["resource_description"].to_numpy(dtype=object)
    divisions = divisions_of(rows["provider_nace"])
    fold = sector_fit.fold_numbers(len(rows), folds, seed,
                                   sector_fit.case_ids(rows) if grouped else None)
    labels = catalogue_texts(catalogue)
    thesaurus = thesaurus_texts(catalogue)
    shipped = _shipped_settings()
    arrangement = "folds grouped by case" if grouped else "random rows"
    print(f"\n=== code suggester, {folds}-fold, {arrangement}, seed {seed}: {len(rows)} "
          f"exchanges with a description and an EWC entry, {int((divisions != '').sum())} "
          f"with a provider division")
    _header("texts known to the suggester")

    def split(extra, documented, train, test, settings):
        assert not (train & test).any()
        seen = pd.DataFrame({"code": truth[train].to_numpy(), "text": descriptions[train]})
        texts = pd.concat([labels, *extra] + ([seen] if documented else []), ignore_index=True)
        pairs = (pd.DataFrame({"division": divisions[train], "code": truth[train].to_numpy()})
                 if documented else None)
        return _split_hits(texts, descriptions[test], truth[test], settings, pairs,
                           divisions[test])

    choices = []
    # The first: the texts the plugin ships (no documented description); the last, the
    # headline, on which the shipped settings are chosen.
    for name, extra, documented, prior in (
        ("labels + thesaurus (as shipped)", [thesaurus], False, False),
        ("labels + thesaurus (as shipped) + sector prior", [thesaurus], False, True),
        ("labels + other folds", [], True, False),
        ("labels + thesaurus + other folds", [thesaurus], True, False),
        ("labels + thesaurus + other folds + sector prior", [thesaurus], True, True),
    ):
        text_settings = {name: shipped[name] for name in SETTINGS_GRID}
        settings = _grid(prior, None if joint or not prior else text_settings)
        outer, nested, chosen = _nested(split, extra, documented, fold, folds, settings)
        lines = [("shipped settings", shipped if prior else {**shipped, **NO_PRIOR})]
        if not prior or joint:
            lines.insert(0, ("before", PLAIN))
        for title, setting in lines:
            _print_hits(f"{name}, {title}",
                        dict(zip(HIT_NAMES, outer[settings.index(setting)].T, strict=True)))
        _print_hits(f"{name}, nested choice", dict(zip(HIT_NAMES, nested.T, strict=True)))
        if prior:
            choices.append((name, chosen))
    for name, chosen in choices:
        print(f"nested choice on each evaluated fold ({name}):")
        for k, chosen_k in enumerate(chosen):
            print(f"  fold {k}: {_settings_text(chosen_k)}")
    on_all = settings[int(np.argmax(_objective(outer)))]
    print(f"chosen on all {folds} folds: {_settings_text(on_all)}; shipped: "
          f"{_settings_text(shipped)}" + ("" if on_all == shipped else "  (DIFFERENT)"))
    for with_prior in (False, True):
        _print_confidence(_suggested_hits(rows, truth, fold, folds, labels, thesaurus,
                                          divisions if with_prior else None), with_prior)
    if french:
        _eval_french(exchanges, truth, rows, labels, thesaurus)


def _nested(split, extra, documented, fold, folds, settings):
    """(hits of every setting on every evaluated fold, hits of the nested choice, the setting
    chosen for each evaluated fold): the choice for fold ``k`` is made on the other folds only,
    each held out in turn from the remaining ones."""
    outer = np.zeros((len(settings), len(fold), 4), dtype=bool)
    for k in range(folds):
        outer[:, fold == k] = split(extra, documented, fold != k, fold == k, settings)
    nested, chosen = np.zeros((len(fold), 4), dtype=bool), []
    for k in range(folds):
        inner = np.concatenate([split(extra, documented, (fold != j) & (fold != k), fold == j,
                                      settings)
                                for j in range(folds) if j != k], axis=1)
        best = int(np.argmax(_objective(inner)))
        chosen.append(settings[best])
        nested[fold == k] = outer[best, fold == k]
    return outer, nested, chosen


HIT_NAMES = ("top-1 exact", "top-3 exact", "top-1 chapter", "top-3 chapter")


def _settings_text(settings: dict) -> str:
    return ", ".join(f"{name} {value:g}" for name, value in settings.items())


def _suggested_hits(rows, truth, fold, folds, labels, thesaurus,
                    divisions=None) -> dict[str, np.ndarray]:
    """Hits and first and second scores of the shipped suggester (labels + thesaurus + other
    folds; with the chapter prior from the other folds when ``divisions`` are given) on each
    held-out fold."""
    from ite_qgis.core.reference.code_prior import ChapterPrior, load_chapter_sectors
    from ite_qgis.core.reference.code_suggest import CodeSuggester

    parts = []
    for k in range(folds):
        test, train = np.flatnonzero(fold == k), fold != k
        seen = pd.DataFrame({"code": truth[train].to_numpy(),
                             "text": rows["resource_description"][train].to_numpy()})
        prior = None if divisions is None else ChapterPrior(
            load_chapter_sectors(),
            pd.DataFrame({"division": divisions[train], "code": truth[train].to_numpy()}))
        suggester = CodeSuggester(pd.concat([labels, thesaurus, seen], ignore_index=True),
                                  prior=prior)
        found = suggester.suggest(rows["resource_description"].iloc[test], top=3,
                                  divisions=None if divisions is None else divisions[test])
        parts.append(found.assign(row=test[found["row"].to_numpy()]))
    return _hits(pd.concat(parts, ignore_index=True), truth)


def _print_confidence(hits: dict[str, np.ndarray], with_prior: bool = False) -> None:
    """How often the first suggestion is right, by its score (held-out folds), and when it is
    confident (what ite:importinventory imports with the code_suggested flag)."""
    from ite_qgis.core.reference.code_suggest import CONFIDENT_MARGIN, CONFIDENT_SCORE

    print("\nfirst suggestion by its score (held-out folds, labels + thesaurus + other folds, "
          "shipped settings" + (", sector prior)" if with_prior else ")"))
    print(f"{'score':<12}{'rows':>7}{'exact':>8}{'chapter':>9}")
    which = np.clip(np.searchsorted(SUGGESTER_BINS, hits["score"], side="right") - 1, 0,
                    len(SUGGESTER_BINS) - 2)
    for b in range(len(SUGGESTER_BINS) - 1):
        inside = which == b
        if inside.any():
            print(f"{SUGGESTER_BINS[b]:.1f}-{min(SUGGESTER_BINS[b + 1], 1):.1f}     "
                  f"{int(inside.sum()):>7}{hits['top-1 exact'][inside].mean():>8.3f}"
                  f"{hits['top-1 chapter'][inside].mean():>9.3f}")
    sure = hits["confident"]
    print(f"confident (score >= {CONFIDENT_SCORE}, {CONFIDENT_MARGIN} ahead of the second): "
          f"{int(sure.sum())} of {len(sure)} rows, "
          f"first suggestion exact {hits['top-1 exact'][sure].mean():.3f}, "
          f"chapter {hits['top-1 chapter'][sure].mean():.3f}; all rows: exact "
          f"{hits['top-1 exact'].mean():.3f}, chapter {hits['top-1 chapter'].mean():.3f}")


def _eval_french(exchanges, truth, rows, labels, thesaurus) -> None:
    """Top-1/top-3 exact and chapter on the French test set, by the texts known."""
    from ite_qgis.core.reference.code_prior import ChapterPrior, load_chapter_sectors
    from ite_qgis.core.reference.code_suggest import (
        CodeSuggester,
    )

    path = Path(__file__).resolve().parent / "data" / "french_descriptions.csv"
    test = pd.read_csv(path, dtype=str, keep_default_na=False)
    documented = pd.DataFrame({"code": truth.to_numpy(),
                               "text": rows["resource_description"].to_numpy()})
    print(f"\n=== code suggester on the French test set: {len(test)} descriptions "
          f"({path.name})")
    _header("texts known to the suggester")
    plain = {name: PLAIN[name] for name in SETTINGS_GRID}
    for version, settings in (("before", plain), ("shipped", {})):
        for name, texts in (
            ("labels", [labels]),
            ("labels + documented", [labels, documented]),
            ("labels + thesaurus", [labels, thesaurus]),
            ("labels + thesaurus + documented", [labels, thesaurus, documented]),
        ):
            suggester = CodeSuggester(pd.concat(texts, ignore_index=True), **settings)
            found = suggester.suggest(test["description"], top=3)
            # No provider division: a suggester with the chapter prior must rank alike.
            suggester.prior = ChapterPrior(load_chapter_sectors())
            assert found.equals(suggester.suggest(test["description"], top=3,
                                                  divisions=[""] * len(test)))
            hits = _hits(found, test["code"])
            _print_hits(f"{name}, {version}", hits)
    sure = hits["confident"]
    exact, chapter = hits["top-1 exact"][sure].mean(), hits["top-1 chapter"][sure].mean()
    print(f"confident (last line): {int(sure.sum())} of {len(sure)}, first suggestion exact "
          f"{exact:.3f}, chapter {chapter:.3f}")
    print("(the same with the chapter prior built and no provider division: checked equal)")
    print("(100,000 descriptions: bench/bench_suggest.py)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--no-grouped", action="store_true", help="skip the run grouped by case")
    parser.add_argument("--codes-only", action="store_true",
                        help="only the code suggester (skip the receiving-sector model)")
    parser.add_argument("--joint-prior", action="store_true",
                        help="choose the code suggester's text and sector-prior settings "
                             "together (slower; the shipped choice holds the text settings)")
    args = parser.parse_args()
    exchanges = maestri_exchanges()
    if exchanges is None:
        print("knowledge evaluation: skipped (maestri_exchanges.csv not found)")
        return 0
    from ite_qgis.core.reference.catalogue import load_catalogue
    from ite_qgis.core.reference.sector_model import load_demand_sectors

    catalogue = load_catalogue()
    sectors = None if args.codes_only else load_demand_sectors()
    runs = [] if args.codes_only else [("random rows", None)]
    if not (args.no_grouped or args.codes_only):
        runs.append(("grouped by case", sector_fit.case_ids(exchanges)))
    for title, groups in runs:
        start = time.perf_counter()
        ranks, q, scores, hits = run_folds(
            exchanges, catalogue, sectors, args.folds, args.seed, groups
        )
        print(f"\n=== {args.folds}-fold cross-validation, {title}, seed {args.seed} "
              f"({time.perf_counter() - start:.1f} s)")
        print_recall(ranks, q)
        print("\nreliability of the calibrated score (model, every held-out exchange x division)")
        print_reliability(scores.ravel(), hits.ravel())
        top5 = np.argsort(-scores, axis=1)[:, :5]
        rows = np.arange(len(scores))[:, None]
        print("\nthe same, the 5 divisions suggested first for each exchange only")
        print_reliability(scores[rows, top5].ravel(), hits[rows, top5].ravel())
    eval_code_suggester(exchanges, catalogue, args.folds, args.seed, joint=args.joint_prior)
    if not args.no_grouped:
        eval_code_suggester(exchanges, catalogue, args.folds, args.seed, grouped=True,
                            french=False, joint=args.joint_prior)
    return 0


if __name__ == "__main__":
    sys.exit(main())

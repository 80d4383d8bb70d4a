"""The EWC chapter a waste is likely in, given the NACE division of the site that gives it.

The European List of Waste is organised by the source of the waste: chapter 02 agriculture and
food, 03 wood and paper, 10 thermal processes, 17 construction, 19 waste and water treatment...
So the provider's sector says a lot about the chapter of a vague description ("sludge" from a
paper mill is in chapter 03, from a dairy in chapter 02). :class:`ChapterPrior` estimates
P(chapter | division) over the 20 chapters from two sources:

- the static table ``resources/catalogue/ewc_chapter_sectors.csv``: which divisions each
  chapter's (or sub-chapter's) title names as the source; a division named by ``k`` chapters
  gives each of them ``1 / k`` (``S``). Chapters 13 to 15 name no source industry (oils,
  solvents, packaging) and get weight only through ``B``; chapter 16 (wastes not otherwise
  specified) only through its sub-chapter 16 01, vehicles (division 45);
- documented coded rows (division, chapter), when there are any: in the plugin the rows of the
  user's own table that already have a valid EWC code and a site NACE code.

With ``n(d, c)`` the documented rows of division ``d`` in chapter ``c``, ``n(d)`` their total,
``B(c) = (n(c) + 1) / (N + 20)`` the chapters' Laplace-smoothed frequency over all documented
rows (uniform when there are none) and ``P0 = share * S(.|d) + (1 - share) * B`` (just ``B``
for a division the table does not name)::

    P(c | d) = (n(d, c) + smoothing * P0(c | d)) / (n(d) + smoothing)

The suggester adds ``weight * (P(c | d) - 1/20)`` to the text score of each code of chapter
``c`` (:meth:`ChapterPrior.tilt`): a chapter likelier than average for the sector is lifted, a
less likely one lowered. A code outside the EWC (heat, steam, ``material:``) and a row without
a division get 0, and so does every code when the prior knows nothing (uniform ``P``): then the
scores are the text scores unchanged.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ... import assets
from .nace import nace_parts

SECTORS_FILE = "ewc_chapter_sectors.csv"
CHAPTERS = tuple(f"ewc:{number:02d}" for number in range(1, 21))
# The prior of a chapter of average likelihood; a code outside the EWC is given this (no tilt).
NEUTRAL = 1.0 / len(CHAPTERS)
# How much the prior counts, how many documented rows it takes to outweigh its static part, and
# the static table's share of that part. Chosen by 5-fold cross-validation on the 206 MAESTRI
# exchanges with a description and an EWC entry (bench/eval_knowledge.py --codes-only, same
# objective as the text settings, which are held at code_suggest's so that a row without a
# division ranks as without the prior), among SECTOR_WEIGHT in {0, 0.1, 0.3, 0.5, 0.75, 1},
# SECTOR_SMOOTHING in {3, 30} and SECTOR_STATIC_SHARE in {0.5, 0.9, 1}, the prior built from
# the static table and the training folds' (division, chapter) pairs. Held out (nested choice):
# top-3 chapter 0.796 -> 0.869, top-3 exact 0.660 -> 0.680, top-1 chapter 0.670 -> 0.801;
# folds grouped by symbiosis case, top-3 chapter 0.704 -> 0.820, exact 0.510 -> 0.519.
# Confident first suggestions (CONFIDENT_SCORE, CONFIDENT_MARGIN, on the scores before the clip
# to 1) with the prior: 128 of 206, right entry 76 %, right chapter 88 % (without: 121, 69 %,
# 79 %).
SECTOR_WEIGHT = 0.5
SECTOR_SMOOTHING = 30.0
SECTOR_STATIC_SHARE = 1.0


def load_chapter_sectors() -> pd.DataFrame:
    """The static table: columns ``chapter`` (``03``), ``division`` (``17``), ``source``."""
    path = assets.catalogue_dir() / SECTORS_FILE
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def chapter_of(codes) -> np.ndarray:
    """Position in :data:`CHAPTERS` of each code's EWC chapter (``ewc:030305``, ``ewc:0303``
    and ``ewc:03`` -> 2); -1 for a code outside the EWC."""
    position = {chapter: i for i, chapter in enumerate(CHAPTERS)}
    return np.array([position.get(str(code)[:6], -1) if str(code).startswith("ewc:") else -1
                     for code in codes], dtype=np.int64)


def divisions_of(nace: pd.Series | list) -> np.ndarray:
    """The two-digit NACE division of each value ('24.10', '2410', 'C24.1', 24.1), '' where
    there is none (:func:`.nace.nace_parts`)."""
    return nace_parts(pd.Series(nace, dtype=object, copy=False))["division"].to_numpy(dtype=object)


class ChapterPrior:
    """P(EWC chapter | NACE division) from the static ``sectors`` table (columns ``chapter``,
    ``division``) and ``documented`` rows (columns ``division``, ``code``: one per coded row;
    rows with no division or a code outside the EWC are left out)."""

    def __init__(self, sectors: pd.DataFrame, documented: pd.DataFrame | None = None,
                 smoothing: float = SECTOR_SMOOTHING, static_share: float = SECTOR_STATIC_SHARE):
        n = len(CHAPTERS)
        named = sectors.assign(at=chapter_of("ewc:" + sectors["chapter"].astype(str)))
        named = named[(named["at"] >= 0) & (named["division"] != "")]
        static = pd.crosstab(named["division"], named["at"]).reindex(columns=range(n),
                                                                     fill_value=0)
        static = static.div(static.sum(axis=1), axis=0)
        counts = pd.DataFrame(np.zeros((0, n)), columns=range(n))
        if documented is not None and len(documented):
            chapter = chapter_of(documented["code"])
            division = np.asarray(documented["division"], dtype=object)
            keep = (chapter >= 0) & (division != "")
            if keep.any():
                counts = pd.crosstab(division[keep], chapter[keep]).reindex(columns=range(n),
                                                                            fill_value=0)
        total = counts.to_numpy().sum(axis=0)
        self.background = (total + 1.0) / (total.sum() + n)
        divisions = static.index.union(counts.index)
        start = np.tile(self.background, (len(divisions), 1))
        in_static = divisions.isin(static.index)
        start[in_static] = (static_share * static.reindex(divisions[in_static]).to_numpy()
                            + (1 - static_share) * self.background)
        seen = counts.reindex(divisions, fill_value=0).to_numpy(dtype=float)
        self.divisions = np.asarray(divisions, dtype=object)
        self.table = (seen + smoothing * start) / (seen.sum(axis=1, keepdims=True) + smoothing)

    def probabilities(self, divisions) -> np.ndarray:
        """P(chapter | division), (len(divisions), 20); the background for a division neither
        source knows; NaN rows for an empty division."""
        divisions = np.asarray(divisions, dtype=object)
        where = pd.Index(self.divisions).get_indexer(divisions)
        out = np.vstack([self.table, self.background])[np.where(where >= 0, where, -1)]
        out[divisions == ""] = np.nan
        return out

    def tilt(self, divisions, chapters: np.ndarray) -> np.ndarray:
        """``P(chapter | division) - NEUTRAL`` for each row (its division) and code (its
        position in :data:`CHAPTERS`, :func:`chapter_of`); 0 for a code outside the EWC and for
        a row without a division."""
        probability = self.probabilities(divisions)
        out = np.zeros((len(probability), len(chapters)))
        ewc = chapters >= 0
        out[:, ewc] = np.nan_to_num(probability[:, chapters[ewc]] - NEUTRAL, nan=0.0)
        return out


def default_prior(divisions=None, codes=None) -> ChapterPrior:
    """The prior on the static table and, when given, documented rows: their ``divisions``
    (:func:`divisions_of`) and canonical ``codes`` (None for an uncoded row)."""
    documented = None
    if divisions is not None and codes is not None:
        code = pd.Series(codes, dtype=object).fillna("").astype(str).to_numpy(dtype=object)
        documented = pd.DataFrame({"division": np.asarray(divisions, dtype=object),
                                   "code": code})
    return ChapterPrior(load_chapter_sectors(), documented)

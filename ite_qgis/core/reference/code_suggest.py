"""Resource codes from free-text descriptions: TF-IDF over character n-grams and words.

Companies describe their wastes in words ("boues de papeterie", "laitier d'aciérie", "spent
pickling acid"). :class:`CodeSuggester` compares a description with labelled texts in two ways:

- the cosine of their TF-IDF vectors over character n-grams of 3 to 5 letters taken inside
  words (robust to plurals, accents, typos and English/French cognates: "scorie", "scories",
  "slag" do not meet, but "laitier"/"laitiers", "sludge"/"sludges" do);
- the cosine of their TF-IDF vectors over words and pairs of consecutive words, English and
  French function words left out and plurals folded ("fly ash" counts as a pair, so a text
  saying "fly ash" beats one that only says "ash" and "fly" apart).

A text's similarity is ``CHAR_WEIGHT`` times the first plus the rest times the second. The
texts are the catalogue's English and French labels, the French thesaurus of
``resources/catalogue/waste_thesaurus_fr.csv`` (French trade terms and their English synonyms,
see its README) and any documented descriptions whose code is known: in the plugin, the user's own
rows that already have a valid code (:func:`coded_texts`), so a partly coded inventory teaches
the suggester its wording in the same run (nothing is stored). A code's own similarity
is the best among its texts. Its score then backs off to its EWC sub-chapter and chapter (the
mean of the best two codes' similarities there, weights ``SUBCHAPTER_WEIGHT`` and
``CHAPTER_WEIGHT``): a chapter several codes of which resemble the description lifts its codes
a little. The first two suggestions are the two best scores; the third is the best code of a
chapter not yet shown when it scores within ``DIVERSITY_MARGIN`` of the best remaining code
(a wrong chapter is the costlier mistake). Vectors are scipy sparse matrices.

Each suggestion gives the code, the score in [0, 1] and the words of the description that
matched that code's best text. The score is a similarity, not a probability: a high score
with a clear lead over the second (:func:`confident`) is right more often, not always, so a
suggested code is never assigned without a flag for review.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import pandas as pd
from scipy import sparse

from ... import assets
from ..common.i18n import language, translate
from .catalogue import normalise_code
from .code_prior import SECTOR_WEIGHT, ChapterPrior, chapter_of, default_prior, divisions_of

GRAM_SIZES = (3, 4, 5)
# A word of the description "matched" a text when at least this share of its n-grams occur in
# that text.
MATCHED_WORD_SHARE = 0.5
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")
_LETTER = re.compile(r"[a-z]")
# A spreadsheet formula (=SUM(A1:A3), +A2, @IF(...)), not a description.
_FORMULA = re.compile(r"^\s*(?:=|[+@]\s*[A-Za-z_$]|-\s*[A-Za-z_$]+\s*\()")
# Only the start of very long cells is read: a description is a few words.
MAX_CHARACTERS = 1000
# A first suggestion is "confident" when it scores at least CONFIDENT_SCORE and leads the second
# by CONFIDENT_MARGIN: ite:importinventory then imports it with the code_suggested flag, for
# review. Chosen on the cross-validated training descriptions (bench/eval_knowledge.py, never on
# the French test set), with the n-gram similarity alone: then 130 of 206 held-out descriptions
# were confident, their first suggestion the right entry 70 % of the time, the right chapter 79 %.
# Kept unchanged with the mixed score: 121 of 206 are confident, first suggestion right entry
# 69 %, right chapter 79 % (all rows: 54 %, 68 %).
CONFIDENT_SCORE = 0.5
CONFIDENT_MARGIN = 0.05
# Below this, a first suggestion resembles the description too little to be worth showing.
WEAK_SCORE = 0.2
THESAURUS_FILE = "waste_thesaurus_fr.csv"
# How the similarities are combined (see the module docstring). Chosen by 5-fold cross-validation
# on the 206 MAESTRI exchanges with a description and an EWC entry (bench/eval_knowledge.py,
# objective fixed beforehand: the mean of top-3 exact and top-3 chapter), among CHAR_WEIGHT in
# {1, 0.8, 0.6, 0.4}, CHAPTER_WEIGHT in {0, 0.1, 0.2, 0.3}, SUBCHAPTER_WEIGHT in {0, 0.1, 0.2}
# and DIVERSITY_MARGIN in {0, 0.05, 0.1, 0.2, 0.3}; the same choice made inside each training
# part only (nested) is what the script reports as held-out figures.
CHAR_WEIGHT = 0.4
CHAPTER_WEIGHT = 0.2
SUBCHAPTER_WEIGHT = 0.0
DIVERSITY_MARGIN = 0.1
# Function words left out of the word vectors (the n-grams keep them: short, frequent, weak).
STOP_WORDS = frozenset(
    "a an and as at by for from in of on or the to with "
    "au aux avec d dans de des du en et l la le les ou par pour sur un une".split()
)
TABLE_COLUMNS = ("row", "description", "rank", "code", "label", "score", "matched", "note")


def normalise_text(value: object) -> str:
    """Lower-case ASCII words of a description: HTML tags and entities removed, UTF-8 read as
    Windows-1252 or Latin-1 repaired ("Ã©" -> "é"), accents dropped, punctuation as spaces,
    the first :data:`MAX_CHARACTERS` only; '' for missing values."""
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return ""
    text = _MARKUP.sub(" ", str(value)[:MAX_CHARACTERS])
    if "Ã" in text or "Â" in text:
        text = _repaired(text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(_NOT_WORD.sub(" ", text.lower()).split())


def _repaired(text: str) -> str:
    """UTF-8 text that was decoded as Windows-1252 or Latin-1, decoded again; unchanged when
    it was not."""
    for encoding in ("cp1252", "latin-1"):
        try:
            return text.encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
    return text


def word_grams(word: str) -> list[str]:
    """The character n-grams of one word, padded with a space on each side."""
    padded = f" {word} "
    return [padded[i : i + n] for n in GRAM_SIZES for i in range(len(padded) - n + 1)]


def text_grams(text: str) -> list[str]:
    return [gram for word in text.split() for gram in word_grams(word)]


def stem(word: str) -> str:
    """A word with its English or French plural folded ("ashes" -> "ash", "boues" -> "boue",
    "batteries" -> "battery", "métaux" -> "metal", "eaux" -> "eau"); short words unchanged."""
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("shes", "ches", "xes", "sses")):
        return word[:-2]
    if word.endswith("eaux"):
        return word[:-1]
    if word.endswith("aux"):
        return word[:-3] + "al"
    if word.endswith("s") and not word.endswith("ss") or word.endswith("x"):
        return word[:-1]
    return word


def text_words(text: str) -> list[str]:
    """The word terms of a normalised text: its stems (function words left out), then each
    pair of consecutive stems joined by '_'."""
    stems = [stem(word) for word in text.split() if word not in STOP_WORDS]
    return stems + [f"{a}_{b}" for a, b in zip(stems, stems[1:], strict=False)]


def code_groups(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(chapter, sub-chapter) group number of each code: ``ewc:100202`` is in chapter ``ewc:10``
    and sub-chapter ``ewc:1002``; another code (``heat:100-200c``, ``material:fill``) is in the
    chapter of its prefix (``heat``, ``material``) and is its own sub-chapter."""
    chapter, sub = [], []
    for code in codes:
        code = str(code)
        is_ewc = code.startswith("ewc:")
        chapter.append(code[:6] if is_ewc else code.split(":")[0])
        sub.append(code[:8] if is_ewc else code)
    return np.unique(chapter, return_inverse=True)[1], np.unique(sub, return_inverse=True)[1]


def group_support(score: np.ndarray, group: np.ndarray) -> np.ndarray:
    """For each code (column of ``score``, descriptions x codes), the mean of the two best
    scores of its group (0 for a missing second)."""
    order = np.argsort(group, kind="stable")
    sorted_group = group[order]
    starts = np.flatnonzero(np.r_[True, sorted_group[1:] != sorted_group[:-1]])
    ranked = score[:, order]
    best = np.maximum.reduceat(ranked, starts, axis=1)
    member = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(order)]))
    at_best = ranked == best[:, member]
    ties = np.add.reduceat(at_best, starts, axis=1)
    others = np.maximum.reduceat(np.where(at_best, -np.inf, ranked), starts, axis=1)
    second = np.where(ties >= 2, best, np.maximum(others, 0.0))
    support = (best + second) / 2
    out = np.empty_like(score)
    out[:, order] = support[:, member]
    return out


def combine(char: np.ndarray, word: np.ndarray, starts: np.ndarray, groups, char_weight: float,
            chapter_weight: float, subchapter_weight: float) -> tuple[np.ndarray, np.ndarray]:
    """(score of each code, similarity of each text), descriptions x codes and x texts: the
    texts' similarities mixed, the best text of each code (its texts start at ``starts``),
    backed off to its ``groups`` = (chapter, sub-chapter) numbers."""
    text = char_weight * char + (1.0 - char_weight) * word if char_weight < 1 else char
    best = np.maximum.reduceat(text, starts, axis=1) if text.size else text[:, : len(starts)]
    if not best.size or not (chapter_weight or subchapter_weight):
        return best, text
    score = (1.0 - chapter_weight - subchapter_weight) * best
    for weight, group in ((chapter_weight, groups[0]), (subchapter_weight, groups[1])):
        if weight:
            score += weight * group_support(best, group)
    return score, text


def pick_top(score: np.ndarray, chapter: np.ndarray, top: int, margin: float) -> np.ndarray:
    """Positions of the ``top`` codes of each row, by decreasing score: the two best, then the
    best of the others after taking ``margin`` off the codes in the chapters of those two (so
    the third place goes to another chapter whose best code scores within ``margin`` of the
    best remaining one, and at least :data:`WEAK_SCORE`: a code worth showing). Ties go to the
    first code."""
    k = min(top, score.shape[1])
    order = _best(score, k)
    if k < 3 or not margin or not len(score):
        return order
    rows = np.arange(len(score))[:, None]
    shown = (chapter[None, :] == chapter[order[:, :1]]) | (
        chapter[None, :] == chapter[order[:, 1:2]]
    )
    rest = score - margin * (shown | (score < WEAK_SCORE))
    rest[rows, order[:, :2]] = np.inf
    picked = _best(rest, k)
    # The picked set by decreasing score (the first two stay first).
    return np.take_along_axis(
        picked, np.argsort(-score[rows, picked], axis=1, kind="stable"), axis=1
    )


def _best(values: np.ndarray, k: int) -> np.ndarray:
    """Positions of the ``k`` largest values of each row, largest first, ties to the first
    position (a partial sort: the rows are long, ``k`` is small)."""
    if k >= values.shape[1]:
        return np.argsort(-values, axis=1, kind="stable")
    cut = np.partition(values, values.shape[1] - k, axis=1)[:, -k:].min(axis=1, keepdims=True)
    # Every value above the k-th, then the ties at it in column order (a radix sort of small
    # integers), then sorted stably.
    key = (values > cut).astype(np.int8) + (values >= cut)
    candidates = np.argsort(-key, axis=1, kind="stable")[:, :k]
    ranked = np.argsort(-np.take_along_axis(values, candidates, axis=1), axis=1, kind="stable")
    return np.take_along_axis(candidates, ranked, axis=1)


class _Space:
    """A TF-IDF vector space: the vocabulary of the texts' terms, their IDF, and the texts'
    vectors (sub-linear TF times IDF, unit length)."""

    def __init__(self, terms: list[list[str]]):
        vocabulary: dict[str, int] = {}
        for row in terms:
            for term in row:
                vocabulary.setdefault(term, len(vocabulary))
        self.vocabulary = vocabulary
        self.counts_of_texts = self.counts(terms)
        document_frequency = np.bincount(self.counts_of_texts.indices, minlength=len(vocabulary))
        n_texts = self.counts_of_texts.shape[0]
        self.idf = np.log((1 + n_texts) / (1 + document_frequency)) + 1.0
        self.matrix = self.weigh(self.counts_of_texts)

    def counts(self, terms: list[list[str]]) -> sparse.csr_matrix:
        """Term counts (rows, vocabulary) of term lists; terms outside the vocabulary are left
        out."""
        get = self.vocabulary.get
        ids = [[i for i in map(get, row) if i is not None] for row in terms]
        indptr = np.r_[0, np.cumsum([len(row) for row in ids])]
        indices = np.fromiter((i for row in ids for i in row), np.int64, int(indptr[-1]))
        matrix = sparse.csr_matrix(
            (np.ones(len(indices)), indices, indptr), shape=(len(terms), len(self.vocabulary))
        )
        matrix.sum_duplicates()
        return matrix

    def weigh(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        """Sub-linear TF times IDF, rows scaled to unit length."""
        weighted = counts.copy()
        weighted.data = 1.0 + np.log(weighted.data)
        weighted = weighted @ sparse.diags(self.idf)
        norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        return sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ weighted

    def cosine(self, terms: list[list[str]]) -> np.ndarray:
        """Cosine of each term list with each text (rows, texts)."""
        return (self.weigh(self.counts(terms)).tocsr() @ self.matrix.T).toarray()


class CodeSuggester:
    """Suggest codes for descriptions; ``texts`` has columns ``code`` and ``text`` (several
    texts per code allowed). The weights default to the module's constants."""

    def __init__(self, texts: pd.DataFrame, char_weight: float = CHAR_WEIGHT,
                 chapter_weight: float = CHAPTER_WEIGHT,
                 subchapter_weight: float = SUBCHAPTER_WEIGHT,
                 diversity_margin: float = DIVERSITY_MARGIN,
                 prior: ChapterPrior | None = None, sector_weight: float = SECTOR_WEIGHT):
        texts = texts.assign(norm=texts["text"].map(normalise_text))
        texts = texts[texts["norm"] != ""].sort_values("code", kind="stable")
        self.codes, first = np.unique(texts["code"].to_numpy(dtype=object), return_index=True)
        self._starts = first
        self._texts = texts["norm"].to_list()
        self._char = _Space([text_grams(text) for text in self._texts])
        self._word = _Space([text_words(text) for text in self._texts])
        self.groups = code_groups(self.codes)
        self.weights = (char_weight, chapter_weight, subchapter_weight)
        self.diversity_margin = diversity_margin
        # The chapter prior from the provider's sector (:mod:`.code_prior`), when given.
        self.prior, self.sector_weight = prior, sector_weight
        self._chapters = chapter_of(self.codes)
        # Which n-grams each text holds (for the matched words).
        self._present = (self._char.counts_of_texts > 0).astype(np.float64).tocsr()

    def text_similarities(self, norm: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(n-gram cosine, word cosine) of normalised descriptions with every text."""
        char = self._char.cosine([text_grams(text) for text in norm])
        if self.weights[0] >= 1:
            return char, np.zeros_like(char)
        return char, self._word.cosine([text_words(text) for text in norm])

    def scores(self, descriptions, divisions=None) -> np.ndarray:
        """Score of every code for every description (descriptions, codes); ``divisions``:
        the NACE division of each description's provider ('' when unknown), read by the prior."""
        norm = [normalise_text(value) for value in descriptions]
        return self._scores(norm, None if divisions is None else np.asarray(divisions))[0]

    def _scores(self, norm: list[str], divisions=None) -> tuple[np.ndarray, np.ndarray]:
        """(score of every code (descriptions, codes), similarity with every text); the prior's
        tilt added when ``divisions`` are given (:meth:`ChapterPrior.tilt`)."""
        char, word = self.text_similarities(norm)
        score, text = combine(char, word, self._starts, self.groups, *self.weights)
        if self._uses_prior(divisions) and score.size:
            score = score + self.sector_weight * self.prior.tilt(divisions, self._chapters)
        return score, text

    def _uses_prior(self, divisions) -> bool:
        return (self.prior is not None and self.sector_weight > 0 and divisions is not None
                and bool(np.any(np.asarray(divisions, dtype=object) != "")))

    def suggest(self, descriptions, top: int = 3, chunk: int = 2000,
                divisions=None) -> pd.DataFrame:
        """The ``top`` codes for each description: columns ``row`` (position in
        ``descriptions``), ``rank``, ``code``, ``score`` (clipped to [0, 1]), ``matched`` (the
        description's words found in that code's best text), ``raw_score`` (the score before
        the clip, which :func:`confident` compares). Descriptions with no usable word
        get no row. ``divisions`` (optional): the NACE division of each description's provider
        ('' when unknown), for the chapter prior. Repeated (description, division) pairs are
        scored once."""
        norm = pd.Series([normalise_text(value) for value in descriptions], dtype=object)
        sector = (np.full(len(norm), "", dtype=object) if not self._uses_prior(divisions)
                  else np.asarray(divisions, dtype=object))
        # A normalised text has no '|': it separates the text from the division in the key.
        keys = norm.to_numpy(dtype=str).astype(object) + "|" + sector.astype(str)
        distinct, inverse = np.unique(keys.astype(str), return_inverse=True)
        split = np.char.partition(distinct, "|") if len(distinct) else np.zeros((0, 3), str)
        texts, sectors = list(split[:, 0]), split[:, 2].astype(object)
        parts = [
            self._suggest(texts[start : start + chunk], top, start,
                          sectors[start : start + chunk])
            for start in range(0, len(texts), chunk)
        ]
        columns = ["row", "rank", "code", "score", "matched", "raw_score"]
        if not parts:
            return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
        found = pd.concat(parts, ignore_index=True).rename(columns={"row": "distinct"})
        # Back to the descriptions: every row whose normalised text is that distinct one.
        rows = pd.DataFrame({"row": np.arange(len(norm)), "distinct": inverse})
        out = rows.merge(found, on="distinct", how="inner")
        return out.sort_values(["row", "rank"], kind="stable").reset_index(drop=True)[columns]

    def _suggest(self, norm: list[str], top: int, offset: int, divisions) -> pd.DataFrame:
        best, cosine = self._scores(norm, divisions)
        k = min(top, best.shape[1])
        if k == 0 or not len(norm):
            return pd.DataFrame({"row": [], "rank": [], "code": [], "score": [], "matched": [],
                                 "raw_score": []})
        order = pick_top(best, self.groups[0], k, self.diversity_margin)
        rows = np.repeat(np.arange(len(norm)), k)
        picked = order.ravel()
        score = best[rows, picked]
        keep = score > 0
        rows, picked, score = rows[keep], picked[keep], score[keep]
        return pd.DataFrame(
            {
                "row": rows + offset,
                "rank": np.tile(np.arange(1, k + 1), len(norm))[keep],
                "code": self.codes[picked],
                "score": np.round(np.minimum(score, 1.0), 4),
                "matched": self._matched(norm, rows, self._best_texts(cosine, rows, picked)),
                # Before the clip: with the chapter prior, two codes of the provider's chapter
                # may both pass 1, and only this keeps the lead the text gives the first.
                "raw_score": np.round(score, 4),
            }
        )

    def _best_texts(self, cosine: np.ndarray, rows: np.ndarray, picked: np.ndarray) -> np.ndarray:
        """The best text (position among the texts) of code ``picked`` for description
        ``rows``: a code's texts are contiguous, so gather each code's span and take its
        argmax."""
        if not len(rows):
            return np.zeros(0, dtype=np.int64)
        ends = np.r_[self._starts[1:], cosine.shape[1]]
        start, length = self._starts[picked], (ends - self._starts)[picked]
        span = np.arange(int(length.max()) if len(length) else 0)
        inside = span[None, :] < length[:, None]
        columns = np.where(inside, start[:, None] + span[None, :], start[:, None])
        values = np.where(inside, cosine[rows[:, None], columns], -1.0)
        return start + np.argmax(values, axis=1)

    def _matched(self, norm: list[str], rows: np.ndarray, texts: np.ndarray) -> np.ndarray:
        """For each (description row, text) pair, the words of the description most of whose
        n-grams occur in the text, space-separated, in the description's order."""
        words = [list(dict.fromkeys(text.split())) for text in norm]
        first = list(dict.fromkeys(w for row in words for w in row))
        position = {w: i for i, w in enumerate(first)}
        per_row = np.array([len(row) for row in words], dtype=np.int64)
        all_ids = np.fromiter((position[w] for row in words for w in row), np.int64,
                              int(per_row.sum()))
        row_start = np.cumsum(per_row) - per_row
        # Every (pair, word of its description) as flat arrays.
        counts = per_row[rows]
        pair = np.repeat(np.arange(len(rows)), counts)
        within = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
        word = all_ids[np.repeat(row_start[rows], counts) + within]
        grams = self._char.counts([word_grams(w) for w in first])
        total = np.array([len(word_grams(w)) for w in first], dtype=float)
        shared = np.asarray(grams[word].multiply(self._present[texts[pair]]).sum(axis=1))
        found = shared.ravel() >= MATCHED_WORD_SHARE * total[word]
        # Concatenate each pair's found words (object-array string addition, one C loop).
        names = np.asarray([w + " " for w in first], dtype=object)
        matched = np.full(len(rows), "", dtype=object)
        pairs, starts = np.unique(pair[found], return_index=True)
        if len(pairs):
            joined = np.add.reduceat(names[word[found]], starts)
            matched[pairs] = [text[:-1] for text in joined]
        return matched


def confident(found: pd.DataFrame) -> pd.Series:
    """For each ``row`` of :meth:`CodeSuggester.suggest`'s result, whether its first suggestion
    is confident: it scores at least :data:`CONFIDENT_SCORE` and at least
    :data:`CONFIDENT_MARGIN` more than the second (indexed by row), by the scores before
    they are clipped to 1 (``raw_score``, when ``found`` has it)."""
    values = "raw_score" if "raw_score" in found.columns else "score"
    score = found.pivot_table(index="row", columns="rank", values=values, aggfunc="first")
    first = score[1] if 1 in score.columns else pd.Series(0.0, index=score.index)
    second = score[2].fillna(0.0) if 2 in score.columns else 0.0
    return (first >= CONFIDENT_SCORE) & (first - second >= CONFIDENT_MARGIN)


def catalogue_texts(catalogue) -> pd.DataFrame:
    """The catalogue's labels as texts (code, text): English and French, every code."""
    frame = catalogue.frame
    parts = [
        frame[["code", column]].rename(columns={column: "text"})
        for column in ("label_en", "label_fr")
        if column in frame.columns
    ]
    texts = pd.concat(parts, ignore_index=True)
    return texts[texts["text"].fillna("").astype(str).str.strip() != ""]


def load_thesaurus() -> pd.DataFrame:
    """The French thesaurus: columns ``term_fr``, ``term_en``, ``code``, ``source``."""
    path = assets.catalogue_dir() / THESAURUS_FILE
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def thesaurus_texts(catalogue=None) -> pd.DataFrame:
    """The thesaurus as texts (code, text): each French term and its English synonym; only the
    codes ``catalogue`` knows when one is given."""
    terms = load_thesaurus()
    if catalogue is not None:
        terms = terms[terms["code"].map(catalogue.is_known)]
    texts = pd.concat(
        [terms[["code", column]].rename(columns={column: "text"}) for column in ("term_fr",
                                                                                  "term_en")],
        ignore_index=True,
    )
    return texts[texts["text"].str.strip() != ""]


def default_suggester(catalogue, taught: pd.DataFrame | None = None,
                      prior: ChapterPrior | None = None) -> CodeSuggester:
    """The suggester on the catalogue's labels and the thesaurus, and on ``taught`` texts
    (code, text) when given (:func:`coded_texts`); with the chapter ``prior`` when given
    (:func:`.code_prior.default_prior`), read for descriptions whose provider division is
    given."""
    parts = [catalogue_texts(catalogue), thesaurus_texts(catalogue)]
    if taught is not None and len(taught):
        parts.append(taught[["code", "text"]])
    return CodeSuggester(pd.concat(parts, ignore_index=True), prior=prior)


def known_codes(codes: pd.Series, catalogue) -> pd.Series:
    """Each code in canonical form (``10 05 04`` -> ``ewc:100504``) when ``catalogue`` knows it,
    else None; each distinct spelling is looked up once."""
    values = codes.astype(object)
    lookup = {}
    for value in pd.unique(values[values.notna()]):
        canonical = normalise_code(value)
        lookup[value] = canonical if canonical and catalogue.is_known(canonical) else None
    found = values.map(lookup)
    return found.astype(object).where(found.notna(), None)


def coded_texts(descriptions: pd.Series, known: pd.Series) -> pd.DataFrame:
    """Texts (code, text) a suggester learns from: the readable, non-empty descriptions of the
    rows that have a ``known`` code (canonical, as :func:`known_codes` gives it; None for a
    missing or unknown one, which teaches nothing), once per (normalised description, code)."""
    text = descriptions.map(_cell)
    keep = (known.notna() & description_notes(descriptions)[1]).to_numpy()
    taught = pd.DataFrame({"code": known[keep], "text": text[keep]})
    taught["norm"] = taught["text"].map(normalise_text)
    taught = taught[taught["norm"] != ""].drop_duplicates(["norm", "code"])
    return taught[["code", "text"]].reset_index(drop=True)


def description_notes(descriptions: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(note, readable) of each description: why it cannot be read (translated: empty, a
    spreadsheet formula, no word, only numbers or symbols), or that only its start was read;
    readable is False for the first three."""
    raw = descriptions.map(lambda v: "" if v is None or v != v else str(v))
    norm = raw.map(normalise_text)
    note = pd.Series("", index=descriptions.index, dtype=object)
    note[raw.str.len() > MAX_CHARACTERS] = translate(
        "suggestcodes", "only the first {n} characters were read"
    ).format(n=MAX_CHARACTERS)
    no_word = ~norm.str.contains(_LETTER)
    formula = raw.str.contains(_FORMULA)
    note[no_word] = translate(
        "suggestcodes", "no word to read (only numbers or symbols): nothing suggested"
    )
    note[formula] = translate(
        "suggestcodes", "a spreadsheet formula, not a description: nothing suggested"
    )
    note[raw.str.strip() == ""] = translate("suggestcodes", "empty description: nothing suggested")
    return note, ~(no_word | formula)


def suggest_table(suggester: CodeSuggester, descriptions: pd.Series, catalogue,
                  top: int = 3, divisions=None) -> pd.DataFrame:
    """The user's table of suggestions (:data:`TABLE_COLUMNS`): for each description (``row``:
    its index label), one line per suggestion, ranked, with the code's label in the run's
    language; a description with none gets one line with an empty code and a note saying why.
    Suggestions scoring under :data:`WEAK_SCORE` are left out. ``divisions`` (optional, aligned
    with ``descriptions``): each provider's NACE division for the suggester's chapter prior."""
    descriptions = descriptions.astype(object)
    note, readable = description_notes(descriptions)
    readable = readable.to_numpy()
    sector = None if divisions is None else np.asarray(divisions, dtype=object)[readable]
    found = suggester.suggest(descriptions[readable].to_numpy(), top=max(int(top), 1),
                              divisions=sector)
    found = found[found["score"] >= WEAK_SCORE]
    found = found.assign(row=descriptions.index[readable][found["row"].to_numpy(dtype=np.int64)])
    lang = language()
    labels = {code: catalogue.label(code, lang) or "" for code in pd.unique(found["code"])}
    found["label"] = found["code"].map(labels)
    found["description"] = found["row"].map(descriptions)
    found["note"] = found["row"].map(note)
    none = descriptions.index[~descriptions.index.isin(found["row"])]
    weak = translate("suggestcodes", "no code resembles this description: nothing suggested")
    empty = pd.DataFrame({
        "row": none, "description": descriptions[none].to_numpy(), "rank": 0, "code": "",
        "label": "", "score": 0.0, "matched": "",
        "note": _none_notes(note[none], pd.Series(readable, index=descriptions.index)[none],
                            weak),
    })
    table = pd.concat([found, empty], ignore_index=True) if len(empty) else found
    table["description"] = table["description"].map(_cell)
    return _in_order(table, descriptions.index)


def _in_order(table: pd.DataFrame, index: pd.Index) -> pd.DataFrame:
    """``table``'s lines in the order of their ``row`` in ``index``, then by rank."""
    order = pd.Series(np.arange(len(index)), index=index)
    table = table.assign(_o=table["row"].map(order)).sort_values(["_o", "rank"], kind="stable")
    return table.drop(columns="_o").reset_index(drop=True)[list(TABLE_COLUMNS)]


def suggest_uncoded_table(descriptions: pd.Series, codes: pd.Series | None, catalogue,
                          top: int = 3, nace: pd.Series | None = None) -> pd.DataFrame:
    """:func:`suggest_table` for a table whose ``codes`` column is partly filled (or absent:
    None): the rows with a valid code teach the suggester their wording (:func:`coded_texts`)
    and get one line with that code (canonical), its label, rank 0, no score and the note "code
    given"; the others (code empty or unknown) get suggestions. ``nace`` (optional): each
    row's provider NACE code; the chapter prior (:mod:`.code_prior`) then reads the division of
    each row to suggest for and learns from the coded rows that have one."""
    if codes is None:
        codes = pd.Series(None, index=descriptions.index, dtype=object)
    code = known_codes(codes, catalogue)
    given = code.notna().to_numpy()
    divisions = prior = None
    if nace is not None:
        divisions = divisions_of(nace)
        prior = default_prior(divisions[given], code[given].to_numpy(dtype=object))
    suggester = default_suggester(catalogue, coded_texts(descriptions, code), prior)
    table = suggest_table(suggester, descriptions[~given], catalogue, top,
                          None if divisions is None else divisions[~given])
    if not given.any():
        return table
    lang = language()
    labels = {c: catalogue.label(c, lang) or "" for c in pd.unique(code[given])}
    own = pd.DataFrame({
        "row": descriptions.index[given],
        "description": descriptions[given].map(_cell).to_numpy(),
        "rank": 0, "code": code[given].to_numpy(), "label": code[given].map(labels).to_numpy(),
        "score": np.nan, "matched": "",
        "note": translate("suggestcodes", "code given: nothing suggested"),
    })
    return _in_order(pd.concat([table, own], ignore_index=True), descriptions.index)


def _none_notes(note: pd.Series, readable: pd.Series, weak: str) -> np.ndarray:
    """The note of descriptions without suggestion: why it could not be read, else that nothing
    resembled it (after the note that only its start was read, if any)."""
    joined = (note + "; ").where(note != "", "") + weak
    return joined.where(readable, note).to_numpy(dtype=object)


def _cell(value: object) -> str:
    """A description as written back: text, the first :data:`MAX_CHARACTERS` only."""
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return ""
    return str(value)[:MAX_CHARACTERS]

"""Resource codes from free-text descriptions: TF-IDF over character n-grams.

Companies describe their wastes in words ("boues de papeterie", "laitier d'aciérie", "spent
pickling acid"). :class:`CodeSuggester` compares a description with labelled texts (the
catalogue's English and French labels, and any documented descriptions whose code is known) by
the cosine of their TF-IDF vectors over character n-grams of 3 to 5 letters taken inside words
(robust to plurals, accents, typos and English/French cognates: "scorie", "scories", "slag"
do not meet, but "laitier"/"laitiers", "sludge"/"sludges" do). Vectors are scipy sparse
matrices; a code's score is the best cosine among its texts.

Each suggestion gives the code, the score in [0, 1] and the words of the description that
matched that code's best text. The score is a similarity, not a probability.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import pandas as pd
from scipy import sparse

GRAM_SIZES = (3, 4, 5)
# A word of the description "matched" a text when at least this share of its n-grams occur in
# that text.
MATCHED_WORD_SHARE = 0.5
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")
# Only the start of very long cells is read: a description is a few words.
MAX_CHARACTERS = 1000


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


class CodeSuggester:
    """Suggest codes for descriptions; ``texts`` has columns ``code`` and ``text`` (several
    texts per code allowed)."""

    def __init__(self, texts: pd.DataFrame):
        texts = texts.assign(norm=texts["text"].map(normalise_text))
        texts = texts[texts["norm"] != ""].sort_values("code", kind="stable")
        self.codes, first = np.unique(texts["code"].to_numpy(dtype=object), return_index=True)
        self._starts = first
        self._texts = texts["norm"].to_list()
        grams = [text_grams(text) for text in self._texts]
        vocabulary: dict[str, int] = {}
        for row in grams:
            for gram in row:
                vocabulary.setdefault(gram, len(vocabulary))
        self.vocabulary = vocabulary
        counts = self._counts(grams)
        document_frequency = np.bincount(counts.indices, minlength=len(vocabulary))
        self.idf = np.log((1 + counts.shape[0]) / (1 + document_frequency)) + 1.0
        self.matrix = self._weigh(counts)

    def _counts(self, grams: list[list[str]]) -> sparse.csr_matrix:
        """Term counts (rows, vocabulary) of n-gram lists; grams outside the vocabulary are
        left out."""
        indptr, indices = [0], []
        for row in grams:
            ids = [self.vocabulary[g] for g in row if g in self.vocabulary]
            indices.extend(ids)
            indptr.append(len(indices))
        data = np.ones(len(indices))
        matrix = sparse.csr_matrix(
            (data, np.asarray(indices, dtype=np.int64), np.asarray(indptr)),
            shape=(len(grams), len(self.vocabulary)),
        )
        matrix.sum_duplicates()
        return matrix

    def _weigh(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        """Sub-linear TF times IDF, rows scaled to unit length."""
        weighted = counts.copy()
        weighted.data = 1.0 + np.log(weighted.data)
        weighted = weighted @ sparse.diags(self.idf)
        norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        return sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ weighted

    def scores(self, descriptions) -> tuple[np.ndarray, np.ndarray]:
        """(score of every code (descriptions, codes), position of the best text of each)."""
        norm = [normalise_text(value) for value in descriptions]
        query = self._weigh(self._counts([text_grams(text) for text in norm])).tocsr()
        cosine = (query @ self.matrix.T).toarray()
        best = np.maximum.reduceat(cosine, self._starts, axis=1) if cosine.size else cosine
        # Position (among the texts) of each code's best text.
        ends = np.r_[self._starts[1:], cosine.shape[1]]
        argbest = np.zeros(best.shape, dtype=np.int64)
        for j, (start, end) in enumerate(zip(self._starts, ends, strict=True)):
            argbest[:, j] = start + np.argmax(cosine[:, start:end], axis=1)
        return best, argbest

    def suggest(self, descriptions, top: int = 3, chunk: int = 2000) -> pd.DataFrame:
        """The ``top`` codes for each description: columns ``row`` (position in
        ``descriptions``), ``rank``, ``code``, ``score``, ``matched`` (the description's words
        found in that code's best text). Descriptions with no usable word get no row."""
        descriptions = list(descriptions)
        parts = []
        for start in range(0, len(descriptions), chunk):
            parts.append(self._suggest(descriptions[start : start + chunk], top, start))
        columns = ["row", "rank", "code", "score", "matched"]
        if not parts:
            return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
        return pd.concat(parts, ignore_index=True)[columns]

    def _suggest(self, descriptions: list, top: int, offset: int) -> pd.DataFrame:
        best, argbest = self.scores(descriptions)
        k = min(top, best.shape[1])
        order = np.argsort(-best, axis=1, kind="stable")[:, :k]
        rows = np.repeat(np.arange(len(descriptions)), k)
        picked = order.ravel()
        score = best[rows, picked]
        keep = score > 0
        rows, picked, score = rows[keep], picked[keep], score[keep]
        matched = [
            _matched_words(normalise_text(descriptions[r]), self._texts[argbest[r, c]])
            for r, c in zip(rows, picked, strict=True)
        ]
        return pd.DataFrame(
            {
                "row": rows + offset,
                "rank": np.tile(np.arange(1, k + 1), len(descriptions))[keep],
                "code": self.codes[picked],
                "score": np.round(score, 4),
                "matched": matched,
            }
        )


def _matched_words(description: str, text: str) -> str:
    """Words of ``description`` most of whose n-grams occur in ``text``, space-separated."""
    grams = set(text_grams(text))
    found = []
    for word in dict.fromkeys(description.split()):
        own = word_grams(word)
        if own and sum(g in grams for g in own) >= MATCHED_WORD_SHARE * len(own):
            found.append(word)
    return " ".join(found)


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

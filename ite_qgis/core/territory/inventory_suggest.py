"""Codes suggested from the description, for inventory entries whose code is missing or unknown.

``ite:importinventory`` asks the code suggester (:mod:`..reference.code_suggest`) about every
long-layout entry whose resource code is empty or not in the catalogue, reading its description
(and the unknown code's own words, e.g. "boues de papeterie" typed in the code column):

- a confident first suggestion (:func:`code_suggest.confident`: score at least
  ``CONFIDENT_SCORE``, ahead of the second by ``CONFIDENT_MARGIN``) is taken, with the
  ``code_suggested`` flag set and a warning row that names the code, its score and the words
  that matched, for review (``ite:validateinventory`` lists it again);
- otherwise the entry stays rejected, and its reason lists the top 3 suggestions (those scoring
  at least ``WEAK_SCORE``).

Nothing is assigned silently. The entries of the same import that already have a valid code
and a readable description teach the suggester their wording first
(:func:`code_suggest.coded_texts`): a trade term coded on one row lifts that code for a similar
uncoded row. The NACE code of each entry's site feeds the suggester's chapter prior
(:mod:`..reference.code_prior`): a vague "sludge" from a paper mill leans to chapter 03, from a
dairy to chapter 02; the coded entries whose site has a NACE code teach it which chapters their
sectors give. Nothing is stored: the next import starts again from the catalogue, the
thesaurus and the static chapter table.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..common.i18n import language, translate
from ..common.reasons import flagged
from ..reference import code_prior, code_suggest


def suggest_codes(
    description: pd.Series, raw_code: pd.Series, known: pd.Series, catalogue,
    code: pd.Series | None = None, nace: pd.Series | None = None,
) -> pd.DataFrame:
    """For the entries that are not ``known``: columns ``code`` (the confident suggestion, else
    None), ``score``, ``matched``, ``text`` (what was read) and ``listing`` (the top 3
    suggestions as "code label (score)", '' when none), indexed like ``description``. The
    ``known`` entries' canonical ``code`` (when given) and description teach the suggester;
    with ``nace`` (each entry's site NACE code), their divisions and codes teach the chapter
    prior, read at the division of each entry to suggest for."""
    unknown_words = raw_code.where(~known & (raw_code != ""), "")
    text = (description + " " + unknown_words).str.strip()
    # Formulas and texts without a word are not read (see code_suggest.description_notes).
    need = ~known & code_suggest.description_notes(text)[1]
    out = pd.DataFrame(
        {"code": None, "score": np.nan, "matched": "", "text": text, "listing": ""},
        index=description.index,
    )
    if not need.any():
        return out
    rows = description.index[need.to_numpy()]
    taught = prior = divisions = None
    if code is not None:
        # ``code`` is already canonical, and known on these rows.
        taught = code_suggest.coded_texts(description[known], code[known])
    if nace is not None:
        divisions = pd.Series(code_prior.divisions_of(nace), index=description.index)
        prior = code_prior.default_prior(
            divisions[known].to_numpy(), None if code is None else code[known].to_numpy()
        )
    suggester = code_suggest.default_suggester(catalogue, taught, prior)
    found = suggester.suggest(text[rows].to_numpy(), top=3,
                              divisions=None if divisions is None else divisions[rows].to_numpy())
    found = found[found["score"] >= code_suggest.WEAK_SCORE]
    if found.empty:
        return out
    found = found.assign(at=rows[found["row"].to_numpy(dtype=np.int64)])
    first = found[found["rank"] == 1]
    sure = code_suggest.confident(found).reindex(first["row"]).to_numpy(dtype=bool)
    first = first.set_index("at")
    take = first.index[sure]
    out.loc[take, "code"] = first.loc[take, "code"]
    out.loc[first.index, "score"] = first["score"]
    out.loc[first.index, "matched"] = first["matched"]
    out.loc[first.index.difference(take), "listing"] = _listing(found, catalogue)
    return out


def _listing(found: pd.DataFrame, catalogue) -> pd.Series:
    """"code label (score), ..." of each entry's suggestions, by entry (``at``)."""
    lang = language()
    labels = {code: catalogue.label(code, lang) or "" for code in pd.unique(found["code"])}
    each = (found["code"] + " " + found["code"].map(labels) + " ("
            + found["score"].map("{:.2f}".format) + ")")
    return each.groupby(found["at"]).agg("; ".join)


def suggestion_warnings(suggested: pd.DataFrame, taken: pd.Series, catalogue) -> pd.Series:
    """The warning of each entry whose code was suggested (``taken``), None elsewhere."""
    lang = language()
    label = suggested["code"].map(
        lambda code: (catalogue.label(code, lang) or "") if isinstance(code, str) else ""
    )
    return flagged(
        taken,
        translate(
            "inventory",
            "resource code {code} ({label}) suggested from '{text}' (score {score}, matched "
            "words: {matched}); check it"
        ),
        code=suggested["code"],
        label=label,
        text=suggested["text"],
        score=suggested["score"].round(2),
        matched=suggested["matched"],
    )

"""The code lists behind the territory's drop-downs: every catalogue resource code and every NACE
code with a label "code - name" in the reader's language."""

from __future__ import annotations

import pandas as pd

from ..common.i18n import language_of
from .catalogue import load_catalogue
from .nace import codes_table


def code_lists(catalogue=None, language: str = "en") -> dict[str, pd.DataFrame]:
    """``catalogue_resources`` (code, family, label) and ``nace_codes`` (code, label), labelled
    in ``language`` (one of :data:`~ite_qgis.core.common.i18n.LANGUAGES`, else English). A
    NACE code without a name in that language keeps its English one. ``catalogue``: the one in
    use (the shipped one when None)."""
    language = language_of(language)
    frame = (catalogue or load_catalogue()).frame
    resources = pd.DataFrame(
        {
            "code": frame["code"].astype(str),
            "family": frame["family"].astype(str),
            "label": frame["code"].astype(str) + " - " + frame[f"label_{language}"].astype(str),
        }
    )
    nace = codes_table().reset_index()
    nace_label = nace[f"label_{language}"].where(nace[f"label_{language}"] != "", nace["label_en"])
    nace_codes = pd.DataFrame({"code": nace["code"], "label": nace["code"] + " - " + nace_label})
    return {"catalogue_resources": resources, "nace_codes": nace_codes}

"""NACE Rev. 2 activity codes: read what users type, check it is a real code, give labels.

Canonical forms: ``24`` (division), ``24.1`` (group), ``24.10`` (class). The list of valid codes
is ``resources/catalogue/nace_rev2.csv`` (Eurostat, NACE Rev. 2; French titles for divisions).
"""

from __future__ import annotations

import re
from functools import lru_cache
from numbers import Integral, Real

import numpy as np
import pandas as pd

from ... import assets
from ..common.i18n import is_french

LEVELS = {2: "division", 3: "group", 4: "class"}

_PREFIX = re.compile(r"^(?:NACE|NAF|APE)(?:\s*REV\.?\s*2)?\s*[:\-]?\s*")
_SECTION = re.compile(r"^([A-U])\s*[.\-]?\s*(?=\d)")
_NAF_SUFFIX = re.compile(r"(?<=\d)\s*[A-Z]$")  # French NAF sub-class letter, e.g. 24.10Z
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})$")


@lru_cache(maxsize=1)
def codes_table() -> pd.DataFrame:
    """The valid codes, indexed by code: level (2, 3 or 4), section, label_en, label_fr."""
    table = pd.read_csv(assets.catalogue_dir() / "nace_rev2.csv", dtype=str, keep_default_na=False)
    table["level"] = table["level"].astype(int)
    return table.set_index("code")


def _valid(code: str) -> bool:
    return code in codes_table().index


def _from_digits(digits: str, numeric: bool) -> str | None:
    if len(digits) == 1:
        digits = "0" + digits
    if len(digits) == 2:
        return digits
    if len(digits) == 4:
        return f"{digits[:2]}.{digits[2:]}"
    if len(digits) == 3:
        # "241" is group 24.1, but 0111 typed in a spreadsheet cell comes back as the number
        # 111 (class 01.11): numbers try the class first, text tries the group first.
        group, klass = f"{digits[:2]}.{digits[2]}", f"0{digits[0]}.{digits[1:]}"
        for candidate in (klass, group) if numeric else (group, klass):
            if _valid(candidate):
                return candidate
    return None


def _parse(text: object) -> tuple[str | None, str | None]:
    """(code candidate, section letter given) before the validity check."""
    if text is None or isinstance(text, bool):
        return None, None
    if isinstance(text, Integral):
        return (_from_digits(str(int(text)), True) if int(text) > 0 else None), None
    if isinstance(text, Real):
        value = float(text)
        if not np.isfinite(value) or value <= 0:
            return None, None
        if value.is_integer():
            return _from_digits(str(int(value)), True), None
        # 24.1 stays group 24.1 (a spreadsheet also shows the class 24.10 that way: the group
        # is the safe reading); 1.11 is class 01.11.
        text = f"{value:.4f}".rstrip("0")
    if not isinstance(text, str):
        return None, None
    cleaned = _PREFIX.sub("", text.strip().upper())
    section = None
    match = _SECTION.match(cleaned)
    if match:
        section, cleaned = match.group(1), cleaned[match.end() :]
    cleaned = _NAF_SUFFIX.sub("", cleaned).replace(",", ".").replace(" ", "")
    integer_like = re.fullmatch(r"(\d{3,4})\.0+", cleaned)  # "2410.0" from a float column
    if integer_like:
        return _from_digits(integer_like.group(1), True), section
    if cleaned.isdigit() and len(cleaned) <= 4:
        return _from_digits(cleaned, False), section
    dotted = _DOTTED.match(cleaned)
    if dotted:
        division, rest = dotted.groups()
        return f"{int(division):02d}.{rest}", section
    return None, None


def normalise_nace(text: object) -> str | None:
    """Canonical NACE Rev. 2 code (``24.10``, ``24.1`` or ``24``), or None when not a real one.

    Accepts ``24.10``, ``2410``, ``24,10``, ``C24.10`` (section letter, checked), ``NAF 24.10Z``
    (French sub-class letter dropped) and numbers from spreadsheets (2410, 2410.0, 24.1).
    """
    code, section = _parse(text)
    if code is None or not _valid(code):
        return None
    if section is not None and codes_table().at[code, "section"] != section:
        return None
    return code


def normalise_nace_series(codes: pd.Series) -> pd.Series:
    """Vectorised :func:`normalise_nace`, same index; None where a value is not a real code."""
    values = pd.Series(codes, copy=False)
    distinct = pd.unique(values[values.notna()].to_numpy(dtype=object))
    out = values.map({value: normalise_nace(value) for value in distinct})
    return out.astype(object).where(out.notna(), None)


def division(code: object) -> str | None:
    """The two-digit division of a code (``24.10`` -> ``24``); None when not a real code."""
    canonical = normalise_nace(code)
    return canonical[:2] if canonical else None


def level(code: object) -> str | None:
    """``division``, ``group`` or ``class``; None when not a real code."""
    canonical = normalise_nace(code)
    return LEVELS[int(codes_table().at[canonical, "level"])] if canonical else None


def label(code: object, lang: str = "en") -> str | None:
    """Official title in English; in French (``i18n.is_french(lang)``) where the list has one
    (divisions), else the English title. None when not a real code."""
    canonical = normalise_nace(code)
    if canonical is None:
        return None
    row = codes_table().loc[canonical]
    if is_french(lang) and row["label_fr"]:
        return row["label_fr"]
    return row["label_en"]


def nace_levels(text: object) -> tuple[str, str, str]:
    """``(class, group, division)`` of a NACE text, '' for each level it does not give.

    A list such as ``0110 / 0120`` is read by its first item (in documented exchanges all items
    of a list share their division). A text that is not a real code as a whole keeps the
    longest real code its first digits make: ``20.00`` (no such class) gives division ``20``.
    """
    if text is None or (isinstance(text, float) and not np.isfinite(text)):
        return "", "", ""
    first = text.split("/")[0] if isinstance(text, str) else text
    code = normalise_nace(first)
    if code is None:
        digits = re.sub(r"\D", "", str(first))[:4]
        candidates = (f"{digits[:2]}.{digits[2:4]}", f"{digits[:2]}.{digits[2:3]}", digits[:2])
        lengths = (4, 3, 2)
        code = next(
            (c for c, n in zip(candidates, lengths, strict=True) if len(digits) >= n and _valid(c)),
            None,
        )
    if code is None:
        return "", "", ""
    depth = int(codes_table().at[code, "level"])
    return (code if depth == 4 else "", code[:4] if depth >= 3 else "", code[:2])


def nace_parts(values: pd.Series, valid_codes: set[str] | None = None) -> pd.DataFrame:
    """Vectorised :func:`nace_levels`: columns ``nace_class``, ``group``, ``division`` on the
    index of ``values`` ('' where unknown), each distinct text read once. ``valid_codes``
    (optional) restricts further: a level whose code is not in it is blanked."""
    positions, distinct = pd.factorize(pd.Series(values, copy=False), use_na_sentinel=True)
    table = np.array([nace_levels(value) for value in distinct] + [("", "", "")], dtype=object)
    table = table.reshape(-1, 3)
    if valid_codes is not None:
        table[~np.isin(table, list(valid_codes))] = ""
    rows = table[positions]  # position -1 (missing) reads the last row: ''
    return pd.DataFrame(
        {"nace_class": rows[:, 0], "group": rows[:, 1], "division": rows[:, 2]},
        index=getattr(values, "index", None),
    )

"""Numbers written the way the reader's language writes them: 12,345.6 or 12 345,6.

The separators come from the translation of a sample number, so a message follows whatever
language the run is in (the interface's, or the one an export asks for through
:func:`ite_qgis.core.i18n.override`) without the core knowing about Qt or locales. The French
translation of the sample uses a narrow no-break space between thousands and a decimal comma
(Imprimerie nationale; CLDR "fr").

No document, map or log shows "nan" or "inf": a value that is missing or not a finite number
is written :data:`MISSING`, the same in every language, and a figure too large to be a real
quantity is written in powers of ten rather than as a row of three hundred digits.
"""

from __future__ import annotations

import math

from .i18n import translate

_SAMPLE = "1,234.5"
# How every document, map and log writes a missing or non-finite value (an en dash).
MISSING = "\u2013"
# From this magnitude on, a figure is written as a power of ten (1.2e+20): beyond any real
# quantity, and too long to read digit by digit.
HUGE = 1e15


def _separators() -> tuple[str, str]:
    sample = translate("numbers", "1,234.5")
    if len(sample) != len(_SAMPLE) or sample[2:5] != "234":
        return ",", "."
    return sample[1], sample[5]


def is_finite(value: object) -> bool:
    """True when ``value`` is a number that is neither missing, NaN nor infinite."""
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def number(value: object, decimals: int = 0) -> str:
    """``value`` with thousands grouped and ``decimals`` decimals; :data:`MISSING` when it is
    missing or not a finite number."""
    if not is_finite(value):
        return MISSING
    figure = float(value)
    group, decimal = _separators()
    if abs(figure) >= HUGE:
        return f"{figure:.2g}".replace(".", decimal)
    text = f"{figure:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group)


def finite_sum(values) -> float | None:
    """The sum of the finite values of ``values`` (NaN, inf and text left out); None when even
    that sum is too large to be a number (it overflows to inf)."""
    import numpy as np

    figures = np.asarray(values, dtype=float).ravel()
    with np.errstate(over="ignore", invalid="ignore"):
        total = float(figures[np.isfinite(figures)].sum())
    return total if math.isfinite(total) else None

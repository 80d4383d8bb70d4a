"""Numbers written the way the reader's language writes them: 12,345.6 or 12 345,6.

The separators come from the translation of a sample number, so a message follows whatever
language the run is in (the interface's, or the one an export asks for through
:func:`ite_qgis.core.i18n.override`) without the core knowing about Qt or locales. The French
translation of the sample uses a narrow no-break space between thousands and a decimal comma
(Imprimerie nationale; CLDR "fr").
"""

from __future__ import annotations

import math

from .i18n import translate

_SAMPLE = "1,234.5"


def _separators() -> tuple[str, str]:
    sample = translate("numbers", "1,234.5")
    if len(sample) != len(_SAMPLE) or sample[2:5] != "234":
        return ",", "."
    return sample[1], sample[5]


def number(value: object, decimals: int = 0) -> str:
    """``value`` with thousands grouped and ``decimals`` decimals; empty for no value."""
    try:
        figure = float(value)
    except (TypeError, ValueError):
        return ""
    if not math.isfinite(figure):
        return ""
    group, decimal = _separators()
    text = f"{figure:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group)

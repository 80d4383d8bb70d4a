"""The one translation helper of ITE for QGIS.

Every user-facing string goes through ``translate(context, text)`` with a literal context and a
literal English text, so that ``pylupdate5`` files it under that context (a ``tr()`` method would
be filed under the class where it is written, which breaks for shared base classes). Never put
an f-string inside: write ``translate("ite", "{n} sites").format(n=n)``.

The core has no Qt. The plugin installs Qt's ``QCoreApplication.translate`` through
:func:`install`; until then (plain Python, unit tests) the English text is returned.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def install(translator: Callable[[str, str], str] | None) -> None:
    """Route :func:`translate` through ``translator(context, text)`` (None: English)."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text)

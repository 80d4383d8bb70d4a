"""The one translation helper of ITE for QGIS.

Every user-facing string goes through ``translate(context, text)`` with a literal context and a
literal English text, so that ``pylupdate5`` files it under that context (a ``tr()`` method would
be filed under the class where it is written, which breaks for shared base classes). Never put
an f-string inside: write ``translate("ite", "{n} sites").format(n=n)``.

The core has no Qt. The plugin installs Qt's ``QCoreApplication.translate`` through
:func:`install`; until then (plain Python, unit tests) the English text is returned.

The interface languages are declared here once (:data:`LANGUAGES`). A run is in one language,
chosen once at its start: the interface's, or the one it asks for (an export with
``LANGUAGE=fr`` on an English desktop), set with :func:`override` (in QGIS by
``qgis_bridge.translation.in_language``, which the algorithms' base class calls). Everything
below just calls :func:`translate`, and asks :func:`language` for the code itself (dates, data
labels): no translate function or language is passed down to choose a language.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# The languages the plugin speaks, each named in itself. English is the source text.
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}
LANGUAGES = tuple(LANGUAGE_NAMES)

_translator: Callable[[str, str], str] | None = None
_language = "en"
# A run asked for in another language than the interface's (an export with LANGUAGE=fr on an
# English desktop) overrides the translator in its own thread only: Processing runs algorithms
# in a worker thread while the interface keeps translating in the main one.
_local = threading.local()


def language_of(locale_name: str | None) -> str:
    """The plugin's language for a locale name (``fr_FR``, ``fr``, ``FR``); English otherwise."""
    code = (locale_name or "").strip()[:2].lower()
    return code if code in LANGUAGES else "en"


def is_french(locale_name: str | None) -> bool:
    return language_of(locale_name) == "fr"


def install(translator: Callable[[str, str], str] | None, language: str = "en") -> None:
    """Route :func:`translate` through ``translator(context, text)`` (None: English); the
    interface speaks ``language``."""
    global _translator, _language
    _translator = translator
    _language = language_of(language)


@contextmanager
def override(
    translator: Callable[[str, str], str] | None, language: str | None = None
) -> Iterator[None]:
    """Inside the block, :func:`translate` in this thread goes through ``translator``, and
    :func:`language` is ``language`` (unchanged when None)."""
    previous = getattr(_local, "translator", None), getattr(_local, "language", None)
    # translate() itself means "as now": keep whatever this thread already uses.
    _local.translator = previous[0] if translator is translate else translator
    _local.language = previous[1] if language is None else language_of(language)
    try:
        yield
    finally:
        _local.translator, _local.language = previous


def language() -> str:
    """Two-letter code of the language this thread's run speaks (see :data:`LANGUAGES`)."""
    return getattr(_local, "language", None) or _language


def translate(context: str, text: str) -> str:
    chosen = getattr(_local, "translator", None) or _translator
    if chosen is None:
        return text
    return chosen(context, text)

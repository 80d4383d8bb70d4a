"""The one translation helper of ITE for QGIS.

Every user-facing string goes through ``translate(context, text)`` with a literal context and a
literal English text, so that ``pylupdate5`` files it under that context (a ``tr()`` method would
be filed under the class where it is written, which breaks for shared base classes). Never put
an f-string inside: write ``translate("ite", "{n} sites").format(n=n)``.

The core has no Qt. The plugin installs Qt's ``QCoreApplication.translate`` through
:func:`install`; until then (plain Python, unit tests) the English text is returned.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_translator: Callable[[str, str], str] | None = None
# A run asked for in another language than the interface's (an export with LANGUAGE=fr on an
# English desktop) overrides the translator in its own thread only: Processing runs algorithms
# in a worker thread while the interface keeps translating in the main one.
_local = threading.local()


def install(translator: Callable[[str, str], str] | None) -> None:
    """Route :func:`translate` through ``translator(context, text)`` (None: English)."""
    global _translator
    _translator = translator


@contextmanager
def override(translator: Callable[[str, str], str] | None) -> Iterator[None]:
    """Inside the block, :func:`translate` in this thread goes through ``translator``."""
    previous = getattr(_local, "translator", None)
    # translate() itself means "as now": keep whatever this thread already uses.
    _local.translator = previous if translator is translate else translator
    try:
        yield
    finally:
        _local.translator = previous


def translate(context: str, text: str) -> str:
    chosen = getattr(_local, "translator", None) or _translator
    if chosen is None:
        return text
    return chosen(context, text)

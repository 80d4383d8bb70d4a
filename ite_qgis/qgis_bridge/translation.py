"""Install the plugin's Qt translator, route the core's translate() through Qt, and run a block
in another language than the interface's (the one mechanism: :func:`in_language`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .. import assets
from ..core.common import i18n

AUTO = "auto"  # a run's language choice: the interface's
_TRANSLATORS: dict[str, QTranslator] = {}  # .qm files loaded for runs, kept alive


def plugin_language() -> str:
    """The plugin's language for the QGIS user interface (``en`` when it does not speak it)."""
    return i18n.language_of(QgsApplication.locale())


def install_translator() -> QTranslator | None:
    """Load ``i18n/ite_qgis_<lang>.qm`` when it exists and route core messages through Qt.

    Returns the installed translator (keep a reference: Qt does not own it) or None.
    """
    i18n.install(QCoreApplication.translate, plugin_language())
    qm = assets.qm_path(plugin_language())
    if not qm.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


def resolve_language(choice: str | None) -> str:
    """``auto`` (or nothing) -> the interface's language; else the plugin's language for it."""
    return plugin_language() if not choice or choice == AUTO else i18n.language_of(choice)


def translator(language: str) -> Callable[[str, str], str]:
    """``translate(context, text)`` for one of :data:`i18n.LANGUAGES`."""
    if language == "en":
        return lambda _context, text: text
    if language == plugin_language():
        return i18n.translate  # the plugin's installed translator
    qt = _TRANSLATORS.get(language)
    if qt is None:
        qt = QTranslator()
        if not qt.load(str(assets.qm_path(language))):
            return lambda _context, text: text
        _TRANSLATORS[language] = qt
    # PyQt5 passes the source text as ASCII unless it is given as UTF-8 bytes.
    return lambda context, text: qt.translate(context, text.encode("utf-8")) or text


@contextmanager
def in_language(choice: str | None) -> Iterator[str]:
    """Run the block in ``choice`` (``auto``: the interface's), in this thread only; yields
    the language's code. Set once at the start of a run; below it, code calls translate()."""
    language = resolve_language(choice)
    with i18n.override(translator(language), language):
        yield language

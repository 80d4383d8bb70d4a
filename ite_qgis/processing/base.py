"""Base class of every ITE algorithm: the boilerplate, so each algorithm file is a recipe."""

from __future__ import annotations

import re
from contextlib import nullcontext

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
)
from qgis.PyQt.QtGui import QIcon

from .. import assets
from ..core.common import dependencies
from ..core.common.i18n import LANGUAGE_NAMES, LANGUAGES, translate
from ..core.common.numbers import number
from ..core.reference.defaults import DISPLACEMENT_RADIUS_M
from ..qgis_bridge.destinations import RunOutputs
from ..qgis_bridge.translation import AUTO, in_language, plugin_language

# An algorithm that writes a document may have a LANGUAGE enum parameter with the options of
# language_options(). The run speaks it from start to end: processAlgorithm sets it once (the one
# mechanism, see core.common.i18n).
LANGUAGE = "LANGUAGE"
# Line breaks of a help file, with the indentation around them.
_LINE_BREAKS = re.compile(r"\s*\n\s*")
RUN_LANGUAGES = (AUTO, *LANGUAGES)

# groupId -> translated group name. Literal calls so pylupdate5 finds them.
GROUPS = {
    "territory": lambda: translate("groups", "Territory and inventory"),
    "synergies": lambda: translate("groups", "Synergies"),
    "heat": lambda: translate("groups", "Waste heat and district heating"),
    "maps": lambda: translate("groups", "Maps and reports"),
}


class IteAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME`` and ``GROUP`` and implement displayName, initAlgorithm, compute."""

    NAME = ""
    GROUP = "territory"
    run_outputs = None  # the RunOutputs of the run under way (write_frame's warnings use it)

    def name(self):
        return self.NAME

    def groupId(self):  # noqa: N802
        return self.GROUP

    def group(self):
        return GROUPS[self.GROUP]()

    def createInstance(self):  # noqa: N802
        return type(self)()

    def parameter_help(self) -> dict[str, str]:
        """Parameter name -> its help, translated: what it is, its unit, default and effect.

        Shown as the tooltip in the dialog and by ``qgis_process help``. Shared parameters
        (``synergy_inputs``) bring their own help; an entry here replaces it.
        """
        return {}

    def addParameter(self, parameter, createOutput=True):  # noqa: N802, N803
        """Add ``parameter`` with its help from :meth:`parameter_help`, so that every
        ``initAlgorithm`` only declares parameters and the help of one algorithm sits together."""
        text = self._help().get(parameter.name())
        if text:
            parameter.setHelp(text)
        return super().addParameter(parameter, createOutput)

    def _help(self) -> dict[str, str]:
        # Built once per initAlgorithm (one instance is initialised once), not once per parameter.
        if getattr(self, "_help_texts", None) is None:
            self._help_texts = self.parameter_help()
        return self._help_texts

    def icon(self):
        return QIcon(str(assets.icon_path()))

    def shortHelpString(self):  # noqa: N802
        """Help from ``resources/help/<lang>/<name>.html``, English when not translated, on one
        line: the Processing dialog makes a paragraph of every line of it, so the file's line
        breaks (inside its paragraphs) are joined with spaces."""
        for language in (plugin_language(), "en"):
            path = assets.help_path(self.NAME, language)
            if path.is_file():
                return _LINE_BREAKS.sub(" ", path.read_text(encoding="utf-8").strip())
        return ""

    def canExecute(self):  # noqa: N802
        problems = dependencies.missing()
        if problems:
            return False, dependencies.install_help(problems)
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        ok, message = self.canExecute()
        if not ok:
            raise QgsProcessingException(message)
        with self._run_language(parameters, context):
            return self._all_or_nothing(parameters, context, feedback)

    def _all_or_nothing(self, parameters, context, feedback):
        """``compute`` with every file output staged and renamed into place together at the end,
        or none (qgis_bridge.destinations): destinations are checked before anything is written,
        an output that is one of the inputs is refused."""
        outputs = RunOutputs(self, context, feedback)
        self.run_outputs = outputs
        try:
            staged = outputs.stage(parameters)
            return outputs.commit(self.compute(staged, context, feedback))
        finally:
            outputs.discard()
            self.run_outputs = None

    def _run_language(self, parameters, context):
        """The LANGUAGE parameter's language for the whole run; none chosen: the interface's."""
        if self.parameterDefinition(LANGUAGE) is None:
            return nullcontext()
        return in_language(RUN_LANGUAGES[self.parameterAsEnum(parameters, LANGUAGE, context)])

    def compute(self, parameters, context, feedback):
        raise NotImplementedError

    @staticmethod
    def fail(message: str):
        """Raise the translated message as a Processing error (no traceback for the user)."""
        raise QgsProcessingException(message)


def language_options(interface: str) -> list[str]:
    """Options of a LANGUAGE parameter, in the order of RUN_LANGUAGES: ``interface`` (the
    translated name of the choice "the interface's language"), then each language by its name."""
    return [interface, *(LANGUAGE_NAMES[language] for language in LANGUAGES)]


def advanced(parameter):
    """Mark an expert parameter as advanced (shown folded in the dialog)."""
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return parameter


def parse_pairs(text: str | None) -> dict[str, str]:
    """'a=b; c=d' -> {'a': 'b', 'c': 'd'} (also accepts newlines); refuses a pair without '='."""
    pairs = {}
    for chunk in (text or "").replace("\n", ";").split(";"):
        if not chunk.strip():
            continue
        if "=" not in chunk:
            raise QgsProcessingException(
                translate(
                    "errors", "Cannot read '{chunk}': write name=value pairs separated by ';'."
                ).format(chunk=chunk.strip())
            )
        key, value = chunk.split("=", 1)
        pairs[key.strip()] = value.strip()
    return pairs


def require_metric_crs(crs, what: str) -> None:
    """Reject a missing or geographic CRS: distances are metres, never degrees."""
    if not crs.isValid():
        raise QgsProcessingException(
            translate("errors", "{what} has no valid coordinate reference system.").format(
                what=what
            )
        )
    if crs.isGeographic():
        raise QgsProcessingException(
            translate(
                "errors",
                "{what} uses the geographic CRS {crs}: distances would be in degrees. "
                "Choose a projected CRS in metres, e.g. EPSG:3035 (LAEA Europe) or EPSG:2154 "
                "(Lambert-93)."
            ).format(what=what, crs=crs.authid())
        )


def public_help() -> str:
    """Help of the ``PUBLIC`` choice that the publishing algorithms share."""
    return translate(
        "publicparameters",
        "Checked (default): sites and resources marked confidential are shown by sector only, "
        "their quantities rounded and their points moved, and the output says so. Unchecked: "
        "every name, figure and location as in the inputs, for internal use."
    )


def displacement_help() -> str:
    """Help of the displacement distance that the publishing algorithms share."""
    return translate(
        "publicparameters",
        "Largest distance in metres a confidential site is moved in the public version: each "
        "moves by 30 % to 100 % of it (default {default} m)."
    ).format(default=figure(DISPLACEMENT_RADIUS_M))


def figure(value: float) -> str:
    """A default shown in a help text: the decimals it has (1.3, 0.25, 50), written the way the
    run's language writes numbers (1,3 in French)."""
    text = f"{value:g}"
    decimals = len(text.split(".")[1]) if "." in text else 0
    return number(value, decimals)

"""How a synergy search stops early: input it cannot work with, or a cancel by the user."""

from __future__ import annotations

from ..common.i18n import translate


class SynergyError(ValueError):
    """Input the synergy finder cannot work with; the message is translated and says why."""


class Cancelled(Exception):  # noqa: N818 (the name the Processing wrapper catches)
    """The run was cancelled through ``feedback.isCanceled()``."""


def check_cancel(feedback) -> None:
    """Raise :class:`Cancelled` when ``feedback`` (optional) says the user cancelled."""
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(translate("synergy", "The synergy search was cancelled."))

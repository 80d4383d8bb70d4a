"""What a check of one input found: refusals, repairs, rows left out and warnings.

A refusal is an :class:`InputError` raised at once. Everything else is collected in an
:class:`InputReport`, which the algorithm pushes to its log (``warnings`` and ``repairs``) and,
where it has one, to its REJECTED or ERRORS output (``rejected``: one row per row left out, with
the layer, the row's id or number and the reason).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..common.ids import listed

REJECTED_COLUMNS = ["layer", "row", "reason"]


class InputError(ValueError):
    """An input an algorithm cannot use; the message (translated) says why and what to do."""


@dataclass
class InputReport:
    """Warnings, repairs and rows left out while checking the inputs of one run."""

    warnings: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    _rejected: list[pd.DataFrame] = field(default_factory=list, repr=False)

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def repaired(self, message: str) -> None:
        self.repairs.append(message)

    def reject(self, layer: str, rows, reason: str, message: str | None = None) -> None:
        """Rows (ids or row numbers) of ``layer`` left out for ``reason``; ``message``, when
        given, is the warning that names them (``{count}`` and ``{rows}`` are filled in)."""
        rows = [str(r) for r in rows]
        if not rows:
            return
        self._rejected.append(pd.DataFrame({"layer": layer, "row": rows, "reason": reason}))
        if message is not None:
            self.warn(message.format(count=len(rows), rows=listed(rows)))

    def extend(self, other: InputReport) -> None:
        self.warnings += other.warnings
        self.repairs += other.repairs
        self._rejected += other._rejected

    @property
    def rejected(self) -> pd.DataFrame:
        """One row per row left out: layer, row (id or number), reason."""
        if not self._rejected:
            return pd.DataFrame({c: pd.Series(dtype=object) for c in REJECTED_COLUMNS})
        return pd.concat(self._rejected, ignore_index=True)[REJECTED_COLUMNS]

    @property
    def messages(self) -> list[str]:
        """Everything to log, repairs first."""
        return self.repairs + self.warnings

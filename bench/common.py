"""What the benchmarks share (not a benchmark itself: `make bench` runs bench/bench_*.py)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shared_data() -> Path | None:
    """The shared data folder: $ITE_SHARED_DATA, ../shared/data beside the repository, or
    /shared/data inside a QGIS root; None when absent (the benchmark then says it skipped)."""
    for candidate in (os.environ.get("ITE_SHARED_DATA"), REPO.parent / "shared" / "data",
                      "/shared/data"):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


def maestri_exchanges():
    """The documented MAESTRI exchanges (every cell text, empty cells ''), or None when the
    shared data folder or the file is absent (the caller says it skipped)."""
    import pandas as pd

    data = shared_data()
    path = data / "maestri_exchanges.csv" if data is not None else None
    if path is None or not path.is_file():
        return None
    return pd.read_csv(path, dtype=str, keep_default_na=False)

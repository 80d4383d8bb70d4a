#!/usr/bin/env python3
"""Derive resources/catalogue/knowledge_base.csv from documented symbiosis exchanges.

Reads the MAESTRI project's exchanges database (``maestri_exchanges.csv``: provider and
receiver NACE, EWC code, resource description; 330 exchanges) and counts, for each resource
key (EWC entry, sub-chapter, chapter, or description keyword when no EWC code is given), how
many documented exchanges went from a provider NACE division to a receiver NACE class. Only
these counts are committed; the raw file is not (see knowledge_base.README.md).

    tools/derive_knowledge_base.py                       # all rows -> the committed files
                                                         # (and sector_model.csv, fitted)
    tools/derive_knowledge_base.py --holdout 0.2 --seed 42 --output /tmp/kb80.csv \
        --heldout-output /tmp/heldout.csv                # derive from 80 %, list the 20 %

The output is deterministic: sorted rows, no timestamps. Runs wherever pandas is installed
(e.g. ``tools/qgis-env run trixie python3 tools/derive_knowledge_base.py``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import pandas as pd  # noqa: E402

from ite_qgis.core.reference import knowledge  # noqa: E402

INPUT_NAME = "maestri_exchanges.csv"
DEFAULT_OUTPUT = REPO / "resources" / "catalogue" / knowledge.KB_FILE_NAME


def shared_data_dir() -> Path | None:
    """$ITE_SHARED_DATA, else <repo>/../shared/data, else /shared/data (inside the test root)."""
    candidates = [Path(os.environ["ITE_SHARED_DATA"])] if os.environ.get("ITE_SHARED_DATA") else []
    candidates += [REPO.parent / "shared" / "data", Path("/shared/data")]
    return next((path for path in candidates if path.is_dir()), None)


def read_exchanges(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, help="exchanges CSV (default: shared data folder)")
    parser.add_argument("--output", type=Path, help=f"default: {DEFAULT_OUTPUT}")
    parser.add_argument(
        "--holdout",
        type=float,
        default=0.0,
        help="share of exchanges held out (derive from the rest)",
    )
    parser.add_argument("--seed", type=int, default=42, help="seed of the holdout split")
    parser.add_argument(
        "--heldout-output", type=Path, help="write the held-out exchanges' ids here (holdout mode)"
    )
    args = parser.parse_args(argv)

    source = args.input
    if source is None:
        folder = shared_data_dir()
        if folder is None:
            parser.error("shared data folder not found: give --input or set ITE_SHARED_DATA")
        source = folder / INPUT_NAME
    exchanges = read_exchanges(source)

    if args.holdout > 0.0:
        if args.output is None:
            parser.error("--holdout needs --output (the committed file is derived from all rows)")
        kept, held = knowledge.holdout_split(len(exchanges), args.holdout, args.seed)
        if args.heldout_output is not None:
            exchanges.iloc[held][["exchange_id"]].to_csv(args.heldout_output, index=False)
        exchanges = exchanges.iloc[kept]
    output = args.output or DEFAULT_OUTPUT

    # NACE codes are read and checked against NACE Rev. 2 by ite_qgis.core.reference.nace.
    table = knowledge.derive_table(exchanges)
    output.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(output, index=False, lineterminator="\n")
    print(
        f"{len(exchanges)} exchanges -> {len(table)} rows, {table['count'].sum()} counts "
        f"-> {output}"
    )
    if args.holdout == 0.0 and args.output is None:
        write_model_parameters(exchanges, args.seed)
    return 0


def write_model_parameters(exchanges: pd.DataFrame, seed: int) -> None:
    """Fit the sector model's weights and calibration on every exchange (inner cross-validation
    grouped by case) and write them beside the knowledge base."""
    from ite_qgis.core.reference import sector_fit, sector_model
    from ite_qgis.core.reference.catalogue import load_catalogue

    parameters = sector_fit.fit_parameters(
        exchanges, sector_model.load_demand_sectors(), load_catalogue(), seed
    )
    path = DEFAULT_OUTPUT.parent / sector_model.MODEL_FILE_NAME
    parameters.to_frame().to_csv(path, index=False, lineterminator="\n")
    print(f"sector model parameters (fitted on {len(exchanges)} exchanges) -> {path}")


if __name__ == "__main__":
    sys.exit(main())

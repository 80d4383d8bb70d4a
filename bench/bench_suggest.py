#!/usr/bin/env python3
"""ite:suggestcodes on 100,000 descriptions (issue 12: under 20 s).

What the algorithm runs, without QGIS: the suggester built on the catalogue labels and the
French thesaurus (``default_suggester``), then ``suggest_table`` (notes, top 3 codes, labels,
scores, matched words). Two inputs of 100,000 descriptions, each case in a child process of its
own (so that its peak memory is its own):

- distinct: every description different, 2 to 6 words drawn (seed 12) from the catalogue
  labels and the thesaurus, in English and French: the worst case, nothing is scored twice;
- repeated: the MAESTRI exchanges' descriptions repeated (an inventory names the same wastes
  again and again; each distinct text is scored once).

Each again with a provider NACE field (``+ NACE``, what ``ite:suggestcodes`` runs with its
*Provider NACE code field*: ``suggest_uncoded_table`` with the chapter prior): for distinct, a
NACE class drawn (seed 12) for each description among those of the divisions of
``ewc_chapter_sectors.csv`` and a few others, one in ten left empty; for repeated, the
exchanges' own provider NACE codes.

Prints size, time, peak memory and the ratio of the time to the 20 s target.

    tools/qgis-env run trixie env PYTHONPATH=/src/build ITE_SHARED_DATA=/shared/data \
        python3 -P bench/bench_suggest.py [--size 100000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET_S = 20.0


def nace_codes(kind: str, size: int):
    """The provider NACE code of each description (see the module docstring)."""
    import numpy as np
    import pandas as pd

    if kind == "repeated":
        from common import maestri_exchanges

        frame = maestri_exchanges()
        return pd.Series(np.resize(frame["provider_nace"].to_numpy(dtype=object), size))
    from ite_qgis.core.reference.code_prior import load_chapter_sectors
    from ite_qgis.core.reference.nace import codes_table

    divisions = set(load_chapter_sectors()["division"]) | {"20", "46", "52", "84", "93"}
    table = codes_table()
    classes = [code for code in table.index[table["level"] == 4] if code[:2] in divisions]
    rng = np.random.default_rng(12)
    drawn = rng.choice(np.array(classes + [""] * (len(classes) // 9), dtype=object), size)
    return pd.Series(drawn, dtype=object)


def descriptions(kind: str, size: int):
    import numpy as np
    import pandas as pd

    from ite_qgis.core.reference.catalogue import load_catalogue
    from ite_qgis.core.reference.code_suggest import catalogue_texts, thesaurus_texts

    if kind == "repeated":
        from common import maestri_exchanges

        frame = maestri_exchanges()
        if frame is None:
            return None
        return pd.Series(np.resize(frame["resource_description"].to_numpy(dtype=object), size))
    texts = pd.concat([catalogue_texts(load_catalogue()), thesaurus_texts()])["text"]
    words = texts.str.lower().str.split().explode().drop_duplicates().to_numpy(dtype=object)
    rng = np.random.default_rng(12)
    lengths = rng.integers(2, 7, size)
    drawn = rng.choice(words, int(lengths.sum()))
    ends = np.cumsum(lengths)
    made = [" ".join(drawn[end - n : end]) for end, n in zip(ends, lengths, strict=True)]
    return pd.Series(made, dtype=object)


def worker(kind: str, size: int) -> dict:
    from ite_qgis.core.reference.catalogue import load_catalogue
    from ite_qgis.core.reference.code_suggest import (
        default_suggester,
        suggest_table,
        suggest_uncoded_table,
    )

    base, _, with_nace = kind.partition(" + ")
    table = descriptions(base, size)
    if table is None:
        return {"skipped": "maestri_exchanges.csv not found"}
    nace = nace_codes(base, size) if with_nace else None
    start = time.perf_counter()
    catalogue = load_catalogue()
    if nace is None:
        found = suggest_table(default_suggester(catalogue), table, catalogue, top=3)
    else:
        found = suggest_uncoded_table(table, None, catalogue, top=3, nace=nace)
    seconds = time.perf_counter() - start
    return {
        "distinct": int(table.nunique()),
        "lines": len(found),
        "seconds": seconds,
        "peak_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker[0], int(args.worker[1]))))
        return 0
    print(f"{'case':<18}{'descriptions':>14}{'distinct':>10}{'lines':>10}{'time s':>9}"
          f"{'peak GB':>9}{'vs 20 s':>9}")
    failed = False
    for kind in ("distinct", "distinct + NACE", "repeated", "repeated + NACE"):
        run = subprocess.run(
            [sys.executable, "-P", __file__, "--worker", kind, str(args.size)],
            capture_output=True, text=True, check=True,
        )
        result = json.loads(run.stdout.strip().splitlines()[-1])
        if "skipped" in result:
            print(f"{kind:<18} skipped: {result['skipped']}")
            continue
        ratio = result["seconds"] / TARGET_S
        failed |= ratio > 1
        print(f"{kind:<18}{args.size:>14,}{result['distinct']:>10,}{result['lines']:>10,}"
              f"{result['seconds']:>9.1f}{result['peak_gb']:>9.2f}{ratio:>9.2f}")
    if failed:
        print("slower than the 20 s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Check (and with --fix, repair) the calls of the translation helper for pylupdate5.

pylupdate5 only extracts ``translate("context", "text")`` when both arguments are string
literals and the call has no trailing comma (a magic trailing comma, as formatters add, makes it
skip the call silently). This script lists every call that breaks those rules and every message
missing from, or untranslated in, ``i18n/ite_qgis_fr.ts``. ``--fix`` removes trailing commas.

    tools/i18n_check.py [--fix]        exit status 1 when a problem remains
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "i18n" / "ite_qgis_fr.ts"


def _literal(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def calls(path: Path):
    """Yield (call node, context, text) for each translate(...) call in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "translate":
            args = node.args
            yield node, *(_literal(a) for a in args[:2]), len(args)


def _trailing_commas(path: Path) -> list[int]:
    """Byte offsets of trailing commas after the last argument of translate() calls."""
    data = path.read_bytes()
    line_starts = [0]
    for line in data.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    found = []
    for node, *_ in calls(path):
        if not node.args:
            continue
        last = node.args[-1]
        # ast columns are UTF-8 byte offsets within their line.
        after_last = line_starts[last.end_lineno - 1] + last.end_col_offset
        call_end = line_starts[node.end_lineno - 1] + node.end_col_offset  # just after ")"
        between = data[after_last:call_end]
        if b"," in between:
            found.append(after_last + between.index(b","))
    return found


def main(argv: list[str]) -> int:
    fix = "--fix" in argv
    problems = []
    sources = sorted((REPO / "ite_qgis").rglob("*.py"))
    wanted = set()
    for path in sources:
        if fix and (commas := _trailing_commas(path)):
            data = bytearray(path.read_bytes())
            for offset in sorted(commas, reverse=True):
                del data[offset]
            path.write_bytes(bytes(data))
        rel = path.relative_to(REPO)
        for node, context, text, count in calls(path):
            if context is None or text is None or count != 2:
                problems.append(f"{rel}:{node.lineno}: translate() needs two literal strings")
                continue
            wanted.add((context, text))
        for offset in _trailing_commas(path):
            row = path.read_bytes()[:offset].count(b"\n") + 1
            problems.append(f"{rel}:{row}: trailing comma in a translate() call "
                            "(pylupdate5 skips it; run tools/i18n_check.py --fix)")
    messages = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") != "unfinished"
            messages[(name, message.findtext("source"))] = done and bool(translation.text)
    for key in sorted(wanted):
        if key not in messages:
            problems.append(f"not in {TS.name} (run make ts): {key}")
        elif not messages[key]:
            problems.append(f"no French translation yet: {key}")
    print("\n".join(problems) or f"{len(wanted)} messages, all extracted and translated")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

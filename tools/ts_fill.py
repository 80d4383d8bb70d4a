#!/usr/bin/env python3
"""Fill translations into a Qt .ts file from a Python dict file, keeping the others.

    tools/ts_fill.py i18n/ite_qgis_fr.ts i18n/fr_batch.py

The dict file defines ``TRANSLATIONS = {(context, source): translation, ...}``. Used by
developers when adding strings; ``make ts`` (pylupdate5) keeps filled translations.
"""

import sys
import xml.etree.ElementTree as ET


def main(ts_path: str, batch_path: str) -> int:
    namespace: dict = {}
    exec(compile(open(batch_path, encoding="utf-8").read(), batch_path, "exec"), namespace)
    wanted = namespace["TRANSLATIONS"]
    tree = ET.parse(ts_path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"))
            if key in wanted:
                translation = message.find("translation")
                translation.text = wanted[key]
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    missing = set(wanted) - {
        (c.findtext("name"), m.findtext("source")) for c in tree.getroot().iter("context")
        for m in c.iter("message")}
    for key in sorted(missing):
        print("not in the .ts file:", key, file=sys.stderr)
    print(f"filled {filled} translations")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

"""Fill a Qt Linguist catalogue (.ts) from a table of drafted translations, marked for review.

Run by hand after `make translations` collected new strings: `python scripts/fill_translations.py
TS TABLE.py` where TABLE.py defines `CY = {english: translation}`. Each drafted translation is
left "unfinished" with a translator's comment, which is how Qt Linguist marks a translation that
a reviewer has not yet accepted; lrelease still compiles it, so the app shows it meanwhile.
A translation a reviewer has accepted (no longer unfinished) is never overwritten.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET

REVIEW = "Drafted without a Welsh speaker: to be reviewed by one before release."


def fill(ts_path: str, table: dict[str, str]) -> tuple[int, list[str]]:
    """Fill the catalogue in place; how many were filled, and the sources still missing."""
    tree = ET.parse(ts_path)
    filled, missing = 0, []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") not in (None, "unfinished") or (
            translation.get("type") is None and translation.text
        ):
            continue  # accepted by a reviewer
        if source not in table:
            missing.append(source)
            continue
        translation.text = table[source]
        translation.set("type", "unfinished")
        if message.find("translatorcomment") is None:
            comment = ET.Element("translatorcomment")
            comment.text = REVIEW
            message.insert(list(message).index(translation), comment)
        filled += 1
    ET.indent(tree, space="    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled, missing


if __name__ == "__main__":
    table = runpy.run_path(sys.argv[2])["CY"]
    count, left = fill(sys.argv[1], table)
    print(f"{count} filled; {len(left)} without a drafted translation")
    for source in left:
        print(f"  missing: {source}")

"""The shipped fonts, registered with Qt at start-up, so a name in any script shows, never boxes.

The laptop may have no font for Ge'ez, Bengali or Chinese, and no network to get one (without a
Bengali font, Qt 6.11 even crashed laying out a Bengali name). At start-up the fonts the pack
embeds (`toolkit_desktop.export.fonts`, a list that loads no reportlab) are registered with Qt as
application fonts. Qt then falls back to them for any character the app's font lacks: by writing
system for Arabic, the Indic scripts and Chinese, and by the characters each font has (fontconfig,
DirectWrite) for Ge'ez, which Qt has no writing system for.

They are deliberately not named in the app font's family list (`QFont.setFamilies`) nor as
substitutes of its family: Qt then tries every named family as the main font of each run of Indic
text, logs "OpenType support missing" for each one that is not the script's own (a Qt warning in
every test and every log), and on a platform whose default family is only an alias it took Latin
letters from the first named font that had them, changing how every screen looks.

Registering the seven files takes about 10 ms (Qt reads each file's tables for its family names;
glyphs are read when first drawn), small enough to do at start-up rather than on first need.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from toolkit_desktop.export import fonts as bundled

_log = logging.getLogger(__name__)
_families: list[str] = []  # the shipped families, in the catalogue's order, once registered


def register_script_fonts() -> tuple[str, ...]:
    """Register the shipped fonts with Qt (once per process); returns their family names."""
    if not _families:
        for font in (*bundled.FALLBACKS, bundled.PRIMARY):
            font_id = QFontDatabase.addApplicationFont(str(font.path))
            if font_id < 0:
                # A broken install: the app still runs, with that script as boxes.
                _log.warning("could not load the font %s", font.file)
                continue
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in _families:
                    _families.append(family)
    return tuple(_families)

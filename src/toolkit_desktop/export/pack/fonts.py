"""The fonts the pack ships (DejaVu Sans), and what to print for text they cannot show.

A character the bundled font has no glyph for would print as an empty box, and reportlab cannot
shape right-to-left scripts (Arabic, Hebrew) even where the font has their letters: both would
mislead a reader who cannot see that something is missing. Such text is replaced by a visible
marker, and the pack prints the child's name in Latin letters where the practitioner gave it.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}

MARKER = "[text in a script this PDF cannot show - see transliteration]"

# Bidirectional classes of right-to-left letters and Arabic digits: never shaped by reportlab.
_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})
# Characters XML 1.0 refuses and a PDF cannot print: controls other than tab and newline.
_KEEP_CONTROLS = frozenset("\t\n")


def fonts_dir() -> Path:
    """The folder of the bundled TTF files and their licence."""
    return Path(str(resources.files("toolkit_desktop.export") / "fonts"))


@functools.cache
def register_fonts() -> None:
    """Register DejaVu Sans with reportlab once per process, with <b> and <i> mapped to it."""
    folder = fonts_dir()
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    # No bold-oblique face is shipped: bold italic text prints bold.
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)


@functools.cache
def _covered() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)


def _shown(char: str) -> bool:
    """Whether the bundled font prints this character as it should."""
    if unicodedata.bidirectional(char) in _RIGHT_TO_LEFT:
        return False
    return ord(char) in _covered()


def _dropped(char: str) -> bool:
    """Controls and lone surrogates: not text, and not valid in XML or a PDF string."""
    if char in _KEEP_CONTROLS:
        return False
    return unicodedata.category(char) in ("Cc", "Cs")


def printable(text: str) -> str:
    """`text` with every run of characters the font cannot show replaced by MARKER.

    Text is normalised to composed form first (a Vietnamese name typed with combining accents
    prints as the same letters typed precomposed). Spaces between two unshowable words belong to
    the run, so a name in Tigrinya becomes one marker rather than one per word.
    """
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    pending_space = ""
    in_run = False
    for char in text:
        if _dropped(char):
            continue
        if in_run and unicodedata.category(char).startswith("M"):
            continue  # an accent on an unshowable letter is part of the run
        if in_run and char.isspace():
            pending_space += char
            continue
        if _shown(char) or char.isspace():
            if in_run:
                out.append(MARKER)
                in_run = False
            out.append(pending_space)
            pending_space = ""
            out.append(char)
        else:
            in_run = True
            pending_space = ""
    if in_run:
        out.append(MARKER)
    out.append(pending_space)
    return "".join(out)


def needs_transliteration(text: str) -> bool:
    """Whether any part of `text` would print as the marker."""
    return MARKER in printable(text) and MARKER not in text

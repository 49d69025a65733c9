"""The pack's fonts: DejaVu Sans, with a shipped fallback font for each script it lacks.

A child's name prints in the script they write it in. Each character is printed in DejaVu Sans
when it has the glyph, else in the first fallback of `toolkit_desktop.export.fonts` that has it
(Ge'ez, Arabic script, Bengali, Tamil, Gurmukhi, Chinese): `markup` wraps each such run in
reportlab's `<font name=...>`. Arabic and the Indic scripts are shaped by HarfBuzz (uharfbuzz),
one font at a time, so letters join and vowel signs sit where they belong.

reportlab 5.1 has no bidirectional layout of its own without rlbidi, which is not on PyPI. A run of
right-to-left words (Arabic script) is therefore kept together as one unit that never wraps (its
spaces become no-break spaces, and `ScriptParagraph` turns off the splitting of long words) and
HarfBuzz lays the whole unit out right to left, which is right for a name or a short phrase inside
English text; digits in it are turned round first, so that they read left to right within it.
What this cannot do right is printed as a visible marker instead of misleading text, and the pack
prints the name in Latin letters beside it:
- a character no shipped font has (Hebrew, Syriac, emoji among them);
- a right-to-left run longer than RTL_RUN_LIMIT characters, which would wrap with its lines in
  the wrong order, or one holding characters the Arabic font lacks (brackets, quotes), which need
  the full bidirectional algorithm;
- right-to-left and Indic text at all, should uharfbuzz be missing.

Text copied out of the PDF (or extracted by pypdf) is the text typed for the unshaped scripts.
For shaped ones it holds each glyph's character: Arabic letters come back as their contextual
forms (NFKC gives the letters back), while letters with no such form in Unicode, Indic conjuncts
and vowel signs drawn before their consonant come back as private-use characters or in drawn order.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as rl_paragraph

from toolkit_desktop.export import fonts as bundled

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
_FILES = {REGULAR: bundled.PRIMARY.file, BOLD: bundled.PRIMARY_BOLD, ITALIC: bundled.PRIMARY_ITALIC}

MARKER = "[text in a script this PDF cannot show - see transliteration]"
RTL_RUN_LIMIT = 48  # characters: a name or a short phrase, which fits on one line of any cell

# Shaping needs uharfbuzz and the reportlab (4.1 or later) that uses it; `_shape_by_font` wraps
# reportlab's own step.
_SHAPING = importlib.util.find_spec("uharfbuzz") is not None and all(
    hasattr(module, name) for module, name in (
        (ttfonts, "shapeFragWord"), (ttfonts, "makeShapedFragWord"),
        (ttfonts, "ShapedFragWord"), (rl_paragraph, "shapeFragWord"),
    )
)
# reportlab also asks HarfBuzz for discretionary ligatures, which in Noto Sans Arabic turn the
# name محمد into the honorific ligature ﷴ: a child's name prints as typed.
_FEATURES = {"kern": True, "liga": True}
_NO_BREAK_SPACE = "\u00a0"

# Bidirectional classes of letters that start a right-to-left run; of the characters DejaVu must
# not print (it has Arabic letters and digits, unshaped); and of digits, which read left to right
# inside a run.
_STRONG_RTL = frozenset({"R", "AL"})
_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})
_DIGITS = frozenset({"EN", "AN"})
# Characters XML 1.0 refuses and a PDF cannot print: controls other than tab and newline.
_KEEP_CONTROLS = frozenset("\t\n")
# The same as a pattern (the controls, Cc, and lone surrogates, Cs, less tab and newline): the
# pack passes every answer through `printable`, and one pass of a pattern over the text costs a
# small part of asking for each character's category.
_DROPPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Letters of a script (modifier letters such as ʼ aside, as accents are).
_LETTERS = frozenset({"Lu", "Ll", "Lt", "Lo"})
# Marks and joiners belong to the letter before them, in its font.
_JOINING = frozenset({"Mn", "Mc", "Me", "Cf"})


def fonts_dir() -> Path:
    """The folder of the bundled TTF files and their licences."""
    return bundled.FOLDER


@dataclass(frozen=True)
class _Face:
    """A registered fallback: its reportlab name, the characters it has, whether it is shaped."""

    name: str
    covered: frozenset[int]
    shaped: bool
    right_to_left: bool = False


@functools.cache
def register_fonts() -> None:
    """Register DejaVu Sans with reportlab once per process, with <b> and <i> mapped to it.

    Also makes reportlab shape each word one font at a time (see `_shape_by_font`). The fallback
    fonts are registered on first use, by `markup` and `printable`.
    """
    folder = fonts_dir()
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    # No bold-oblique face is shipped: bold italic text prints bold.
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)
    if _SHAPING:
        rl_paragraph.shapeFragWord = _shape_by_font


@functools.cache
def _primary() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


@functools.cache
def _fallbacks() -> tuple[_Face, ...]:
    """The fallback fonts, registered on first need (about 0.1 s, the Chinese font most of it)."""
    register_fonts()
    faces = []
    for font in bundled.FALLBACKS:
        if font.shaped and not _SHAPING:
            continue  # unshaped, these scripts would print wrongly: they get the marker instead
        name = Path(font.file).stem
        loaded = TTFont(name, str(font.path))
        pdfmetrics.registerFont(loaded)
        # Fallbacks have one face: bold and italic text in these scripts prints regular.
        for bold, italic in itertools.product((0, 1), repeat=2):
            addMapping(name, bold, italic, name)
        covered = frozenset(loaded.face.charToGlyph)
        faces.append(_Face(name, covered, font.shaped, font.right_to_left))
    return tuple(faces)


@functools.cache
def _shaped_names() -> frozenset[str]:
    return frozenset(face.name for face in _fallbacks() if face.shaped)


@functools.cache
def _font_tags() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The `<font>` tags `markup` writes for shaped fonts, and for right-to-left ones."""
    faces = _fallbacks()
    return (tuple(f'<font name="{f.name}">' for f in faces if f.shaped),
            tuple(f'<font name="{f.name}">' for f in faces if f.right_to_left))


@functools.lru_cache(maxsize=8192)
def _face_for(char: str) -> _Face | None:
    """The font that prints `char`: None for DejaVu Sans, the fallback, or `_MISSING`."""
    code = ord(char)
    # DejaVu has Arabic and Hebrew letters but prints them unshaped: never use it for them.
    if code in _primary() and unicodedata.bidirectional(char) not in _RIGHT_TO_LEFT:
        return None
    for face in _fallbacks():
        if code in face.covered:
            return face
    return _MISSING


_MISSING = _Face("", frozenset(), shaped=False)


def _dropped(char: str) -> bool:
    """Controls and lone surrogates: not text, and not valid in XML or a PDF string."""
    if char in _KEEP_CONTROLS:
        return False
    return unicodedata.category(char) in ("Cc", "Cs")


def _simple(text: str) -> bool:
    """Text every character of which DejaVu Sans prints: the fast path for most of the pack."""
    if text.isascii():
        return True
    primary = _primary()
    return all(ord(c) in primary and unicodedata.bidirectional(c) not in _RIGHT_TO_LEFT
               for c in text)


def _rtl_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each right-to-left run (see `_letter_runs`)."""
    return _with_closing_bracket(text, _letter_runs(text))


def _letter_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each right-to-left run: strong right-to-left letters and what lies
    between them (spaces, marks, joiners, neutral punctuation), up to the next left-to-right
    letter."""
    start = last = -1
    for index, char in enumerate(text):
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG_RTL:
            start = index if start < 0 else start
            last = index
        elif kind == "NSM" and start >= 0 and last == index - 1:
            last = index  # a vowel mark on the run's last letter
        elif kind in _DIGITS and start >= 0:
            last = index  # digits after Arabic letters read inside the run (rule W2)
        elif kind == "L" and start >= 0:
            yield start, last + 1
            start = -1
    if start >= 0:
        yield start, last + 1


_CLOSING = {"(": ")", "[": "]", "{": "}", "«": "»"}


def _with_closing_bracket(text: str, runs: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Each run, with the bracket that closes one opened inside it (it belongs to the run)."""
    for start, end in runs:
        opened = [c for c in text[start:end] if c in _CLOSING]
        if opened and end < len(text) and text[end] == _CLOSING[opened[-1]]:
            end += 1
        yield start, end


def _rtl_face(run: str) -> _Face | None:
    """The shaped font that prints the whole run right to left, or None if none can."""
    if len(run) > RTL_RUN_LIMIT:
        return None
    face = _face_for(run[0])
    if face is None or not face.right_to_left:
        return None
    needed = {ord(_NO_BREAK_SPACE if c == " " else c) for c in run}
    return face if needed <= face.covered else None


def _shown(char: str) -> bool:
    """Whether a shipped font prints this character as it should."""
    return _face_for(char) is not _MISSING


def printable(text: str) -> str:
    """`text` with every run of characters the fonts cannot show right replaced by MARKER.

    Text is normalised to composed form first (a Vietnamese name typed with combining accents
    prints as the same letters typed precomposed). Spaces between two unshowable words belong to
    the run, so a name in an unshowable script becomes one marker rather than one per word.
    """
    text = unicodedata.normalize("NFC", text)
    if _simple(text):
        return _DROPPED.sub("", text)  # the characters `_dropped` names
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
    return _mark_rtl_runs("".join(out))


def _mark_rtl_runs(text: str) -> str:
    """`text` with each right-to-left run that cannot print right replaced by MARKER."""
    pieces: list[str] = []
    done = 0
    for start, end in _rtl_runs(text):
        if _rtl_face(text[start:end]) is None:
            pieces += [text[done:start], MARKER]
            done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return re.sub(f"{re.escape(MARKER)}(\\s*{re.escape(MARKER)})+", MARKER, "".join(pieces))


def needs_transliteration(text: str) -> bool:
    """Whether a reader of Latin letters needs a transliteration beside `text`: it has letters in
    another script (printed in that script now), or a part of it prints as the marker."""
    if MARKER in printable(text) and MARKER not in text:
        return True
    return any(
        unicodedata.category(c) in _LETTERS and not unicodedata.name(c, "").startswith("LATIN")
        for c in unicodedata.normalize("NFC", text)
    )


def _faces(text: str) -> list[_Face | None]:
    """The font of each character of text that `printable` has passed."""
    faces: list[_Face | None] = [_face_for(c) for c in text]
    for start, end in _rtl_runs(text):
        face = _rtl_face(text[start:end])
        if face is not None:
            faces[start:end] = [face] * (end - start)
    for index, char in enumerate(text):
        if index and unicodedata.category(char) in _JOINING:
            before = faces[index - 1]
            if before is not None and ord(char) in before.covered:
                faces[index] = before
    # A space between two runs of one fallback font stays in that font: one <font> per name.
    for index, char in enumerate(text):
        if faces[index] is None and char == " " and 0 < index < len(text) - 1:
            before, after = faces[index - 1], faces[index + 1]
            if before is not None and before is after and ord(char) in before.covered:
                faces[index] = before
    return faces


def markup(text: str) -> str:
    """`text` (passed by `printable`) as reportlab paragraph markup: escaped, with every run in
    a fallback font wrapped in `<font name="...">`, and right-to-left runs kept as one unit."""
    if _simple(text):
        return escape(text)
    out = []
    chars = list(text)
    for start, end in _rtl_runs(text):
        if _rtl_face(text[start:end]) is not None:
            chars[start:end] = _right_to_left_unit(text[start:end])
    index = 0
    for face, group in itertools.groupby(_faces(text), key=lambda f: f):
        size = len(list(group))
        chunk = escape("".join(chars[index:index + size]))
        index += size
        if face is None or face is _MISSING:
            out.append(chunk)
        else:
            out.append(f'<font name="{face.name}">{chunk}</font>')
    return "".join(out)


def _right_to_left_unit(run: str) -> str:
    """A right-to-left run as HarfBuzz lays it out whole: spaces that do not break, and each
    number turned round, so that reversing the run for display puts its digits back in order."""
    run = run.replace(" ", _NO_BREAK_SPACE)
    return re.sub(r"\d+", lambda number: number.group()[::-1], run)


class ScriptParagraph(Paragraph):
    """A paragraph of the pack: shaped only where a run in a shaped font needs it (shaping costs
    time, and most of the pack is DejaVu's), and with right-to-left units never split."""

    def __init__(self, text: str | None, style: ParagraphStyle, *args: Any, **kwargs: Any) -> None:
        # A paragraph split over two pages is made again with no text, and its style already set.
        if text and "<font " in text:
            shaped, right_to_left = _font_tags()
            if any(tag in text for tag in shaped):
                style = _variant(style, any(tag in text for tag in right_to_left))
        super().__init__(text, style, *args, **kwargs)


@functools.lru_cache(maxsize=256)
def _variant(style: ParagraphStyle, right_to_left: bool) -> ParagraphStyle:
    """`style`, shaped; a long word split over two lines would break a right-to-left unit."""
    if right_to_left:
        return ParagraphStyle(style.name, parent=style, shaping=1, splitLongWords=0)
    return ParagraphStyle(style.name, parent=style, shaping=1)


_ORIGINAL_SHAPE: Any = getattr(ttfonts, "shapeFragWord", None)


def _shape_by_font(word: Any, features: Any = None, force: bool = False) -> Any:
    """reportlab's shaping of one word (a width, then (style, text) pairs), font by font.

    reportlab shapes a whole word with the font of its first part, so "(محمد)", whose brackets are
    DejaVu's, would lose its Arabic shaping; and DejaVu would turn "fi" into the ligature "ﬁ",
    which a search of the PDF or a copy of its text would not find. Here only the parts in a
    shaped fallback font are shaped, each with its own font, and the rest is left as it is.
    """
    if isinstance(word, ttfonts.ShapedFragWord):
        return word  # shaped already, when a paragraph is split across pages
    shaped = _shaped_names()
    parts = word[1:]
    if not any(getattr(style, "fontName", None) in shaped for style, _ in parts):
        return word
    pieces: list[Any] = []
    width = float(word[0])
    changed = False
    for name, run in itertools.groupby(parts, key=lambda part: getattr(part[0], "fontName", None)):
        group = list(run)
        if name not in shaped:
            pieces += group
            continue
        before = sum(pdfmetrics.stringWidth(text, style.fontName, style.fontSize)
                     for style, text in group if not hasattr(style, "cbDefn"))
        unshaped = [before, *group]
        result = _ORIGINAL_SHAPE(unshaped, features=_FEATURES)
        pieces += result[1:]
        if result is not unshaped:
            changed = True
            width += float(result[0]) - before
    if not changed:
        return word
    return ttfonts.makeShapedFragWord(word)([width, *pieces])

"""Names in the scripts children arriving in the UK write in print in that script in the pack,
in a font the app ships, and read back from the PDF as typed (as closely as each script allows)."""

from __future__ import annotations

import io
import unicodedata
from collections import Counter
from xml.sax.saxutils import escape

import pytest
from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from toolkit_desktop.export.pack.fonts import (
    MARKER,
    RTL_RUN_LIMIT,
    needs_transliteration,
    printable,
)
from toolkit_desktop.export.pack.render import to_story

# Scripts reportlab prints character by character: the text read back is the name itself.
PLAIN = [
    ("Vietnamese", "Nguyễn Văn Đức"),
    ("Albanian", "Ëngjëll Çela"),
    ("Tigrinya", "ሳባ ተስፋይ"),
    ("Amharic", "አበበ ቢቂላ"),
    ("Ukrainian", "Олександр"),
    ("Russian", "Анастасия"),
    ("Chinese", "王小明"),
]
# Arabic script, shaped right to left: its letters read back as their contextual forms.
RIGHT_TO_LEFT = [
    ("Arabic", "محمد"),
    ("Dari", "فرشته احمدی"),
    ("Pashto", "احمد ځدران"),
    ("Kurdish Sorani", "ڕێبوار"),
]
# Indic scripts, shaped: conjuncts and vowel signs drawn before their consonant read back in the
# order they are drawn, or as private-use codes.
INDIC = [
    ("Bengali", "রবীন্দ্রনাথ ঠাকুর"),
    ("Tamil", "தமிழ்செல்வன்"),
    ("Punjabi (Gurmukhi)", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"),
]
FONT_OF = {
    "Tigrinya": "NotoSansEthiopic", "Amharic": "NotoSansEthiopic", "Chinese": "DroidSansFallback",
    "Arabic": "NotoSansArabic", "Dari": "NotoSansArabic", "Pashto": "NotoSansArabic",
    "Kurdish Sorani": "NotoSansArabic", "Bengali": "NotoSansBengali", "Tamil": "NotoSansTamil",
    "Punjabi (Gurmukhi)": "NotoSansGurmukhi",
}


def _pdf(text: str) -> bytes:
    """`text` as one paragraph of a PDF, through the pack's own markup and renderer."""
    markup = f"<pack><cover><p>{escape(printable(text))}</p></cover></pack>"
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(to_story(markup))
    return buffer.getvalue()


def _read(data: bytes) -> str:
    return (PdfReader(io.BytesIO(data)).pages[0].extract_text() or "").strip()


def _fonts(data: bytes) -> set[str]:
    """The base names of the fonts the PDF's page uses, without the subset prefix."""
    fonts = PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/Font"]
    return {str(font.get_object()["/BaseFont"]).split("+")[-1] for font in fonts.values()}


def _private(char: str) -> bool:
    return unicodedata.category(char) == "Co"


@pytest.mark.parametrize(("script", "name"), PLAIN, ids=[s for s, _ in PLAIN])
def test_a_name_reads_back_from_the_pdf_as_typed(script: str, name: str) -> None:
    data = _pdf(name)
    assert _read(data) == name
    if script in FONT_OF:
        assert any(font.startswith(FONT_OF[script]) for font in _fonts(data))


@pytest.mark.parametrize(("script", "name"), RIGHT_TO_LEFT, ids=[s for s, _ in RIGHT_TO_LEFT])
def test_a_right_to_left_name_prints_shaped_in_the_arabic_font(script: str, name: str) -> None:
    data = _pdf(name)
    read = _read(data)
    assert MARKER not in read
    assert any(font.startswith(FONT_OF[script]) for font in _fonts(data))
    # Joined letters come back as their contextual (presentation) forms: the name was shaped.
    assert any(0xFB50 <= ord(c) <= 0xFEFF for c in read)
    letters = unicodedata.normalize("NFKC", read)
    if not any(_private(c) for c in letters):
        assert letters == name  # every letter has a presentation form in Unicode
    else:
        # Pashto's ځ and Sorani's ێ have none in their joined forms: private-use codes stand in.
        assert Counter(c for c in letters if not _private(c)) <= Counter(name)


@pytest.mark.parametrize(("script", "name"), INDIC, ids=[s for s, _ in INDIC])
def test_an_indic_name_prints_shaped_in_its_own_font(script: str, name: str) -> None:
    data = _pdf(name)
    read = _read(data)
    assert MARKER not in read
    assert any(font.startswith(FONT_OF[script]) for font in _fonts(data))
    drawn = Counter(c for c in read if not _private(c) and not c.isspace())
    assert drawn <= Counter(name.replace(" ", ""))
    assert len(drawn) >= len(set(name.replace(" ", ""))) // 2


def test_latin_beside_shaped_text_keeps_its_letters_and_brackets_keep_arabic_shaped() -> None:
    read = _read(_pdf("Ahmad (محمد) Rafiq fi"))
    assert "Rafiq fi" in read  # no "ﬁ" ligature from the shaping of the paragraph
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in read)  # the bracketed name was shaped


def test_a_right_to_left_name_and_its_number_print_without_a_marker() -> None:
    assert printable("عبد الله ١٢") == "عبد الله ١٢"
    assert MARKER not in _read(_pdf("عبد الله 12"))


def test_what_cannot_print_right_is_a_marker_not_a_box() -> None:
    assert printable("Selam (ሰላም ዓለም), 15") == "Selam (ሰላም ዓለም), 15"
    assert printable("a\x00b\x1fc\ud800d") == "abcd"
    assert printable("line one\nline two\ttab") == "line one\nline two\ttab"
    assert printable("שלום") == MARKER  # no shipped font shapes Hebrew
    assert printable("Amira ශාන්ති") == f"Amira {MARKER}"  # Sinhala: no shipped font has it
    assert printable("ܫܠܡܐ") == MARKER  # nor Syriac
    # Brackets inside Arabic text need the full bidirectional algorithm; around it they do not.
    assert printable("محمد (علي)") == MARKER
    assert printable("Ali (علي)") == "Ali (علي)"
    long_passage = " ".join(["كلمة"] * (RTL_RUN_LIMIT // 4))
    assert len(long_passage) > RTL_RUN_LIMIT
    assert printable(f"She said: {long_passage}.") == f"She said: {MARKER}."


def test_a_name_not_in_latin_letters_needs_its_transliteration_beside_it() -> None:
    for _, name in PLAIN[2:] + RIGHT_TO_LEFT + INDIC:
        assert needs_transliteration(name), name
    assert not needs_transliteration("Nguyễn Văn Đức")
    assert not needs_transliteration("Ëngjëll Çela")

"""A name in any script children arriving in the UK write in shows on screen, never as boxes: the
app ships a font for every character of it, and Qt draws each with a real glyph."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtGui import QFontDatabase, QRawFont, QTextLayout  # noqa: E402
from PySide6.QtWidgets import QLabel, QLineEdit  # noqa: E402

from toolkit_desktop.export import fonts as bundled  # noqa: E402
from toolkit_desktop.ui.shell.application import qt_application  # noqa: E402
from toolkit_desktop.ui.shell.script_fonts import register_script_fonts  # noqa: E402

NAMES = [
    ("Vietnamese", "Nguyễn Văn Đức"),
    ("Albanian", "Ëngjëll Çela"),
    ("Tigrinya", "ሳባ ተስፋይ"),
    ("Amharic", "አበበ ቢቂላ"),
    ("Arabic", "محمد"),
    ("Pashto", "احمد ځدران"),
    ("Dari", "فرشته احمدی"),
    ("Kurdish Sorani", "ڕێبوار"),
    ("Ukrainian", "Олександр"),
    ("Chinese", "王小明"),
    ("Bengali", "রবীন্দ্রনাথ ঠাকুর"),
    ("Tamil", "தமிழ்செல்வன்"),
    ("Punjabi (Gurmukhi)", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"),
]
IDS = [script for script, _ in NAMES]


@pytest.fixture
def shipped(qapp) -> tuple[str, ...]:
    """The shipped families, registered as the app's start-up registers them."""
    qt_application()
    return register_script_fonts()


def test_start_up_registers_every_shipped_font(shipped) -> None:
    assert shipped == tuple(font.family for font in (*bundled.FALLBACKS, bundled.PRIMARY))
    for family in shipped:
        assert family in QFontDatabase.families()
    assert register_script_fonts() == shipped  # once per process


@pytest.fixture(scope="module")
def shipped_files(qapp) -> list[QRawFont]:
    """Each shipped file as Qt reads it: the files themselves, never a system font of the name."""
    raw_fonts = [QRawFont(str(font.path), 12) for font in bundled.ALL]
    assert [raw.familyName() for raw in raw_fonts] == [font.family for font in bundled.ALL]
    return raw_fonts


@pytest.mark.parametrize(("script", "name"), NAMES, ids=IDS)
def test_every_character_is_in_a_font_the_app_ships(
    shipped_files, script: str, name: str
) -> None:
    for char in name.replace(" ", ""):
        assert any(raw.supportsCharacter(ord(char)) for raw in shipped_files), f"{script}: {char}"


@pytest.mark.parametrize(("script", "name"), NAMES, ids=IDS)
def test_a_label_and_a_text_box_draw_every_character_with_a_glyph(
    qtbot, shipped, script: str, name: str
) -> None:
    label = QLabel(name)
    edit = QLineEdit(name)
    for widget in (label, edit):
        qtbot.addWidget(widget)
        widget.show()
        layout = QTextLayout(name, widget.font())
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = layout.glyphRuns()
        assert runs, script
        for run in runs:
            # Glyph 0 is the font's "missing" box.
            assert 0 not in run.glyphIndexes(), f"{script}: a box in {run.rawFont().familyName()}"
            assert run.rawFont().familyName()
    assert edit.text() == name

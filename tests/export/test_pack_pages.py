"""Every page of the pack: the OFFICIAL-SENSITIVE marking, the case reference, "Page N of M",
and the TRAINING watermark on training cases; text prints as typed, escaped and in any script."""

from __future__ import annotations

import re
import unicodedata

import pytest

from toolkit_desktop.export.pack.fonts import MARKER, printable
from toolkit_desktop.export.pack.pages import MARKING, TRAINING_MARK


def test_every_page_is_marked_and_numbered(workspace) -> None:
    case_id = workspace.start()
    reference = workspace.vault.cases.get(case_id).reference
    pack = workspace.export(case_id)
    total = len(pack.pages)
    assert total > 5
    for number in range(1, total + 1):
        page = pack.page(number - 1)
        assert page.count(MARKING) >= 2, f"page {number}: header and footer marking"
        assert f"Page {number} of {total}" in page
        assert reference in page
        assert TRAINING_MARK not in page
    contents = pack.page(0)
    titles = ("Summary for the decision-maker", "Risk assessment matrix", "NRM referral answers",
              "Missing child: description for the police", "First responder's details")
    for title in titles:
        assert re.search(re.escape(title) + r".*?\d+", contents)


def test_training_cases_carry_the_watermark_on_every_page(training_workspace) -> None:
    case_id = training_workspace.start()
    pack = training_workspace.export(case_id)
    for page in pack.pages:
        assert TRAINING_MARK in " ".join(page.split())
    assert "TRAINING CASE - NOT A REAL REFERRAL" in pack.page(0)


def test_markup_in_a_name_prints_literally(workspace) -> None:
    case_id = workspace.start(known_as="<b>Anh & Co</b>")
    workspace.answer(case_id, "child", "given_names", "<b>Anh & Co</b>")
    workspace.answer(case_id, "child", "family_name", "O'Brien \"Tom\" <i>x</i> &amp; <br/>")
    workspace.answer(case_id, "matrix", "no_documents",
                     {"status": "known", "evidence": "Said <font size=40>big</font> & <script>",
                      "source": "]]> <!-- -->"})
    pack = workspace.export(case_id)
    text = pack.text
    assert "<b>Anh & Co</b>" in text
    assert "O'Brien \"Tom\" <i>x</i> &amp; <br/>" in text
    assert "Said <font size=40>big</font> & <script>" in text
    assert "]]> <!-- -->" in text


@pytest.mark.parametrize(
    "name",
    ["Nguyễn Thị Ánh", "Łódź Żółć", "Ștefan Țăranu", "Çështje Ëndrra", "Ğül Şahin"],
)
def test_latin_diacritics_print_as_typed(workspace, name: str) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "child", "given_names", name)
    pack = workspace.export(case_id)
    assert name in pack.page(0)
    assert MARKER not in pack.text


def test_decomposed_accents_print_as_the_same_letters(workspace) -> None:
    case_id = workspace.start()
    decomposed = "Nguye\u0302\u0303n"  # e + circumflex + tilde, as some keyboards send it
    workspace.answer(case_id, "child", "given_names", decomposed)
    pack = workspace.export(case_id)
    assert "Nguyễn" in pack.page(0)


@pytest.mark.parametrize(
    ("script", "text"),
    [("Tigrinya", "ሰላም ሃብታም"), ("Chinese", "王小明"), ("Bengali", "রবি")],
)
def test_a_name_in_another_script_prints_in_it_beside_the_transliteration(
    workspace, script: str, text: str
) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "child", "given_names", text)
    workspace.answer(case_id, "child", "family_name", "Tesfay")
    workspace.answer(case_id, "child", "name_transliteration", f"{script} name in Latin letters")
    pack = workspace.export(case_id)
    cover = pack.page(0)
    if script != "Bengali":  # its vowel sign is drawn before its consonant, and read back so
        assert f"{text} Tesfay" in cover
    assert f"Name in Latin letters {script} name in Latin letters" in cover
    assert f"({script} name in Latin letters)" in pack.part("Summary for the decision-maker")
    assert MARKER not in pack.text


def test_an_arabic_name_prints_shaped_beside_the_transliteration(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "child", "given_names", "محمد علي")
    workspace.answer(case_id, "child", "name_transliteration", "Muhammad Ali")
    pack = workspace.export(case_id)
    cover = unicodedata.normalize("NFKC", pack.page(0))
    assert "محمد" in cover and "علي" in cover
    assert "Name in Latin letters Muhammad Ali" in cover
    assert MARKER not in pack.text


def test_a_missing_transliteration_is_pointed_out(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "child", "given_names", "ሰላም")
    pack = workspace.export(case_id)
    assert "ሰላም" in pack.page(0)
    assert "Name in Latin letters Not recorded" in pack.page(0)
    assert "no name in Latin letters has been recorded" in pack.part("The child's details")


def test_printable_keeps_neighbouring_text_and_drops_control_characters() -> None:
    assert printable("Selam (ሰላም ዓለም), 15") == "Selam (ሰላም ዓለም), 15"
    assert printable("Selam (ශාන්ති), 15") == f"Selam ({MARKER}), 15"  # Sinhala: no font ships
    assert printable("a\x00b\x1fc\ud800d") == "abcd"
    assert printable("line one\nline two\ttab") == "line one\nline two\ttab"
    assert printable("שלום") == MARKER  # DejaVu has Hebrew letters, but no shipped font shapes them

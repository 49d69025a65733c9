"""The matrix page on its own: keys between blocks, clearing, the under-ten note, words not colours,
and that nothing on it scores or concludes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from toolkit_desktop.ui.matrix.matrix_page import MatrixPage

NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)


@pytest.fixture
def page(qtbot, shipped_definitions):
    definitions = shipped_definitions
    shown = MatrixPage(definitions.matrix, definitions.forms["matrix"], lambda: NOW)
    qtbot.addWidget(shown)
    shown.resize(900, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.set_answers({})
    shown.list.setFocus()
    return shown


def _emitted(page):
    changes = []
    page.answer_changed.connect(lambda form, field, value: changes.append((form, field, value)))
    return changes


def test_page_down_and_up_and_ctrl_arrows_move_between_blocks(page, qtbot):
    blocks = page.matrix.blocks
    qtbot.keyClick(page.list, Qt.Key.Key_PageDown)
    assert page.tabs.currentIndex() == 1 and page.list.current_id() == blocks[1].indicators[0].id
    qtbot.keyClick(page.list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == 2
    qtbot.keyClick(page.list, Qt.Key.Key_PageUp)
    qtbot.keyClick(page.list, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == 0 and page.list.hasFocus()
    for _ in blocks:
        qtbot.keyClick(page.list, Qt.Key.Key_PageDown)
    assert page.stack.currentWidget() is page.judgement
    assert page.widget_for("concern_level").isAncestorOf(page.focusWidget())
    summary = page.findChild(QLabel, "matrixJudgementSummary").text()
    assert summary.startswith("What you marked so far:")
    assert summary.endswith("This counts what you marked. It is not a score and gives no verdict: "
                            "you decide.")


def test_a_key_answers_in_words_and_delete_clears_keeping_the_words_typed(page, qtbot):
    changes = _emitted(page)
    first, second = page.matrix.blocks[0].indicators[:2]
    qtbot.keyClick(page.list, Qt.Key.Key_E)
    qtbot.keyClicks(page.detail.evidence, "No passport")
    assert "Not saved yet" in page.detail.message.text()
    assert changes == []  # evidence alone is not an answer
    qtbot.keyClick(page.detail.evidence, Qt.Key.Key_Escape)
    qtbot.keyClick(page.list, Qt.Key.Key_S)
    assert changes == [
        ("matrix", "_matrix_version", page.matrix.version),
        ("matrix", first.id, {"status": "suspected", "evidence": "No passport", "source": ""}),
    ]
    assert page.list.current_id() == second.id
    row = page.list.row_of(first.id)
    assert page.list.answer_text(row) == "Suspected"
    assert page.list.spoken(row) == f"{first.text}: Suspected"
    assert page.list.spoken(page.list.row_of(second.id)).endswith("Not yet considered")
    qtbot.keyClick(page.list, Qt.Key.Key_Up)
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert changes[-1] == ("matrix", first.id, None)
    assert page.list.current_id() == first.id  # clearing stays, to answer again
    assert page.detail.answer.text() == "Your answer: Not yet considered"
    assert page.detail.evidence.toPlainText() == "No passport"
    qtbot.keyClick(page.list, Qt.Key.Key_N)
    assert changes[-1][2] == {"status": "not_present", "evidence": "No passport", "source": ""}
    assert sum(1 for c in changes if c[1] == "_matrix_version") == 1


def test_the_under_ten_note_and_each_indicators_young_child_guidance(page):
    caution = page.findChild(QLabel, "matrixUnderTen")
    assert not caution.isVisible()
    assert "For a child under ten" not in page.detail.guidance.text()
    page.set_answers({"child": {"claimed_age": 8}})
    assert caution.isVisible() and "under ten" in caution.text()
    first = page.matrix.blocks[0].indicators[0]
    assert "For a child under ten" in page.detail.guidance.text()
    assert first.young_children[:30] in page.detail.guidance.text()
    page.set_answers({"child": {"claimed_age": 14}})
    assert not caution.isVisible()


def test_nothing_on_the_page_scores_or_concludes(page, qtbot):
    for key in (Qt.Key.Key_K, Qt.Key.Key_K, Qt.Key.Key_S):
        qtbot.keyClick(page.list, key)
    text = " ".join(label.text() for label in page.findChildren(QLabel)).lower()
    for word in ("trafficked:", "the tool says", "risk level", "score:", "high risk"):
        assert word not in text
    assert "2 known · 1 suspected" in page.counts.text()

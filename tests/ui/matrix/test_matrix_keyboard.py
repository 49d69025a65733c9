"""The whole risk matrix done by keyboard alone: K, S, N down every block, evidence after E,
the source after O, then "Your judgement"; reopened, everything is there and counted right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from toolkit_desktop.domain.matrix_summary import summarise
from toolkit_desktop.ui.matrix.matrix_page import MatrixPage

KEYS = (Qt.Key.Key_K, Qt.Key.Key_S, Qt.Key.Key_N)
STATUS = {Qt.Key.Key_K: "known", Qt.Key.Key_S: "suspected", Qt.Key.Key_N: "not_present"}


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the keyboard focus is, as a practitioner would."""
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focus, key, modifier)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _open_matrix(start_app, drive, qtbot, name: str = "Amira"):
    window = start_app()
    drive.in_new_case(window, name)
    drive.settle(window)
    _press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.current_step() == "matrix"
    page = window.workspace.views["matrix"]
    assert isinstance(page, MatrixPage) and window.workspace.pages.currentWidget() is page
    for _ in range(12):  # from the steps, Tab passes the side panel, then reaches the indicators
        if QApplication.focusWidget() is page.list:
            break
        _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.list
    return window, page


def test_the_whole_matrix_by_keyboard_alone_then_reopened(
    start_app, drive, qtbot, existing_vault, shipped_definitions
):
    window, page = _open_matrix(start_app, drive, qtbot)
    matrix = shipped_definitions.matrix
    expected = {}
    for b, block in enumerate(matrix.blocks):
        assert page.tabs.currentIndex() == b
        for i, indicator in enumerate(block.indicators):
            assert page.list.current_id() == indicator.id
            assert page.detail.title.text() == indicator.text
            assert indicator.guidance[:40] in page.detail.guidance.text()
            key = KEYS[(b + i) % 3]
            value = {"status": STATUS[key], "evidence": "", "source": ""}
            if i == 0:  # evidence after E, its source after O, back with Esc and Enter
                _press(qtbot, Qt.Key.Key_E)
                assert QApplication.focusWidget() is page.detail.evidence
                _type(qtbot, f"Seen at the port ({indicator.id})")
                _press(qtbot, Qt.Key.Key_Escape)
                _press(qtbot, Qt.Key.Key_O)
                assert QApplication.focusWidget() is page.detail.source
                _type(qtbot, "Amira, first conversation")
                _press(qtbot, Qt.Key.Key_Return)
                assert QApplication.focusWidget() is page.list
                value.update(evidence=f"Seen at the port ({indicator.id})",
                             source="Amira, first conversation")
            _press(qtbot, key)
            expected[indicator.id] = value
            if b == 0 and i == 0:  # the counts follow the very first key
                assert "1 known · 0 suspected" in page.counts.text()
                assert window.workspace.answers["matrix"]["_matrix_version"] == matrix.version
                qtbot.waitUntil(lambda: "1 known" in drive.find(
                    window, QLabel, "matrixSummary").text())
    # After the last indicator the keyboard is in "Your judgement".
    assert page.stack.currentWidget() is page.judgement
    level = page.widget_for("concern_level")
    assert level.isAncestorOf(QApplication.focusWidget())
    _press(qtbot, Qt.Key.Key_Space)  # Low
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Down)  # High
    assert level.value() == "high"
    _press(qtbot, Qt.Key.Key_Tab)
    reason = page.widget_for("concern_reason")
    assert reason.isAncestorOf(QApplication.focusWidget())
    _type(qtbot, "Known and suspected in both movement and exploitation.")
    _press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.autosaver.unsaved == 0 and window.worker.pending == 0,
                    timeout=10_000)
    case_id = window.workspace.snapshot.case.id
    window.close()

    again = start_app()
    drive.unlock(again)
    drive.wait_page(again, "caseListPage")
    drive.settle(again)
    again.open_case(case_id, "matrix")
    drive.wait_page(again, "caseWorkspace")
    drive.settle(again)
    answers = again.workspace.answers["matrix"]
    assert {k: v for k, v in answers.items() if k in expected} == expected
    assert answers["_matrix_version"] == matrix.version
    assert answers["concern_level"] == "high"
    assert answers["concern_reason"].startswith("Known and suspected")
    summary = summarise(matrix, answers)
    assert summary.not_considered == ()
    page = again.workspace.views["matrix"]
    for b, block in enumerate(summary.blocks):
        page.go_to_block(b)
        counts = (f"{block.known_count} known · {block.suspected_count} suspected · "
                  f"{block.not_present_count} not present · 0 not yet considered")
        assert counts in page.counts.text()
    side = drive.find(again, QLabel, "matrixSummary").text()
    assert side.count("0 not yet considered") == len(matrix.blocks)
    assert "score" in side and "verdict" in side


def test_evidence_typed_without_an_answer_is_named_before_the_app_closes(
    start_app, drive, qtbot, existing_vault, dialogs
):
    window, page = _open_matrix(start_app, drive, qtbot)
    first = page.matrix.blocks[0].indicators[0]
    qtbot.keyClick(page.list, Qt.Key.Key_E)
    qtbot.keyClicks(QApplication.focusWidget(), "Seen with a man at the gate")
    dialogs.confirm_answers = [False]  # keep the app open
    window.close()
    [(kind, text)] = [a for a in dialogs.asked if a[0] == "confirm"]
    assert f"the evidence typed for “{first.text}”" in text and "If you close now" in text
    assert window.isVisible()


def test_evidence_of_the_one_just_marked_then_esc_carries_on_down_the_matrix(
    start_app, drive, qtbot, existing_vault, shipped_definitions
):
    """K, then E for its evidence, then Esc: the next K marks the next indicator, not the one
    whose evidence was just written (a practitioner counting rows put evidence one row out)."""
    window, page = _open_matrix(start_app, drive, qtbot)
    first, second = shipped_definitions.matrix.blocks[0].indicators[:2]
    _press(qtbot, Qt.Key.Key_K)
    assert page.list.current_id() == second.id
    _press(qtbot, Qt.Key.Key_E)
    assert page.list.current_id() == first.id  # E is for the one just marked
    _type(qtbot, "Family owes money")
    _press(qtbot, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is page.list
    assert page.list.current_id() == second.id
    _press(qtbot, Qt.Key.Key_S)
    answers = window.workspace.answers["matrix"]
    assert answers[first.id]["evidence"] == "Family owes money"
    assert answers[second.id]["status"] == "suspected" and not answers[second.id].get("evidence")

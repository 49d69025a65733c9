"""An answer and an indicator say which conversation they came from; a field's history lists every
value with when, who, the reason and the conversation."""

from __future__ import annotations

from datetime import timedelta

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from toolkit_desktop.domain.records import PackExport
from toolkit_desktop.services.history import record_conversation

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NOTE = "From the conversation on 28 November 2026, 01:30 at Port office, interview room 2"


def _open_case_with_a_conversation(start_app, drive, fake_clock):
    window = start_app()
    drive.in_new_case(window, "Amira")
    drive.settle(window)
    case_id = window.workspace.snapshot.case.id
    talk = record_conversation(
        window.session.service, case_id, occurred_at=fake_clock.now() - timedelta(minutes=30),
        account="The driver has my passport.", place="Port office, interview room 2",
        present="Sam Okafor (social worker), PC Hughes", interpreter="By phone",
        language="Tigrinya",
    )
    return window, case_id, talk


def _press_on_focus(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_an_answer_cites_a_conversation_and_the_form_says_so(
    start_app, drive, qtbot, existing_vault, dialogs, fake_clock
):
    window, case_id, talk = _open_case_with_a_conversation(start_app, drive, fake_clock)
    window.workspace.go_to_step("child")
    view = window.workspace.views["child"]
    nationality = view.widget_for("nationality")
    nationality.setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Eritrean")
    qtbot.waitUntil(lambda: window.autosaver.unsaved == 0 and window.worker.pending == 0)
    dialogs.chosen_conversation = talk
    _press_on_focus(qtbot, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.waitUntil(lambda: ("choose_conversation", "1") in dialogs.asked)
    qtbot.waitUntil(lambda: window.autosaver.unsaved == 0 and window.worker.pending == 0)
    revisions = [r for r in window.session.vault.cases.revisions(case_id, "child")
                 if r.field == "nationality"]
    assert [(r.value, r.conversation_id) for r in revisions] == [
        ("Eritrean", None), ("Eritrean", talk)]
    row = drive.find(view, QWidget, "row:child.nationality")
    note = drive.find(row, QLabel, "source-note")
    assert note.isVisible() and note.text() == NOTE
    # Locking empties the note with the rest of the case; unlocking brings it back from the vault.
    window.lock()
    drive.settle(window)
    # Locking destroys the case's pages: the note is gone with the rest of the case.
    assert not shiboken6.isValid(note) or (not note.isVisible() and note.text() == "")
    drive.unlock(window)
    drive.wait_page(window, "caseWorkspace")
    drive.settle(window)
    view = window.workspace.views["child"]
    nationality = view.widget_for("nationality")
    note = drive.find(drive.find(view, QWidget, "row:child.nationality"), QLabel, "source-note")
    qtbot.waitUntil(lambda: note.isVisible() and note.text() == NOTE)
    nationality.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    # Changing the answer by hand: the new value no longer claims that source.
    qtbot.keyClicks(QApplication.focusWidget(), " and Ethiopian")
    qtbot.waitUntil(lambda: not note.isVisible())


def test_an_indicator_cites_a_conversation_inside_its_value(
    start_app, drive, qtbot, existing_vault, dialogs, fake_clock
):
    window, case_id, talk = _open_case_with_a_conversation(start_app, drive, fake_clock)
    window.workspace.go_to_step("matrix")
    page = window.workspace.views["matrix"]
    page.list.setFocus()
    first = page.list.current_id()
    _press_on_focus(qtbot, Qt.Key.Key_E)
    qtbot.keyClicks(QApplication.focusWidget(), "Says the driver keeps her passport")
    _press_on_focus(qtbot, Qt.Key.Key_Escape)
    _press_on_focus(qtbot, Qt.Key.Key_K)
    _press_on_focus(qtbot, Qt.Key.Key_Up)
    assert page.list.current_id() == first
    dialogs.chosen_conversation = talk
    _press_on_focus(qtbot, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.waitUntil(lambda: page.detail.cited.text() == NOTE)
    qtbot.waitUntil(lambda: window.autosaver.unsaved == 0 and window.worker.pending == 0)
    current = window.session.vault.cases.current(case_id)[("matrix", first)]
    assert current.value == {"status": "known", "evidence": "Says the driver keeps her passport",
                             "source": "", "conversation_id": talk}
    assert current.conversation_id == talk
    # Editing the evidence keeps the conversation: the evidence still came from it.
    _press_on_focus(qtbot, Qt.Key.Key_E)
    qtbot.keyClicks(QApplication.focusWidget(), ", and that she owes him")
    _press_on_focus(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.autosaver.unsaved == 0 and window.worker.pending == 0)
    current = window.session.vault.cases.current(case_id)[("matrix", first)]
    assert current.value["conversation_id"] == talk
    assert page.detail.cited.text() == NOTE


def test_the_history_lists_each_value_with_its_reason_and_conversation(
    start_app, drive, qtbot, existing_vault, dialogs, fake_clock
):
    window, case_id, talk = _open_case_with_a_conversation(start_app, drive, fake_clock)
    window.workspace.go_to_step("matrix")
    page = window.workspace.views["matrix"]
    page.list.setFocus()
    _press_on_focus(qtbot, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: window.autosaver.unsaved == 0 and window.worker.pending == 0)
    _press_on_focus(qtbot, Qt.Key.Key_Up)
    dialogs.chosen_conversation = talk
    _press_on_focus(qtbot, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.autosaver.unsaved == 0 and window.worker.pending == 0
                    and bool(page.detail.cited.text()))
    window.session.vault.cases.record_export(
        PackExport(case_id, 1, fake_clock.now(), "Sam Okafor", "/tmp/pack-1.pdf"))
    fake_clock.advance(minutes=3)  # less than the idle lock's five
    dialogs.reasons = ["Passport seen in the driver's cab"]
    _press_on_focus(qtbot, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: any(a[0] == "ask_reason" for a in dialogs.asked))
    drive.settle(window)
    _press_on_focus(qtbot, Qt.Key.Key_Up)
    _press_on_focus(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(dialogs.histories) == 1)
    title, rows = dialogs.histories[0]
    assert title.startswith("History of “No identity documents")
    assert [r.value for r in rows] == ["Known.", "Suspected.", "Suspected."]  # newest first
    assert rows[0].reason == "Passport seen in the driver's cab"
    assert rows[0].when == "28 November 2026, 02:03" and rows[2].when == "28 November 2026, 02:00"
    assert rows[0].who and rows[0].who == rows[2].who
    place = "28 November 2026, 01:30 at Port office, interview room 2"
    assert [r.conversation for r in rows] == [place, place, ""]
    # Ctrl+H in a form's question too.
    window.workspace.go_to_step("child")
    known_as = window.workspace.views["child"].widget_for("known_as")
    known_as.setFocus()
    _press_on_focus(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(dialogs.histories) == 2)
    title, rows = dialogs.histories[1]
    assert title.startswith("History of “Name or description") and [r.value for r in rows] == [
        "Amira"]
    assert known_as.value() == "Amira"  # Ctrl+H did not delete a character


def test_every_answer_has_the_two_actions_on_its_right_click_menu(
    start_app, drive, qtbot, existing_vault
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    window.workspace.go_to_step("child")
    edit = window.workspace.views["child"].widget_for("known_as").edit
    menu = window.field_tools.menu_for(edit)
    names = [a.objectName() for a in menu.actions()]
    assert "menu:history" in names and "menu:cite" in names
    assert len(menu.actions()) > 3  # the text box's own Copy, Paste... are kept
    window.workspace.go_to_step("matrix")
    page = window.workspace.views["matrix"]
    texts = [a.text() for a in window.field_tools.menu_for(page.list).actions()]
    assert texts == ["Show this answer's history…", "Came from a conversation…"]
    assert window.field_tools.menu_for(window.workspace.step_list) is None


def test_citing_needs_an_answer_and_a_recorded_conversation_and_locking_closes_the_history(
    start_app, drive, qtbot, existing_vault, dialogs
):
    from toolkit_desktop.ui.records.history_dialog import HistoryDialog

    window = start_app()
    drive.in_new_case(window, "Amira")
    drive.settle(window)
    window.workspace.go_to_step("child")
    view = window.workspace.views["child"]
    view.widget_for("nationality").setFocus()
    _press_on_focus(qtbot, Qt.Key.Key_F, CTRL_SHIFT)
    assert window.statusBar().currentMessage().startswith("Answer it first")
    view.widget_for("known_as").setFocus()
    _press_on_focus(qtbot, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in dialogs.asked))
    assert "No conversation with the child is recorded" in dialogs.asked[-1][1]
    window.workspace.step_list.setFocus()
    _press_on_focus(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert "Put the cursor in a question" in window.statusBar().currentMessage()
    shown = HistoryDialog("History of “Known as”", [], window.workspace)
    shown.show()
    window.lock()
    assert not shown.isVisible()  # nothing of the case stays on screen behind the lock

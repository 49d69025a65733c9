"""Saving as you type: no Save button, a status line, and the values back after a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from toolkit_desktop.domain.wording import elapsed


def _open_new_case(start_app, drive, name: str = "Amira"):
    window = start_app()
    drive.in_new_case(window, name)
    drive.settle(window)
    return window


def _child_form(window, drive, qtbot):
    window.workspace.go_to_step("child")
    view = window.workspace.views["child"]
    qtbot.waitUntil(lambda: window.workspace.pages.currentWidget() is view)
    return view


def test_a_pause_in_typing_saves_and_a_restart_shows_the_same_values(
    start_app, drive, qtbot, existing_vault
):
    window = _open_new_case(start_app, drive)
    view = _child_form(window, drive, qtbot)
    given = view.widget_for("given_names").edit
    family = view.widget_for("family_name").edit
    qtbot.keyClicks(given, "Amira")
    status = drive.find(window, QLabel, "saveStatus")
    qtbot.waitUntil(lambda: status.text() == "Saved at 02:00" or "02:00" in status.text(),
                    timeout=5_000)
    assert window.autosaver.unsaved == 0
    qtbot.keyClicks(family, "Haile")
    qtbot.waitUntil(lambda: window.autosaver.unsaved == 0 and window.worker.pending == 0)
    assert window.workspace.answers["child"] == {"known_as": "Amira", "given_names": "Amira",
                                                 "family_name": "Haile"}
    case_id = window.workspace.snapshot.case.id
    window.close()

    again = start_app()
    drive.unlock(again)
    drive.wait_page(again, "caseListPage")
    drive.settle(again)
    assert again.case_list.model.index(0, 0).data() == "Amira Haile"
    again.open_case(case_id, "child")
    drive.wait_page(again, "caseWorkspace")
    view = again.workspace.views["child"]
    assert view.widget_for("given_names").value() == "Amira"
    assert view.widget_for("family_name").value() == "Haile"
    assert "Amira Haile" in drive.find(again, QLabel, "headerName").text()
    assert "also known as Amira" not in drive.find(again, QLabel, "headerName").text()


def test_leaving_a_field_saves_at_once(start_app, drive, qtbot, existing_vault):
    window = _open_new_case(start_app, drive)
    window.autosaver._timer.setInterval(60_000)  # only the focus change can save it now
    view = _child_form(window, drive, qtbot)
    given = view.widget_for("given_names").edit
    given.setFocus()
    qtbot.keyClicks(given, "Amira")
    assert window.autosaver.unsaved == 1
    qtbot.keyClick(given, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.autosaver.unsaved == 0, timeout=5_000)
    revisions = window.session.vault.cases.revisions(window.workspace.snapshot.case.id, "child")
    assert [r.value for r in revisions if r.field == "given_names"] == ["Amira"]


def test_the_side_panel_and_steps_follow_the_answers(start_app, drive, qtbot, existing_vault):
    window = _open_new_case(start_app, drive)
    view = _child_form(window, drive, qtbot)
    side = window.workspace.side
    assert ("child", "given_names") in side.missing_fields()
    qtbot.keyClicks(view.widget_for("given_names").edit, "Amira")
    qtbot.waitUntil(lambda: ("child", "given_names") not in side.missing_fields())
    child_row = [s.id for s in window.workspace.steps].index("child")
    item = window.workspace.step_list.item(child_row)
    assert "of 6 parts done" in item.text()
    assert item.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Child's details: ")
    summary = drive.find(window, QLabel, "matrixSummary").text()
    assert "not yet considered" in summary and "score" in summary
    assert not drive.find(window, QLabel, "underTenCaution").isVisible()
    qtbot.keyClicks(view.widget_for("claimed_age").edit, "8")
    qtbot.waitUntil(drive.find(window, QLabel, "underTenCaution").isVisible)
    assert "8 (claimed)" in drive.find(window, QLabel, "headerAge").text()


def test_a_refused_answer_is_explained_in_a_sentence(start_app, drive, qtbot, existing_vault):
    window = _open_new_case(start_app, drive)
    window.workspace.answer_changed.emit("child", "given_names", 42)  # not text
    status = drive.find(window, QLabel, "saveStatus")
    qtbot.waitUntil(lambda: status.text().startswith("Not saved"), timeout=5_000)
    assert "Given names (Child's details)" in status.text() and "expected text" in status.text()
    assert "Traceback" not in status.text()


def test_spans_are_written_in_words() -> None:
    from datetime import UTC, datetime, timedelta

    start = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
    assert elapsed(start, start + timedelta(hours=3, minutes=20)) == "3 hours 20 minutes"
    assert elapsed(start, start + timedelta(minutes=1)) == "1 minute"
    assert elapsed(start, start + timedelta(days=1, hours=1), short=True) == "1 d 1 h"
    assert elapsed(start, start + timedelta(days=30)) == "4 weeks"


def test_enter_on_a_missing_question_goes_to_it(start_app, drive, qtbot, existing_vault):
    window = _open_new_case(start_app, drive)
    missing = window.workspace.side.missing
    row = next(r for r in range(missing.count())
               if missing.item(r).data(Qt.ItemDataRole.UserRole) == ("child", "family_name"))
    missing.setFocus()
    missing.setCurrentRow(row)
    qtbot.keyClick(missing, Qt.Key.Key_Return)
    assert window.workspace.current_step() == "child"
    family = window.workspace.views["child"].widget_for("family_name").edit
    qtbot.waitUntil(family.hasFocus)

"""Locking: on demand, after idle time on the wall clock, after sleep, on suspend; then back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from toolkit_desktop.ui.shell.main_window import MainWindow


def _in_case_on_child_step(start_app, drive, qtbot, **options) -> MainWindow:
    window = start_app(**options)
    drive.in_new_case(window, "Amira")
    window.workspace.go_to_step("child")
    qtbot.keyClicks(window.workspace.views["child"].widget_for("given_names").edit, "Amira")
    return window


def _assert_nothing_of_the_case_is_shown(window: MainWindow) -> None:
    assert window.pages.currentWidget().objectName() == "unlockPage"
    assert window.session is None
    assert not window.marking.isVisible()
    workspace = window.workspace
    assert workspace.snapshot is None and workspace.answers == {}
    for view in workspace.views.values():
        assert view.values() == {}, view.form.id
    for name in ("headerName", "headerAge", "headerSince", "headerNrm", "matrixSummary"):
        assert window.findChild(QLabel, name).text() == "", name
    assert workspace.side.missing.count() == 0
    assert all("\n" not in workspace.step_list.item(r).text()
               for r in range(workspace.step_list.count()))
    assert all(workspace.step_list.item(r).data(Qt.ItemDataRole.AccessibleTextRole) is None
               for r in range(workspace.step_list.count()))  # nor in what a screen reader says
    assert window.case_list.model.rowCount() == 0
    assert window.case_list.query.text() == ""
    assert all(edit.text() == "" for edit in window.settings_page.profile.edits.values())
    assert not any(action.isEnabled() for action in window.actions_.values())


def _reopened(window: MainWindow, drive, qtbot) -> None:
    drive.unlock(window)
    drive.wait_page(window, "caseWorkspace")
    assert window.workspace.current_step() == "child"
    assert window.workspace.views["child"].widget_for("given_names").value() == "Amira"
    assert "Amira" in window.findChild(QLabel, "headerName").text()


def test_ctrl_l_saves_clears_and_unlocking_returns_to_the_same_case_and_step(
    start_app, drive, qtbot, existing_vault
):
    window = _in_case_on_child_step(start_app, drive, qtbot)
    assert window.autosaver.unsaved == 1  # still within the pause
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _assert_nothing_of_the_case_is_shown(window)
    notice = drive.find(window, QLabel, "unlockNotice")
    assert notice.text() == "Locked. Your work was saved."
    drive.settle(window)
    assert not existing_vault.with_name("cases.tkvault-journal").exists()
    _reopened(window, drive, qtbot)


def test_idle_time_on_the_wall_clock_locks(start_app, drive, qtbot, existing_vault, fake_clock):
    window = _in_case_on_child_step(start_app, drive, qtbot)
    drive.settle(window)
    fake_clock.advance(minutes=4, seconds=50)
    assert not window.idle.check()  # what the timer's poll asks: not yet idle for five minutes
    assert window.session is not None
    qtbot.keyClick(window.workspace.step_list, Qt.Key.Key_Shift)  # any use resets the idle time
    fake_clock.advance(minutes=4, seconds=50)
    assert not window.idle.check()
    assert window.session is not None

    fake_clock.advance(seconds=11)
    drive.wait_page(window, "unlockPage")
    _assert_nothing_of_the_case_is_shown(window)
    assert "Locked after 5 minutes without use" in drive.find(window, QLabel, "unlockNotice").text()
    _reopened(window, drive, qtbot)


def test_a_laptop_that_slept_is_locked_by_the_first_key_pressed_on_waking(
    start_app, drive, qtbot, existing_vault, fake_clock
):
    # A poll far in the future: only the wall-clock check on the key press can lock here.
    window = _in_case_on_child_step(start_app, drive, qtbot, idle_poll_ms=3_600_000)
    drive.settle(window)
    edit = window.workspace.views["child"].widget_for("family_name").edit
    fake_clock.advance(hours=7)  # the lid was closed overnight; no timer ran meanwhile
    qtbot.keyClick(edit, Qt.Key.Key_H)
    assert window.pages.currentWidget().objectName() == "unlockPage"
    assert edit.text() == ""  # the waking key press did not reach the case
    _assert_nothing_of_the_case_is_shown(window)
    _reopened(window, drive, qtbot)


def test_the_system_suspending_the_app_locks(start_app, drive, qtbot, existing_vault,
                                             suspend_source):
    window = _in_case_on_child_step(start_app, drive, qtbot)
    suspend_source.changed.emit(Qt.ApplicationState.ApplicationActive)
    assert window.session is not None
    suspend_source.changed.emit(Qt.ApplicationState.ApplicationSuspended)
    _assert_nothing_of_the_case_is_shown(window)
    assert "went to sleep" in drive.find(window, QLabel, "unlockNotice").text()
    _reopened(window, drive, qtbot)


def test_idle_time_comes_from_the_settings(start_app, drive, qtbot, existing_vault, fake_clock):
    from toolkit_desktop.settings import Settings

    window = start_app(settings=Settings(idle_minutes=15))
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    fake_clock.advance(minutes=14)
    assert not window.idle.check()
    assert window.session is not None
    fake_clock.advance(minutes=1)
    drive.wait_page(window, "unlockPage")


def _copy_given_names(window, qtbot) -> str:
    from PySide6.QtWidgets import QApplication

    edit = window.workspace.views["child"].widget_for("given_names").edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return QApplication.clipboard().text()


def test_locking_clears_a_name_copied_from_the_case(start_app, drive, qtbot, existing_vault):
    from PySide6.QtWidgets import QApplication

    window = _in_case_on_child_step(start_app, drive, qtbot)
    assert _copy_given_names(window, qtbot) == "Amira"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == ""
    _reopened(window, drive, qtbot)


def test_closing_clears_it_too_and_locking_leaves_what_another_program_copied(
    start_app, drive, qtbot, existing_vault
):
    from PySide6.QtWidgets import QApplication

    window = _in_case_on_child_step(start_app, drive, qtbot)
    assert _copy_given_names(window, qtbot) == "Amira"
    QApplication.focusWidget().clearFocus()  # the practitioner is in another program now
    QApplication.clipboard().setText("Meeting at 3pm")
    window.lock("manual")
    assert QApplication.clipboard().text() == "Meeting at 3pm"
    drive.unlock(window)
    drive.wait_page(window, "caseWorkspace")
    assert _copy_given_names(window, qtbot) == "Amira"
    window.close()
    assert QApplication.clipboard().text() == ""


def test_the_locked_screen_keeps_no_sentence_about_the_case_but_a_change_waiting(
    start_app, drive, qtbot, existing_vault
):
    window = _in_case_on_child_step(start_app, drive, qtbot)
    bar = window.statusBar()
    window.status.tell("Referral pack version 1 saved to /home/sam/Amira Haile pack.pdf")
    window.status.not_saved("child", "family_name", "too long.")
    window.status.tell("Referral pack version 1 saved to /home/sam/Amira Haile pack.pdf")
    window.lock("idle")
    drive.settle(window)
    assert bar.currentMessage() == ""  # a file's name can name the child
    assert "too long" not in window.status.label.text()  # nor why an answer was refused
    # "Not saved yet ... we will try again when you unlock" is meant for the locked screen.
    window.status.not_saved_yet("child", "family_name", "the disk is full", locked=True)
    waiting = bar.currentMessage()
    window.status.locked()
    assert bar.currentMessage() == waiting and "try again when you unlock" in waiting

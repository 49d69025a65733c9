"""The coordinator's view in the app, by keyboard: Alt+O on the case list, the overdue case
first, Enter opens it, the board's CSV saved without names, and a lock takes it off the screen."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from toolkit_desktop.ui.cases.overview_dialog import OverviewDialog


def open_overview(window, drive, qtbot) -> OverviewDialog:
    window.show_case_list()
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_O,
                   Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.findChild(OverviewDialog) is not None, timeout=10_000)
    dialog = window.findChild(OverviewDialog)
    qtbot.waitExposed(dialog)
    return dialog


def two_cases(window, drive, fake_clock) -> int:
    """Minh, just met, and Amira, referred 60 days ago with no decision yet: Amira's id."""
    drive.in_new_case(window, "Minh")
    drive.settle(window)
    drive.new_case(window, "Amira")
    drive.settle(window)
    amira = window.workspace.case_id_on_screen()
    referred = (fake_clock.now().date() - timedelta(days=60)).isoformat()
    window.session.vault.cases.record(amira, "nrm_referral", "referral_date", referred, "sw")
    return amira


def test_alt_o_shows_the_overdue_case_first_and_enter_opens_it(
    start_app, drive, qtbot, existing_vault, fake_clock
):
    window = start_app()
    amira = two_cases(window, drive, fake_clock)
    dialog = open_overview(window, drive, qtbot)
    table = dialog.table
    assert table.rowCount() == 2
    assert table.item(0, 1).text() == "Amira"
    assert "Reasonable-grounds decision expected by" in table.item(0, 7).text()
    assert table.item(1, 7).text() == "Nothing"
    summary = drive.find(dialog, QLabel, "overviewSummary").text()
    assert summary.startswith("2 cases on ") and "; 1 with something overdue." in summary
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(OverviewDialog) is None
                    or not window.findChild(OverviewDialog).isVisible())
    drive.wait_page(window, "caseWorkspace")
    qtbot.waitUntil(lambda: window.workspace.case_id_on_screen() == amira, timeout=10_000)


def test_the_board_csv_is_saved_without_names_and_a_lock_closes_the_view(
    start_app, drive, qtbot, existing_vault, fake_clock, dialogs, tmp_path
):
    window = start_app()
    two_cases(window, drive, fake_clock)
    dialog = open_overview(window, drive, qtbot)
    dialogs.chosen_file = tmp_path / "board.csv"
    qtbot.keyClick(drive.find(dialog, QPushButton, "overviewSave"), Qt.Key.Key_Space)
    said = drive.find(dialog, QLabel, "overviewSaid")
    qtbot.waitUntil(lambda: "Saved for the board" in said.text(), timeout=10_000)
    text = (tmp_path / "board.csv").read_bytes().decode("utf-8-sig")
    assert text.count("\r\n") == 3  # the header and two cases
    assert "Amira" not in text and "Minh" not in text and "Dover" not in text

    window.lock("manual")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    drive.wait_page(window, "unlockPage")

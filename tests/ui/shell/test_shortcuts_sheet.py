"""F1 shows every key the app answers to; the sheet and the window's own keys never drift apart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from toolkit_desktop.ui.shell.shortcuts_sheet import WINDOW_KEYS, ShortcutsSheet


def _portable(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.PortableText)


def test_f1_opens_the_sheet_on_the_first_screen_and_esc_closes_it(start_app, qtbot) -> None:
    window = start_app()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)  # the passphrase box
    qtbot.waitUntil(lambda: window.findChild(ShortcutsSheet) is not None)
    sheet = window.findChild(ShortcutsSheet)
    qtbot.waitExposed(sheet)
    text = sheet.findChild(QLabel, "shortcutsText").accessibleDescription()
    assert "Ctrl+,: Settings, About you and Change passphrase" in text
    assert "Ctrl+L: Lock the vault now" in text
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not sheet.isVisible())


def test_the_sheet_names_exactly_the_keys_the_window_binds(
    start_app, drive, existing_vault
) -> None:
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    bound = {_portable(a.shortcut().toString()) for a in window.findChildren(QAction)
             if a.parent() is window and not a.shortcut().isEmpty()}
    listed = {_portable(keys) for keys, _ in WINDOW_KEYS}
    assert listed == bound


def test_the_sheet_names_the_keys_of_the_case_list(start_app, drive, existing_vault) -> None:
    # The search box's label and the overview button carry the case list's own Alt-keys (New
    # case is Ctrl+N above; Delete is left to be clicked or Tabbed to on purpose).
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    page = window.case_list
    search_label = next(label for label in page.findChildren(QLabel) if label.buddy() is page.query)
    underlined = {
        "Alt+" + text[text.index("&") + 1].upper()
        for text in (search_label.text(), page.overview_button.text())
    }
    assert underlined == {"Alt+S", "Alt+O"}
    sheet = ShortcutsSheet(window)
    lines = sheet.findChild(QLabel, "shortcutsText").accessibleDescription().splitlines()
    assert {line.split(":")[0] for line in lines} >= underlined
    sheet.deleteLater()

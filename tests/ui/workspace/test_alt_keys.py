"""An Alt+letter never types its letter into an answer; Alt+P makes the pack from any step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from toolkit_desktop.ui.pack.export_dialog import ExportDialog

ALT = Qt.KeyboardModifier.AltModifier


def test_an_alt_letter_no_shortcut_takes_types_nothing_and_alt_p_opens_the_pack(
    start_app, drive, qtbot, existing_vault
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    workspace = window.workspace
    workspace.go_to_field("child", "nationality")
    box = QApplication.focusWidget()
    qtbot.keyClicks(box, "Eritrean")
    qtbot.keyClick(box, Qt.Key.Key_C, ALT)  # no shortcut: once typed "c" after the answer
    qtbot.keyClick(box, Qt.Key.Key_Z, ALT)
    assert box.text() == "Eritrean"
    qtbot.keyClick(box, Qt.Key.Key_P, ALT)  # the pack, from the child's details
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None)
    assert box.text() == "Eritrean"
    assert workspace.answers["child"]["nationality"] == "Eritrean"

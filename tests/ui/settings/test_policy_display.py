"""What the organisation's policy enforces is shown on the settings page as set by it and cannot be
undone from the keyboard; a vault location outside its folders is refused in one sentence; "Copy
details for IT" puts the versions and the log on the clipboard."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from toolkit_desktop.settings import Settings, load_settings, save_settings

pytestmark = pytest.mark.usefixtures("council_policy")  # never this machine's own policy


def _settings_page(start_app, drive, qtbot):
    window = start_app(settings=load_settings())  # as the app's start reads them
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    drive.wait_page(window, "settingsPage")
    return window


def test_an_enforced_idle_lock_is_shown_as_set_and_the_keyboard_cannot_raise_it(
    start_app, drive, qtbot, existing_vault, council_policy
):
    council_policy.write_text("idle_lock_max_minutes = 15\nretention_days = 2190\n")
    save_settings(Settings(idle_minutes=45))  # what the practitioner chose before the policy
    window = _settings_page(start_app, drive, qtbot)
    assert window.idle.idle == timedelta(minutes=15)  # the lock in force from the start
    spin = drive.find(window, QSpinBox, "setting:idle_minutes")
    assert spin.value() == 15
    note = drive.find(window, QLabel, "enforced:idle_minutes")
    assert note.text() == "Set by your organisation: at most 15 minutes."
    assert "at most 15 minutes" in spin.accessibleDescription()
    listed = drive.find(window, QWidget, "organisationPolicy")
    texts = [label.text() for label in listed.findChildren(QLabel)]
    assert "15 minutes" in texts and "2190 days" in texts

    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    qtbot.keyClick(spin, Qt.Key.Key_PageUp)
    spin.selectAll()
    qtbot.keyClicks(spin, "60")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() <= 15
    assert load_settings().idle_minutes <= 15
    assert window.idle.idle <= timedelta(minutes=15)

    # A shorter lock is still the practitioner's own choice.
    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == 5 and load_settings().idle_minutes == 5


def test_a_vault_location_outside_the_allowed_folders_is_refused_and_not_kept(
    start_app, drive, qtbot, existing_vault, council_policy, tmp_path
):
    council_policy.write_text(f'vault_folders = ["{existing_vault.parent}"]\n')
    window = _settings_page(start_app, drive, qtbot)
    edit = drive.find(window, QLineEdit, "setting:vault_path")
    edit.setFocus()
    usb = tmp_path / "media" / "USB" / "cases.tkvault"
    qtbot.keyClicks(edit, str(usb))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    refusal = drive.find(window, QLabel, "refusal:vault_path")
    assert refusal.isVisible()
    assert refusal.text().startswith("Problem: Your organisation keeps vaults only in ")
    assert str(usb) in refusal.text()
    assert load_settings().vault_path == ""  # nothing kept: the next start opens the same vault

    # A place inside the allowed folder is kept, and the sentence goes.
    edit.selectAll()
    qtbot.keyClicks(edit, str(existing_vault.parent / "team.tkvault"))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not refusal.isVisible()
    assert load_settings().vault_path == str(existing_vault.parent / "team.tkvault")


def test_with_no_policy_nothing_is_shown_as_set(start_app, drive, qtbot, existing_vault):
    window = _settings_page(start_app, drive, qtbot)
    assert window.findChild(QWidget, "organisationPolicy") is None
    assert window.findChild(QLabel, "enforced:idle_minutes") is None
    assert drive.find(window, QSpinBox, "setting:idle_minutes").maximum() == 60


def test_copy_details_for_it_puts_versions_and_the_log_on_the_clipboard(
    start_app, drive, qtbot, existing_vault
):
    from toolkit_desktop.logs import log_event, setup_logging, stop_logging

    setup_logging()
    try:
        log_event("vault_opened", cases=0)
        window = _settings_page(start_app, drive, qtbot)
        button = drive.find(window, QPushButton, "copyDetailsForIt")
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
        copied = QApplication.clipboard().text()
    finally:
        stop_logging()
    assert copied.startswith("toolkit-desktop ")
    assert "Qt: 6." in copied and "Log folder: " in copied
    assert "vault_opened cases=0" in copied
    assert "blue kettle" not in copied  # the passphrase typed at unlock
    assert drive.find(window, QLabel, "detailsCopied").text().startswith("Copied.")

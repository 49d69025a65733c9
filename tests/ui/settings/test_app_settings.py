"""Settings drawn from settings.SETTINGS on one page, kept at once; the profile edited there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QSpinBox

from toolkit_desktop.settings import SETTINGS, load_settings


def _settings_page(start_app, drive, qtbot):
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    drive.wait_page(window, "settingsPage")
    return window


def test_one_control_per_declared_setting(start_app, drive, qtbot, existing_vault):
    window = _settings_page(start_app, drive, qtbot)
    for spec in SETTINGS:
        control = window.settings_page.controls[spec.key]
        assert control.objectName() == f"setting:{spec.key}"
        assert control.accessibleName() == spec.label
        if spec.kind == "int":
            assert isinstance(control, QSpinBox)
            assert (control.minimum(), control.maximum()) == (spec.minimum, spec.maximum)


def test_a_changed_idle_time_is_kept_and_used_at_once(start_app, drive, qtbot, existing_vault,
                                                      fake_clock):
    window = _settings_page(start_app, drive, qtbot)
    spin = drive.find(window, QSpinBox, "setting:idle_minutes")
    spin.setValue(20)
    assert load_settings().idle_minutes == 20
    fake_clock.advance(minutes=19)
    assert not window.idle.check()  # what the timer's poll asks
    assert window.session is not None
    fake_clock.advance(minutes=1)
    drive.wait_page(window, "unlockPage")


def test_the_vault_location_is_chosen_through_the_dialog_seam(start_app, drive, qtbot,
                                                              existing_vault, dialogs, tmp_path):
    window = _settings_page(start_app, drive, qtbot)
    dialogs.chosen_file = tmp_path / "elsewhere" / "cases.tkvault"
    qtbot.mouseClick(drive.find(window, QPushButton, "choose:vault_path"),
                     Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1][0] == "choose_vault_file"
    assert drive.find(window, QLineEdit, "setting:vault_path").text() == str(dialogs.chosen_file)
    assert load_settings().vault_path == str(dialogs.chosen_file)
    assert "next time the app starts" in window.statusBar().currentMessage()
    assert window.context.vault_path == existing_vault  # this run keeps the vault it opened


def test_the_profile_is_edited_here_and_kept_in_the_vault(start_app, drive, qtbot,
                                                          existing_vault):
    window = _settings_page(start_app, drive, qtbot)
    phone = drive.find(window, QLineEdit, "settingsProfile_phone")
    phone.setFocus()
    qtbot.keyClicks(phone, "01632 960 123")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    drive.settle(window)
    assert window.session.vault.profile().phone == "01632 960 123"


def test_details_typed_but_not_left_are_kept_when_the_app_closes(start_app, drive, qtbot,
                                                                  existing_vault):
    window = _settings_page(start_app, drive, qtbot)
    name = drive.find(window, QLineEdit, "settingsProfile_name")
    name.setFocus()
    qtbot.keyClicks(name, "Sam Okafor")
    window.close()  # straight away: the box was never left
    again = start_app()
    drive.unlock(again)
    drive.wait_page(again, "caseListPage")
    drive.settle(again)
    assert again.session.vault.profile().name == "Sam Okafor"


def test_a_final_save_that_fails_is_said_and_the_app_can_stay_open(
    start_app, drive, qtbot, existing_vault, dialogs, monkeypatch
):
    from toolkit_desktop.storage.errors import StorageFull

    window = _settings_page(start_app, drive, qtbot)
    vault = window.session.vault
    real = vault.save_profile

    def disk_full(profile):
        raise StorageFull()

    monkeypatch.setattr(vault, "save_profile", disk_full)
    phone = drive.find(window, QLineEdit, "settingsProfile_phone")
    phone.setFocus()
    qtbot.keyClicks(phone, "01632 960 123")
    dialogs.confirm_answers = [False]  # "Keep the app open"
    window.close()
    [(kind, text)] = [a for a in dialogs.asked if a[0] == "confirm"]
    assert "could not be saved" in text and "About you" in text and "01632" not in text
    assert window.isVisible() and window.session is not None
    # Space freed: leaving the box saves it, and closing asks nothing more.
    monkeypatch.setattr(vault, "save_profile", real)
    qtbot.keyClick(phone, Qt.Key.Key_Space)
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    drive.settle(window)
    assert vault.profile().phone == "01632 960 123"
    window.close()
    assert len([a for a in dialogs.asked if a[0] == "confirm"]) == 1
    assert not window.isVisible()

"""Settings drawn from settings.SETTINGS on one page, kept at once; the profile edited there."""

from __future__ import annotations

from dataclasses import asdict

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QSpinBox

from toolkit_desktop.settings import SETTINGS, load_settings

PASSPHRASE = "blue kettle river autumn"


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



FIRST_RUN_PROFILE = {
    "name": "Sam Okafor",
    "role": "Duty social worker",
    "team": "Emergency duty team",
    "organisation": "Northshire Council",
    "phone": "01632 960 111",
    "email": "sam.okafor@example.gov.uk",
}


def _first_run_with_a_profile(start_app, drive, qtbot):
    """Create the vault and fill in every line of "About you", as a new practitioner does."""
    window = start_app()
    drive.wait_page(window, "createVaultPage")
    qtbot.keyClicks(drive.find(window, QLineEdit, "newPassphrase"), PASSPHRASE)
    second = drive.find(window, QLineEdit, "repeatPassphrase")
    qtbot.keyClicks(second, PASSPHRASE)
    qtbot.keyClick(second, Qt.Key.Key_Return)
    drive.wait_page(window, "profilePage")
    for key, text in FIRST_RUN_PROFILE.items():
        qtbot.keyClicks(drive.find(window, QLineEdit, f"firstRunProfile_{key}"), text)
    qtbot.mouseClick(drive.find(window, QPushButton, "saveProfileButton"),
                     Qt.MouseButton.LeftButton)
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    return window


def test_settings_shows_what_first_run_saved_and_one_correction_keeps_the_rest(
    start_app, drive, qtbot, fake_clock, tmp_path
):
    window = _first_run_with_a_profile(start_app, drive, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    drive.wait_page(window, "settingsPage")
    shown = {key: drive.find(window, QLineEdit, f"settingsProfile_{key}").text()
             for key in FIRST_RUN_PROFILE}
    assert shown == FIRST_RUN_PROFILE

    # Correct the phone number only, and leave the box.
    phone = drive.find(window, QLineEdit, "settingsProfile_phone")
    phone.setFocus()
    phone.selectAll()
    qtbot.keyClicks(phone, "01632 960 222")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    drive.settle(window)
    expected = {**FIRST_RUN_PROFILE, "phone": "01632 960 222"}
    assert asdict(window.session.vault.profile()) == expected

    # The referral pack gives the decision-maker every one of the first responder's details.
    session = window.session
    case = session.service.start_case(fake_clock.now(), "Dover, eastern docks", "Amira")
    assert session.pack_contents(case.id)[-1] == (
        "First responder's details and signature: "
        "Sam Okafor, Duty social worker, Emergency duty team"
    )
    target = tmp_path / "pack.pdf"
    session.export_pack(case.id, target, None)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    responder = text[text.rindex("First responder's details"):]
    for value in expected.values():
        assert value in responder
    assert "Not recorded" not in responder
    assert "01632 960 111" not in text

    # And after the vault is locked and unlocked, Settings still shows them all.
    window.lock("manual")
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    drive.wait_page(window, "settingsPage")
    assert {key: drive.find(window, QLineEdit, f"settingsProfile_{key}").text()
            for key in expected} == expected

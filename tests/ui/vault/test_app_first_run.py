"""First run: a passphrase typed twice, rated by length, then the practitioner's own details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QProgressBar, QPushButton

from toolkit_desktop.domain.passphrase_strength import passphrase_strength
from toolkit_desktop.settings import Settings
from toolkit_desktop.storage.vault import Vault

PASSPHRASE = "blue kettle river autumn"


def test_first_run_creates_the_vault_then_asks_who_you_are(start_app, drive, qtbot, fake_clock):
    window = start_app()
    drive.wait_page(window, "createVaultPage")
    assert window.findChild(QLabel, "noRecoveryWarning").text().count("cannot be opened")
    first = drive.find(window, QLineEdit, "newPassphrase")
    second = drive.find(window, QLineEdit, "repeatPassphrase")
    assert first.echoMode() == QLineEdit.EchoMode.Password
    assert first.accessibleName() and second.accessibleName()

    qtbot.keyClicks(first, PASSPHRASE)
    assert drive.find(window, QProgressBar, "strengthMeter").value() >= 3
    assert "Strength: Good" in drive.find(window, QLabel, "strengthText").text()
    qtbot.keyClicks(second, PASSPHRASE)
    qtbot.keyClick(second, Qt.Key.Key_Return)

    drive.wait_page(window, "profilePage")
    assert Settings().vault().exists()
    for key, text in (("name", "Sam Okafor"), ("role", "Duty social worker"),
                      ("email", "sam.okafor@example.gov.uk")):
        qtbot.keyClicks(drive.find(window, QLineEdit, f"firstRunProfile_{key}"), text)
    # From the last detail, Tab then Enter saves: "Save and continue" comes before "Skip".
    last = drive.find(window, QLineEdit, "firstRunProfile_email")
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is drive.find(window, QPushButton, "saveProfileButton")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    window.close()

    with Vault.open(Settings().vault(), PASSPHRASE, fake_clock, backup=False) as vault:
        profile = vault.profile()
    assert (profile.name, profile.role, profile.email) == (
        "Sam Okafor", "Duty social worker", "sam.okafor@example.gov.uk")


def test_a_short_or_mistyped_passphrase_is_refused_with_a_reason(start_app, drive, qtbot):
    window = start_app()
    first = drive.find(window, QLineEdit, "newPassphrase")
    second = drive.find(window, QLineEdit, "repeatPassphrase")
    problem = drive.find(window, QLabel, "createProblem")
    button = drive.find(window, QPushButton, "createVaultButton")

    qtbot.keyClicks(first, "short")
    qtbot.keyClicks(second, "short")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert problem.isVisible() and "too short" in problem.text()

    first.clear()
    second.clear()
    qtbot.keyClicks(first, PASSPHRASE)
    # A strong passphrase typed: the refusal of the weak one is no longer on screen.
    assert not problem.isVisible()
    qtbot.keyClicks(second, PASSPHRASE + "s")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "different" in problem.text()
    assert window.pages.currentWidget().objectName() == "createVaultPage"
    assert not Settings().vault().exists()


def test_skipping_the_profile_goes_to_the_cases(start_app, drive, qtbot):
    window = start_app()
    qtbot.keyClicks(drive.find(window, QLineEdit, "newPassphrase"), PASSPHRASE)
    qtbot.keyClicks(drive.find(window, QLineEdit, "repeatPassphrase"), PASSPHRASE)
    qtbot.mouseClick(drive.find(window, QPushButton, "createVaultButton"),
                     Qt.MouseButton.LeftButton)
    drive.wait_page(window, "profilePage")
    qtbot.mouseClick(drive.find(window, QPushButton, "skipProfileButton"),
                     Qt.MouseButton.LeftButton)
    drive.wait_page(window, "caseListPage")


def test_the_strength_meter_rewards_length_not_symbols() -> None:
    assert not passphrase_strength("Tr0ub4dor&3").acceptable  # short, however many symbols
    assert passphrase_strength("P@ssw0rd!2024").level < passphrase_strength(PASSPHRASE).level
    assert passphrase_strength("correct horse battery staple glacier").label == "Strong"
    assert passphrase_strength("a" * 30).level == 1  # long but one letter repeated
    assert "more characters" in passphrase_strength("abc").advice

"""Unlocking: wrong then right passphrase, a backup instead, broken definitions, training mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton

import toolkit_desktop.ui.shell.application as application
from toolkit_desktop import paths
from toolkit_desktop.forms import DefinitionProblem, DefinitionsError, ProblemCode
from toolkit_desktop.services.practice_cases import practice_case_files
from toolkit_desktop.storage.backups import list_backups
from toolkit_desktop.storage.vault import Vault
from toolkit_desktop.ui.shell.window_parts import TRAINING_BANNER as BANNER

PASSPHRASE = "blue kettle river autumn"


def test_a_wrong_passphrase_says_so_and_the_right_one_opens(start_app, drive, qtbot,
                                                             existing_vault):
    window = start_app()
    drive.wait_page(window, "unlockPage")
    assert not window.findChild(type(window.marking), "protectiveMarking").isVisible()
    drive.unlock(window, "blue kettle river")
    problem = drive.find(window, QLabel, "unlockProblem")
    qtbot.waitUntil(problem.isVisible, timeout=10_000)
    assert "passphrase did not open the vault" in problem.text()
    assert "Traceback" not in problem.text()
    assert window.session is None
    assert not drive.find(window, type(window.flow.unlock_page.busy), "unlockBusy").isVisible()

    drive.unlock(window, PASSPHRASE)
    drive.wait_page(window, "caseListPage")
    assert window.session is not None
    assert window.marking.isVisible() and window.marking.text() == "OFFICIAL-SENSITIVE"
    assert window.actions_["lock"].isEnabled()


def test_the_unlock_shows_a_moving_bar_while_the_key_is_derived(start_app, drive, qtbot,
                                                                existing_vault):
    window = start_app()
    busy = window.flow.unlock_page.busy
    drive.unlock(window)
    assert busy.isVisible()  # the key is derived on the worker; the page says so meanwhile
    assert not drive.find(window, QPushButton, "unlockButton").isEnabled()
    drive.wait_page(window, "caseListPage")


def test_a_backup_can_be_restored_instead(start_app, drive, qtbot, existing_vault, dialogs):
    window = start_app()
    drive.unlock(window)  # each unlock takes a backup
    drive.wait_page(window, "caseListPage")
    drive.new_case(window, "Amira")
    window.lock()
    drive.settle(window)
    taken = list_backups(existing_vault)
    assert taken

    qtbot.mouseClick(drive.find(window, QPushButton, "openBackupButton"),
                     Qt.MouseButton.LeftButton)
    drive.wait_page(window, "restorePage")
    backups = drive.find(window, QListWidget, "backupList")
    assert backups.count() == len(taken)
    assert "when the vault was unlocked" in backups.item(0).text()
    qtbot.keyClicks(drive.find(window, QLineEdit, "backupPassphrase"), PASSPHRASE)
    qtbot.mouseClick(drive.find(window, QPushButton, "restoreButton"), Qt.MouseButton.LeftButton)
    drive.wait_page(window, "caseListPage")
    assert dialogs.asked and dialogs.asked[0][0] == "confirm"
    assert any(p.name.endswith("-replaced.tkvault") for p in list_backups(existing_vault))
    # The backup was taken before "Amira" was started.
    qtbot.waitUntil(lambda: "No cases yet" in window.case_list.status.text(), timeout=10_000)


def test_a_backup_with_the_wrong_passphrase_changes_nothing(start_app, drive, qtbot,
                                                          existing_vault):
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    window.lock()
    drive.settle(window)
    before = existing_vault.read_bytes()
    qtbot.mouseClick(drive.find(window, QPushButton, "openBackupButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.keyClicks(drive.find(window, QLineEdit, "backupPassphrase"), "not the passphrase")
    qtbot.mouseClick(drive.find(window, QPushButton, "restoreButton"), Qt.MouseButton.LeftButton)
    problem = drive.find(window, QLabel, "restoreProblem")
    qtbot.waitUntil(problem.isVisible, timeout=10_000)
    assert "passphrase did not open the vault" in problem.text()
    assert existing_vault.read_bytes() == before


def _started_until_the_report(qtbot, dialogs):
    """The app's window shown and started; it and the one thing it said."""
    window = application.build_window(dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: len(dialogs.asked) == 1)
    return window, dialogs.asked[0]


def test_broken_definitions_stop_the_app_with_the_whole_report(
    qapp, qtbot, monkeypatch, dialogs, existing_vault
):
    problems = [
        DefinitionProblem("resources/forms/child.yaml", "sections[0].fields[2].type",
                          "unknown field type 'txt'", ProblemCode.UNKNOWN_VALUE),
        DefinitionProblem("resources/matrix.yaml", "blocks", "the matrix needs a block with id "
                          "'movement'", ProblemCode.MISSING_BLOCK),
    ]

    def broken(language="en"):
        raise DefinitionsError(problems)

    before = existing_vault.read_bytes()
    monkeypatch.setattr(application, "load_definitions", broken)
    # The unlock page is on screen first; the definitions are read just after it is painted.
    window, (kind, text) = _started_until_the_report(qtbot, dialogs)
    assert kind == "report"
    assert "child.yaml: sections[0].fields[2].type: unknown field type 'txt'" in text
    assert "matrix.yaml" in text and "Nothing in your vault was opened" in text
    assert window.session is None and not window.rooms_built
    # Enter on the unlock page now opens nothing (the app is closing) and says nothing more.
    qtbot.keyClicks(window.flow.unlock_page.passphrase, "blue kettle river autumn")
    qtbot.keyClick(window.flow.unlock_page.passphrase, Qt.Key.Key_Return)
    assert window.worker.pending == 0 and len(dialogs.asked) == 1

    monkeypatch.setattr(application, "QtDialogs", lambda: dialogs)
    assert application.run() == application.EXIT_BROKEN_DEFINITIONS
    # Training mode opens its vault at start, before the event loop runs: stopped the same way.
    assert application.run(training=True) == application.EXIT_BROKEN_DEFINITIONS
    assert not paths.training_vault_path().exists()
    assert existing_vault.read_bytes() == before


def test_training_mode_opens_its_own_vault_without_a_passphrase(start_app, drive, fake_clock):
    window = start_app(training=True)
    drive.wait_page(window, "caseListPage")
    assert window.windowTitle().startswith("TRAINING")
    assert window.training_banner.isVisible() and window.training_banner.text() == BANNER
    assert window.session is not None and window.session.training
    assert window.session.profile.name == "Practice user"
    assert paths.training_vault_path().exists()
    assert not paths.default_vault_path().exists()
    drive.settle(window)
    practice = len(practice_case_files())
    assert practice >= 3 and window.case_list.model.rowCount() == practice

    window.lock()
    drive.wait_page(window, "unlockPage")
    assert window.findChild(QLineEdit, "unlockPassphrase") is None  # no passphrase asked
    drive.find(window, QPushButton, "unlockButton").click()
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    window.close()
    with Vault.open(paths.training_vault_path(), "training vault practice cases only",
                    fake_clock, backup=False) as vault:
        assert vault.training


def test_definitions_that_fail_to_read_in_another_way_stop_the_app_too(
    qapp, qtbot, monkeypatch, dialogs, existing_vault
):
    # Not a problem the checks name (a reader's own fault): the same report, the same exit.
    def failing(language="en"):
        raise KeyError("blocks")

    before = existing_vault.read_bytes()
    monkeypatch.setattr(application, "load_definitions", failing)
    window, (kind, text) = _started_until_the_report(qtbot, dialogs)
    assert kind == "report" and "Nothing in your vault was opened" in text
    assert "KeyError" in text and "Traceback" not in text
    assert not window.rooms_built and window.session is None
    monkeypatch.setattr(application, "QtDialogs", lambda: dialogs)
    assert application.run() == application.EXIT_BROKEN_DEFINITIONS
    assert existing_vault.read_bytes() == before

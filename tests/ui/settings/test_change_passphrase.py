"""Changing the passphrase from Settings, by keyboard, on a real vault: only a success changes it.

Each test drives the panel as a practitioner would (Alt+S, typing, Tab, Enter), then locks the app
and opens the vault file itself with each passphrase, so "nothing changed" is checked on disk.
"""

from __future__ import annotations

import errno

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from toolkit_desktop.storage import upkeep
from toolkit_desktop.storage.errors import StorageFull, WrongPassphraseOrDamaged
from toolkit_desktop.storage.vault import Vault
from toolkit_desktop.ui.settings.change_passphrase import (
    CHANGED,
    DIFFERENT,
    SAME,
    WRONG_CURRENT,
)

OLD = "blue kettle river autumn"  # the conftest's PASSPHRASE
NEW = "lantern orchard pebble violin"
BOXES = ("currentPassphrase", "changedPassphrase", "changedPassphraseAgain")


def _settings(start_app, drive, qtbot):
    window = start_app()
    drive.unlock(window, OLD)
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    drive.wait_page(window, "settingsPage")
    return window


def _open_panel(window, drive, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # "Change pa&ssphrase…"
    panel = drive.find(window, QWidget, "changePassphrasePanel")
    qtbot.waitUntil(panel.isVisible)
    current = drive.find(window, QLineEdit, "currentPassphrase")
    assert current.hasFocus()
    return panel


def _type_all(window, qtbot, current: str, new: str, again: str) -> None:
    """Type in the three boxes, Tab between them, Enter in the last."""
    for text, name in zip((current, new, again), BOXES, strict=True):
        box = window.findChild(QLineEdit, name)
        assert box.hasFocus(), f"the keyboard should be in {name}"
        assert box.echoMode() == QLineEdit.EchoMode.Password
        qtbot.keyClicks(box, text)
        qtbot.keyClick(box, Qt.Key.Key_Return if name == BOXES[-1] else Qt.Key.Key_Tab)


def _wait_done(window, drive, qtbot) -> None:
    drive.settle(window)
    qtbot.waitUntil(
        lambda: (
            drive.find(window, QPushButton, "changePassphraseConfirm").isEnabled()
            or not drive.find(window, QWidget, "changePassphrasePanel").isVisible()
        )
    )


def _problem(window) -> str:
    label = window.findChild(QLabel, "changePassphraseProblem")
    return label.text() if label.isVisible() else ""


def _boxes_empty(window) -> bool:
    return all(window.findChild(QLineEdit, name).text() == "" for name in BOXES)


def _lock(window, drive, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    drive.wait_page(window, "unlockPage")
    drive.settle(window)  # the vault's connection is closed on the worker


def _only_old_opens(path, clock) -> None:
    with pytest.raises(WrongPassphraseOrDamaged):
        Vault.open(path, NEW, clock, backup=False)
    Vault.open(path, OLD, clock, backup=False).close()


def test_a_changed_passphrase_is_the_only_one_that_opens_the_vault(
    start_app, drive, qtbot, existing_vault, fake_clock
):
    window = _settings(start_app, drive, qtbot)
    _open_panel(window, drive, qtbot)
    _type_all(window, qtbot, OLD, NEW, NEW)
    assert _boxes_empty(window)  # emptied the moment they were read, before the worker ran
    _wait_done(window, drive, qtbot)

    outcome = drive.find(window, QLabel, "passphraseOutcome")
    assert outcome.isVisible()
    assert outcome.text() == CHANGED
    assert not drive.find(window, QWidget, "changePassphrasePanel").isVisible()
    assert drive.find(window, QPushButton, "changePassphraseButton").hasFocus()

    _lock(window, drive, qtbot)
    with pytest.raises(WrongPassphraseOrDamaged):
        Vault.open(existing_vault, OLD, fake_clock, backup=False)
    with Vault.open(existing_vault, NEW, fake_clock, backup=False) as vault:
        assert "rekey" in [entry.action for entry in vault.audit_trail()]
    drive.unlock(window, NEW)  # and the app itself unlocks with it
    drive.wait_page(window, "caseListPage")


def test_a_wrong_current_passphrase_says_so_and_changes_nothing(
    start_app, drive, qtbot, existing_vault, fake_clock
):
    window = _settings(start_app, drive, qtbot)
    _open_panel(window, drive, qtbot)
    _type_all(window, qtbot, "blue kettle river autumm", NEW, NEW)
    _wait_done(window, drive, qtbot)

    assert _problem(window) == f"Problem: {WRONG_CURRENT}"
    assert _boxes_empty(window)
    assert drive.find(window, QLineEdit, "currentPassphrase").hasFocus()
    assert not drive.find(window, QLabel, "passphraseOutcome").isVisible()
    _lock(window, drive, qtbot)
    _only_old_opens(existing_vault, fake_clock)


@pytest.mark.parametrize(
    ("new", "again", "said"),
    [
        (NEW, "lantern orchard pebble viola", DIFFERENT),
        ("password1234", "password1234", "The passphrase is too easy to guess."),
        ("lantern", "lantern", "The passphrase is too short."),
        (OLD, OLD, SAME),
    ],
    ids=["mismatch", "weak", "short", "same-as-old"],
)
def test_a_new_passphrase_that_cannot_be_used_is_refused_in_words(
    start_app, drive, qtbot, existing_vault, fake_clock, new, again, said
):
    window = _settings(start_app, drive, qtbot)
    _open_panel(window, drive, qtbot)
    _type_all(window, qtbot, OLD, new, again)

    assert _problem(window).startswith(f"Problem: {said}")
    assert window.worker.pending == 0  # refused on the spot: nothing was sent to the vault
    new_box = drive.find(window, QLineEdit, "changedPassphrase")
    assert new_box.hasFocus() and new_box.text() == ""
    assert drive.find(window, QLineEdit, "changedPassphraseAgain").text() == ""
    _lock(window, drive, qtbot)
    _only_old_opens(existing_vault, fake_clock)


def test_a_full_disk_during_the_rekey_leaves_the_old_passphrase_working(
    start_app, drive, qtbot, existing_vault, fake_clock, monkeypatch
):
    def disk_full(_raw, _key, fresh):
        fresh.write_bytes(b"half a copy")
        raise OSError(errno.ENOSPC, "No space left on device")

    window = _settings(start_app, drive, qtbot)
    monkeypatch.setattr(upkeep, "write_encrypted_copy", disk_full)
    _open_panel(window, drive, qtbot)
    _type_all(window, qtbot, OLD, NEW, NEW)
    _wait_done(window, drive, qtbot)

    problem = _problem(window)
    assert "not enough free disk space" in problem
    assert "still opens with the old passphrase" in problem
    assert _boxes_empty(window)
    assert drive.find(window, QLineEdit, "currentPassphrase").hasFocus()
    monkeypatch.undo()
    _lock(window, drive, qtbot)
    _only_old_opens(existing_vault, fake_clock)
    leftovers = [
        p.name for p in existing_vault.parent.iterdir() if p.name.startswith(upkeep.REKEY_PREFIXES)
    ]
    assert leftovers == []


def test_no_new_backup_is_said_after_the_change(
    start_app, drive, qtbot, existing_vault, fake_clock, monkeypatch
):
    window = _settings(start_app, drive, qtbot)

    def no_room(*_args, **_kw):
        raise StorageFull()

    monkeypatch.setattr(Vault, "backup", no_room)
    _open_panel(window, drive, qtbot)
    _type_all(window, qtbot, OLD, NEW, NEW)
    _wait_done(window, drive, qtbot)

    outcome = drive.find(window, QLabel, "passphraseOutcome").text()
    assert outcome.startswith(CHANGED)
    assert "no backup under it could be taken" in outcome
    monkeypatch.undo()
    _lock(window, drive, qtbot)
    Vault.open(existing_vault, NEW, fake_clock, backup=False).close()


def test_escape_closes_the_panel_and_forgets_what_was_typed(
    start_app, drive, qtbot, existing_vault
):
    window = _settings(start_app, drive, qtbot)
    panel = _open_panel(window, drive, qtbot)
    current = drive.find(window, QLineEdit, "currentPassphrase")
    qtbot.keyClicks(current, OLD)
    qtbot.keyClick(current, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    assert current.text() == ""
    assert drive.find(window, QPushButton, "changePassphraseButton").hasFocus()
    assert window.worker.pending == 0

"""Failures: one calm sentence on screen, and nothing of the child in logs or stderr."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy.exc import IntegrityError


def _open_child_form(start_app, drive, qtbot):
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    drive.new_case(window, "Amira")
    drive.settle(window)
    window.workspace.go_to_step("child")
    return window, window.workspace.views["child"].widget_for("family_name").edit


def _database_error() -> IntegrityError:
    """What SQLAlchemy raises: its text repeats the statement's parameters, the child's name."""
    return IntegrityError(
        "INSERT INTO revisions (value) VALUES (?)", ('"Haile, Amira"',), Exception("locked")
    )


def _leaks(caplog: pytest.LogCaptureFixture, err: str) -> list[str]:
    found = [r.getMessage() for r in caplog.records if "Haile" in r.getMessage() or r.exc_info]
    return found + (["stderr"] if "Haile" in err or "Traceback" in err else [])


def test_a_failed_save_logs_the_kind_of_failure_never_its_text(
    start_app, drive, qtbot, existing_vault, monkeypatch, caplog, capfd
):
    window, family = _open_child_form(start_app, drive, qtbot)
    service = window.session.service

    def broken(*args, **kwargs):
        raise _database_error()

    monkeypatch.setattr(service, "record_answer", broken)
    caplog.set_level(logging.DEBUG)
    qtbot.keyClicks(family, "Haile")

    def ours() -> list[logging.LogRecord]:
        return [r for r in caplog.records if r.name.startswith("toolkit_desktop.ui")]

    qtbot.waitUntil(lambda: bool(ours()), timeout=5_000)
    drive.settle(window)
    assert "Haile" in str(_database_error())  # the text that must not be written
    assert "IntegrityError" in ours()[0].getMessage()  # what kind of failure, for IT
    assert _leaks(caplog, capfd.readouterr().err) == []


def test_a_step_that_fails_after_a_vault_job_says_one_sentence_and_frees_the_page(
    start_app, drive, qtbot, existing_vault, monkeypatch, caplog, capfd
):
    from PySide6.QtWidgets import QLineEdit

    from toolkit_desktop.ui.worker import UNEXPECTED

    window = start_app()
    opened = []

    def broken(session, how):  # a bug in what runs once the vault opened
        opened.append(session)
        raise ValueError("Haile, Amira")

    monkeypatch.setattr(window.flow, "_opened", broken)
    caplog.set_level(logging.DEBUG)
    with qtbot.waitSignal(window.worker.busy_changed, check_params_cb=lambda busy: not busy,
                          timeout=10_000):
        drive.unlock(window)
    assert window.statusBar().currentMessage() == UNEXPECTED
    assert window.worker.pending == 0
    assert drive.find(window, QLineEdit, "unlockPassphrase").isEnabled()  # not left "Unlocking…"
    assert any("ValueError" in r.getMessage() for r in caplog.records)
    assert _leaks(caplog, capfd.readouterr().err) == []
    opened[0].close()


def test_an_error_in_any_slot_is_one_sentence_and_its_type_in_the_log(
    start_app, drive, qtbot, existing_vault, monkeypatch, caplog, capfd
):
    import sys

    from PySide6.QtCore import QTimer

    from toolkit_desktop.ui.application import install_error_hook
    from toolkit_desktop.ui.worker import UNEXPECTED

    window, family = _open_child_form(start_app, drive, qtbot)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    install_error_hook(window)
    caplog.set_level(logging.DEBUG)

    def broken() -> None:
        raise KeyError("Haile, Amira")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == UNEXPECTED)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("toolkit_desktop.ui")] == [
        "unexpected error: KeyError"]
    assert _leaks(caplog, capfd.readouterr().err) == []
    # The app goes on working: typing is still saved.
    qtbot.keyClicks(family, "Haile")
    qtbot.waitUntil(lambda: window.autosaver.unsaved == 0 and window.worker.pending == 0)
    assert window.workspace.answers["child"]["family_name"] == "Haile"

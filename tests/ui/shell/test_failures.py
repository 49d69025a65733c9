"""Failures: one calm sentence on screen, and nothing of the child in logs or stderr."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy.exc import IntegrityError


def _open_child_form(start_app, drive, qtbot):
    window = start_app()
    drive.in_new_case(window, "Amira")
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

    from toolkit_desktop.ui.common.worker import UNEXPECTED

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

    from toolkit_desktop.ui.common.worker import UNEXPECTED
    from toolkit_desktop.ui.shell.application import install_error_hook

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


def _family_names(window, case_id):
    revisions = window.session.vault.cases.revisions(case_id, "child")
    return [r.value for r in revisions if r.field == "family_name"]


def test_a_save_that_fails_is_kept_said_in_a_sentence_and_tried_again(
    start_app, drive, qtbot, existing_vault, monkeypatch
):
    window, family = _open_child_form(start_app, drive, qtbot)
    service, case_id = window.session.service, window.workspace.snapshot.case.id
    real = service.record_answer
    failures = [_database_error()]

    def once_broken(*args, **kwargs):
        if failures:
            raise failures.pop()
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "record_answer", once_broken)
    family.setFocus()
    qtbot.keyClicks(family, "Haile")
    qtbot.waitUntil(lambda: "Not saved yet" in window.statusBar().currentMessage(), timeout=5_000)
    drive.settle(window)
    message = window.statusBar().currentMessage()
    assert "Family name" in message and "We will try again when you next type or lock." in message
    assert "Haile" not in message and "Traceback" not in message
    assert window.autosaver.unsaved == 1 and _family_names(window, case_id) == []
    # The next save writes it too.
    given = window.workspace.views["child"].widget_for("given_names").edit
    qtbot.keyClicks(given, "Amira")
    qtbot.waitUntil(lambda: window.autosaver.unsaved == 0 and window.worker.pending == 0,
                    timeout=5_000)
    assert _family_names(window, case_id) == ["Haile"]
    assert "Not saved" not in window.statusBar().currentMessage()


def test_a_change_that_could_not_be_saved_before_the_lock_is_saved_after_unlocking(
    start_app, drive, qtbot, existing_vault, monkeypatch
):
    from toolkit_desktop.storage.errors import StorageFull

    window, family = _open_child_form(start_app, drive, qtbot)
    case_id = window.workspace.snapshot.case.id

    def disk_full(*args, **kwargs):
        raise StorageFull()

    monkeypatch.setattr(window.session.service, "record_answer", disk_full)
    qtbot.keyClicks(family, "Haile")
    window.lock("manual")
    drive.settle(window)
    message = window.statusBar().currentMessage()
    assert "Not saved yet" in message and "Family name" in message
    assert "before the vault locked; we will try again when you unlock" in message
    assert "Haile" not in message
    drive.unlock(window)  # a new session: the disk has room again
    drive.wait_page(window, "caseWorkspace")
    qtbot.waitUntil(lambda: window.autosaver.unsaved == 0 and window.worker.pending == 0,
                    timeout=5_000)
    assert _family_names(window, case_id) == ["Haile"]
    assert window.workspace.views["child"].widget_for("family_name").value() == "Haile"


def test_closing_with_an_answer_that_could_not_be_saved_says_which_and_can_stay_open(
    start_app, drive, qtbot, existing_vault, dialogs, monkeypatch
):
    from toolkit_desktop.storage.errors import StorageFull

    window, family = _open_child_form(start_app, drive, qtbot)
    service, case_id = window.session.service, window.workspace.snapshot.case.id
    real = service.record_answer

    def disk_full(*args, **kwargs):
        raise StorageFull()

    monkeypatch.setattr(service, "record_answer", disk_full)
    qtbot.keyClicks(family, "Haile")
    dialogs.confirm_answers = [False]  # keep the app open
    window.close()
    [(kind, text)] = [a for a in dialogs.asked if a[0] == "confirm"]
    assert "“Family name (Child's details)”" in text and "lost" in text and "Haile" not in text
    assert window.isVisible() and window.autosaver.unsaved == 1
    monkeypatch.setattr(service, "record_answer", real)  # space was freed
    window.close()
    assert not window.isVisible()
    again = start_app()
    drive.unlock(again)
    drive.wait_page(again, "caseListPage")
    drive.settle(again)
    assert _family_names(again, case_id) == ["Haile"]


def test_closing_without_what_could_not_be_saved_asks_once(
    start_app, drive, qtbot, existing_vault, dialogs, monkeypatch
):
    from toolkit_desktop.storage.errors import StorageFull

    window, family = _open_child_form(start_app, drive, qtbot)

    def disk_full(*args, **kwargs):
        raise StorageFull()

    monkeypatch.setattr(window.session.service, "record_answer", disk_full)
    qtbot.keyClicks(family, "Haile")
    dialogs.confirm_answers = [True]  # "Close and lose it"
    window.close()
    assert not window.isVisible() and window.autosaver.unsaved == 0
    window.close()  # closed again (as at exit): the practitioner already decided
    assert len([a for a in dialogs.asked if a[0] == "confirm"]) == 1

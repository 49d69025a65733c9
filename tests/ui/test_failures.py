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

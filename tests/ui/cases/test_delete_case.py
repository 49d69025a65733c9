"""Deleting a case from the case list by keyboard, through the dialogs seam; the retention line."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableView

from toolkit_desktop.ui.cases.case_table import NAME, REFERENCE

PASS = "blue kettle river autumn"  # the conftest's existing_vault
OLD = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def add_cases(path, clock, names, at=None):
    from toolkit_desktop.storage.vault import Vault

    with Vault.open(path, PASS, clock) as vault:
        for name in names:
            case = vault.cases.create(first_contact_at=at, first_contact_place="Dover",
                                      created_at=at)
            vault.cases.record(case.id, "child", "known_as", name, "sw", recorded_at=at)


def open_list(start_app, drive, qtbot):
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    table = drive.find(window, QTableView, "caseTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 2, timeout=10_000)
    drive.settle(window)
    return window, table


def press_delete(window, drive, qtbot, table):
    """Tab from the list past "Overview of every case…" to "Delete this case…" and press
    Space: no single key deletes."""
    button = drive.find(window, QPushButton, "deleteCaseButton")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is drive.find(window, QPushButton, "overviewButton")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    drive.settle(window)


def names_in(table) -> list[str]:
    model = table.model()
    return sorted(model.index(r, NAME).data() for r in range(model.rowCount()))


def test_the_reference_typed_back_deletes_the_selected_case(
        start_app, drive, qtbot, dialogs, existing_vault, fake_clock):
    add_cases(existing_vault, fake_clock, ["Minh", "Ana"])
    window, table = open_list(start_app, drive, qtbot)
    selected = table.model().index(table.currentIndex().row(), NAME).data()
    reference = table.model().index(table.currentIndex().row(), REFERENCE).data()
    dialogs.deletions = [("Started twice by mistake", reference)]

    press_delete(window, drive, qtbot, table)

    kind, asked = dialogs.asked[-2]
    assert kind == "ask_deletion" and selected in asked and reference in asked
    assert "cannot be undone" in asked
    kind, told = dialogs.asked[-1]
    assert kind == "inform" and told.startswith(f"Case {reference} was deleted")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=10_000)
    assert names_in(table) == sorted({"Minh", "Ana"} - {selected})
    assert told in window.statusBar().currentMessage()
    vault = window.session.vault
    assert [r.case.reference for r in vault.cases.list_rows()] != [reference]
    assert any(e.action == "delete-case" and "Started twice by mistake" in e.detail
               for e in vault.audit_trail())


def test_a_wrong_reference_typed_back_refuses_and_deletes_nothing(
        start_app, drive, qtbot, dialogs, existing_vault, fake_clock):
    add_cases(existing_vault, fake_clock, ["Minh", "Ana"])
    window, table = open_list(start_app, drive, qtbot)
    dialogs.deletions = [("Duplicate", "TK-20261128-WRONG")]

    press_delete(window, drive, qtbot, table)

    kind, told = dialogs.asked[-1]
    assert kind == "inform" and "is not the reference of case" in told
    assert "nothing was deleted" in told
    assert names_in(table) == ["Ana", "Minh"]
    assert len(window.session.vault.cases.list_rows()) == 2


def test_keeping_the_case_deletes_nothing(start_app, drive, qtbot, dialogs, existing_vault,
                                          fake_clock):
    add_cases(existing_vault, fake_clock, ["Minh", "Ana"])
    window, table = open_list(start_app, drive, qtbot)
    dialogs.deletions = [None]
    press_delete(window, drive, qtbot, table)
    assert dialogs.asked[-1][0] == "ask_deletion"
    assert window.statusBar().currentMessage() == "The case was kept."
    assert len(window.session.vault.cases.list_rows()) == 2


def test_the_list_says_how_many_cases_are_past_the_retention_period(
        start_app, drive, qtbot, existing_vault, fake_clock, tmp_path, monkeypatch):
    add_cases(existing_vault, fake_clock, ["Minh", "Ana"], at=OLD)
    window, table = open_list(start_app, drive, qtbot)
    notice = drive.find(window, QLabel, "retentionNotice")
    assert not notice.isVisible()  # no policy: no retention period

    policy = tmp_path / "policy.toml"
    policy.write_text("retention_days = 365\n")
    monkeypatch.setenv("TOOLKIT_DESKTOP_POLICY", str(policy))
    window.show_case_list()
    qtbot.waitUntil(notice.isVisible, timeout=10_000)
    assert notice.text().startswith(
        "2 cases are past your organisation's retention period: review them")

"""Changing an answer after a referral pack went out asks why; the reason is kept with the change
and in the chronology. Keeping the saved answer instead puts it back and says what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from toolkit_desktop.domain.records import PackExport
from toolkit_desktop.services.cases import AMENDMENT_KIND


def _child_with_a_sent_pack(start_app, drive, qtbot, fake_clock):
    window = start_app()
    drive.in_new_case(window, "Amira")
    drive.settle(window)
    window.workspace.go_to_step("child")
    given = window.workspace.views["child"].widget_for("given_names").edit
    given.setFocus()
    qtbot.keyClicks(given, "Amira")
    qtbot.waitUntil(lambda: window.autosaver.unsaved == 0 and window.worker.pending == 0)
    case_id = window.workspace.snapshot.case.id
    window.session.vault.cases.record_export(
        PackExport(case_id, 1, fake_clock.now(), "Sam Okafor", "/tmp/pack-1.pdf"))
    fake_clock.advance(minutes=1)
    return window, given, case_id


def _given_names(window, case_id):
    revisions = window.session.vault.cases.revisions(case_id, "child")
    return [(r.value, r.reason) for r in revisions if r.field == "given_names"]


def test_a_change_after_export_asks_why_and_records_the_reason(
    start_app, drive, qtbot, existing_vault, dialogs, fake_clock
):
    window, given, case_id = _child_with_a_sent_pack(start_app, drive, qtbot, fake_clock)
    dialogs.reasons = ["She gave her full name at the second visit"]
    qtbot.keyClicks(given, " Selam")
    qtbot.waitUntil(lambda: len(_given_names(window, case_id)) == 2, timeout=10_000)
    drive.settle(window)
    assert _given_names(window, case_id) == [
        ("Amira", None), ("Amira Selam", "She gave her full name at the second visit")]
    [(kind, question)] = [a for a in dialogs.asked if a[0] == "ask_reason"]
    assert "Given names" in question and "Amira Selam" in question
    assert "referral pack" in question
    entries = window.session.vault.cases.chronology(case_id)
    assert [e.kind for e in entries] == [AMENDMENT_KIND]
    assert "Given names" in entries[0].text and "second visit" in entries[0].text
    assert given.text() == "Amira Selam"
    qtbot.waitUntil(lambda: "chronology" in window.statusBar().currentMessage())
    # The chronology on screen follows: its step counts the new entry.
    assert window.workspace.snapshot.chronology[-1].kind == AMENDMENT_KIND
    # Once the reason is given, more typing in the same answer saves without asking again.
    qtbot.keyClicks(given, "t")
    qtbot.waitUntil(lambda: len(_given_names(window, case_id)) == 3, timeout=10_000)
    assert len([a for a in dialogs.asked if a[0] == "ask_reason"]) == 1


def test_keeping_the_saved_answer_puts_it_back_and_says_what_was_typed(
    start_app, drive, qtbot, existing_vault, dialogs, fake_clock
):
    window, given, case_id = _child_with_a_sent_pack(start_app, drive, qtbot, fake_clock)
    dialogs.reasons = [None]  # "Keep the saved answer"
    qtbot.keyClicks(given, " Selam")
    qtbot.waitUntil(lambda: given.text() == "Amira", timeout=10_000)
    drive.settle(window)
    message = window.statusBar().currentMessage()
    assert "Kept the saved answer to “Given names”: Amira" in message
    assert "Amira Selam" in message  # what was typed is said, not silently dropped
    assert _given_names(window, case_id) == [("Amira", None)]
    assert window.workspace.answers["child"]["given_names"] == "Amira"
    assert window.session.vault.cases.chronology(case_id) == []
    assert window.autosaver.unsaved == 0


def test_an_indicator_changed_after_export_asks_too(
    start_app, drive, qtbot, existing_vault, dialogs, fake_clock
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    drive.settle(window)
    window.workspace.go_to_step("matrix")
    page = window.workspace.views["matrix"]
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: window.autosaver.unsaved == 0 and window.worker.pending == 0)
    case_id = window.workspace.snapshot.case.id
    window.session.vault.cases.record_export(
        PackExport(case_id, 1, fake_clock.now(), "Sam Okafor", "/tmp/pack-1.pdf"))
    dialogs.reasons = ["Passport found with the driver"]
    qtbot.keyClick(page.list, Qt.Key.Key_Up)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K)
    first = page.matrix.blocks[0].indicators[0].id
    qtbot.waitUntil(lambda: any(
        r.reason for r in window.session.vault.cases.revisions(case_id, "matrix")), timeout=10_000)
    [revision] = [r for r in window.session.vault.cases.revisions(case_id, "matrix")
                  if r.reason]
    assert (revision.field, revision.value["status"]) == (first, "known")
    assert revision.reason == "Passport found with the driver"


def _saved_without_a_reason(window, drive, case_id, reason):
    """After unlocking: the change is in the vault with the 'no reason' reason, its chronology
    entry says so, and the status bar names the answer and where to add the reason."""
    drive.unlock(window)
    drive.wait_page(window, "caseWorkspace")
    drive.settle(window)
    assert _given_names(window, case_id) == [("Amira", None), ("Amira Selam", reason)]
    [entry] = window.session.vault.cases.chronology(case_id)
    assert entry.kind == AMENDMENT_KIND and reason in entry.text
    message = window.statusBar().currentMessage()
    assert "“Given names” was saved without a reason" in message
    assert "chronology" in message
    assert window.workspace.views["child"].widget_for("given_names").value() == "Amira Selam"


def test_an_idle_lock_while_the_reason_is_asked_saves_the_change_saying_so(
    start_app, drive, qtbot, existing_vault, dialogs, fake_clock, monkeypatch
):
    from toolkit_desktop.ui.records.amendments import unasked_reason

    window, given, case_id = _child_with_a_sent_pack(start_app, drive, qtbot, fake_clock)
    locked = []

    def left_open_until_the_vault_locks(parent, title, question):
        fake_clock.advance(minutes=6)  # the practitioner was called away
        locked.append(window.idle.check())
        return None  # the lock closed the prompt

    monkeypatch.setattr(dialogs, "ask_reason", left_open_until_the_vault_locks)
    qtbot.keyClicks(given, " Selam")
    drive.wait_page(window, "unlockPage")
    assert locked == [True]
    drive.settle(window)
    _saved_without_a_reason(window, drive, case_id, unasked_reason(fake_clock.now()))


def test_locking_straight_after_typing_saves_the_change_saying_no_reason_was_asked(
    start_app, drive, qtbot, existing_vault, dialogs, fake_clock
):
    from toolkit_desktop.ui.records.amendments import unasked_reason

    window, given, case_id = _child_with_a_sent_pack(start_app, drive, qtbot, fake_clock)
    qtbot.keyClicks(given, " Selam")
    assert window.autosaver.unsaved == 1  # still within the pause
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    drive.settle(window)
    _saved_without_a_reason(window, drive, case_id, unasked_reason(fake_clock.now()))
    assert not [a for a in dialogs.asked if a[0] == "ask_reason"]


def test_a_refusal_on_its_way_back_when_the_vault_locks_is_saved_too(
    start_app, drive, qtbot, existing_vault, dialogs, fake_clock
):
    from toolkit_desktop.ui.records.amendments import unasked_reason

    window, given, case_id = _child_with_a_sent_pack(start_app, drive, qtbot, fake_clock)
    qtbot.keyClicks(given, " Selam")
    window.autosaver.flush()
    window.worker.wait()  # refused on the worker; the refusal not yet back on screen
    window.lock("manual")
    drive.settle(window)
    _saved_without_a_reason(window, drive, case_id, unasked_reason(fake_clock.now()))
    assert not [a for a in dialogs.asked if a[0] == "ask_reason"]


def test_closing_while_the_reason_is_asked_saves_the_change_saying_so(
    start_app, drive, qtbot, existing_vault, dialogs, fake_clock, monkeypatch
):
    from toolkit_desktop.ui.records.amendments import unasked_reason

    window, given, case_id = _child_with_a_sent_pack(start_app, drive, qtbot, fake_clock)
    closed = []

    def closed_while_asking(parent, title, question):
        closed.append(window.close())
        return None

    monkeypatch.setattr(dialogs, "ask_reason", closed_while_asking)
    qtbot.keyClicks(given, " Selam")
    qtbot.waitUntil(lambda: closed == [True], timeout=10_000)
    again = start_app()
    drive.unlock(again)
    drive.wait_page(again, "caseListPage")
    drive.settle(again)
    reason = unasked_reason(fake_clock.now())
    assert _given_names(again, case_id) == [("Amira", None), ("Amira Selam", reason)]
    [entry] = again.session.vault.cases.chronology(case_id)
    assert entry.kind == AMENDMENT_KIND and reason in entry.text

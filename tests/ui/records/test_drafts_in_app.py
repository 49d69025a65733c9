"""Words typed in a conversation, a chronology entry or a correction, and not yet recorded, are kept
in the vault with their case: a lock, another case or a crash never loses them, and they never come
back in another child's case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from toolkit_desktop.services.cases import CONVERSATION_DRAFT, CORRECTION_DRAFT, ENTRY_DRAFT

from .test_app_records import _entry_frames, open_seeded, seed_case


def _drafts(window, case_id: int) -> dict:
    return window.session.service.snapshot(case_id).drafts


def _start_conversation(qtbot, drive, page) -> None:
    start = drive.find(page, QPushButton, "conversationStart")
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Space)


def _add_entry(qtbot, page, words: str) -> int:
    qtbot.keyClicks(page.entry_form.text, words)
    qtbot.mouseClick(page.entry_form.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(
        words in f.findChild(QLabel, "entryText").text() for f in _entry_frames(page)),
        timeout=10_000)
    return int(_entry_frames(page)[-1].objectName().split(":")[1])


def test_words_typed_and_not_recorded_come_back_after_the_vault_locks(
    start_app, drive, qtbot, existing_vault, fake_clock, shipped_definitions
):
    case_id = seed_case(existing_vault, fake_clock, shipped_definitions)
    window = open_seeded(start_app, drive, case_id, "chronology")
    chronology = window.workspace.records["chronology"]
    entry_id = _add_entry(qtbot, chronology, "Strategy discussion held with the police.")
    qtbot.mouseClick(drive.find(chronology, QPushButton, f"correctEntry:{entry_id}"),
                     Qt.MouseButton.LeftButton)
    qtbot.keyClicks(chronology.entries.text, "It was held on Thursday.")
    qtbot.keyClicks(chronology.entry_form.text, "Foster carer says she ate well.")
    window.open_case(case_id, "conversations")
    drive.settle(window)
    conversations = window.workspace.records["conversations"]
    _start_conversation(qtbot, drive, conversations)
    qtbot.keyClicks(conversations.form.when.edit, "01:10")  # tonight, said as a time only
    qtbot.keyClicks(conversations.form.place, "Dover police station")
    qtbot.keyClicks(conversations.form.account, "The driver has my passport.")

    window.lock("idle")
    drive.settle(window)
    fake_clock.advance(days=1)  # unlocked the next day: "01:10" still means the night it was said
    drive.unlock(window)
    drive.wait_page(window, "caseWorkspace")
    drive.settle(window)

    conversations = window.workspace.records["conversations"]
    form = conversations.form
    qtbot.waitUntil(form.isVisible)
    assert form.account.toPlainText() == "The driver has my passport."
    assert form.place.text() == "Dover police station"
    assert form.when.value() == "2026-11-28T01:10:00+00:00"
    assert "28 November 2026" in form.when.understood.text()  # read back beside the box
    kept = drive.find(form, QLabel, "conversationKept")
    assert kept.isVisible() and "Not recorded yet" in kept.text()
    # Said above the words that came back, and on screen without scrolling to it.
    top = kept.mapTo(form, kept.rect().topLeft()).y()
    assert top < form.when.mapTo(form, form.when.rect().topLeft()).y()
    assert not kept.visibleRegion().isEmpty()
    assert conversations.entries() == []  # kept as words, not as a record
    window.open_case(case_id, "chronology")
    drive.settle(window)
    chronology = window.workspace.records["chronology"]
    assert chronology.entry_form.text.toPlainText() == "Foster carer says she ate well."
    assert chronology.entries.box.isVisible()
    assert chronology.entries.text.toPlainText() == "It was held on Thursday."
    assert len(_entry_frames(chronology)) == 1  # the correction is not added by itself
    assert window._unsaved_at_close() == []


def test_words_typed_for_one_child_stay_with_that_child_when_another_case_opens(
    start_app, drive, qtbot, existing_vault, fake_clock, shipped_definitions
):
    first = seed_case(existing_vault, fake_clock, shipped_definitions)
    second = seed_case(existing_vault, fake_clock, shipped_definitions)
    window = open_seeded(start_app, drive, first, "conversations")
    page = window.workspace.records["conversations"]
    _start_conversation(qtbot, drive, page)
    qtbot.keyClicks(page.form.account, "Amira's words")

    window.open_case(second, "conversations")
    qtbot.waitUntil(lambda: window.workspace.snapshot.case.id == second)
    drive.settle(window)
    page = window.workspace.records["conversations"]
    assert not page.form.isVisible() and page.form.account.toPlainText() == ""
    assert _drafts(window, second) == {}
    assert _drafts(window, first)[CONVERSATION_DRAFT]["account"] == "Amira's words"

    window.open_case(first, "conversations")
    qtbot.waitUntil(lambda: window.workspace.snapshot.case.id == first)
    drive.settle(window)
    page = window.workspace.records["conversations"]
    assert page.form.isVisible() and page.form.account.toPlainText() == "Amira's words"


def test_recording_the_conversation_or_the_entry_removes_its_draft(
    start_app, drive, qtbot, existing_vault, fake_clock, shipped_definitions
):
    case_id = seed_case(existing_vault, fake_clock, shipped_definitions)
    window = open_seeded(start_app, drive, case_id, "conversations")
    page = window.workspace.records["conversations"]
    _start_conversation(qtbot, drive, page)
    qtbot.mouseClick(page.form.when.now_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.form.account, "I owe him for the journey.")
    window.case_actions.drafts.flush()
    drive.settle(window)
    assert CONVERSATION_DRAFT in _drafts(window, case_id)
    qtbot.mouseClick(page.form.record, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.entries()) == 1, timeout=10_000)
    drive.settle(window)
    assert _drafts(window, case_id) == {}

    window.open_case(case_id, "chronology")
    drive.settle(window)
    chronology = window.workspace.records["chronology"]
    qtbot.keyClicks(chronology.entry_form.text, "Referral sent to the NRM.")
    window.case_actions.drafts.flush()
    drive.settle(window)
    assert _drafts(window, case_id)[ENTRY_DRAFT]["text"] == "Referral sent to the NRM."
    qtbot.mouseClick(chronology.entry_form.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_entry_frames(chronology)) == 1, timeout=10_000)
    drive.settle(window)
    assert _drafts(window, case_id) == {}


def test_a_conversation_thrown_away_on_purpose_does_not_come_back(
    start_app, drive, qtbot, existing_vault, fake_clock, dialogs, shipped_definitions
):
    case_id = seed_case(existing_vault, fake_clock, shipped_definitions)
    window = open_seeded(start_app, drive, case_id, "conversations")
    page = window.workspace.records["conversations"]
    _start_conversation(qtbot, drive, page)
    qtbot.keyClicks(page.form.account, "Words typed by mistake.")
    window.case_actions.drafts.flush()
    drive.settle(window)
    assert CONVERSATION_DRAFT in _drafts(window, case_id)
    dialogs.confirm_answers = [True]  # "Throw it away"
    qtbot.keyClick(page.form.cancel, Qt.Key.Key_Space)
    window.case_actions.drafts.flush()
    drive.settle(window)
    assert _drafts(window, case_id) == {}
    window.lock("manual")
    drive.settle(window)
    drive.unlock(window)
    drive.wait_page(window, "caseWorkspace")
    drive.settle(window)
    assert not window.workspace.records["conversations"].form.isVisible()


def test_a_correction_being_typed_stays_open_when_the_list_is_drawn_again(
    start_app, drive, qtbot, existing_vault, fake_clock, shipped_definitions
):
    case_id = seed_case(existing_vault, fake_clock, shipped_definitions)
    window = open_seeded(start_app, drive, case_id, "chronology")
    page = window.workspace.records["chronology"]
    entry_id = _add_entry(qtbot, page, "Met the child at the port.")
    button = drive.find(page, QPushButton, f"correctEntry:{entry_id}")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.keyClicks(page.entries.text, "At the bus station, not the port.")
    # Another entry added while the correction is open: the list is drawn again.
    _add_entry(qtbot, page, "Called the out-of-hours team.")
    assert page.entries.box.isVisible()
    assert page.entries.text.toPlainText() == "At the bus station, not the port."
    # The keyboard goes from the entry's button into the correction, then its buttons.
    button = page.entries.row(entry_id).findChild(QPushButton)  # of the list as drawn now
    qtbot.waitUntil(button.isVisible)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.entries.text
    page.entries.add.setFocus()
    qtbot.keyClick(page.entries.add, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.entries.cancel
    window.case_actions.drafts.flush()
    drive.settle(window)
    assert _drafts(window, case_id)[CORRECTION_DRAFT] == {
        "entry": str(entry_id), "text": "At the bus station, not the port."}


def test_a_time_kept_in_a_draft_means_the_night_it_was_typed_when_it_comes_back(
    qtbot, fake_clock
):
    # "01:10" typed tonight and kept by a pause (the app may crash before the box is left) is
    # tonight, not tomorrow night, when the draft comes back the next day.
    from toolkit_desktop.ui.records.conversation_form import ConversationForm

    form = ConversationForm(fake_clock.now)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.when.edit, "01:10")
    qtbot.keyClicks(form.account, "He kept my phone.")
    kept = form.draft()
    fake_clock.advance(days=1)
    form.reset()
    form.restore(kept)
    assert form.when.value() == "2026-11-28T01:10:00+00:00"
    assert "28 November 2026" in form.when.understood.text()
    assert form.account.toPlainText() == "He kept my phone."
    # Words that are not a date come back as typed, with the box saying why it cannot keep them.
    form.restore({"when": "after tea", "account": "He kept my phone."})
    assert form.when.edit.text() == "after tea" and form.when.value() is None
    assert form.when.problem()


def test_a_form_being_recorded_takes_no_typing_so_its_draft_cannot_come_back(
    start_app, drive, qtbot, existing_vault, fake_clock, shipped_definitions
):
    # Words typed after Record were kept as a draft behind the record that deleted it, and a
    # lock before the record reported back offered the same words again: a second record.
    case_id = seed_case(existing_vault, fake_clock, shipped_definitions)
    window = open_seeded(start_app, drive, case_id, "conversations")
    page = window.workspace.records["conversations"]
    _start_conversation(qtbot, drive, page)
    qtbot.mouseClick(page.form.when.now_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.form.account, "I owe him for the journey.")
    qtbot.mouseClick(page.form.record, Qt.MouseButton.LeftButton)
    assert page.form.account.isReadOnly() and page.form.place.isReadOnly()
    qtbot.keyClicks(page.form.account, " And more.")
    assert page.form.account.toPlainText() == "I owe him for the journey."
    qtbot.waitUntil(lambda: len(page.entries()) == 1, timeout=10_000)
    assert not page.form.account.isReadOnly()
    window.lock("manual")
    drive.settle(window)
    drive.unlock(window)
    drive.wait_page(window, "caseWorkspace")
    drive.settle(window)
    assert not window.workspace.records["conversations"].form.isVisible()
    assert window.session.service.snapshot(case_id).drafts == {}


def test_the_chronology_redrawn_and_come_back_to_chains_tab_without_a_deleted_row(
    start_app, drive, qtbot, existing_vault, fake_clock, shipped_definitions
):
    # The kept Tab chain once held the rows of the list drawn before, deleted a moment later:
    # coming back to the step raised "Internal C++ object already deleted".
    case_id = seed_case(existing_vault, fake_clock, shipped_definitions)
    window = open_seeded(start_app, drive, case_id, "chronology")
    page = window.workspace.records["chronology"]
    _add_entry(qtbot, page, "Met the child at the port.")
    last = _add_entry(qtbot, page, "Called the out-of-hours team.")
    window.workspace.go_to_step("child")
    drive.settle(window)
    window.workspace.go_to_step("chronology")
    drive.settle(window)
    button = page.entries.row(last).findChild(QPushButton)
    qtbot.waitUntil(button.isVisible)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Tab)
    assert page.isAncestorOf(QApplication.focusWidget())  # on to the new entry's form

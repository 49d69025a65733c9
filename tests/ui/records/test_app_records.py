"""Conversations recorded once, the chronology with its corrections, and requests still waiting."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QWidget

from toolkit_desktop.ui.fields.layout_order import layout_widgets

PASSPHRASE = "blue kettle river autumn"  # the root conftest's existing_vault passphrase
ALT = Qt.KeyboardModifier.AltModifier


def seed_case(path, clock, definitions, answers=None, cite_answer=None) -> int:
    """A case made through the services before the app opens; returns its id.

    `cite_answer` (form, field, value) is recorded as coming from a conversation recorded first.
    """
    from toolkit_desktop.services.cases import CaseService
    from toolkit_desktop.services.history import record_conversation
    from toolkit_desktop.storage.vault import Vault

    with Vault.open(path, PASSPHRASE, clock, backup=False) as vault:
        service = CaseService(vault, definitions)
        case = service.start_case(clock.now() - timedelta(hours=2), "Dover", "Amira")
        for (form, field), value in (answers or {}).items():
            service.record_answer(case.id, form, field, value)
        if cite_answer:
            said = record_conversation(
                service, case.id, occurred_at=clock.now() - timedelta(hours=1),
                account="I was born in the spring, I am fifteen.", place="Dover police station",
            )
            form, field, value = cite_answer
            service.record_answer(case.id, form, field, value, conversation_id=said)
        return case.id


def open_seeded(start_app, drive, case_id: int, step: str):
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    window.open_case(case_id, step)
    drive.wait_page(window, "caseWorkspace")
    drive.settle(window)
    return window


def test_a_conversation_is_recorded_once_by_keyboard_and_listed(start_app, drive, qtbot,
                                                                existing_vault):
    window = start_app()
    drive.in_new_case(window, "Amira")
    qtbot.keyClick(window.workspace.step_list, Qt.Key.Key_3, ALT)
    page = window.workspace.records["conversations"]
    assert "correction in the Chronology and agencies step" in drive.find(
        page, QLabel, "conversationsHelp").text()
    start = drive.find(page, QPushButton, "conversationStart")
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Space)
    form = page.form
    assert form.isVisible() and form.when.edit.hasFocus()

    # Nothing said yet: refused with a sentence, nothing recorded.
    qtbot.mouseClick(form.when.now_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.record, Qt.MouseButton.LeftButton)
    problem = drive.find(form, QLabel, "conversationProblem")
    qtbot.waitUntil(problem.isVisible)
    assert "what the child said" in problem.text()
    assert page.entries() == []

    qtbot.keyClicks(form.place, "Dover police station")
    qtbot.keyClicks(form.present, "Amira; Sam Okafor, social worker")
    qtbot.keyClicks(form.interpreter, "By phone, Language Line")
    qtbot.keyClicks(form.language, "Tigrinya")
    qtbot.keyClicks(form.how, "Tired and quiet, <b>hungry</b>")
    qtbot.keyClicks(form.account, "The driver has my passport. I owe him for the journey.")
    qtbot.mouseClick(form.record, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.entries()) == 1, timeout=10_000)

    shown = page.entries()[0]
    text = shown.text()
    assert "Conversation 1" in text and "Dover police station" in text
    assert "The driver has my passport" in text and "Tigrinya" in text
    assert "&lt;b&gt;hungry&lt;/b&gt;" in text  # typed markup is shown, never obeyed
    assert "Not yet cited by any answer" in text
    assert not form.isVisible() and QApplication.focusWidget() is shown
    assert "1 conversation" in window.workspace.step_list.item(2).text()
    # Recorded once: the form is empty again, and the record has no edit button.
    assert form.account.toPlainText() == "" and form.place.text() == ""
    assert not [b for b in page.findChildren(QPushButton) if "Edit" in b.text()]


def test_cancel_asks_before_throwing_away_a_conversation_typed_but_not_recorded(
    start_app, drive, qtbot, existing_vault, fake_clock, dialogs, shipped_definitions
):
    # Tab from "Record" reaches Cancel: one Space there must not lose the child's words.
    case_id = seed_case(existing_vault, fake_clock, shipped_definitions)
    window = open_seeded(start_app, drive, case_id, "conversations")
    page = window.workspace.records["conversations"]
    start = drive.find(page, QPushButton, "conversationStart")
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Space)
    form = page.form
    qtbot.keyClicks(form.account, "He took my phone and said I owe him.")
    dialogs.confirm_answers = [False]  # "Keep it"
    qtbot.keyClick(form.cancel, Qt.Key.Key_Space)
    assert ("confirm", "What you typed has not been recorded. Once thrown away it cannot be "
            "got back.") in dialogs.asked
    assert form.isVisible() and "I owe him" in form.account.toPlainText()
    assert QApplication.focusWidget() is form.account
    dialogs.confirm_answers = [True]  # "Throw it away"
    qtbot.keyClick(form.cancel, Qt.Key.Key_Space)
    assert not form.isVisible() and form.account.toPlainText() == ""
    # Nothing typed: nothing to ask.
    asked = len(dialogs.asked)
    qtbot.keyClick(start, Qt.Key.Key_Space)
    qtbot.keyClick(form.cancel, Qt.Key.Key_Space)
    assert not form.isVisible() and len(dialogs.asked) == asked


def test_what_was_typed_for_one_child_is_never_recorded_in_another_childs_case(
    start_app, drive, qtbot, existing_vault, fake_clock, dialogs, shipped_definitions
):
    first = seed_case(existing_vault, fake_clock, shipped_definitions)
    second = seed_case(existing_vault, fake_clock, shipped_definitions)
    window = open_seeded(start_app, drive, first, "conversations")
    page = window.workspace.records["conversations"]
    start = drive.find(page, QPushButton, "conversationStart")
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Space)
    qtbot.keyClicks(page.form.account, "Amira's words")
    chronology = window.workspace.records["chronology"]
    qtbot.keyClicks(chronology.entry_form.text, "Amira's entry")
    # Both are kept in the vault as this child's drafts: closing now would lose nothing.
    window.case_actions.drafts.flush()
    drive.settle(window)
    assert window._unsaved_at_close() == []
    assert set(window.session.service.snapshot(first).drafts) == {
        "conversation", "chronology-entry"}

    window.show_case_list()
    drive.wait_page(window, "caseListPage")
    window.open_case(second, "conversations")
    drive.wait_page(window, "caseWorkspace")
    qtbot.waitUntil(lambda: window.workspace.snapshot.case.id == second)
    assert not page.form.isVisible() and page.form.account.toPlainText() == ""
    assert chronology.entry_form.text.toPlainText() == ""
    assert window.session.service.snapshot(second).drafts == {}


def test_a_conversation_shows_the_answers_that_cite_it(start_app, drive, existing_vault,
                                                      fake_clock, shipped_definitions):
    case_id = seed_case(existing_vault, fake_clock, shipped_definitions,
                        cite_answer=("child", "claimed_age", 15))
    window = open_seeded(start_app, drive, case_id, "conversations")
    entries = window.workspace.records["conversations"].entries()
    assert len(entries) == 1
    text = entries[0].text()
    assert "Already used for" in text and "no need to ask the child again" in text
    label = shipped_definitions.form("child").field("claimed_age").label
    assert f"Child's details: {label}" in text or label in text


def test_an_answer_said_to_come_from_a_conversation_is_listed_by_it_at_once(
    start_app, drive, qtbot, existing_vault, fake_clock, dialogs, shipped_definitions
):
    # The list is there so that nobody asks the child again: it must not wait for the case to
    # be opened again.
    case_id = seed_case(existing_vault, fake_clock, shipped_definitions,
                        cite_answer=("child", "claimed_age", 15))
    window = open_seeded(start_app, drive, case_id, "child")
    workspace = window.workspace
    talk = workspace.snapshot.conversations[0]
    nationality = shipped_definitions.form("child").field("nationality").label
    page = workspace.records["conversations"]
    assert nationality not in page.entries()[0].text()

    box = workspace.views["child"].widget_for("nationality")
    box.setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Eritrean")
    dialogs.chosen_conversation = talk.id
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, shift)
    qtbot.waitUntil(lambda: nationality in page.entries()[0].text(), timeout=10_000)
    workspace.go_to_step("conversations")
    assert nationality in page.entries()[0].text()
    assert shipped_definitions.form("child").field("claimed_age").label in (
        page.entries()[0].text())


def _entry_frames(page) -> list[QWidget]:
    rows = page.entries.rows
    found = layout_widgets(rows)  # never itemAt (ui.fields.layout_order)
    return [w for w in found if w.objectName().startswith("chronologyEntry:")]


def test_a_chronology_entry_is_added_then_corrected_and_the_original_stays(
    start_app, drive, qtbot, existing_vault
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    qtbot.keyClick(window.workspace.step_list, Qt.Key.Key_7, ALT)
    page = window.workspace.records["chronology"]
    assert window.workspace.pages.currentWidget() is page
    form = page.entry_form
    kind = drive.find(form, QComboBox, "entryKind")
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)  # "Something the child said"
    assert kind.currentData() == "disclosure"
    qtbot.keyClicks(form.text, "Says she arrived in the lorry on Tuesday.")
    qtbot.mouseClick(form.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_entry_frames(page)) == 1, timeout=10_000)
    assert form.text.toPlainText() == ""  # ready for the next entry
    original = _entry_frames(page)[0]
    original_id = int(original.objectName().split(":")[1])
    assert "Says she arrived in the lorry on Tuesday." in original.findChild(
        QLabel, "entryText").text()
    assert "Something the child said" in original.findChild(QLabel, "entryText").text()

    correct = drive.find(original, QPushButton, f"correctEntry:{original_id}")
    qtbot.mouseClick(correct, Qt.MouseButton.LeftButton)
    box = page.entries.box
    assert box.isVisible() and page.entries.text.hasFocus()
    qtbot.keyClicks(page.entries.text, "She arrived on Wednesday, not Tuesday.")
    qtbot.mouseClick(page.entries.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_entry_frames(page)) == 2, timeout=10_000)

    first, second = _entry_frames(page)
    assert first.objectName() == f"chronologyEntry:{original_id}"  # the original is kept
    first_text = first.findChild(QLabel, "entryText").text()
    assert "Says she arrived in the lorry on Tuesday." in first_text
    assert "Corrected:" in first_text
    second_text = second.findChild(QLabel, "entryText").text()
    assert "Correction</b> of the entry of" in second_text
    assert "She arrived on Wednesday, not Tuesday." in second_text
    # Shown under what it corrects, and indented beneath it.
    assert second.layout().contentsMargins().left() > first.layout().contentsMargins().left()
    assert not box.isVisible()
    assert "2 entries" in window.workspace.step_list.item(6).text()


def test_an_empty_correction_is_refused_with_a_sentence(start_app, drive, qtbot, existing_vault,
                                                       fake_clock, shipped_definitions):
    case_id = seed_case(existing_vault, fake_clock, shipped_definitions)
    window = open_seeded(start_app, drive, case_id, "chronology")
    page = window.workspace.records["chronology"]
    qtbot.keyClicks(page.entry_form.text, "Strategy discussion held with the police.")
    qtbot.mouseClick(page.entry_form.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_entry_frames(page)) == 1, timeout=10_000)
    entry_id = _entry_frames(page)[0].objectName().split(":")[1]
    qtbot.mouseClick(drive.find(page, QPushButton, f"correctEntry:{entry_id}"),
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.entries.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.entries.problem.isVisible, timeout=10_000)
    assert "needs some text" in page.entries.problem.text()
    assert len(_entry_frames(page)) == 1


def test_requests_waiting_show_their_days_by_the_injected_clock(
    start_app, drive, qtbot, existing_vault, fake_clock, shipped_definitions
):
    today = fake_clock.now().astimezone().date()
    sent = (today - timedelta(days=8)).isoformat()
    contacts = [
        {"agency": "Home Office", "what_was_asked": "Immigration history", "contacted_on": sent,
         "awaiting_answer": "yes"},
        {"agency": "Police", "contacted_on": sent, "awaiting_answer": "yes",
         "answered_on": today.isoformat()},
    ]
    case_id = seed_case(existing_vault, fake_clock, shipped_definitions,
                        {("agencies", "contacts"): contacts})
    window = open_seeded(start_app, drive, case_id, "chronology")
    waiting = drive.find(window, QLabel, "waitingList")
    assert waiting.isVisible()
    assert "Home Office (Immigration history): waiting 8 days" in waiting.text()
    assert "Police" not in waiting.text()  # answered: no longer waiting
    assert waiting.accessibleName() == "Waiting for an answer: 1"

    fake_clock.advance(days=2, minutes=-1)  # two days on, as the laptop slept
    window.workspace.go_to_step("child")
    window.workspace.go_to_step("chronology")
    assert "waiting 10 days" in waiting.text()


def test_the_agencies_form_saves_from_inside_the_chronology_step(start_app, drive, qtbot,
                                                                existing_vault):
    window = start_app()
    drive.in_new_case(window, "Amira")
    # One step, not two: the agencies form is no longer a step of its own.
    assert "agencies" not in [step.id for step in window.workspace.steps]
    window.workspace.go_to_step("chronology")
    page = window.workspace.records["chronology"]
    assert window.workspace.views["agencies"] is page
    group = page.widget_for("contacts")
    qtbot.mouseClick(group.add_button, Qt.MouseButton.LeftButton)
    row = group.rows[0]
    qtbot.keyClicks(row.widgets["agency"].edit, "Home Office")
    qtbot.mouseClick(row.widgets["awaiting_answer"].radios.buttons["yes"],
                     Qt.MouseButton.LeftButton)
    waiting = drive.find(page, QLabel, "waitingList")
    # Shown as it is typed, and saved like any other answer.
    assert "Home Office: waiting; the date of the request is not recorded." in waiting.text()
    status = drive.find(window, QLabel, "saveStatus")
    qtbot.waitUntil(lambda: status.text().startswith("Saved at"), timeout=10_000)
    drive.settle(window)
    assert window.workspace.answers["agencies"]["contacts"][0]["agency"] == "Home Office"


def test_opening_the_chronology_puts_the_keyboard_in_the_new_entry_not_on_an_old_one(
    start_app, drive, qtbot, existing_vault
):
    """Alt+7 with entries already there: the first words typed go into the new entry, never
    onto a read-only entry where they were silently lost."""
    window = start_app()
    drive.in_new_case(window, "Amira")
    qtbot.keyClick(window.workspace.step_list, Qt.Key.Key_7, ALT)
    page = window.workspace.records["chronology"]
    form = page.entry_form
    qtbot.keyClicks(form.text, "Says she arrived in the lorry on Tuesday.")
    qtbot.mouseClick(form.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_entry_frames(page)) == 1, timeout=10_000)
    qtbot.keyClick(window.workspace.step_list, Qt.Key.Key_1, ALT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_7, ALT)
    assert form.isAncestorOf(QApplication.focusWidget())

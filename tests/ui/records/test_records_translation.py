"""Under the pseudo language every word the records room writes shows as ⟦word⟧: the conversations
step (with one conversation recorded, the chooser and the note under a cited answer), the
chronology step (with an entry, a correction box open, and requests waiting), the documents step,
the history dialog, the reason prompt, and the texts it sends to the dialogs seam.

What stays bare is only the practitioner's data, dates, the definitions' words and the words of
`toolkit_desktop.domain` / `toolkit_desktop.services`, each removed below by its exact value."""

from __future__ import annotations

import html
import re
from datetime import timedelta

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from toolkit_desktop.domain.missing_episodes import FROM_RECORD
from toolkit_desktop.domain.records import PackExport
from toolkit_desktop.domain.steps import DOCUMENTS
from toolkit_desktop.domain.wording import ZONE_NAME, day_and_time
from toolkit_desktop.services.history import HistoryItem, record_conversation
from toolkit_desktop.ui.common.language import PSEUDO
from toolkit_desktop.ui.fields.layout_order import layout_widgets
from toolkit_desktop.ui.records.cite import ConversationChooser
from toolkit_desktop.ui.records.history_dialog import HistoryDialog, history_html, history_rows
from toolkit_desktop.ui.records.reason_prompt import ReasonPrompt

PASS = "blue kettle river autumn"  # the conftest's existing_vault
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
# What the practitioner types, or a recorded conversation holds: their data, never translated.
PLACE = "Dover police station"
PRESENT = "Amira and Sam Okafor"
INTERPRETER = "By phone"
LANGUAGE = "Tigrinya"
HOW = "Tired and quiet"
SAID = "The driver has my passport"
TYPED = (PLACE, PRESENT, INTERPRETER, LANGUAGE, HOW, SAID)


def bare(text: str, *known: str) -> list[str]:
    """The words of `text` outside every ⟦…⟧, once markup and the `known` values (typed data,
    dates, definitions and domain words) are taken out: [] when all else went through
    translation."""
    while (inner := re.sub(r"⟦[^⟦⟧]*⟧", "", text)) != text:  # innermost first: they nest
        text = inner
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    for value in sorted(known, key=len, reverse=True):
        text = text.replace(value, " ")
    return re.findall(r"[^\W\d_]+", text)


def spoken(page: QWidget) -> list[str]:
    """What a screen reader says of the widgets shown on `page`: their accessible names and
    descriptions (words.visible reads those of text boxes only)."""
    said = []
    for widget in [page, *page.findChildren(QWidget)]:
        if widget is page or widget.isVisibleTo(page):
            said += [w for w in (widget.accessibleName(), widget.accessibleDescription()) if w]
    return said


def escaped_speech(page: QWidget, *known: str) -> list[str]:
    """The accessible names and descriptions on `page` with a word that escaped translation."""
    return [text for text in spoken(page) if bare(text, *known)]


def saved(window) -> bool:
    return window.autosaver.unsaved == 0 and window.worker.pending == 0


def test_the_conversations_step_and_its_chooser_go_through_translation(
    start_app, drive, qtbot, existing_vault, speak, words, dialogs, shipped_definitions
):
    speak(PSEUDO)
    window = start_app()
    drive.in_new_case(window, "Amira")
    drive.settle(window)
    workspace = window.workspace
    workspace.go_to_step("conversations")
    page = workspace.records["conversations"]
    assert page.list_title.text().startswith("⟦Recorded conversations: none yet")
    assert words.escaped(page) == []

    qtbot.mouseClick(page.start, Qt.MouseButton.LeftButton)
    form = page.form
    assert form.isVisible()
    assert words.escaped(page) == []
    assert escaped_speech(form) == []  # the long boxes' names and the help read with them

    qtbot.mouseClick(form.when.now_button, Qt.MouseButton.LeftButton)
    for box, text in ((form.place, PLACE), (form.present, PRESENT),
                      (form.interpreter, INTERPRETER), (form.language, LANGUAGE),
                      (form.how, HOW), (form.account, SAID)):
        qtbot.keyClicks(box, text)
    qtbot.mouseClick(form.record, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.entries()) == 1, timeout=10_000)
    drive.settle(window)
    [shown] = page.entries()
    talk = workspace.snapshot.conversations[0]
    assert shown.text().startswith("<b>⟦Conversation 1: ")
    assert bare(shown.text(), *TYPED, talk.recorded_by) == []
    assert page.list_title.text() == "⟦Recorded conversations (1)⟧"
    assert words.escaped(page) == []
    assert escaped_speech(page, *TYPED, talk.recorded_by) == []

    # The chooser the dialogs seam shows when an answer is said to come from a conversation.
    chooser = ConversationChooser(workspace.snapshot.conversations, window)
    qtbot.addWidget(chooser)
    chooser.show()
    assert "⟦" in chooser.windowTitle()
    assert words.escaped(chooser) == []
    choice = chooser.list.item(0).text()
    # When and where (its month in the app's language too), who was present, the interpreter.
    assert choice.count("⟦") == 4 and "⟦November⟧" in choice
    assert bare(choice, *TYPED) == []
    chooser.close()
    window.activateWindow()  # offscreen, no window manager hands the keyboard back
    qtbot.waitUntil(window.isActiveWindow)

    # An answer said to come from it shows a note under it; the conversation then lists it.
    workspace.go_to_step("child")
    view = workspace.views["child"]
    view.widget_for("nationality").setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Eritrean")
    qtbot.waitUntil(lambda: saved(window))
    dialogs.chosen_conversation = talk.id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.waitUntil(lambda: ("choose_conversation", "1") in dialogs.asked)
    qtbot.waitUntil(lambda: saved(window))
    note = drive.find(drive.find(view, QWidget, "row:child.nationality"), QLabel, "source-note")
    qtbot.waitUntil(note.isVisible)
    assert note.text().startswith("⟦From the conversation on ") and bare(note.text(), *TYPED) == []

    # The conversation now names the cited answer.
    workspace.go_to_step("conversations")
    page = workspace.records["conversations"]
    child = shipped_definitions.form("child")
    # The definitions' words: the form's title and the question's label (cited_labels).
    cited = f"{child.title}: {child.field('nationality').label}"
    qtbot.waitUntil(lambda: "Already used for" in page.entries()[0].text(), timeout=10_000)
    assert bare(page.entries()[0].text(), *TYPED, talk.recorded_by, cited) == []


def _seed_case(path, clock, definitions) -> tuple[int, int]:
    """A case with a conversation and three requests to agencies still waiting; its id and the
    conversation's."""
    from toolkit_desktop.services.cases import CaseService
    from toolkit_desktop.storage.vault import Vault

    today = clock.now().astimezone().date()
    contacts = [
        {"agency": "Home Office", "what_was_asked": "Immigration history",
         "contacted_on": (today - timedelta(days=8)).isoformat(), "awaiting_answer": "yes"},
        {"agency": "Police", "contacted_on": (today - timedelta(days=1)).isoformat(),
         "awaiting_answer": "yes"},
        {"agency": "School", "contacted_on": today.isoformat(), "awaiting_answer": "yes"},
        {"agency": "GP", "awaiting_answer": "yes"},
    ]
    with Vault.open(path, PASS, clock, backup=False) as vault:
        service = CaseService(vault, definitions)
        case = service.start_case(clock.now() - timedelta(hours=2), "Dover", "Amira")
        service.record_answer(case.id, "agencies", "contacts", contacts)
        talk = record_conversation(service, case.id, occurred_at=clock.now() - timedelta(hours=1),
                                   account=SAID, place=PLACE)
        return case.id, talk


def _entries(page) -> list[QWidget]:
    return [w for w in layout_widgets(page.entries.rows)  # never itemAt (ui.fields.layout_order)
            if w.objectName().startswith("chronologyEntry:")]


def test_the_chronology_step_with_an_entry_and_its_correction_box_goes_through_translation(
    start_app, drive, qtbot, existing_vault, fake_clock, shipped_definitions, speak, words
):
    case_id, talk = _seed_case(existing_vault, fake_clock, shipped_definitions)
    speak(PSEUDO)
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    window.open_case(case_id, "chronology")
    drive.wait_page(window, "caseWorkspace")
    drive.settle(window)
    page = window.workspace.records["chronology"]
    assert window.workspace.pages.currentWidget() is page
    # The block above the agencies form; the form itself is the definitions' (and the forms'
    # room's) words.
    block = page.entries.parentWidget()
    assert page.findChild(QLabel, "emptyList").text().startswith("⟦")
    assert words.escaped(block) == []
    form = page.entry_form
    for combo in (form.kind, form.source):
        items = [combo.itemText(i) for i in range(combo.count())]
        assert [item for item in items if bare(item, PLACE)] == [], items
    assert form.source.count() == 2 and form.source.itemText(1).startswith("⟦Conversation 1: ")

    # The requests waiting: the agencies and what was asked are the practitioner's.
    waiting = page.waiting
    # Four sentences, and the days and months of their dates, in the app's language.
    assert waiting.text().count("<li>⟦") == 4 and "since ⟦Fri⟧ 20 ⟦Nov⟧ 2026" in waiting.text()
    assert bare(waiting.text()) == []
    assert bare(waiting.accessibleName()) == [] and bare(waiting.accessibleDescription()) == []

    qtbot.keyClicks(form.text, SAID)
    form.source.setCurrentIndex(1)
    qtbot.mouseClick(form.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_entries(page)) == 1, timeout=10_000)
    drive.settle(window)
    [entry] = window.workspace.snapshot.chronology
    when = day_and_time(entry.occurred_at)  # a date: never translated
    [row] = _entries(page)
    text = row.findChild(QLabel, "entryText").text()
    assert "⟦Recorded " in text and bare(text, SAID, when) == []
    assert words.escaped(block) == []
    assert escaped_speech(block, SAID, when, entry.recorded_by) == []

    correct = drive.find(row, QWidget, f"correctEntry:{entry.id}")
    qtbot.mouseClick(correct, Qt.MouseButton.LeftButton)
    box = page.entries.box
    assert box.isVisible()
    assert page.entries.box_title.text().startswith("⟦Correct the entry of ")
    assert words.escaped(block) == []
    assert escaped_speech(block, SAID, when, entry.recorded_by) == []
    assert bare(page.entries.text.accessibleName()) == []

    qtbot.keyClicks(page.entries.text, "She said it on Wednesday")
    qtbot.mouseClick(page.entries.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_entries(page)) == 2, timeout=10_000)
    drive.settle(window)
    first, second = (r.findChild(QLabel, "entryText").text() for r in _entries(page))
    assert "⟦<b>Corrected:</b>" in first and bare(first, SAID, when) == []
    assert second.startswith("⟦<b>Correction</b> of the entry of ")
    assert bare(second, "She said it on Wednesday") == []
    assert words.escaped(block) == []


def test_the_episodes_in_the_chronology_say_where_they_are_changed_in_the_language(
    qtbot, speak
):
    from datetime import UTC, datetime

    from toolkit_desktop.domain.missing_episodes import MOMENT_WORDS, episode_moments
    from toolkit_desktop.ui.records.chronology_list import ChronologyList

    speak(PSEUDO)
    shown = ChronologyList()
    qtbot.addWidget(shown)
    episodes = episode_moments({"immediate_safeguarding": {"missing_episodes": [
        {"went_missing_at": "2026-11-28T02:14:00+00:00", "went_missing_from": "school"}]}})
    shown.show_entries([], [], episodes)
    [moment] = episodes
    text = shown.findChild(QLabel, "episodeText")
    # The moment's words and FROM_RECORD are the domain's (domain.missing_episodes).
    domain = (moment.text, MOMENT_WORDS[moment.kind], FROM_RECORD,
              day_and_time(datetime(2026, 11, 28, 2, 14, tzinfo=UTC)))
    assert f"⟦{FROM_RECORD}: " in text.text()
    assert bare(text.text(), *domain) == []
    assert bare(text.accessibleDescription(), *domain) == []


def _png(path):
    Image.new("RGB", (40, 30), (200, 120, 40)).save(path, "PNG")
    return path


def test_the_documents_step_and_its_texts_for_the_dialogs_seam_go_through_translation(
    start_app, drive, qtbot, existing_vault, tmp_path, speak, words, dialogs
):
    seen = dialogs.shown
    photo = _png(tmp_path / "IMG_2041.png")
    letter = tmp_path / "gp.pdf"
    letter.write_bytes(b"%PDF-1.4\n%%EOF\n")
    speak(PSEUDO)
    window = start_app()
    drive.in_new_case(window, "Amira")
    drive.settle(window)
    workspace = window.workspace
    page = workspace.records[DOCUMENTS]
    chosen = [photo, letter]
    page.chooser = lambda parent: chosen.pop(0) if chosen else None  # the file chooser's seam
    workspace.go_to_step(DOCUMENTS)
    assert workspace.pages.currentWidget() is page
    assert words.escaped(page) == []

    qtbot.keyClick(page.add_button, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert page.details.isVisible()
    assert page.chosen_label.text() == f"⟦File: {photo.name}⟧"
    assert words.escaped(page) == []
    qtbot.keyClicks(page.description, "Photo at the duty office")
    qtbot.keyClick(page.description, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.date, "27/11/2026")
    qtbot.keyClick(page.date, Qt.Key.Key_Tab)
    qtbot.keyClick(page.photo, Qt.Key.Key_Space)
    qtbot.keyClick(page.photo, Qt.Key.Key_Return)
    drive.settle(window)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    # The kind ("PNG image") and size are domain.attachments' words, inside the sentence.
    assert page.status.text().startswith("⟦Attached as number 1: ")
    assert bare(page.status.text(), "PNG image") == []
    line = page.list.item(0).text()
    assert line.startswith("⟦1. ") and bare(line, "Photo at the duty office") == []
    assert words.escaped(page) == []

    page.choose()
    qtbot.keyClicks(page.description, "Letter from the GP")
    qtbot.keyClick(page.description, Qt.Key.Key_Return)
    drive.settle(window)
    qtbot.waitUntil(lambda: page.list.count() == 2)
    assert "⟦no date⟧" in page.list.item(1).text()  # inside the line's own ⟦…⟧
    page.list.setCurrentRow(1)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)  # a PDF is not shown: the seam says why
    drive.settle(window)
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, *_ in seen))
    [(_, title, text)] = [s for s in seen if s[0] == "inform"]
    assert title == "Letter from the GP"  # its title is the description typed
    assert text.startswith("⟦Letter from the GP is a PDF") and bare(text) == []

    dialogs.reasons = ["Sent to the wrong case"]
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    drive.settle(window)
    [(_, title, question)] = [s for s in seen if s[0] == "ask_reason"]
    assert title.startswith("⟦") and bare(title) == []
    assert question.startswith("⟦Why is “Letter from the GP” being removed?")
    qtbot.waitUntil(lambda: page.status.text().startswith("⟦Attachment 2 was removed"))
    removed = page.list.item(1).text()
    assert "⟦2. Removed: " in removed and bare(removed) == []
    assert words.escaped(page) == []


def test_the_reason_asked_for_a_change_after_a_pack_and_the_history_go_through_translation(
    start_app, drive, qtbot, existing_vault, dialogs, fake_clock, speak, words,
    shipped_definitions
):
    from toolkit_desktop.ui.records.amendments import unasked_reason

    seen = dialogs.shown
    speak(PSEUDO)
    window = start_app()
    drive.in_new_case(window, "Amira")
    drive.settle(window)
    window.workspace.go_to_step("child")
    given = window.workspace.views["child"].widget_for("given_names").edit
    given.setFocus()
    qtbot.keyClicks(given, "Amira")
    qtbot.waitUntil(lambda: saved(window))
    case_id = window.workspace.snapshot.case.id
    window.session.vault.cases.record_export(
        PackExport(case_id, 1, fake_clock.now(), "Sam Okafor", "/tmp/pack-1.pdf"))
    fake_clock.advance(minutes=1)

    dialogs.reasons = [None]  # "Keep the saved answer"
    qtbot.keyClicks(given, " Selam")
    qtbot.waitUntil(lambda: given.text() == "Amira", timeout=10_000)
    drive.settle(window)
    [(_, title, question)] = [s for s in seen if s[0] == "ask_reason"]
    # The question's label is the definitions'; the sentence after it the case service's.
    assert title.startswith("⟦") and bare(title) == []
    assert question.startswith("⟦You changed “") and bare(question) == []
    kept = window.statusBar().currentMessage()
    assert kept.startswith("⟦Kept the saved answer to “") and bare(kept) == []

    # The prompt the seam shows, with what was sent to it.
    prompt = ReasonPrompt(title, question, window)
    qtbot.addWidget(prompt)
    prompt.show()
    assert words.escaped(prompt) == []
    prompt.close()
    window.activateWindow()  # offscreen, no window manager hands the keyboard back
    qtbot.waitUntil(window.isActiveWindow)
    given.setFocus()

    dialogs.reasons = ["Full name given at the second visit"]
    qtbot.keyClicks(given, " Selam")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("⟦Saved with"),
                    timeout=10_000)
    drive.settle(window)
    # Kept in the vault with the change, and printed in the English pack: never translated.
    assert unasked_reason(fake_clock.now()).startswith("No reason given")

    # Ctrl+H: the rows sent to the seam, then the dialog that shows them.
    qtbot.keyClick(given, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(dialogs.histories) == 1)
    title, rows = dialogs.histories[0]  # the title is the workspace room's words
    dialog = HistoryDialog(title, rows, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert words.escaped(dialog) == []
    assert escaped_speech(dialog, title) == []
    headers = re.findall(r"<th[^>]*>(.*?)</th>", history_html(rows))
    assert len(headers) == 5 and [h for h in headers if bare(h, ZONE_NAME)] == []
    dialog.close()

    # A cleared answer, one set aside, and a question with nothing recorded yet.
    field = shipped_definitions.form("child").field("given_names")
    at = fake_clock.now()
    [cleared] = history_rows(field, "given_names", [HistoryItem(None, at, "Sam", None, None)])
    assert cleared.value == "⟦Cleared (no answer)⟧"
    [aside] = history_rows(None, "_section:identity",
                           [HistoryItem({"reason": "Not known yet"}, at, "Sam", None, None)])
    assert aside.value.startswith("⟦Marked not relevant here.") and bare(aside.value) == []
    assert bare(history_html([])) == []

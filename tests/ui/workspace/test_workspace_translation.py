"""Under the pseudo language every word the workspace and the pack room write themselves goes
through translation: the case header, the steps' list, the save status, the side panel, "What
next", the Referral step's pack block, the pack dialog and the online form's answers.

What stays as it is, and is taken out below by its exact text: what the practitioner typed, the
definitions' own words (form and step titles, prompts, questions, the online form's pages), and
the sentences of `toolkit_desktop.domain` (the matrix summary, the decisions in words, the steps'
progress) and of the services (the pack's contents).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QPushButton, QWidget

from toolkit_desktop.domain.decisions import decision_lines, decision_state
from toolkit_desktop.domain.matrix_words import NOT_A_SCORE, UNDER_TEN
from toolkit_desktop.domain.nrm_dates import NrmDates
from toolkit_desktop.domain.online_form import OnlineAnswer
from toolkit_desktop.domain.steps import step_progress
from toolkit_desktop.ui.common.language import PSEUDO
from toolkit_desktop.ui.pack.export_dialog import ExportDialog
from toolkit_desktop.ui.pack.online_answers_dialog import OnlineAnswersDialog, summary
from toolkit_desktop.ui.workspace.case_header import nrm_line
from toolkit_desktop.ui.workspace.pack_flow import saved_sentence, suggested_file
from toolkit_desktop.ui.workspace.what_next import WhatNextPanel

PASSPHRASE = "blue kettle river autumn"  # the root conftest's existing_vault passphrase
TRANSLATED = "⟦"
ANSWERS = {
    ("nrm_referral", "uk_nation"): "wales",
    ("nrm_referral", "la_phone"): "01632 960 000",
    ("nrm_referral", "exploitation_where"): "uk",
    ("nrm_referral", "exploitation_places"): [{"town": "Cardiff"}, {"town": "Newport"}],
    ("child", "given_names"): "Amira",
    ("trafficking_assessment", "last_contact_with_exploiters"): "2026-11-25",
}


def bracketed(said) -> str:
    """A domain Said as the pseudo language shows it: its sentence bracketed, values in it."""
    return f"⟦{said.text}⟧".format(**{k: str(v) for k, v in said.values.items()})


def seed_case(path, clock, definitions) -> int:
    from toolkit_desktop.services.cases import CaseService
    from toolkit_desktop.storage.vault import Vault

    with Vault.open(path, PASSPHRASE, clock, backup=False) as vault:
        service = CaseService(vault, definitions)
        case = service.start_case(clock.now() - timedelta(days=2), "Dover", "Amira")
        for (form, field), value in ANSWERS.items():
            service.record_answer(case.id, form, field, value)
        return case.id


def without(found: list[str], *kept: str) -> list[str]:
    """`found` less the texts that legitimately stay as they are (each removed once per copy)."""
    keep = set(kept)
    return [text for text in found if text not in keep]


def chrome_words(words, workspace) -> list[str]:
    """The visible words of the workspace around the step's page (the page is the form's room)."""
    around = Counter(words.visible(workspace)) - Counter(words.visible(workspace.pages))
    return list(around.elements())


def definitions_texts(definitions, steps) -> set[str]:
    """Form and step titles and prompts: the definitions' (and domain.steps') own words."""
    return ({f.title for f in definitions.forms.values()} | {s.title for s in steps}
            | {p.text for p in definitions.prompts})


def test_the_workspace_around_the_page_speaks_through_translation(
    start_app, drive, qtbot, existing_vault, shipped_definitions, speak, words
):
    speak(PSEUDO)
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    status = drive.find(window.statusBar(), QLabel, "saveStatus")
    assert TRANSLATED in status.text() and TRANSLATED in status.accessibleName()
    drive.new_case(window, "Amira")
    ws = window.workspace
    panel = window.findChild(WhatNextPanel, "whatNext")
    qtbot.waitUntil(lambda: len(panel.prompt_texts()) > 2, timeout=10_000)
    more = drive.find(panel, QPushButton, "whatNextMore")
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)  # every prompt and its button on show
    assert more.text().startswith(TRANSLATED)

    # The summary's sentences are domain.matrix_words', marked there and said here; the
    # blocks' titles inside them are the definitions' words.
    matrix = drive.find(ws.side, QLabel, "matrixSummary")
    assert escape(f"⟦{NOT_A_SCORE}⟧") in matrix.text()
    assert "⟦Nothing is marked known or suspected in both" in matrix.text()
    assert "⟦{known} known" not in matrix.text() and "⟦0 known · 0 suspected" in matrix.text()
    assert f"⟦{UNDER_TEN}⟧" == ws.side.caution.text()
    found = chrome_words(words, ws)
    assert found, "the header, steps, What next and side panel show words"
    assert without(
        words.untranslated(found),
        # The prompts' wording is data (resources/prompts.yaml), and the forms' and steps'
        # titles the definitions' and domain.steps'.
        *definitions_texts(shipped_definitions, ws.steps),
    ) == []
    # The name typed, the reference and the place stay as they are inside translated sentences.
    header = ws.header
    assert "Amira" in header.name.text() and TRANSLATED in header.name.accessibleName()
    assert "Dover, eastern docks" in header.since.text()
    # The age's label is domain.age's, marked there and said here.
    assert header.age.text() == "⟦Age: ⟦age not known (presumed child)⟧⟧"

    # Each step's title and its progress words are domain.steps', marked there and said in the
    # list: "1. ⟦Immediate safeguarding⟧ / ⟦not started⟧", "3. ⟦…⟧ / ⟦none yet⟧".
    assert TRANSLATED in ws.step_list.accessibleName()
    answers = ws.shown_answers()
    counts = (len(ws.snapshot.conversations), len(ws.snapshot.chronology))
    documents = ws.records["documents"]
    qtbot.waitUntil(lambda: documents.count is not None, timeout=10_000)  # read after opening
    entries = [
        f"{row + 1}. ⟦{step.title}⟧\n     "
        + bracketed(step_progress(step, shipped_definitions, answers, *counts, documents.count))
        for row, step in enumerate(ws.steps)
    ]
    qtbot.waitUntil(lambda: [ws.step_list.item(r).text() for r in range(len(entries))] == entries)
    assert "⟦none yet⟧" in ws.step_list.item(2).text()

    # The buttons' tooltips and the spoken texts of "Still needed".
    go_buttons = [b for b in panel.buttons() if b is not more]
    assert go_buttons and all(TRANSLATED in b.toolTip() for b in go_buttons)
    assert TRANSLATED in panel.accessibleName()
    missing = drive.find(ws.side, QListWidget, "missingList")
    entries = [missing.item(r) for r in range(missing.count())
               if missing.item(r).data(Qt.ItemDataRole.UserRole)]
    assert entries and all(
        TRANSLATED in e.data(Qt.ItemDataRole.AccessibleTextRole) for e in entries)
    assert TRANSLATED in matrix.accessibleName()

    # An answer saved: the status bar says so in the app's language.
    view = ws.views["immediate_safeguarding"]
    qtbot.mouseClick(view.widget_for("child_safe_at").now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved at" in status.text(), timeout=10_000)
    assert words.escaped(window.statusBar()) == []
    assert TRANSLATED in status.accessibleDescription()


def test_the_referral_step_the_pack_dialog_and_the_online_answers_speak_through_translation(
    start_app, drive, qtbot, existing_vault, fake_clock, shipped_definitions, dialogs, speak,
    words, tmp_path
):
    case_id = seed_case(existing_vault, fake_clock, shipped_definitions)
    speak(PSEUDO)
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    window.open_case(case_id, "referral")
    drive.wait_page(window, "caseWorkspace")
    drive.settle(window)
    ws = window.workspace
    assert ws.current_step() == "referral"
    page = ws.views["nrm_referral"]

    # The block above the referral form: the decisions, the pack and the online answers.
    block = drive.find(page, QFrame, "decisionsBox").parentWidget()
    shown = ws.shown_answers()
    decisions = "<br>".join(escape(line)
                            for line in decision_lines(decision_state(shown), shown))
    assert without(
        words.escaped(block),
        decisions,  # domain.decisions: the decisions in words
    ) == []
    online = drive.find(page, QPushButton, "showOnlineAnswers")
    assert TRANSLATED in online.toolTip()
    assert TRANSLATED in drive.find(page, QLabel, "decisionState").accessibleName()

    # The pack dialog, as it opens and once the pack's contents are read.
    qtbot.mouseClick(drive.find(page, QPushButton, "makePack"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None)
    dialog = window.findChild(ExportDialog)
    qtbot.waitExposed(dialog)
    preview = drive.find(dialog, QListWidget, "packPreview")
    qtbot.waitUntil(lambda: preview.count() > 5, timeout=10_000)  # services.session's lines
    assert TRANSLATED in dialog.windowTitle()
    assert words.escaped(dialog) == []
    # Two passwords that differ: the dialog says so, and what the password does.
    qtbot.keyClicks(dialog.password, "kestrel")
    qtbot.keyClicks(dialog.again, "kestrol")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    problem = drive.find(dialog, QLabel, "packProblem")
    assert problem.isVisible()
    # "Problem: {text}" is the common room's; the sentence inside it is the dialog's own.
    assert problem.text().count(TRANSLATED) == 2
    assert words.escaped(dialog) == []

    # Where to save: the file dialog's title, filter and suggested name are ours too.
    asked: list[tuple[str, Path, str]] = []
    chosen = tmp_path / "pack.pdf"

    def choose_save_file(parent, title, start, file_filter):
        asked.append((title, start, file_filter))
        return chosen

    dialogs.choose_save_file = choose_save_file
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, "kestrel")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    ((title, start, file_filter),) = asked
    assert TRANSLATED in title and TRANSLATED in file_filter and TRANSLATED in start.name
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None, timeout=60_000)
    assert TRANSLATED in window.statusBar().currentMessage()  # the version saved, and where
    assert chosen.is_file()

    # The answers in the online form's order.
    qtbot.mouseClick(online, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(OnlineAnswersDialog) is not None)
    listing = window.findChild(OnlineAnswersDialog)
    qtbot.waitExposed(listing)
    assert TRANSLATED in listing.windowTitle()
    listed = listing.answers
    assert listing.copy_buttons and listing.go_buttons  # both kinds of button on show
    assert any(not a.required for a in listed)
    kept = [
        # The online form's pages and questions are the definitions' (nrm_online_form.yaml).
        *(a.page for a in listed),
        *(f"{a.number}. {a.question}" for a in listed if a.required),
        # The case's answers, as the domain puts them into words for the online form.
        *(a.answer for a in listed),
        # A question's own note (the definitions'), where no "From ..." goes before it: the
        # answer is the referral form's own, or there is none.
        *(a.note for a in listed if not a.came_from or (a.go_to or ("",))[0] == "nrm_referral"),
    ]
    assert without(words.escaped(listing), *kept) == []
    for button in listing.buttons_in_order():
        assert TRANSLATED in button.accessibleName()
    copy = next(iter(listing.copy_buttons.values()))
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert TRANSLATED in drive.find(listing, QLabel, "onlineAnswersStatus").text()
    listing.reject()


def test_the_sentences_for_each_case_speak_through_translation(qtbot, dialogs, speak):
    """What shows only in some cases: each way the header says the NRM dates, the pack's saved
    sentence, the online list's summary, and a practice case's pack dialog."""
    speak(PSEUDO)
    today = date(2026, 11, 28)

    def dates(expected: date | None, overdue: bool = False, ends: date | None = None):
        return NrmDates(expected, overdue, ends, False, None, None)

    lines = [
        nrm_line(None, "", today),
        nrm_line(dates(None, ends=today), "positive", today),
        nrm_line(dates(None), "positive", today),
        nrm_line(dates(None), "negative", today),
        nrm_line(dates(None), "", today),
        nrm_line(dates(today - timedelta(days=1), overdue=True), "", today),
        nrm_line(dates(today - timedelta(days=3), overdue=True), "", today),
        nrm_line(dates(today + timedelta(days=3)), "", today),
        saved_sentence(2, Path("/tmp/pack.pdf"), True),
        saved_sentence(2, Path("/tmp/pack.pdf"), False),
        suggested_file("REF-1").name,
    ]

    def answer(missing: bool) -> OnlineAnswer:
        return OnlineAnswer(1, "Page", "Question", "", True, missing)

    lines += [summary([]), summary([answer(False)]), summary([answer(True)]),
              summary([answer(True), answer(True)])]
    assert [line for line in lines if TRANSLATED not in line] == []

    practice = ExportDialog(dialogs, Path("pack.pdf"), training=True)
    qtbot.addWidget(practice)
    assert TRANSLATED in drive_text(practice, "packTraining")
    reading = practice.findChild(QListWidget, "packPreview").item(0).text()
    assert TRANSLATED in reading  # "Reading the case…", until the contents arrive
    listing = OnlineAnswersDialog([], training=True)
    qtbot.addWidget(listing)
    assert TRANSLATED in drive_text(listing, "onlineAnswersTraining")
    assert TRANSLATED in drive_text(listing, "onlineAnswersSummary")


def drive_text(parent: QWidget, name: str) -> str:
    label = parent.findChild(QLabel, name)
    assert label is not None, name
    return label.text()

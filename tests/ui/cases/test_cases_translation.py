"""Under the pseudo language every word the case list room writes shows as ⟦word⟧: the list (empty,
with cases, searched), the new-case dialog, the coordinator's overview and the delete flow's texts
sent to the dialogs seam. What stays bare is only the practitioner's data and the words of
`toolkit_desktop.domain` and `toolkit_desktop.services`, each filtered below by its exact value."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTableView

from toolkit_desktop.ui.cases.case_table import AGE, CHANGED, NAME, REFERENCE, SINCE, STAGE
from toolkit_desktop.ui.cases.new_case import NewCaseDialog
from toolkit_desktop.ui.cases.overview_dialog import OverviewDialog
from toolkit_desktop.ui.common.language import PSEUDO

PASS = "blue kettle river autumn"  # the conftest's existing_vault
MET = datetime(2026, 11, 27, 22, 30, tzinfo=UTC)


def bare(text: str) -> str:
    """What of `text` lies outside every ⟦…⟧: "" when all of it went through translation."""
    while (inner := re.sub(r"⟦[^⟦⟧]*⟧", "", text)) != text:  # innermost first: they nest
        text = inner
    return text.strip()


def add_cases(path, clock, definitions) -> None:
    """Minh (also Mimi), met at Dover, with every immediate safeguarding step recorded; and Ana,
    with no first contact and nothing recorded (so the list and the overview say "Not
    recorded")."""
    from toolkit_desktop.domain.form_ids import SAFEGUARDING_FORM
    from toolkit_desktop.services.overview import _safety_steps  # the steps the overview counts
    from toolkit_desktop.storage.vault import Vault

    with Vault.open(path, PASS, clock) as vault:
        for name, at, place in (("Minh", MET, "Dover"), ("Ana", None, "")):
            case = vault.cases.create(first_contact_at=at, first_contact_place=place)
            vault.cases.record(case.id, "child", "known_as", name, "sw")
            if at is not None:
                vault.cases.record(case.id, "child", "aliases",
                                   [{"name": "Mimi", "where_used": "at the car wash"}], "sw")
                for field_id, _label in _safety_steps(definitions):
                    vault.cases.record(case.id, SAFEGUARDING_FORM, field_id, at.isoformat(),
                                       "sw")


def open_list(start_app, drive, qtbot, rows: int):
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    table = drive.find(window, QTableView, "caseTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == rows, timeout=10_000)
    drive.settle(window)
    return window, window.pages.currentWidget(), table


def test_the_empty_list_and_the_new_case_dialog_go_through_translation(
    start_app, drive, qtbot, existing_vault, speak, words
):
    speak(PSEUDO)
    window, page, _ = open_list(start_app, drive, qtbot, rows=0)
    status = drive.find(page, QLabel, "caseListStatus")
    assert "⟦No cases yet" in status.text()
    assert words.escaped(page) == []

    # "Delete this case…" with nothing to delete says so on the page.
    qtbot.keyClick(drive.find(page, QPushButton, "deleteCaseButton"), Qt.Key.Key_Space)
    assert status.text().startswith("⟦Choose a case")
    assert words.escaped(page) == []

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(NewCaseDialog) is not None)
    dialog = window.findChild(NewCaseDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "⟦New case⟧"
    assert words.escaped(dialog) == []

    # Enter with no name: the problem shown is translated too.
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    assert "⟦Give a name" in dialog.problem.text()
    assert words.escaped(dialog) == []

    # A name, and a first meeting that is not a time.
    qtbot.keyClicks(dialog.known_as, "Minh")
    qtbot.keyClicks(dialog.first_met.edit, "zzz")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    assert "⟦Say when" in dialog.problem.text()
    assert words.escaped(dialog) == []
    dialog.reject()


def test_the_list_with_cases_its_headers_tooltips_and_search_go_through_translation(
    start_app, drive, qtbot, existing_vault, fake_clock, speak, words, shipped_definitions
):
    add_cases(existing_vault, fake_clock, shipped_definitions)
    speak(PSEUDO)
    window, page, table = open_list(start_app, drive, qtbot, rows=2)
    status = drive.find(page, QLabel, "caseListStatus")
    assert status.text() == "⟦2 cases.⟧"
    assert words.escaped(page) == []
    model = table.model()
    assert all(model.headerData(c, Qt.Orientation.Horizontal).startswith("⟦")
               for c in range(model.columnCount()))

    rows = {model.index(r, NAME).data(): r for r in range(2)}
    minh, ana = rows["Minh"], rows["Ana"]
    assert model.index(ana, SINCE).data() == "⟦Not recorded⟧"
    # The stage: the domain's words (domain.stage), marked there and translated in the list.
    assert model.index(ana, STAGE).data() == "⟦Safeguarding⟧"
    # The age: domain.age's label, marked there and translated in the list.
    assert model.index(ana, AGE).data() == "⟦age not known (presumed child)⟧"
    # The tooltips: sentences of this room around the practitioner's data and domain words.
    for row, column in ((minh, NAME), (minh, SINCE), (minh, CHANGED), (ana, NAME),
                        (ana, SINCE), (ana, CHANGED)):
        tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
        assert tip and bare(tip) == "", (row, column, tip)
    minh_reference = model.index(minh, REFERENCE).data()
    ana_reference = model.index(ana, REFERENCE).data()
    assert model.index(minh, NAME).data(Qt.ItemDataRole.ToolTipRole) == (
        f"⟦Minh, also known as Mimi. Reference {minh_reference}⟧")
    assert model.index(ana, NAME).data(Qt.ItemDataRole.ToolTipRole) == (
        f"⟦Ana. Reference {ana_reference}⟧")

    search = drive.find(page, QLineEdit, "caseSearch")
    qtbot.keyClicks(search, "minh")
    assert status.text().startswith("⟦1 of 2 cases match.")
    assert words.escaped(page) == []
    search.clear()
    qtbot.keyClicks(search, "nobody")
    assert status.text().startswith("⟦No case matches")
    assert words.escaped(page) == []


def test_the_overview_and_its_board_csv_go_through_translation(
    start_app, drive, qtbot, existing_vault, fake_clock, dialogs, speak, words,
    tmp_path, shipped_definitions
):
    add_cases(existing_vault, fake_clock, shipped_definitions)
    speak(PSEUDO)
    seen = dialogs.shown
    window, page, table = open_list(start_app, drive, qtbot, rows=2)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_O,
                   Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.findChild(OverviewDialog) is not None, timeout=10_000)
    dialog = window.findChild(OverviewDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "⟦Every case, what needs action first⟧"
    summary = drive.find(dialog, QLabel, "overviewSummary").text()
    assert summary.startswith("⟦2 cases on ") and bare(summary) == ""
    assert words.escaped(dialog) == []

    overview = dialog.table
    cells = {overview.item(r, 1).text(): r for r in range(overview.rowCount())}
    ana, minh = cells["Ana"], cells["Minh"]
    assert overview.item(ana, 3).text() == "⟦Not recorded⟧"  # first identified
    assert overview.item(ana, 4).text() == "⟦Not sent⟧"  # referral
    assert overview.item(ana, 7).text() == "⟦Nothing⟧"  # nothing overdue
    assert overview.item(minh, 8).text() == "⟦Every step recorded⟧"
    # The services' sentences (services.overview), said in the app's language.
    assert overview.item(ana, 6).text() == "⟦No decision recorded⟧"
    assert overview.item(ana, 9).text().startswith("⟦This vault (no name in About you yet)⟧")
    # A screen reader hears each cell after its translated heading.
    heard = overview.item(ana, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert heard.startswith("⟦⟦Reference⟧: ") and "⟦⟦Held by⟧: " in heard

    dialogs.chosen_file = tmp_path / "board.csv"
    qtbot.keyClick(drive.find(dialog, QPushButton, "overviewSave"), Qt.Key.Key_Space)
    said = drive.find(dialog, QLabel, "overviewSaid")
    qtbot.waitUntil(lambda: "Saved for the board" in said.text(), timeout=10_000)
    assert said.text().startswith("⟦Saved for the board") and bare(said.text()) == ""
    assert words.escaped(dialog) == []
    [(_kind, title, _start, file_filter)] = [s for s in seen if s[0] == "choose_save_file"]
    assert (title, file_filter) == ("⟦Save the table for the safeguarding board⟧",
                                    "⟦CSV for a spreadsheet (*.csv)⟧")
    first = dialog.lines[:1]
    dialog.reject()

    # One case: the summary's other sentence (the app builds the dialog the same way).
    one = OverviewDialog(first, "28 Nov 2026", window)
    qtbot.addWidget(one)
    assert drive.find(one, QLabel, "overviewSummary").text().startswith("⟦1 case on 28 Nov")


def test_the_delete_flow_sends_translated_titles_and_texts_to_the_dialogs(
    start_app, drive, qtbot, existing_vault, fake_clock, dialogs, speak,
    shipped_definitions
):
    add_cases(existing_vault, fake_clock, shipped_definitions)
    speak(PSEUDO)
    seen = dialogs.shown
    window, page, table = open_list(start_app, drive, qtbot, rows=2)
    button = drive.find(page, QPushButton, "deleteCaseButton")
    row = table.currentIndex().row()
    name = table.model().index(row, NAME).data()
    reference = table.model().index(row, REFERENCE).data()

    dialogs.deletions = [None]  # kept
    qtbot.keyClick(button, Qt.Key.Key_Space)
    kind, title, text, typed_back = seen[-1]
    assert (kind, title, typed_back) == ("ask_deletion", "⟦Delete this case for good⟧", reference)
    assert name in text and reference in text and bare(text) == ""
    assert window.statusBar().currentMessage() == "⟦The case was kept.⟧"

    dialogs.deletions = [("Duplicate", "TK-20261128-WRONG")]  # refused by the service
    qtbot.keyClick(button, Qt.Key.Key_Space)
    drive.settle(window)
    kind, title, text = seen[-1]
    assert (kind, title) == ("inform", "⟦Delete this case for good⟧")
    # The refusal is the service's own sentence (services.deletion), not this room's words.
    assert "is not the reference of case" in text

    dialogs.deletions = [("Duplicate", reference)]
    qtbot.keyClick(button, Qt.Key.Key_Space)
    drive.settle(window)
    kind, title, text = seen[-1]
    assert (kind, title) == ("inform", "⟦Case deleted⟧")
    # What was deleted, and when the backups forget it, is the service's sentence.
    assert text.startswith(f"Case {reference} was deleted")
    status = drive.find(page, QLabel, "caseListStatus")
    qtbot.waitUntil(lambda: status.text() == "⟦1 case.⟧", timeout=10_000)


def test_the_training_vaults_warning_is_translated_whole(speak):
    """A practice case's warning has one more sentence (the training vault is not reached here)."""
    from toolkit_desktop.ui.cases.delete_case import _warning

    speak(PSEUDO)
    text = _warning("Minh", "TK-20261128-0001", training=True)
    assert "⟦This is a practice case in the training vault.⟧" in text and bare(text) == ""

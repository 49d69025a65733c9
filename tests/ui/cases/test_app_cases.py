"""The case list and a new case: Ctrl+N, the workspace it opens, search as you type."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QTableView

from toolkit_desktop.domain.records import Case
from toolkit_desktop.domain.stage import CaseStage
from toolkit_desktop.domain.steps import case_steps
from toolkit_desktop.domain.timescales import Timescales
from toolkit_desktop.services.case_list import case_entry
from toolkit_desktop.storage.case_store import CaseRow
from toolkit_desktop.ui.cases.case_list_page import CaseListPage
from toolkit_desktop.ui.cases.case_table import AGE, NAME, SINCE, STAGE

NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)


def test_ctrl_n_starts_a_case_with_only_a_name_when_and_where(start_app, drive, qtbot,
                                                              existing_vault, fake_clock):
    window = start_app()
    drive.in_new_case(window, "boy, about 14, Terminal 4", "Heathrow Terminal 4")
    drive.settle(window)

    header = drive.find(window, QLabel, "headerName")
    assert "boy, about 14, Terminal 4" in header.text()
    assert "age not known (presumed child)" in drive.find(window, QLabel, "headerAge").text()
    since = drive.find(window, QLabel, "headerSince").text()
    assert "First met less than a minute ago at Heathrow Terminal 4" in since
    assert "National Referral Mechanism (NRM)" in drive.find(window, QLabel, "headerNrm").text()
    steps = drive.find(window, QListWidget, "stepList")
    assert steps.count() == len(case_steps(window.context.definitions))
    assert "not started" in steps.item(0).text()
    assert window.workspace.current_step() == "immediate_safeguarding"
    assert window.marking.isVisible()

    fake_clock.advance(minutes=4)  # less than the idle time, which would lock
    window.workspace.header.refresh(fake_clock.now())
    assert "4 minutes ago" in drive.find(window, QLabel, "headerSince").text()

    # Back to the list (Ctrl+Shift+C): the case is there, in words.
    qtbot.keyClick(window, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    drive.wait_page(window, "caseListPage")
    table = drive.find(window, QTableView, "caseTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=10_000)
    model = table.model()
    assert model.index(0, NAME).data() == "boy, about 14, Terminal 4"
    assert model.index(0, AGE).data() == "age not known (presumed child)"
    assert model.index(0, SINCE).data() == "4 min"
    assert model.index(0, STAGE).data() == "Safeguarding"

    # Enter in the search box opens the only match.
    search = drive.find(window, QLineEdit, "caseSearch")
    qtbot.keyClicks(search, "terminal")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    drive.wait_page(window, "caseWorkspace")


def test_a_case_needs_a_name_or_description(start_app, drive, qtbot, existing_vault):
    from toolkit_desktop.ui.cases.new_case import NewCaseDialog

    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(NewCaseDialog) is not None)
    dialog = window.findChild(NewCaseDialog)
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    assert dialog.isVisible() and "name or a short description" in dialog.problem.text()
    assert window.worker.pending == 0


def _row(number: int, **child: object) -> CaseRow:
    case = Case(id=number, reference=f"TK-20261128-{number:04d}", created_at=NOW,
                first_contact_at=NOW - timedelta(minutes=number), first_contact_place="Dover")
    values = {("child", key): value for key, value in child.items()}
    return CaseRow(case, values, NOW)


def test_search_as_you_type_covers_names_other_names_and_reference(qtbot):
    page = CaseListPage(lambda: NOW)
    qtbot.addWidget(page)
    rows = [
        _row(1, given_names="Amira", family_name="Haile", known_as="girl at Dover",
             aliases=[{"name": "Mimi", "where_used": "at the car wash"}]),
        _row(2, known_as="boy, about 14", claimed_age=14),
        _row(3),
    ]
    page.set_entries([case_entry(r, Timescales(), NOW.date()) for r in rows])
    model = page.model
    assert model.rowCount() == 3
    for query, expected in (("amira", 1), ("MIMI", 1), ("girl dover", 1), ("0002", 1),
                            ("haile boy", 0), ("", 3)):
        page.query.setText(query)
        assert model.rowCount() == expected, query
    page.query.setText("mimi")
    assert model.index(0, 1).data() == "girl at Dover, Mimi"
    page.query.clear()
    texts = {model.index(r, NAME).data(): model.index(r, AGE).data() for r in range(3)}
    assert texts["boy, about 14"] == "14 (claimed)"
    assert texts["No name recorded yet"] == "age not known (presumed child)"


def test_five_thousand_cases_list_and_filter_down_to_one(qtbot):
    # How fast: benchmarks/steps_benchmark.py prints it (no timing in tests).
    page = CaseListPage(lambda: NOW)
    qtbot.addWidget(page)
    rows = [_row(n, known_as=f"child {n}") for n in range(5000)]
    entries = [case_entry(row, Timescales(), NOW.date()) for row in rows]
    assert entries[0].stage is CaseStage.SAFEGUARDING
    page.set_entries(entries)
    assert page.model.rowCount() == 5000
    page.query.setText("child 4")
    page.query.setText("child 49")
    page.query.setText("child 4999")
    assert page.model.rowCount() == 1
    assert page.model.index(0, NAME).data() == "child 4999"


def test_typing_on_then_back_finds_the_same_cases_as_typing_afresh(qtbot):
    page = CaseListPage(lambda: NOW)
    qtbot.addWidget(page)
    names = ("Amira", "Amir", "Tamara", "Samir Amin", "Mimi")
    page.set_entries([case_entry(_row(n, known_as=name), Timescales(), NOW.date())
                      for n, name in enumerate(names, start=1)])

    def shown() -> set[str]:
        return {page.model.index(r, NAME).data() for r in range(page.model.rowCount())}

    for typed, expected in (("a", {"Amira", "Amir", "Tamara", "Samir Amin"}),
                            ("am", {"Amira", "Amir", "Tamara", "Samir Amin"}),
                            ("amir", {"Amira", "Amir", "Samir Amin"}),
                            ("amir am", {"Amira", "Amir", "Samir Amin"}),
                            ("amir ami", {"Samir Amin", "Amira", "Amir"}),
                            ("amir amin", {"Samir Amin"}),
                            ("amir", {"Amira", "Amir", "Samir Amin"}),  # Backspace
                            ("mi", {"Amira", "Amir", "Samir Amin", "Mimi"}),
                            ("", set(names))):
        page.query.setText(typed)
        assert shown() == expected, typed
    assert page.status.text() == "5 cases."


def test_sorting_by_a_column_keeps_the_chosen_case_chosen(qtbot):
    page = CaseListPage(lambda: NOW)
    qtbot.addWidget(page)
    names = ("Chen", "Abel", "Bisi")
    page.set_entries([case_entry(_row(n, known_as=name), Timescales(), NOW.date())
                      for n, name in enumerate(names, start=1)])
    page.table.selectRow([page.model.index(r, NAME).data() for r in range(3)].index("Bisi"))
    page.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    assert [page.model.index(r, NAME).data() for r in range(3)] == ["Abel", "Bisi", "Chen"]
    assert page.table.currentIndex().row() == 1
    page.query.setText("i")  # only Bisi has an i
    assert [page.model.index(r, NAME).data() for r in range(page.model.rowCount())] == ["Bisi"]
    page.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    page.query.clear()
    assert [page.model.index(r, NAME).data() for r in range(3)] == ["Chen", "Bisi", "Abel"]


def test_enter_that_keeps_a_doubtful_first_met_time_does_not_also_start_the_case(qtbot):
    """The box says "press Enter to keep it": that Enter answers the question and nothing else,
    so the place where the child was met is still asked before the case starts."""
    from datetime import UTC, datetime

    from PySide6.QtCore import Qt

    from toolkit_desktop.ui.cases.new_case import NewCaseDialog

    dialog = NewCaseDialog(datetime(2026, 12, 2, 2, 56, tzinfo=UTC))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    started = []
    dialog.accepted.connect(lambda: started.append(True))
    qtbot.keyClicks(dialog.known_as, "girl, about 15")
    box = dialog.first_met.edit
    box.setFocus()
    qtbot.keyClicks(box, "today 03:10")  # later than now: asked about under the box
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not started and dialog.isVisible()
    assert dialog.first_met.value() is not None  # kept, as Enter said

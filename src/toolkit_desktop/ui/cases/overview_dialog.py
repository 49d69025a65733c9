"""The coordinator's view in the app: every case on one line, what needs action first.

Opened with "Overview of every case…" (Alt+O) on the case list. The table is read on the worker
(`Session.overview`, `services.overview`); Enter on a line opens that case, and "Save for the
board" writes the CSV for the safeguarding board (references, never names) where the
practitioner chooses, through the dialogs seam. It reminds; the words say what is overdue and
what is not yet recorded, never what to conclude.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from toolkit_desktop.ui.cases.case_table import stage_words
from toolkit_desktop.ui.common.context import AppContext
from toolkit_desktop.ui.common.dates import show_date, show_time, uk_today
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, say, translate
from toolkit_desktop.ui.common.worker import VaultWorker
from toolkit_desktop.ui.fields.layout_order import nest_layout

if TYPE_CHECKING:
    from toolkit_desktop.services.overview import OverviewLine
    from toolkit_desktop.services.session import Session

TITLE = QT_TRANSLATE_NOOP("Cases", "Every case, what needs action first")
COLUMNS = (
    QT_TRANSLATE_NOOP("Cases", "Reference"),
    QT_TRANSLATE_NOOP("Cases", "Child"),
    QT_TRANSLATE_NOOP("Cases", "Stage"),
    QT_TRANSLATE_NOOP("Cases", "First identified"),
    QT_TRANSLATE_NOOP("Cases", "Referral sent"),
    QT_TRANSLATE_NOOP("Cases", "Decision expected by"),
    QT_TRANSLATE_NOOP("Cases", "Decisions"),
    QT_TRANSLATE_NOOP("Cases", "Overdue today"),
    QT_TRANSLATE_NOOP("Cases", "Not yet recorded"),
    QT_TRANSLATE_NOOP("Cases", "Held by"),
)
CSV_FILTER = QT_TRANSLATE_NOOP("Cases", "CSV for a spreadsheet (*.csv)")


def _counted(cases: int, overdue: int, today_text: str) -> str:
    if cases == 1:
        return translate("Cases", "1 case on {day}; {overdue} with something overdue.").format(
            day=today_text, overdue=overdue)
    return translate("Cases", "{count} cases on {day}; {overdue} with something overdue.").format(
        count=cases, day=today_text, overdue=overdue)


def _cells(line: OverviewLine) -> tuple[str, ...]:
    return (
        line.reference, line.name or translate("Cases", "Name not recorded"),
        stage_words(line.stage),
        show_time(line.first_identified) if line.first_identified
        else translate("Cases", "Not recorded"),
        show_date(line.referral_sent) if line.referral_sent else translate("Cases", "Not sent"),
        show_date(line.rg_expected_by) if line.rg_expected_by else "",
        say(line.decisions),
        "; ".join(say(o) for o in line.overdue) or translate("Cases", "Nothing"),
        "; ".join(line.open_actions) or translate("Cases", "Every step recorded"),
        say(line.held_by),
    )


class OverviewDialog(QDialog):
    """The table, with Enter to open a case and a button to save the board's CSV."""

    open_case = Signal(int)
    save_requested = Signal()

    def __init__(self, lines: Sequence[OverviewLine], today_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewDialog")
        self.setWindowTitle(translate("Cases", TITLE))
        self.lines = list(lines)
        overdue = sum(1 for line in self.lines if line.overdue)
        order = translate(
            "Cases",
            "Most urgent first: anything overdue, then the most safeguarding steps not yet "
            "recorded. Press Enter on a case to open it.",
        )
        summary = QLabel(f"{_counted(len(self.lines), overdue, today_text)} {order}",
                         objectName="overviewSummary")
        summary.setWordWrap(True)
        self.table = QTableWidget(len(self.lines), len(COLUMNS), objectName="overviewTable")
        self.table.setAccessibleName(translate("Cases", "Every case, most urgent first"))
        headings = [translate("Cases", column) for column in COLUMNS]
        self.table.setHorizontalHeaderLabels(headings)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        bold = QFont(self.font())
        bold.setBold(True)
        heard = translate("Cases", "{column}: {value}")  # once, not once a cell
        for row, line in enumerate(self.lines):
            cells = _cells(line)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 7 and line.overdue:
                    item.setFont(bold)
                self.table.setItem(row, column, item)
            # A screen reader hears the whole line, in the order of the columns.
            self.table.item(row, 0).setData(
                Qt.ItemDataRole.AccessibleTextRole,
                ". ".join(heard.format(column=name, value=text)
                          for name, text in zip(headings, cells, strict=True)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in (6, 7, 8, 9):
            header.resizeSection(column, min(header.sectionSize(column), 260))
        self.table.resizeRowsToContents()
        self.table.activated.connect(lambda index: self._open(index.row()))
        if self.lines:
            self.table.setCurrentCell(0, 0)

        self.open_button = QPushButton(translate("Cases", "&Open the case"),
                                       objectName="overviewOpen")
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        self.save_button = QPushButton(translate("Cases", "&Save for the board (CSV, no names)…"),
                                       objectName="overviewSave")
        self.save_button.clicked.connect(self.save_requested)
        close = QPushButton(translate("Cases", "Close"), objectName="overviewClose")
        close.clicked.connect(self.reject)
        self.said = QLabel(objectName="overviewSaid")
        self.said.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.said, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        nest_layout(layout, buttons)
        self.setTabOrder(self.table, self.open_button)
        self.open_button.setEnabled(bool(self.lines))
        self.resize(1200, 600)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.open_case.emit(self.lines[row].case_id)
            self.accept()

    def say(self, text: str) -> None:
        """A sentence beside the buttons (the CSV saved, or why not)."""
        self.said.setText(text)
        self.said.setAccessibleName(text)


class CaseOverview(QObject):
    """Reads the view on the worker, shows the dialog, and saves the CSV when asked."""

    def __init__(
        self,
        window: QWidget,
        context: AppContext,
        worker: VaultWorker,
        session: Callable[[], Session | None],
        open_case: Callable[[int], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._worker = worker
        self._session = session
        self._open_case = open_case

    def show(self) -> None:
        """Read every case off the GUI thread, then show the table."""
        session = self._session()
        if session is None:
            return
        today = uk_today(self._context.clock.now())

        def shown(lines: list[OverviewLine]) -> None:
            if self._session() is not session:  # locked meanwhile: nothing to show
                return
            dialog = OverviewDialog(lines, show_date(today), self._window)
            dialog.open_case.connect(self._open_case)
            dialog.save_requested.connect(lambda: self._save(session, dialog))
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            dialog.table.setFocus()

        self._worker.submit(lambda: session.overview(today), shown,
                            lambda sentence, _exc: self._context.dialogs.inform(
                                self._window, translate("Cases", TITLE), sentence))

    def _save(self, session: Session, dialog: OverviewDialog) -> None:
        start = Path.home() / "safeguarding-board.csv"
        target = self._context.dialogs.choose_save_file(
            dialog, translate("Cases", "Save the table for the safeguarding board"), start,
            translate("Cases", CSV_FILTER))
        # Locked while the chooser was open: the table is gone, and nothing is written.
        if target is None or self._session() is not session or not Shiboken.isValid(dialog):
            return
        lines = dialog.lines

        def say(text: str) -> None:
            if Shiboken.isValid(dialog):  # it may have closed, or the vault locked, meanwhile
                dialog.say(text)

        self._worker.submit(
            lambda: session.save_overview_csv(lines, Path(target)),
            lambda _: say(translate(
                "Cases", "Saved for the board, with case references and no names: {file}"
            ).format(file=target)),
            lambda sentence, _exc: say(sentence))

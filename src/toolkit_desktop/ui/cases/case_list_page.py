"""The list of cases: search as you type, open with Enter, start a new one with Ctrl+N, delete
one with its button (see `delete_case`), and a line naming the cases past retention."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import toolkit_desktop.ui.cases.case_table as columns
from toolkit_desktop.services.case_list import CaseEntry
from toolkit_desktop.ui.cases.case_table import CaseTableModel
from toolkit_desktop.ui.common.language import translate
from toolkit_desktop.ui.fields.layout_order import nest_layout

_WIDTHS = {
    columns.ALIASES: 140,
    columns.AGE: 210,
    columns.SINCE: 150,
    columns.STAGE: 160,
    columns.CHANGED: 120,
    columns.REFERENCE: 150,
}
# Below this width (a small screen at 150% scaling) the columns that the child's name's tooltip
# also gives are hidden, so the rest stay readable without scrolling sideways.
NARROW = 1100


class CaseListPage(QWidget):
    """Every case in the vault, newest change first."""

    open_case = Signal(int)
    new_case = Signal()
    overview_requested = Signal()  # the coordinator's view of every case (overview_dialog)
    delete_requested = Signal(int, str, str)  # case id, name, reference
    entries_shown = Signal()

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseListPage")
        self.deletion: QObject | None = None  # the delete action, held here (`delete_case`)
        self.model = CaseTableModel(now, self)  # sorts and searches itself (no proxy)

        title = QLabel(translate("Cases", "<h2>Cases</h2>"))
        self.query = QLineEdit(objectName="caseSearch")
        self.query.setPlaceholderText(
            translate("Cases", "Search by name, other name or reference"))
        self.query.setAccessibleName(
            translate("Cases", "Search cases by name, other name or reference"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self._filter)
        self.query.returnPressed.connect(self._open_current)
        self.query.installEventFilter(self)
        search_label = QLabel(translate("Cases", "&Search:"))
        search_label.setBuddy(self.query)
        self.new_button = QPushButton(
            translate("Cases", "&New case (Ctrl+N)"), objectName="newCaseButton")
        self.new_button.setAccessibleName(translate("Cases", "Start a new case"))
        self.new_button.clicked.connect(self.new_case)
        # A button reached by Tab or Alt+D, never a single key, and a dialog after it.
        self.delete_button = QPushButton(
            translate("Cases", "&Delete this case…"), objectName="deleteCaseButton")
        self.delete_button.setAccessibleName(
            translate("Cases", "Delete the selected case for good"))
        self.delete_button.clicked.connect(self._delete_current)

        self.table = QTableView(objectName="caseTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("Cases", "Cases"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(columns.CHANGED, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(columns.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        self.table.activated.connect(self._open_index)

        self.overview_button = QPushButton(
            translate("Cases", "&Overview of every case…"), objectName="overviewButton")
        self.overview_button.setAccessibleName(
            translate("Cases",
                      "Overview of every case: NRM dates, what is overdue and who holds each"))
        self.overview_button.clicked.connect(self.overview_requested)

        self.status = QLabel(objectName="caseListStatus")
        self.status.setWordWrap(True)
        self.retention = QLabel(objectName="retentionNotice")
        self.retention.setWordWrap(True)
        self.retention.setTextFormat(Qt.TextFormat.PlainText)
        self.retention.hide()

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.query, 1)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.overview_button)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.retention)
        nest_layout(layout, top)
        layout.addWidget(self.table, 1)
        nest_layout(layout, bottom)
        self.setTabOrder(self.query, self.new_button)
        self.setTabOrder(self.new_button, self.table)
        self.setTabOrder(self.table, self.overview_button)
        self.setTabOrder(self.overview_button, self.delete_button)

        self._ticker = QTimer(self, interval=60_000)
        self._ticker.timeout.connect(self.model.refresh_times)
        self._ticker.start()
        self.show_loading()

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = self.width() < NARROW
        for column in (columns.ALIASES, columns.REFERENCE):
            self.table.setColumnHidden(column, narrow)
        super().resizeEvent(event)

    def show_loading(self) -> None:
        """Say the list is being read (it loads off the GUI thread)."""
        self.status.setText(translate("Cases", "Loading cases…"))

    def set_entries(self, entries: list[CaseEntry]) -> None:
        """Show these cases."""
        self.model.set_entries(entries)
        self._update_status()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.entries_shown.emit()

    def show_retention(self, sentence: str) -> None:
        """Say which cases are past the organisation's retention period ("" hides the line)."""
        self.retention.setText(sentence)
        self.retention.setVisible(bool(sentence))

    def clear(self) -> None:
        """Forget every case and the search words (on lock)."""
        self.query.clear()
        self.model.clear()
        self.status.clear()
        self.show_retention("")

    def _filter(self, text: str) -> None:
        self.model.set_query(text)
        self._update_status()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _update_status(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if total == 0:
            self.status.setText(
                translate("Cases",
                          "No cases yet. Press Ctrl+N to start one for the child you are with.")
            )
        elif shown == total:
            self.status.setText(
                translate("Cases", "1 case.") if total == 1
                else translate("Cases", "{count} cases.").format(count=total))
        elif shown == 0:
            self.status.setText(
                translate("Cases",
                          "No case matches that search. Check the spelling, or try another name.")
            )
        else:
            self.status.setText(translate(
                "Cases", "{shown} of {total} cases match. Press Enter to open the first."
            ).format(shown=shown, total=total))

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._open_index(index)

    def _delete_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.status.setText(
                translate("Cases", "Choose a case in the list first, then Delete this case."))
            return
        case_id = self.model.case_id(index.row())
        name = self.model.data(index.siblingAtColumn(columns.NAME))
        reference = self.model.data(index.siblingAtColumn(columns.REFERENCE))
        if case_id is not None:
            self.delete_requested.emit(case_id, str(name), str(reference))

    def _open_index(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None:
            self.open_case.emit(case_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow in the search box moves into the results, as in a browser's address bar.
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.table.setFocus()
            return True
        return super().eventFilter(watched, event)

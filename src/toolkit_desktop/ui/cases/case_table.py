"""The case list's table model and its search-as-you-type filter, fast for thousands of cases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from toolkit_desktop.domain.names import matches, search_terms
from toolkit_desktop.domain.wording import day_and_time, elapsed, short_moment
from toolkit_desktop.services.case_list import CaseEntry

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = (
    "Child",
    "Other names",
    "Age",
    "Since first contact",
    "Stage",
    "Last change",
    "Reference",
)
NAME, ALIASES, AGE, SINCE, STAGE, CHANGED, REFERENCE = range(len(COLUMNS))
_Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    """Case entries as rows; times since first contact are worked out when drawn."""

    def __init__(self, now: Callable[[], datetime], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._now = now
        self._entries: list[CaseEntry] = []

    def set_entries(self, entries: list[CaseEntry]) -> None:
        """Replace every row (the list is reloaded whole, off the GUI thread)."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every case (on lock)."""
        self.set_entries([])

    def refresh_times(self) -> None:
        """Redraw the "since first contact" column as the clock moves on."""
        if self._entries:
            top, bottom = self.index(0, SINCE), self.index(len(self._entries) - 1, SINCE)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, column, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == SEARCH_ROLE:
            return entry.search_text
        if role == CASE_ID_ROLE:
            return entry.case_id
        if role == SORT_ROLE:
            return self._sort_key(entry, column)
        return None

    def _text(self, entry: CaseEntry, column: int, *, tooltip: bool) -> str:
        if column == SINCE:
            if entry.first_contact_at is None:
                return "Not recorded"
            span = elapsed(entry.first_contact_at, self._now(), short=not tooltip)
            if not tooltip:
                return span
            where = f" at {entry.first_contact_place}" if entry.first_contact_place else ""
            return f"First met {day_and_time(entry.first_contact_at)}{where} ({span} ago)"
        if column == CHANGED:
            if entry.last_change is None:
                return ""
            if tooltip:
                return f"Last changed {day_and_time(entry.last_change)}"
            return short_moment(entry.last_change, self._now())
        if column == NAME and tooltip:
            others = f", also known as {entry.aliases}" if entry.aliases else ""
            return f"{entry.name}{others}. Reference {entry.reference}"
        values = {
            NAME: entry.name,
            ALIASES: entry.aliases,
            AGE: entry.age,
            STAGE: (f"{entry.stage.label}. {entry.handover}" if entry.handover
                    else entry.stage.label),
            REFERENCE: entry.reference,
        }
        return values[column]

    def _sort_key(self, entry: CaseEntry, column: int) -> object:
        if column == SINCE:
            # Longest since first contact first when sorted ascending is least surprising.
            return entry.first_contact_at.timestamp() if entry.first_contact_at else 0.0
        if column == CHANGED:
            return entry.last_change.timestamp() if entry.last_change else 0.0
        if column == STAGE:
            return list(type(entry.stage)).index(entry.stage)
        return self._text(entry, column, tooltip=False).casefold()


class CaseSearch(QSortFilterProxyModel):
    """Keeps the cases whose names, other names or reference contain every word typed.

    Words are compared folded (`names.folded`): case, accents and script aside, in any order.
    """

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._terms: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        """Filter by the words in `text` (any order, any case, with or without accents)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._terms = search_terms(text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._terms = search_terms(text)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._terms:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return matches(self._terms, haystack)

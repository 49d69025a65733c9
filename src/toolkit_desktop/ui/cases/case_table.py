"""The case list's table model: sorted and searched in Python, once per change, for 50,000 cases.

No QSortFilterProxyModel: a proxy asks the model for every row's sort key and search text through
Qt, one Python call each, on every keystroke. Here the entries are sorted once (on load and on a
click of a column heading), and a search keeps, in that order, the entries whose prepared search
text (`CaseEntry.search_text`) holds every word; typing more of a word searches only the cases
already shown. The view is told once per change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from toolkit_desktop.domain.names import search_terms
from toolkit_desktop.domain.stage import CaseStage
from toolkit_desktop.services.case_list import CaseEntry
from toolkit_desktop.ui.common.dates import day_and_time, elapsed, short_moment
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, say, translate

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = (
    QT_TRANSLATE_NOOP("Cases", "Child"),
    QT_TRANSLATE_NOOP("Cases", "Other names"),
    QT_TRANSLATE_NOOP("Cases", "Age"),
    QT_TRANSLATE_NOOP("Cases", "Since first contact"),
    QT_TRANSLATE_NOOP("Cases", "Stage"),
    QT_TRANSLATE_NOOP("Cases", "Last change"),
    QT_TRANSLATE_NOOP("Cases", "Reference"),
)
NAME, ALIASES, AGE, SINCE, STAGE, CHANGED, REFERENCE = range(len(COLUMNS))
_Index = QModelIndex | QPersistentModelIndex


def stage_words(stage: CaseStage) -> str:
    """A case's stage in the app's language (marked in domain.stage)."""
    return translate("Stage", stage.label)


class CaseTableModel(QAbstractTableModel):
    """The cases shown: every entry, in the order chosen, that has every word searched for.

    Times since first contact are worked out when drawn, so the list never goes stale.
    """

    def __init__(self, now: Callable[[], datetime], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._now = now
        self._all: list[CaseEntry] = []  # in the chosen order
        self._shown: list[CaseEntry] = []
        self._terms: list[str] = []
        self._sort_column = CHANGED
        self._sort_order = Qt.SortOrder.DescendingOrder

    @property
    def total(self) -> int:
        """How many cases there are, shown or not."""
        return len(self._all)

    def set_entries(self, entries: list[CaseEntry]) -> None:
        """Replace every case (the list is read whole, off the GUI thread)."""
        self.beginResetModel()
        self._all = self._sorted(entries)
        self._shown = self._matching(self._all, self._terms)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every case (on lock)."""
        self.set_entries([])

    def set_query(self, text: str) -> None:
        """Show only the cases whose names, other names or reference hold every word of `text`.

        Words are compared folded (`names.folded`): case, accents and script aside, in any order.
        """
        terms = search_terms(text)
        if terms == self._terms:
            return
        # A search that only adds letters or words can find nothing the last one did not.
        narrower = bool(self._terms) and all(
            any(old in new for new in terms) for old in self._terms)
        self.beginResetModel()
        self._shown = self._matching(self._shown if narrower else self._all, terms)
        self._terms = terms
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by a column (the view calls this when its heading is clicked); the case that
        was selected stays selected."""
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        cases = [self._shown[index.row()].case_id if index.isValid() else None for index in kept]
        self._all = self._sorted(self._all)
        self._shown = self._matching(self._all, self._terms)
        rows = {entry.case_id: row for row, entry in enumerate(self._shown)}
        self.changePersistentIndexList(kept, [
            self.index(rows[case], index.column()) if case in rows else QModelIndex()
            for index, case in zip(kept, cases, strict=True)
        ])
        self.layoutChanged.emit()

    def case_id(self, row: int) -> int | None:
        """The case shown on this row, if there is one."""
        return self._shown[row].case_id if 0 <= row < len(self._shown) else None

    def _sorted(self, entries: list[CaseEntry]) -> list[CaseEntry]:
        column = self._sort_column
        return sorted(entries, key=lambda entry: self._sort_key(entry, column),
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    @staticmethod
    def _matching(entries: list[CaseEntry], terms: list[str]) -> list[CaseEntry]:
        if not terms:
            return list(entries)
        if len(terms) == 1:
            (term,) = terms
            return [entry for entry in entries if term in entry.search_text]
        return [entry for entry in entries if all(t in entry.search_text for t in terms)]

    def refresh_times(self) -> None:
        """Redraw the "since first contact" column as the clock moves on."""
        if self._shown:
            top, bottom = self.index(0, SINCE), self.index(len(self._shown) - 1, SINCE)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Cases", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._shown[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, column, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == CASE_ID_ROLE:
            return entry.case_id
        return None

    def _text(self, entry: CaseEntry, column: int, *, tooltip: bool) -> str:
        if column == SINCE:
            if entry.first_contact_at is None:
                return translate("Cases", "Not recorded")
            span = elapsed(entry.first_contact_at, self._now(), short=not tooltip)
            if not tooltip:
                return span
            when = day_and_time(entry.first_contact_at)
            if entry.first_contact_place:
                return translate("Cases", "First met {when} at {place} ({span} ago)").format(
                    when=when, place=entry.first_contact_place, span=span)
            return translate("Cases", "First met {when} ({span} ago)").format(
                when=when, span=span)
        if column == CHANGED:
            if entry.last_change is None:
                return ""
            if tooltip:
                return translate("Cases", "Last changed {when}").format(
                    when=day_and_time(entry.last_change))
            return short_moment(entry.last_change, self._now())
        if column == NAME and tooltip:
            if entry.aliases:
                return translate(
                    "Cases", "{name}, also known as {aliases}. Reference {reference}"
                ).format(name=entry.name, aliases=entry.aliases, reference=entry.reference)
            return translate("Cases", "{name}. Reference {reference}").format(
                name=entry.name, reference=entry.reference)
        if column == STAGE:  # translated only when asked for: sorting asks for every row
            stage = stage_words(entry.stage)
            return f"{stage}. {entry.handover}" if entry.handover else stage
        values = {
            NAME: entry.name,
            ALIASES: entry.aliases,
            AGE: say(entry.age),
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
        if column == AGE:  # by the English, not a translation for every row
            return str(entry.age).casefold()
        return self._text(entry, column, tooltip=False).casefold()

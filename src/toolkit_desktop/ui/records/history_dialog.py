"""A field's history in words: every value it has held, when (UK time), who, why, and its source.

Nothing is overwritten in a case, so this is the whole story of one answer, newest first.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from toolkit_desktop.domain.answer_words import show
from toolkit_desktop.domain.definitions import NOT_RELEVANT_PREFIX, Field
from toolkit_desktop.domain.wording import ZONE_NAME
from toolkit_desktop.ui.common.dates import show_time
from toolkit_desktop.ui.common.dialogs import HistoryRow
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.records.cite import when_and_where

if TYPE_CHECKING:  # a type only: the services bring the vault and the pack, not needed at start
    from toolkit_desktop.services.history import HistoryItem

ACTION = QT_TRANSLATE_NOOP("Records", "Show this answer's history…")
SHORTCUT = "Ctrl+H"
CLEARED = QT_TRANSLATE_NOOP("Records", "Cleared (no answer)")
INTRO = QT_TRANSLATE_NOOP(
    "Records",
    "Every value this answer has held, newest first. Nothing is overwritten: earlier values "
    "stay here, with who recorded them and why.",
)




def value_in_words(field: Field | None, field_id: str, value: Any) -> str:
    """A stored value as the practitioner would say it."""
    if value is None:
        return translate("Records", CLEARED)
    if field_id.startswith(NOT_RELEVANT_PREFIX) and isinstance(value, dict):
        return translate("Records", "Marked not relevant here. Reason: {reason}").format(
            reason=value.get("reason", "")
        )
    if field is None:
        return str(value)
    shown = show(field, value)
    if shown.is_group:
        return " | ".join(
            "; ".join(f"{label}: {text}" if label else text for label, text in row)
            for row in shown.rows
        )
    return shown.text


def history_rows(
    field: Field | None, field_id: str, items: Sequence[HistoryItem]
) -> list[HistoryRow]:
    """The history items of one field in words, newest first."""
    return [
        HistoryRow(
            value=value_in_words(field, field_id, item.value),
            when=show_time(item.recorded_at),
            who=item.recorded_by,
            reason=item.reason or "",
            conversation=when_and_where(item.conversation) if item.conversation else "",
        )
        for item in reversed(items)
    ]


def history_html(rows: Sequence[HistoryRow]) -> str:
    """The rows as one table (escaped: a child's words may hold < or &)."""
    if not rows:
        nothing = translate("Records", "Nothing has been recorded for this question yet.")
        return f"<p>{nothing}</p>"
    head = "".join(
        f"<th align='left'>{escape(h)}</th>"
        for h in (
            translate("Records", "When ({zone})").format(zone=ZONE_NAME),
            translate("Records", "Who"),
            translate("Records", "Answer"),
            translate("Records", "Reason for the change"),
            translate("Records", "From the conversation on"),
        )
    )
    body = "".join(
        "<tr>" + "".join(
            f"<td valign='top'>{escape(cell) or '—'}</td>"
            for cell in (r.when, r.who, r.value, r.reason, r.conversation)
        ) + "</tr>"
        for r in rows
    )
    return (f"<table cellspacing='0' cellpadding='6' border='1' width='100%'>"
            f"<tr>{head}</tr>{body}</table>")


class HistoryDialog(QDialog):
    """The history of one answer; read-only, selectable, closed with Escape or Enter."""

    def __init__(
        self, title: str, rows: Sequence[HistoryRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(title)
        self.resize(900, 420)
        intro = QLabel(translate("Records", INTRO), self)
        intro.setWordWrap(True)
        self.text = QTextBrowser(self, objectName="historyText")
        self.text.setAccessibleName(title)
        self.text.setAccessibleDescription(translate("Records", INTRO))
        self.text.setHtml(history_html(rows))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        for widget in (intro, self.text, buttons):
            layout.addWidget(widget)
        self.text.setFocus()


def show_history(parent: QWidget | None, title: str, rows: Sequence[HistoryRow]) -> None:
    """Show the history and wait until it is closed."""
    dialog = HistoryDialog(title, rows, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()

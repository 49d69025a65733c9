"""Conversations and the chronology, shown read-only until part 2 lets them be recorded here.

Both steps stay in the navigation and are readable by keyboard and screen reader: a colleague
who added entries from the command line or an imported case sees them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from toolkit_desktop.services.cases import CaseSnapshot
from toolkit_desktop.ui.steps import CHRONOLOGY, CONVERSATIONS
from toolkit_desktop.ui.wording import day_and_time

_INTRO = {
    CONVERSATIONS: (
        "Conversations with the child",
        "Record each conversation with the child once: when and where, who was present, the "
        "interpreter and language, how the child was, and what was said in their own words. "
        "Answers in the other forms will be able to point to it, so nobody has to ask the child "
        "again. Recording conversations here comes in the next version of this tool.",
    ),
    CHRONOLOGY: (
        "Chronology and agencies",
        "One clear record of what happened and when, with the agencies contacted and the answers "
        "still awaited. Entries are never edited away: a correction is a new entry. Adding "
        "entries here comes in the next version of this tool.",
    ),
}


class RecordPage(QWidget):
    """A read-only page listing a case's conversations or chronology entries."""

    def __init__(self, step_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_id = step_id
        self.title, self.intro = _INTRO.get(step_id, (step_id, ""))
        self.text = QTextBrowser(objectName=f"records:{step_id}")
        self.text.setAccessibleName(self.title)
        self.text.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self.clear()

    def show_records(self, snapshot: CaseSnapshot) -> None:
        """List what the case holds for this step."""
        parts = [f"<h2>{escape(self.title)}</h2>", f"<p>{escape(self.intro)}</p>"]
        if self.step_id == CONVERSATIONS:
            rows = [
                f"<li><b>{escape(day_and_time(c.occurred_at))}</b>, {escape(c.place)}. "
                f"Present: {escape(c.present)}. {escape(c.account)}</li>"
                for c in snapshot.conversations
            ]
        else:
            rows = [
                f"<li><b>{escape(day_and_time(e.occurred_at))}</b> ({escape(e.kind)}): "
                f"{escape(e.text)}</li>"
                for e in snapshot.chronology
            ]
        parts.append(f"<ul>{''.join(rows)}</ul>" if rows else "<p>Nothing recorded yet.</p>")
        self.text.setHtml("".join(parts))

    def clear(self) -> None:
        """Show only the explanation (on lock)."""
        self.text.setHtml(f"<h2>{escape(self.title)}</h2><p>{escape(self.intro)}</p>")

"""The "Add an entry" form of the chronology: when it happened, what kind, what, and optionally the
conversation with the child it came from.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from toolkit_desktop.domain.records import Conversation
from toolkit_desktop.ui.common.dates import day_and_time
from toolkit_desktop.ui.common.entry_parts import (
    add_labelled,
    long_text,
    section_heading,
    when_value,
    when_widget,
)
from toolkit_desktop.ui.common.language import translate
from toolkit_desktop.ui.common.page_parts import Problem
from toolkit_desktop.ui.fields.layout_order import nest_layout
from toolkit_desktop.ui.records.chronology_list import kind_words
from toolkit_desktop.ui.records.drafts import Fields, TypingWatch, hold_still, restore_moment

# The kinds a practitioner adds by hand; amendments and corrections are added by the program.
KINDS = ("event", "disclosure", "request_sent", "answer_received", "meeting", "referral", "note")


class EntryForm(QFrame):
    """One new chronology entry; `submitted` carries it as `add_chronology`'s arguments."""

    submitted = Signal(dict)

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(section_heading(translate("Records", "Add an entry")))
        self.when = when_widget("entryWhen", translate("Records", "When it happened"), now)
        self.kind = QComboBox(objectName="entryKind")
        for kind in KINDS:
            self.kind.addItem(kind_words(kind), kind)
        self.text = long_text("entryText", 4)
        self.source = QComboBox(objectName="entrySource")
        add_labelled(
            layout,
            translate("Records", "When it &happened"),
            self.when,
            translate(
                "Records", "Leave empty if it is happening now; the time it is added is used."
            ),
        )
        add_labelled(layout, translate("Records", "&Kind of entry"), self.kind)
        add_labelled(layout, translate("Records", "&What happened or was found out"), self.text)
        add_labelled(
            layout,
            translate("Records", "From a con&versation with the child (optional)"),
            self.source,
            translate(
                "Records", "If this came from a conversation already recorded, choose it here."
            ),
        )
        self.problem = Problem("entryProblem", self)
        layout.addWidget(self.problem)
        self.add = QPushButton(translate("Records", "Add to the chronology"), objectName="entryAdd")
        self.add.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.add)
        row.addStretch(1)
        nest_layout(layout, row)
        self.add.clicked.connect(self._submit)
        self.typing = TypingWatch(self, [self.when.edit, self.kind, self.text, self.source])
        self.set_conversations([])

    def set_conversations(self, conversations: list[Conversation]) -> None:
        """Offer the case's conversations as sources, keeping the one chosen if still there."""
        chosen = self.source.currentData()
        with self.typing.quiet():
            self._list_conversations(conversations, chosen)

    def _list_conversations(self, conversations: list[Conversation], chosen: object) -> None:
        self.source.clear()
        self.source.addItem(translate("Records", "Not from a conversation"), None)
        for number, c in enumerate(conversations, start=1):
            when = day_and_time(c.occurred_at)
            if c.place.strip():
                words = translate("Records", "Conversation {number}: {when}, {place}").format(
                    number=number, when=when, place=c.place)
            else:
                words = translate("Records", "Conversation {number}: {when}").format(
                    number=number, when=when)
            self.source.addItem(words, c.id)
        index = self.source.findData(chosen)
        self.source.setCurrentIndex(max(index, 0))

    def values(self) -> dict[str, Any]:
        """What was typed, as `add_chronology`'s arguments."""
        return {
            "occurred_at": when_value(self.when),
            "kind": self.kind.currentData(),
            "text": self.text.toPlainText(),
            "conversation_id": self.source.currentData(),
        }

    def failed(self, sentence: str) -> None:
        """Say why the entry was not added; the typed text stays."""
        self.add.setEnabled(True)
        hold_still([self.when.edit, self.text], False)
        self.problem.say(sentence)

    def typed(self) -> str:
        """The entry's words typed and not yet added, or ""."""
        return self.text.toPlainText().strip()

    def reset(self) -> None:
        """Empty the form, ready for the next entry (the draft in the vault is not touched)."""
        with self.typing.quiet():
            self.when.clear()
            self.kind.setCurrentIndex(0)
            self.text.clear()
            self.source.setCurrentIndex(0)
        self.problem.clear()
        self.add.setEnabled(True)
        hold_still([self.when.edit, self.text], False)

    def draft(self) -> Fields:
        """The entry as typed, or {} while neither its time nor its words are."""
        if not (self.typed() or self.when.edit.text().strip()):
            return {}
        source = self.source.currentData()
        return {"when": self.when.edit.text(), "when_at": self.when.reading() or "",
                "kind": str(self.kind.currentData()),
                "text": self.text.toPlainText(), "source": "" if source is None else str(source)}

    def restore(self, fields: Fields) -> None:
        """Show an entry typed before and not yet added (the conversations already listed)."""
        self.reset()
        with self.typing.quiet():
            restore_moment(self.when, fields)
            self.kind.setCurrentIndex(max(self.kind.findData(fields.get("kind")), 0))
            self.text.setPlainText(fields.get("text", ""))
            source = fields.get("source", "")
            if source.isdigit():
                self.source.setCurrentIndex(max(self.source.findData(int(source)), 0))

    def _submit(self) -> None:
        self.problem.clear()
        self.add.setEnabled(False)
        hold_still([self.when.edit, self.text], True)  # until added, or refused
        self.submitted.emit(self.values())

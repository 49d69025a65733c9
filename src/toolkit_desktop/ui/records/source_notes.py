"""The line under an answer saying which conversation with the child it came from.

Kept from the case's current answers (`sources_of`): a changed answer no longer claims the source
of the value it replaced, except an indicator, whose conversation travels inside its value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from toolkit_desktop.domain.records import Conversation, Key
from toolkit_desktop.services.cases import CaseSnapshot
from toolkit_desktop.services.history import sources_of
from toolkit_desktop.ui.fields.emphasis import italic
from toolkit_desktop.ui.fields.section import plain_label
from toolkit_desktop.ui.records.cite import source_note


class SourceNotes:
    """The conversation each answer on screen came from, shown under it."""

    def __init__(self) -> None:
        self.sources: dict[Key, Conversation] = {}
        self._labels: dict[Key, QLabel] = {}

    def load(self, snapshot: CaseSnapshot | None) -> None:
        """Start again from a case as stored (None: no case, nothing to show)."""
        self.sources = sources_of(snapshot) if snapshot is not None else {}

    def set(self, key: Key, conversation: Conversation | None) -> None:
        """Say where one answer came from now (None: from no recorded conversation)."""
        if conversation is None:
            self.sources.pop(key, None)
        else:
            self.sources[key] = conversation

    def edited(self, form_id: str, field_id: str, value: Any) -> None:
        """An answer was changed by hand: its new value has no source unless it carries one."""
        key = (form_id, field_id)
        cited = value.get("conversation_id") if isinstance(value, dict) else None
        if key in self.sources and cited != self.sources[key].id:
            del self.sources[key]

    def apply(self, views: Mapping[str, Any]) -> None:
        """Show the notes in every form built so far, and hide those no longer true."""
        for form_id, view in views.items():
            mine = {f: c for (fm, f), c in self.sources.items() if fm == form_id}
            # The matrix page shows its notes in its own detail pane, not under a form row.
            set_notes = getattr(view, "set_source_notes", None)
            if set_notes is not None:
                set_notes({f: source_note(c) for f, c in mine.items()})
            for field_id in mine:
                self._label(view, (form_id, field_id))
        for key, label in list(self._labels.items()):
            try:
                conversation = self.sources.get(key)
                label.setText(source_note(conversation) if conversation else "")
                label.setVisible(conversation is not None)
            except RuntimeError:  # its form was deleted
                del self._labels[key]

    def _label(self, view: QWidget, key: Key) -> None:
        if key in self._labels:
            return
        row = view.findChild(QWidget, f"row:{key[0]}.{key[1]}")
        if row is None or row.layout() is None:
            return
        label = plain_label("", row, "source-note")
        italic(label)
        row.layout().addWidget(label)
        self._labels[key] = label

"""The matrix indicator widget: Known / Suspected / Not present, the evidence and its source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from toolkit_desktop.domain.definitions import INDICATOR_STATUSES, Field
from toolkit_desktop.ui.fields.base import (
    QT_TRANSLATE_NOOP,
    AnswerLine,
    FieldMessage,
    FieldWidget,
    show_message,
)
from toolkit_desktop.ui.fields.choices import TYPED_ON_RADIOS, RadioChoices, fixed_choices

NEEDS_STATUS = QT_TRANSLATE_NOOP(  # translated where it is shown
    "Fields", "Not saved yet. Choose Known, Suspected or Not present to save this evidence."
)


class IndicatorWidget(FieldWidget):
    """An indicator's answer: {"status", "evidence", "source"}, or None when nothing is given.

    Other keys of a loaded answer (the conversation it cites) are kept and given back.
    """

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._value: dict[str, Any] | None = None
        self._extra: dict[str, Any] = {}
        self.radios = RadioChoices(fixed_choices(INDICATOR_STATUSES), field.label, parent=self)
        self.evidence = QPlainTextEdit(self)
        self.evidence.setObjectName("evidence")
        self.evidence.setTabChangesFocus(True)
        self.evidence.setPlaceholderText(
            QCoreApplication.translate("Fields", "What was seen or said that points to this")
        )
        self.evidence.setFixedHeight(self.evidence.fontMetrics().lineSpacing() * 3 + 12)
        self.evidence.setAccessibleName(
            QCoreApplication.translate("Fields", "{label}: evidence").format(label=field.label)
        )
        self.source = AnswerLine(self)
        self.source.setObjectName("source")
        self.source.setPlaceholderText(
            QCoreApplication.translate("Fields", "Who said or showed this, and when")
        )
        self.source.setAccessibleName(
            QCoreApplication.translate("Fields", "{label}: source").format(label=field.label)
        )
        self.message = FieldMessage(self)  # at the foot of the layout, when needed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.radios)
        for text, edit in ((QCoreApplication.translate("Fields", "Evidence"), self.evidence),
                           (QCoreApplication.translate("Fields", "Source"), self.source)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
        self.setFocusProxy(self.radios.first_button())
        self.radios.toggled.connect(self._on_edited)
        self.radios.typed.connect(lambda: show_message(
            self.message, QCoreApplication.translate("Fields", TYPED_ON_RADIOS), self,
            self.radios.first_button()))
        self.evidence.textChanged.connect(self._on_edited)
        self.source.textEdited.connect(self._on_edited)

    def value(self) -> dict[str, Any] | None:
        """The last complete answer, or None when no status and no text are given."""
        return None if self._value is None else dict(self._value)

    def status(self) -> str | None:
        """The chosen status id, or None."""
        return self.radios.selected()

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        status = self.radios.selected()
        evidence, source = self.evidence.toPlainText(), self.source.text()
        if status is None:
            if evidence.strip() or source.strip():
                needs = QCoreApplication.translate("Fields", NEEDS_STATUS)
                show_message(self.message, needs, self, self.radios.first_button())
                return
            new_value = None
        else:
            new_value = {"status": status, "evidence": evidence, "source": source, **self._extra}
        show_message(self.message, "", self, self.radios.first_button())
        if new_value != self._value:
            self._value = new_value
            self._user_edited()

    def _show(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        known = {"status", "evidence", "source"}
        self._extra = {key: item for key, item in value.items() if key not in known}
        self.radios.select(value.get("status"))
        self.evidence.setPlainText(str(value.get("evidence") or ""))
        self.source.setText(str(value.get("source") or ""))
        self._value = dict(value) if value.get("status") else None
        show_message(self.message, "", self, self.radios.first_button())

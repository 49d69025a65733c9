"""The small prompt that asks why an answer already sent in a referral pack is changing.

Not a native dialog: a plain Qt window that names the answer, shows what was typed, and will not
save without a reason. Cancelling keeps the saved answer; the caller says so in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate

SAVE = QT_TRANSLATE_NOOP("Records", "Save with this reason")
KEEP = QT_TRANSLATE_NOOP("Records", "Keep the saved answer")


class ReasonPrompt(QDialog):
    """Asks for a reason; `reason()` is the text typed once accepted."""

    def __init__(self, title: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonPrompt")
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(460)
        text = QLabel(question, self)
        text.setObjectName("reasonQuestion")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        label = QLabel(translate("Records", "&Reason for the change"), self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("reasonText")
        self.edit.setAccessibleName(translate("Records", "Reason for the change"))
        self.edit.setAccessibleDescription(question)
        self.edit.setPlaceholderText(
            translate("Records", "For example: the child gave her full name in a later visit")
        )
        label.setBuddy(self.edit)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(translate("Records", SAVE), self, objectName="reasonSave")
        self.keep_button = QPushButton(translate("Records", KEEP), self, objectName="reasonKeep")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.edit.textChanged.connect(lambda t: self.save_button.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        for widget in (text, label, self.edit, buttons):
            layout.addWidget(widget)
        self.edit.setFocus()

    def reason(self) -> str:
        """The reason typed, trimmed."""
        return self.edit.text().strip()

    def accept(self) -> None:
        """Close with the reason, never without one (Enter on an empty box does nothing)."""
        if self.reason():
            super().accept()


def ask_reason(parent: QWidget | None, title: str, question: str) -> str | None:
    """Show the prompt and wait: the reason, or None to keep the saved answer."""
    prompt = ReasonPrompt(title, question, parent)
    try:
        return prompt.reason() if prompt.exec() == QDialog.DialogCode.Accepted else None
    finally:
        prompt.deleteLater()

"""The prompt before a case is deleted for good: why, and the case's reference typed back.

A plain Qt window, not a native one. "Delete for good" stays disabled until a reason is given and
the reference typed matches; the service checks both again, so the prompt is a help, not the guard.
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

from toolkit_desktop.ui.common.language import translate


class DeletionPrompt(QDialog):
    """Asks why and for the reference; `answer()` is (reason, typed reference) once accepted."""

    def __init__(self, title: str, text: str, reference: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deletionPrompt")
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(520)
        self._reference = reference
        said = QLabel(text, self, objectName="deletionText")
        said.setWordWrap(True)
        said.setTextFormat(Qt.TextFormat.PlainText)
        why_label = QLabel(
            translate("Common", "&Why is it being deleted? (no child's details: this is kept)"),
            self,
        )
        self.why = QLineEdit(self, objectName="deletionReason")
        self.why.setAccessibleName(translate("Common", "Why the case is being deleted"))
        why_label.setBuddy(self.why)
        typed_label = QLabel(
            translate("Common", "&Type the case's reference, {reference}, to confirm").format(
                reference=reference),
            self,
        )
        self.typed = QLineEdit(self, objectName="deletionReference")
        self.typed.setAccessibleName(translate("Common", "The case's reference, typed back"))
        typed_label.setBuddy(self.typed)
        buttons = QDialogButtonBox(self)
        self.delete_button = QPushButton(
            translate("Common", "Delete for good"), self, objectName="deletionConfirm"
        )
        keep = QPushButton(translate("Common", "Keep the case"), self, objectName="deletionCancel")
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(keep, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        keep.setDefault(True)  # Enter alone never deletes
        self.delete_button.setEnabled(False)
        self.why.textChanged.connect(self._update)
        self.typed.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        for widget in (said, why_label, self.why, typed_label, self.typed, buttons):
            layout.addWidget(widget)
        self.why.setFocus()

    def _ready(self) -> bool:
        typed = self.typed.text().strip().upper()
        return bool(self.why.text().strip()) and typed == self._reference.upper()

    def _update(self) -> None:
        self.delete_button.setEnabled(self._ready())

    def answer(self) -> tuple[str, str]:
        """The reason and the reference typed, trimmed."""
        return self.why.text().strip(), self.typed.text().strip()

    def accept(self) -> None:
        """Close only with a reason and the right reference."""
        if self._ready():
            super().accept()


def ask_deletion(
    parent: QWidget | None, title: str, text: str, reference: str
) -> tuple[str, str] | None:
    """Show the prompt; (reason, typed reference), or None when the case is kept."""
    prompt = DeletionPrompt(title, text, reference, parent)
    try:
        return prompt.answer() if prompt.exec() == QDialog.DialogCode.Accepted else None
    finally:
        prompt.deleteLater()

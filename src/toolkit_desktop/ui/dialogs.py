"""The one place the app asks a question in a pop-up: a seam, so tests answer instead of a person.

As KeePassXC's FileDialog does, every message box and file chooser goes through `Dialogs`; a test
passes its own object with the same methods and never meets a native dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class Dialogs(Protocol):
    """Questions and notices the app may put to the practitioner."""

    def confirm(self, parent: QWidget | None, title: str, text: str, yes: str) -> bool:
        """Ask a yes/no question; True when the practitioner chose `yes`."""
        ...

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the practitioner something that needs acknowledging."""
        ...

    def report(self, parent: QWidget | None, title: str, intro: str, details: str) -> None:
        """Show a long report (such as every problem in the definitions) that can be copied."""
        ...

    def choose_vault_file(self, parent: QWidget | None, start: Path) -> Path | None:
        """Choose where the vault file is (or will be); None when cancelled."""
        ...


class QtDialogs:
    """The real dialogs."""

    def confirm(self, parent: QWidget | None, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is accept

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def report(self, parent: QWidget | None, title: str, intro: str, details: str) -> None:
        dialog = QDialog(parent)
        dialog.setWindowTitle(title)
        dialog.resize(720, 420)
        layout = QVBoxLayout(dialog)
        label = QLabel(intro)
        label.setWordWrap(True)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setAccessibleName("Problems found")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        buttons.accepted.connect(dialog.accept)
        for widget in (label, text, buttons):
            layout.addWidget(widget)
        dialog.exec()

    def choose_vault_file(self, parent: QWidget | None, start: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            "Where to keep the vault",
            str(start),
            "Toolkit vault (*.tkvault)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return Path(name) if name else None

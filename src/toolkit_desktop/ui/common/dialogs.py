"""The one place the app asks a question in a pop-up: a seam, so tests answer instead of a person.

As KeePassXC's FileDialog does, every message box and file chooser goes through `Dialogs`; a test
passes its own object with the same methods and never meets a native dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

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

if TYPE_CHECKING:
    from toolkit_desktop.domain.records import Conversation
    from toolkit_desktop.ui.records.history_dialog import HistoryRow


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

    def choose_save_file(
        self, parent: QWidget | None, title: str, start: Path, file_filter: str
    ) -> Path | None:
        """Choose a file to write (such as a referral pack); None when cancelled."""
        ...

    def ask_reason(self, parent: QWidget | None, title: str, question: str) -> str | None:
        """Ask why an answer is changing; the reason, or None to keep the saved answer."""
        ...

    def show_history(self, parent: QWidget | None, title: str, rows: Sequence[HistoryRow]) -> None:
        """Show every value one answer has held."""
        ...

    def choose_conversation(
        self, parent: QWidget | None, conversations: Sequence[Conversation]
    ) -> int | None:
        """Choose the conversation an answer came from; its id, or None when cancelled."""
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

    def ask_reason(self, parent: QWidget | None, title: str, question: str) -> str | None:
        from toolkit_desktop.ui.records.reason_prompt import ask_reason

        return ask_reason(parent, title, question)

    def show_history(self, parent: QWidget | None, title: str, rows: Sequence[HistoryRow]) -> None:
        from toolkit_desktop.ui.records.history_dialog import show_history

        show_history(parent, title, rows)

    def choose_conversation(
        self, parent: QWidget | None, conversations: Sequence[Conversation]
    ) -> int | None:
        from toolkit_desktop.ui.records.cite import choose_conversation

        return choose_conversation(parent, conversations)

    def choose_save_file(
        self, parent: QWidget | None, title: str, start: Path, file_filter: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
        return Path(name) if name else None

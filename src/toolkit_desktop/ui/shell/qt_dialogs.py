"""The real dialogs behind the `Dialogs` seam: Qt's message boxes, file choosers and our own.

Tests hand the window a scripted stand-in instead, so none of these ever opens under test.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

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

from toolkit_desktop.ui.common.dialogs import HistoryRow
from toolkit_desktop.ui.common.language import translate

if TYPE_CHECKING:  # the dialogs a case needs are imported when first asked for, not at start
    from toolkit_desktop.domain.records import Conversation


class QtDialogs:
    """The real dialogs."""

    def confirm(self, parent: QWidget | None, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(translate("Common", "Cancel"), QMessageBox.ButtonRole.RejectRole)
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
        text.setAccessibleName(translate("Common", "Problems found"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        buttons.accepted.connect(dialog.accept)
        for widget in (label, text, buttons):
            layout.addWidget(widget)
        dialog.exec()

    def choose_vault_file(self, parent: QWidget | None, start: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("Common", "Where to keep the vault"),
            str(start),
            translate("Common", "Toolkit vault (*.tkvault)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return Path(name) if name else None

    def print_pdf(self, parent: QWidget | None, path: Path, password: str | None) -> str:
        # Deferred: printing support and the PDF engine load only when a pack is printed.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from toolkit_desktop.ui.pack.printing import PrintFailed, print_pdf

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        chooser = QPrintDialog(printer, parent)
        chooser.setWindowTitle(translate("Common", "Print the referral pack"))
        if chooser.exec() != QPrintDialog.DialogCode.Accepted:
            return ""
        try:
            pages = print_pdf(printer, path, password)
        except PrintFailed as exc:
            return str(exc)
        if pages == 1:
            return translate("Common", "1 page sent to the printer.")
        return translate("Common", "{pages} pages sent to the printer.").format(pages=pages)

    def ask_reason(self, parent: QWidget | None, title: str, question: str) -> str | None:
        from toolkit_desktop.ui.records.reason_prompt import ask_reason

        return ask_reason(parent, title, question)

    def show_history(self, parent: QWidget | None, title: str, rows: Sequence[HistoryRow]) -> None:
        from toolkit_desktop.ui.records.history_dialog import show_history

        show_history(parent, title, rows)

    def ask_deletion(
        self, parent: QWidget | None, title: str, text: str, reference: str
    ) -> tuple[str, str] | None:
        from toolkit_desktop.ui.common.deletion_prompt import ask_deletion

        return ask_deletion(parent, title, text, reference)

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

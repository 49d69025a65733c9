"""The one place the app asks a question in a pop-up: a seam, so tests answer instead of a person.

As KeePassXC's FileDialog does, every message box and file chooser goes through `Dialogs`; a test
passes its own object with the same methods and never meets a native dialog. The real ones are
`ui.shell.qt_dialogs.QtDialogs`, made once by the application.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from toolkit_desktop.domain.records import Conversation


@dataclass(frozen=True)
class HistoryRow:
    """One value of a field, ready to show: every part already in words."""

    value: str
    when: str
    who: str
    reason: str
    conversation: str


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

    def print_pdf(self, parent: QWidget | None, path: Path, password: str | None) -> str:
        """Ask for a printer and print the saved PDF: a sentence for the status bar ("14 pages
        sent to the printer.", or why not), or "" when the practitioner cancels."""
        ...

    def ask_reason(self, parent: QWidget | None, title: str, question: str) -> str | None:
        """Ask why an answer is changing; the reason, or None to keep the saved answer."""
        ...

    def show_history(self, parent: QWidget | None, title: str, rows: Sequence[HistoryRow]) -> None:
        """Show every value one answer has held."""
        ...

    def ask_deletion(
        self, parent: QWidget | None, title: str, text: str, reference: str
    ) -> tuple[str, str] | None:
        """Ask why a case is being deleted and for its `reference` typed back: (reason, typed
        reference), or None when the practitioner keeps the case."""
        ...

    def choose_conversation(
        self, parent: QWidget | None, conversations: Sequence[Conversation]
    ) -> int | None:
        """Choose the conversation an answer came from; its id, or None when cancelled."""
        ...

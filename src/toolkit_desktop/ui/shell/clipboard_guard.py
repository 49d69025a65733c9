"""On lock, clear what this app put on the clipboard (as KeePassXC does).

A child's name copied from a form must not wait on the clipboard for whoever uses the laptop next.
At lock the clipboard is cleared when this app owns it, or when its text is what was copied while
one of our widgets had the keyboard (some platforms cannot say who owns the clipboard). Only a
digest of that text is kept, never the text. Text another program copied is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication


def _digest(text: str) -> bytes:
    import hashlib  # on the first copy, not with the first window

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """Remembers whether the clipboard's text came from us, and clears it on lock."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = QApplication.clipboard()
        self._ours: bytes | None = None
        self._clipboard.dataChanged.connect(self._changed)

    def _changed(self) -> None:
        # Copied (Ctrl+C, Cut, a right-click Copy) while one of our widgets had the keyboard.
        if QApplication.focusWidget() is not None:
            self._ours = _digest(self._clipboard.text())

    def clear_ours(self) -> None:
        """Clear the clipboard (and the X11 selection) if what it holds came from this app."""
        board = self._clipboard
        text = board.text(QClipboard.Mode.Clipboard)
        if text and (board.ownsClipboard() or _digest(text) == self._ours):
            board.clear(QClipboard.Mode.Clipboard)
        if board.supportsSelection() and board.ownsSelection():
            board.clear(QClipboard.Mode.Selection)  # text selected in a form (middle-click paste)
        self._ours = None

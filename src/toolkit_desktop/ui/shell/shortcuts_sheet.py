"""The keyboard shortcut sheet (F1): every key the app answers to, in plain words, on one page.

At 2am nobody reads a manual, and a toolbar's Alt-letters do not work in Qt: the sheet is where
a practitioner finds Settings (Ctrl+,) or the pack (Alt+P). A test checks that each window-level
key here is really bound in the window, and that the window binds none the sheet leaves out.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

TITLE = "Keyboard shortcuts"
# (heading, ((keys, what they do), ...)): the window's own keys first, bound in main_window.
WINDOW_KEYS = (
    ("F1", "This sheet"),
    ("Ctrl+N", "Start a new case"),
    ("Ctrl+Shift+C", "The list of cases"),
    ("Ctrl+,", "Settings, About you and Change passphrase"),
    ("Ctrl+L", "Lock the vault now"),
    ("Alt+P", "Make the referral pack (PDF), from any step of a case"),
    ("Ctrl+Q", "Close the app (your work is saved first)"),
)
SHEET = (
    ("Anywhere", WINDOW_KEYS),
    ("In a case", (
        ("Alt+1 to Alt+9", "Go to a step: the numbers follow the list of steps on the left"),
        ("Alt+0", "Documents and photo"),
        ("F6 / Shift+F6", "Move between the steps, the page, What next and the side panel"),
        ("Tab / Shift+Tab", "The next or previous question"),
        ("Ctrl+H", "Every value the answer with the keyboard has held, with who and when"),
        ("Ctrl+Shift+F", "Say which conversation with the child the answer came from"),
        ("Ctrl+Shift+A", "Set the section aside, with a reason (again: bring it back)"),
        ("Ctrl+Shift+O", "On the Referral step: the answers in the online NRM form's order"),
    )),
    ("In the risk matrix", (
        ("Up / Down", "The previous or next indicator"),
        ("K, S, N", "Mark it Known, Suspected or Not present"),
        ("E, O", "Write the evidence, or its source; Esc goes back to the list"),
        ("Ctrl+PgDown / Ctrl+PgUp", "The next or previous block of indicators"),
    )),
)


def sheet_html() -> str:
    """The sheet as a small HTML table per heading, every text escaped."""
    parts = []
    for heading, rows in SHEET:
        cells = "".join(
            f"<tr><td style='padding-right:16px'><b>{escape(keys)}</b></td>"
            f"<td>{escape(what)}</td></tr>" for keys, what in rows)
        parts.append(f"<h3>{escape(heading)}</h3><table>{cells}</table>")
    return "".join(parts)


def sheet_text() -> str:
    """The sheet as plain lines, for screen readers: "Ctrl+L: Lock the vault now"."""
    return "\n".join(f"{keys}: {what}" for _, rows in SHEET for keys, what in rows)


class ShortcutsSheet(QDialog):
    """The sheet in a dialog that Esc or Enter closes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle(TITLE)
        layout = QVBoxLayout(self)
        text = QLabel(sheet_html(), objectName="shortcutsText")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setAccessibleName(TITLE)
        text.setAccessibleDescription(sheet_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout.addWidget(text)
        layout.addWidget(buttons)

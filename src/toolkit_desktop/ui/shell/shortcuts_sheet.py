"""The keyboard shortcut sheet (F1): every key the app answers to, in plain words, on one page.

At 2am nobody reads a manual, and a toolbar's Alt-letters do not work in Qt: the sheet is where
a practitioner finds Settings (Ctrl+,) or the pack (Alt+P). A test checks that each window-level
key here is really bound in the window, and that the window binds none the sheet leaves out.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate

TITLE = QT_TRANSLATE_NOOP("Shell", "Keyboard shortcuts")
# (heading, ((keys, what they do), ...)): the window's own keys first, bound in main_window.
WINDOW_KEYS = (
    (QT_TRANSLATE_NOOP("Shell", "F1"), QT_TRANSLATE_NOOP("Shell", "This sheet")),
    (QT_TRANSLATE_NOOP("Shell", "Ctrl+N"), QT_TRANSLATE_NOOP("Shell", "Start a new case")),
    (QT_TRANSLATE_NOOP("Shell", "Ctrl+Shift+C"), QT_TRANSLATE_NOOP("Shell", "The list of cases")),
    (
        QT_TRANSLATE_NOOP("Shell", "Ctrl+,"),
        QT_TRANSLATE_NOOP("Shell", "Settings, About you and Change passphrase"),
    ),
    (QT_TRANSLATE_NOOP("Shell", "Ctrl+L"), QT_TRANSLATE_NOOP("Shell", "Lock the vault now")),
    (
        QT_TRANSLATE_NOOP("Shell", "Ctrl+Shift+H"),
        QT_TRANSLATE_NOOP(
            "Shell", "Hand the open case over to a colleague's laptop, or type its code"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shell", "Ctrl+Shift+R"),
        QT_TRANSLATE_NOOP("Shell", "Receive a case handed over to you"),
    ),
    (
        QT_TRANSLATE_NOOP("Shell", "Alt+P"),
        QT_TRANSLATE_NOOP("Shell", "Make the referral pack (PDF), from any step of a case"),
    ),
    (
        QT_TRANSLATE_NOOP("Shell", "Ctrl+Q"),
        QT_TRANSLATE_NOOP("Shell", "Close the app (your work is saved first)"),
    ),
)
SHEET = (
    (QT_TRANSLATE_NOOP("Shell", "Anywhere"), WINDOW_KEYS),
    (
        QT_TRANSLATE_NOOP("Shell", "On the list of cases"),
        (
            (
                QT_TRANSLATE_NOOP("Shell", "Alt+S"),
                QT_TRANSLATE_NOOP(
                    "Shell", "Search the cases; Down goes into the list, Enter opens a case"
                ),
            ),
            (
                QT_TRANSLATE_NOOP("Shell", "Alt+O"),
                QT_TRANSLATE_NOOP(
                    "Shell", "Overview of every case: NRM dates, what is overdue and who holds each"
                ),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shell", "In a case"),
        (
            (
                QT_TRANSLATE_NOOP("Shell", "Alt+1 to Alt+9"),
                QT_TRANSLATE_NOOP(
                    "Shell", "Go to a step: the numbers follow the list of steps on the left"
                ),
            ),
            (
                QT_TRANSLATE_NOOP("Shell", "Alt+0"),
                QT_TRANSLATE_NOOP("Shell", "Documents and photo"),
            ),
            (
                QT_TRANSLATE_NOOP("Shell", "F6 / Shift+F6"),
                QT_TRANSLATE_NOOP(
                    "Shell", "Move between the steps, the page, What next and the side panel"
                ),
            ),
            (
                QT_TRANSLATE_NOOP("Shell", "Tab / Shift+Tab"),
                QT_TRANSLATE_NOOP("Shell", "The next or previous question"),
            ),
            (
                QT_TRANSLATE_NOOP("Shell", "Ctrl+H"),
                QT_TRANSLATE_NOOP(
                    "Shell", "Every value the answer with the keyboard has held, with who and when"
                ),
            ),
            (
                QT_TRANSLATE_NOOP("Shell", "Ctrl+Shift+F"),
                QT_TRANSLATE_NOOP(
                    "Shell", "Say which conversation with the child the answer came from"
                ),
            ),
            (
                QT_TRANSLATE_NOOP("Shell", "Ctrl+Shift+A"),
                QT_TRANSLATE_NOOP(
                    "Shell", "Set the section aside, with a reason (again: bring it back)"
                ),
            ),
            (
                QT_TRANSLATE_NOOP("Shell", "Ctrl+Shift+O"),
                QT_TRANSLATE_NOOP(
                    "Shell", "On the Referral step: the answers in the online NRM form's order"
                ),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shell", "In the risk matrix"),
        (
            (
                QT_TRANSLATE_NOOP("Shell", "Up / Down"),
                QT_TRANSLATE_NOOP("Shell", "The previous or next indicator"),
            ),
            (
                QT_TRANSLATE_NOOP("Shell", "K, S, N"),
                QT_TRANSLATE_NOOP("Shell", "Mark it Known, Suspected or Not present"),
            ),
            (
                QT_TRANSLATE_NOOP("Shell", "E, O"),
                QT_TRANSLATE_NOOP(
                    "Shell", "Write the evidence, or its source; Esc goes back to the list"
                ),
            ),
            (
                QT_TRANSLATE_NOOP("Shell", "Ctrl+PgDown / Ctrl+PgUp"),
                QT_TRANSLATE_NOOP("Shell", "The next or previous block of indicators"),
            ),
        ),
    ),
)


def sheet_html() -> str:
    """The sheet as a small HTML table per heading, every text escaped."""
    parts = []
    for heading, rows in _translated():
        cells = "".join(
            f"<tr><td style='padding-right:16px'><b>{escape(keys)}</b></td>"
            f"<td>{escape(what)}</td></tr>"
            for keys, what in rows
        )
        parts.append(f"<h3>{escape(heading)}</h3><table>{cells}</table>")
    return "".join(parts)


def _translated() -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        (
            translate("Shell", heading),
            [(translate("Shell", keys), translate("Shell", what)) for keys, what in rows],
        )
        for heading, rows in SHEET
    ]


def sheet_text() -> str:
    """The sheet as plain lines, for screen readers: "Ctrl+L: Lock the vault now"."""
    return "\n".join(f"{keys}: {what}" for _, rows in _translated() for keys, what in rows)


class ShortcutsSheet(QDialog):
    """The sheet in a dialog that Esc or Enter closes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle(translate("Shell", TITLE))
        layout = QVBoxLayout(self)
        text = QLabel(sheet_html(), objectName="shortcutsText")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setAccessibleName(translate("Shell", TITLE))
        text.setAccessibleDescription(sheet_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout.addWidget(text)
        layout.addWidget(buttons)

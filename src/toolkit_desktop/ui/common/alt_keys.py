"""An Alt+letter that no shortcut took never types its letter into the answer that has the keyboard.

Qt hands an unmatched Alt+P to the focused box as the text "p": a practitioner pressing Alt+P for
the pack on another step put "p" after a date, and Alt+C put "c" after the case reference. The
filter, on the whole app, drops such a key in a text box. Shortcuts are matched before the key
reaches any widget, so Alt+1 to Alt+9, Alt+P and the buttons' Alt letters still work. AltGr
(Ctrl+Alt on Windows) and the Mac's Option key type letters of their own and are left alone.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

_TEXT_BOXES = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)
_ALT_ONLY = Qt.KeyboardModifier.AltModifier


class AltNeverTypes(QObject):
    """Install on the QApplication; owned by the main window."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Every event of the app passes here: the cheapest test first, and no call into Qt's
        # own filter (which only answers False) on the way out.
        if not isinstance(event, QKeyEvent):
            return False
        return bool(
            sys.platform != "darwin"
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == _ALT_ONLY
            and event.text().isprintable()
            and event.text()
            and isinstance(watched, _TEXT_BOXES)
        )  # True: no shortcut wanted it, and it is not a letter to type

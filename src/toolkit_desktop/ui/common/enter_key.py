"""Enter presses the button that has the keyboard, in the main window as in a dialog.

Qt's buttons answer Space; Enter presses only a dialog's default button. A practitioner who
Tabs to "Record this conversation" and presses Enter, as on every Windows form, saw nothing
happen. This filter, on the whole app, gives Enter to the focused push button outside dialogs
(a dialog already handles Enter its own way). Tick boxes and radio buttons are left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QPushButton

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPressesButtons(QObject):
    """Install on the QApplication; owned by the main window."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Every event of the app passes here: the cheapest test first, and no call into Qt's
        # own filter (which only answers False) on the way out.
        if not isinstance(event, QKeyEvent):
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in ENTER_KEYS
            and not event.isAutoRepeat()  # a held Enter presses once, as a held Space does
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and isinstance(watched, QPushButton)
            and not watched.isCheckable()
            and watched.hasFocus()
            and watched.isEnabled()
            and not isinstance(watched.window(), QDialog)
        ):
            watched.click()
            return True
        return False

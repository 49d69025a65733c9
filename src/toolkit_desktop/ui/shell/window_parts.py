"""The main window's fixed parts: the banners (TRAINING, OFFICIAL-SENSITIVE) and the toolbar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate

MARKING = QT_TRANSLATE_NOOP("Shell", "OFFICIAL-SENSITIVE")
# Training mode on every screen; the training vault itself belongs to `services.training`.
TRAINING_BANNER = QT_TRANSLATE_NOOP(
    "Shell", "TRAINING: practice cases only. Never record a real child here."
)
LOCK_NOTICES = {
    "idle": QT_TRANSLATE_NOOP(
        "Shell", "Locked after {minutes} minutes without use. Your work was saved."
    ),
    "suspend": QT_TRANSLATE_NOOP(
        "Shell",
        "Locked because the computer went to sleep or the session was locked. "
        "Your work was saved.",
    ),
    "manual": QT_TRANSLATE_NOOP("Shell", "Locked. Your work was saved."),
}


def banner(object_name: str, text: str) -> QLabel:
    """A full-width line of bold capitals-and-words across the top (never colour alone); `text`
    is the English, shown in the app's language."""
    text = translate("Shell", text)
    label = QLabel(text, objectName=object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(text)
    label.setStyleSheet(
        "QLabel { font-weight: bold; padding: 3px; border-bottom: 2px solid "
        "palette(mid); letter-spacing: 1px; }"
    )
    return label


def add_toolbar(
    window: QMainWindow, entries: tuple[tuple[str, str, str, Callable[[], object]], ...]
) -> dict[str, QAction]:
    """A toolbar of text buttons, each with its shortcut in its tooltip; actions by key."""
    bar = QToolBar(translate("Shell", "Main"), objectName="mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.addToolBar(bar)
    actions: dict[str, QAction] = {}
    for key, text, shortcut, slot in entries:
        action = QAction(text, window, objectName=f"action:{key}")
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        action.triggered.connect(slot)
        bar.addAction(action)
        actions[key] = action
    return actions

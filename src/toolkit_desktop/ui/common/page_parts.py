"""Small pieces the full-window pages share: a centred scrolling column that keeps the keyboard in
sight, a busy line, a message."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.ui.common.language import translate

COLUMN_WIDTH = 600


class _FocusFollower(QObject):
    # A child of the area: Qt disconnects it from the application when the area goes.
    def __init__(self, area: QScrollArea, margin: int) -> None:
        super().__init__(area)
        self._area, self._margin = area, margin
        QApplication.instance().focusChanged.connect(self._follow)  # type: ignore[union-attr]

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        with contextlib.suppress(RuntimeError):  # the window closing: the area already gone
            content = self._area.widget()
            if new is not None and content is not None and content.isAncestorOf(new):
                self._area.ensureWidgetVisible(new, 0, self._margin)


def follow_focus(area: QScrollArea, margin: int = 40) -> None:
    """Keep whatever has the keyboard inside `area` in sight, however it got there.

    Qt scrolls to follow Tab only between the area's own controls; the keyboard arriving from
    outside (the steps, a shortcut such as E for the evidence) would stay out of sight, and at
    150% on a small screen what is typed could not be seen.
    """
    _FocusFollower(area, margin)


def centred_column(page: QWidget, content: QWidget) -> None:
    """Lay `content` out as a column of readable width that scrolls when the window is small."""
    content.setMaximumWidth(COLUMN_WIDTH)
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.addStretch(1)
    row.addWidget(content, 100)
    row.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(holder)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)


def paragraph(text: str, object_name: str = "") -> QLabel:
    """A wrapped paragraph of plain text."""
    label = QLabel(text, objectName=object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class Busy(QWidget):
    """ "Unlocking…" with a moving bar, shown while the worker derives the key."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, text: str) -> None:
        """Show `text` with the moving bar."""
        self.label.setText(text)
        self.bar.setAccessibleName(text)
        self.show()

    def stop(self) -> None:
        """Hide it."""
        self.hide()


class Problem(QLabel):
    """A sentence saying what went wrong and what to do; marked in words, not only in colour."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            "QLabel { border-left: 4px solid palette(highlight); padding-left: 8px; }"
        )
        self.hide()

    def say(self, text: str) -> None:
        """Show the sentence (prefixed "Problem:" so it is not signalled by colour alone)."""
        self.setText(translate("Common", "Problem: {text}").format(text=text))
        self.setAccessibleName(self.text())
        self.show()

    def clear(self) -> None:
        """Hide it."""
        self.setText("")
        self.hide()

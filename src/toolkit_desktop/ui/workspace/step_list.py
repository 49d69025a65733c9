"""The case's steps down the left of the workspace, each with how far it has got under its title.

A list widget that knows its steps: which one is chosen, how to choose one by id, and how to show
(and, on lock, forget) each step's progress. What the progress says comes from `steps`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from toolkit_desktop.domain.steps import Step
from toolkit_desktop.translatable import Said
from toolkit_desktop.ui.common.language import say, translate


class StepList(QListWidget):
    """One row per step; the row's data is the step's id.

    The arrow keys show each step while the keyboard stays in the list; Enter, or a click, goes
    into the step (`enter_step`). Letters and digits typed here do nothing: a "1" typed one Tab
    too soon must never open step 1 and lose the words that follow.
    """

    enter_step = Signal()

    def __init__(self, steps: Sequence[Step], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setAccessibleName(translate("Workspace", "Steps of this case"))
        self.setMinimumWidth(170)
        self.setMaximumWidth(260)
        self.setWordWrap(True)
        self._steps = tuple(steps)
        for step in self._steps:
            item = QListWidgetItem(say(step.title))
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            self.addItem(item)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 (Qt's name)
        """Typed words never choose a step (Alt and a number does)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_step.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        super().mouseReleaseEvent(event)
        if self.itemAt(event.position().toPoint()) is not None:
            self.enter_step.emit()

    def current_step(self) -> str | None:
        """The id of the chosen step."""
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def choose(self, step_id: str) -> None:
        """Choose a step by id (nothing happens for an unknown id)."""
        for row, step in enumerate(self._steps):
            if step.id == step_id:
                self.setCurrentRow(row)

    def show_progress(self, progress: Sequence[Said | str]) -> None:
        """Put each step's progress, in words, under its numbered title (and in its spoken text)."""
        for row, (step, said) in enumerate(zip(self._steps, progress, strict=True)):
            item = self.item(row)
            title, words = say(step.title), say(said)
            item.setText(f"{row + 1}. {title}\n     {words}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}: {words}")

    def forget_progress(self) -> None:
        """Only the numbered titles (on lock: progress says something about the case)."""
        for row, step in enumerate(self._steps):
            self.item(row).setText(f"{row + 1}. {say(step.title)}")
            self.item(row).setData(Qt.ItemDataRole.AccessibleTextRole, None)

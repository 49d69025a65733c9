"""Starting a case asks only what is needed: who (a name or description), when and where met."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.ui.common.page_parts import Problem, paragraph


def to_qt(moment: datetime) -> QDateTime:
    """A QDateTime in local time for an aware datetime."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_qt(moment: QDateTime) -> datetime:
    """An aware UTC datetime for a QDateTime (to the minute)."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC).replace(second=0)


class NewCaseDialog(QDialog):
    """A small dialog; everything else is asked in the workspace, when there is time."""

    start_case = Signal(str, object, str)  # name or description, first met (UTC), where

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseDialog")
        self.setWindowTitle("New case")
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph("Just enough to start. Everything else can wait until the child is safe.")
        )
        form = QFormLayout()
        self.known_as = QLineEdit(objectName="newCaseKnownAs")
        self.known_as.setPlaceholderText('For example: "Amira" or "boy, about 14, Terminal 4"')
        self.known_as.setAccessibleName("The child's name, or a description until it is known")
        self.first_met = QDateTimeEdit(to_qt(now), objectName="newCaseFirstMet")
        self.first_met.setCalendarPopup(True)
        self.first_met.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.first_met.setAccessibleName("When you first met the child")
        self.place = QLineEdit(objectName="newCasePlace")
        self.place.setPlaceholderText("For example: Heathrow Terminal 4, immigration hall")
        self.place.setAccessibleName("Where you first met the child")
        for text, widget in (
            ("&Name or description:", self.known_as),
            ("&When first met:", self.first_met),
            ("W&here first met:", self.place),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        layout.addLayout(form)
        self.problem = Problem("newCaseProblem")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton(
            "&Start the case", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("startCaseButton")
        buttons.accepted.connect(self._start)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Only once the buttons are inside the dialog can Enter be given to "Start the case".
        self.start_button.setDefault(True)
        self.setMinimumWidth(440)
        self.known_as.setFocus()

    def _start(self) -> None:
        name = self.known_as.text().strip()
        if not name:
            self.problem.say("Give a name or a short description, so you can find the case again.")
            self.known_as.setFocus()
            return
        self.start_case.emit(name, from_qt(self.first_met.dateTime()), self.place.text().strip())
        self.accept()

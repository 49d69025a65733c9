"""Starting a case asks only what is needed: who (a name or description), when and where met."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.date_text import say_moment
from toolkit_desktop.ui.common.entry_parts import when_value, when_widget
from toolkit_desktop.ui.common.language import translate
from toolkit_desktop.ui.common.page_parts import Problem, paragraph
from toolkit_desktop.ui.fields.base import chain_tab_order, focus_chain
from toolkit_desktop.ui.fields.layout_order import nest_layout


class NewCaseDialog(QDialog):
    """A small dialog; everything else is asked in the workspace, when there is time."""

    start_case = Signal(str, object, str)  # name or description, first met (UTC), where

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseDialog")
        self.setWindowTitle(translate("Cases", "New case"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(translate(
                "Cases", "Just enough to start. Everything else can wait until the child is safe."
            ))
        )
        form = QFormLayout()
        self.known_as = QLineEdit(objectName="newCaseKnownAs")
        self.known_as.setPlaceholderText(
            translate("Cases", 'For example: "Amira" or "boy, about 14, Terminal 4"'))
        self.known_as.setAccessibleName(
            translate("Cases", "The child's name, or a description until it is known"))
        # One box typed as people write ("today 01:40"), like every date in the app. Left empty
        # it means now, so nothing is there to type over or add to.
        self._now = now.replace(second=0, microsecond=0)
        self.first_met = when_widget(
            "newCaseFirstMet", translate("Cases", "When you first met the child"), lambda: now)
        self.first_met.edit.setPlaceholderText(
            translate("Cases", "Now; or type, for example, today 01:40"))
        self.first_met.understood.setText(
            translate("Cases", "Empty means now: {moment}").format(moment=say_moment(self._now)))
        self.place = QLineEdit(objectName="newCasePlace")
        self.place.setPlaceholderText(
            translate("Cases", "For example: Heathrow Terminal 4, immigration hall"))
        self.place.setAccessibleName(translate("Cases", "Where you first met the child"))
        for text, widget in (
            (translate("Cases", "&Name or description:"), self.known_as),
            (translate("Cases", "&When first met:"), self.first_met),
            (translate("Cases", "W&here first met:"), self.place),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        nest_layout(layout, form)
        self.problem = Problem("newCaseProblem")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton(
            translate("Cases", "&Start the case"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("startCaseButton")
        buttons.accepted.connect(self._start)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Only once the buttons are inside the dialog can Enter be given to "Start the case".
        self.start_button.setDefault(True)
        self.setMinimumWidth(440)
        chain_tab_order(focus_chain(self))  # name, when, where, then the buttons: as they are seen
        self.known_as.setFocus()

    def _start(self) -> None:
        name = self.known_as.text().strip()
        if not name:
            self.problem.say(translate(
                "Cases", "Give a name or a short description, so you can find the case again."))
            self.known_as.setFocus()
            return
        typed = self.first_met.edit.text().strip()
        first_met = when_value(self.first_met) if typed else self._now
        if first_met is None or self.first_met.problem():
            self.problem.say(
                translate("Cases", "Say when you first met the child, for example “today 01:40”, "
                          "or type now.")
            )
            self.first_met.edit.setFocus()
            return
        self.start_case.emit(name, first_met.astimezone(UTC), self.place.text().strip())
        self.accept()

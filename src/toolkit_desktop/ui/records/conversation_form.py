"""The "Record a conversation" form: when, where, who was present, interpreter, how the child was,
and what was said, kept once as a record that answers in every form can point to.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.ui.common.entry_parts import (
    add_labelled,
    long_text,
    section_heading,
    when_value,
    when_widget,
)
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.common.page_parts import Problem
from toolkit_desktop.ui.fields.layout_order import nest_layout
from toolkit_desktop.ui.fields.section import plain_label
from toolkit_desktop.ui.records.drafts import Fields, TypingWatch, hold_still, restore_moment

ONCE = QT_TRANSLATE_NOOP(
    "Records",
    "This is kept as a record and is not edited afterwards. Check it before you press Record; "
    "if something turns out to be wrong, add a correction in Chronology and agencies.",
)
KEPT = QT_TRANSLATE_NOOP(
    "Records",
    "Not recorded yet: these are the words you typed before, kept in the vault. Check them, then "
    "press Record this conversation.",
)


class ConversationForm(QFrame):
    """The fields of one conversation; `submitted` carries them for `record_conversation`."""

    submitted = Signal(dict)
    cancelled = Signal()

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(section_heading(translate("Records", "Record a conversation")))
        layout.addWidget(plain_label(translate("Records", ONCE), self))
        # Above the fields, not under them: after unlocking, the form's words come back and
        # this says first that they are not recorded yet (under "What was said" it was off
        # the bottom of a small screen, and the form looked fresh).
        self.kept = plain_label(translate("Records", KEPT), self, "conversationKept")
        self.kept.hide()
        layout.addWidget(self.kept)
        self.when = when_widget(
            "conversationWhen", translate("Records", "When the conversation took place"), now
        )
        self.place = QLineEdit(objectName="conversationPlace")
        self.present = QLineEdit(objectName="conversationPresent")
        self.interpreter = QLineEdit(objectName="conversationInterpreter")
        self.language = QLineEdit(objectName="conversationLanguage")
        self.how = long_text("conversationHow", 3)
        self.account = long_text("conversationAccount", 7)
        add_labelled(
            layout,
            translate("Records", "&When it took place"),
            self.when,
            translate("Records", "Type the date and time, or press Now if it is happening now."),
        )
        add_labelled(
            layout,
            translate("Records", "W&here"),
            self.place,
            translate("Records", "For example: the police station at Dover."),
        )
        add_labelled(
            layout,
            translate("Records", "Who was &present"),
            self.present,
            translate("Records", "Names and roles, including anyone on the phone."),
        )
        add_labelled(
            layout,
            translate("Records", "I&nterpreter"),
            self.interpreter,
            translate("Records", "Name, and whether in person or by phone; or 'none'."),
        )
        add_labelled(layout, translate("Records", "Lan&guage spoken"), self.language)
        add_labelled(
            layout,
            translate("Records", "H&ow the child was"),
            self.how,
            translate(
                "Records",
                "Tired, frightened, quiet, hungry; anything that affected what they said.",
            ),
        )
        add_labelled(
            layout,
            translate("Records", "What was sa&id"),
            self.account,
            translate("Records", "In the child's own words where you can, with what you asked."),
        )
        self.problem = Problem("conversationProblem", self)
        layout.addWidget(self.problem)
        self.record = QPushButton(
            translate("Records", "Record this conversation"), objectName="conversationRecord"
        )
        self.record.setAutoDefault(False)
        self.cancel = QPushButton(translate("Records", "Cancel"), objectName="conversationCancel")
        self.cancel.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        nest_layout(layout, buttons)
        self.record.clicked.connect(self._submit)
        self.cancel.clicked.connect(self._cancel)
        self._confirm: Callable[[str, str, str], bool] | None = None
        self._lines = {"when": self.when.edit, "place": self.place, "present": self.present,
                       "interpreter": self.interpreter, "language": self.language}
        self._boxes = {"how_the_child_was": self.how, "account": self.account}
        self.typing = TypingWatch(self, [*self._lines.values(), *self._boxes.values()])

    def values(self) -> dict[str, Any]:
        """What was typed, as `record_conversation`'s keyword arguments."""
        return {
            "occurred_at": when_value(self.when),
            "place": self.place.text(),
            "present": self.present.text(),
            "interpreter": self.interpreter.text(),
            "language": self.language.text(),
            "how_the_child_was": self.how.toPlainText(),
            "account": self.account.toPlainText(),
        }

    def start(self) -> None:
        """Show the form, empty, with the cursor in the date; words already in it stay."""
        if not (self.isVisible() and self.has_typing()):
            self.reset()
        self.show()
        self.when.setFocus()

    def set_busy(self, busy: bool) -> None:
        """While the conversation is being recorded, it cannot be sent twice, nor typed in."""
        self.record.setEnabled(not busy)
        hold_still([self.when.edit, *self._lines.values(), *self._boxes.values()], busy)
        self.record.setText(
            translate("Records", "Recording…") if busy
            else translate("Records", "Record this conversation")
        )

    def failed(self, sentence: str) -> None:
        """Say why it was not recorded; what was typed stays, and the keyboard goes back to the
        button pressed. (While it was busy the button could not hold it, and the keyboard had
        moved on to Cancel: the next Enter threw the child's words away.)"""
        self.set_busy(False)
        self.problem.say(sentence)
        self.record.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        """Empty every box (after recording, on cancel, on lock, for another case); the draft
        kept in the vault is not touched by this."""
        with self.typing.quiet():
            self.when.clear()
            for edit in self._lines.values():
                edit.clear()
            for box in self._boxes.values():
                box.clear()
        self.kept.hide()
        self.problem.clear()
        self.set_busy(False)

    def draft(self) -> Fields:
        """The boxes' text as typed, or {} when nothing is."""
        if not self.has_typing():
            return {}
        return {name: edit.text() for name, edit in self._lines.items()} | {
            name: box.toPlainText() for name, box in self._boxes.items()} | {
            "when_at": self.when.reading() or ""}  # "19:40" means today: kept as the moment

    def restore(self, fields: Fields) -> None:
        """Show a draft kept from before, saying it is not recorded yet."""
        self.reset()
        with self.typing.quiet():
            for name, edit in self._lines.items():
                edit.setText(fields.get(name, ""))
            for name, box in self._boxes.items():
                box.setPlainText(fields.get(name, ""))
            restore_moment(self.when, fields)
        self.kept.setVisible(self.has_typing())

    def _submit(self) -> None:
        self.problem.clear()
        self.set_busy(True)
        self.submitted.emit(self.values())

    def ask_before_discarding(self, confirm: Callable[[str, str, str], bool]) -> None:
        """Ask `confirm(title, text, yes)` before Cancel throws away anything typed (the case
        workspace passes the app's dialogs): one Space on Cancel, after Tab from "Record", must
        not lose the child's words."""
        self._confirm = confirm

    def has_typing(self) -> bool:
        """Whether anything has been typed into the form."""
        lines = (self.when.edit, self.place, self.present, self.interpreter, self.language)
        return any(e.text().strip() for e in lines) or any(
            b.toPlainText().strip() for b in (self.how, self.account))

    def _cancel(self) -> None:
        if self.has_typing() and self._confirm is not None and not self._confirm(
            translate("Records", "Throw away this conversation?"),
            translate("Records", "What you typed has not been recorded. Once thrown away it "
                      "cannot be got back."),
            translate("Records", "Throw it away"),
        ):
            self.account.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.reset()
        self.hide()
        self.typing.edited.emit()  # thrown away: the draft with it
        self.cancelled.emit()

"""How a form's parts are laid out: a question with its label and help, and a titled section that
can be set aside, deliberately and with a reason, when it does not apply to the child."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.definitions import REFERRAL, Section
from toolkit_desktop.ui.fields.base import QT_TRANSLATE_NOOP, FieldWidget, first_stop, message_label
from toolkit_desktop.ui.fields.emphasis import bold
from toolkit_desktop.ui.fields.layout_order import nest_layout

try:  # Qt 6.8 and later: a sentence a screen reader says without the focus moving
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # older Qt (pyproject allows 6.6): the description changes, and says so
    QAccessibleAnnouncementEvent = None


def announce(widget: QWidget, text: str) -> None:
    """Have screen readers say `text` about `widget`, politely (after what they are saying)."""
    if QAccessibleAnnouncementEvent is not None:
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
    else:
        QAccessible.updateAccessibility(
            QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
        )


def plain_label(text: str, parent: QWidget, object_name: str = "") -> QLabel:
    """A word-wrapped label that shows text as it is, never as markup."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setObjectName(object_name)
    return label


def heading(text: str, parent: QWidget, scale: float, object_name: str = "") -> QLabel:
    """A bold, larger label for a form's or a section's title."""
    label = plain_label(text, parent, object_name)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class FieldRow(QWidget):
    """A question: its label (the widget's buddy), its help, a signpost when it is a copy of an
    answer given in another form, then the widget.

    A copy is never typed into: Tab passes it by, and its signpost's link (`go_to_source`) opens
    the question where the answer can be changed.
    """

    go_to_source = Signal()

    def __init__(self, widget: FieldWidget, parent: QWidget, from_form: str = "") -> None:
        super().__init__(parent)
        self.widget = widget
        self.from_form = from_form
        field = widget.field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(4)
        needed = REFERRAL in field.required_for
        text = (QCoreApplication.translate("Fields", "{label} (needed for the referral)")
                .format(label=field.label) if needed else field.label)
        self.label = plain_label(text, self, "field-label")
        bold(self.label)
        self.label.setBuddy(widget)
        layout.addWidget(self.label)
        help_text = field.help or field.guidance
        if help_text:
            layout.addWidget(plain_label(help_text, self, "field-help"))
        if from_form:
            # Answered once, elsewhere: shown here so the practitioner need not ask again.
            note = QLabel(
                QCoreApplication.translate(
                    "Fields",
                    "<i>A copy of the answer in {form}.</i> "
                    "<a href='#source'>Change it in {form}</a>",
                ).format(form=escape(from_form, quote=False)),
                self,
            )
            note.setObjectName("same-as-note")
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.RichText)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            note.linkActivated.connect(lambda _link: self.go_to_source.emit())
            layout.addWidget(note)
            widget.set_read_only(True)
        # What the widget's accessible description is made of: each note says its own part.
        self._read_only_said = (
            QCoreApplication.translate("Fields", "Read only: change it in {form}").format(
                form=from_form) if from_form else "")
        self._worked_out_said = ""
        self._follow_up_said = ""
        # Shown while the answer is worked out from something recorded elsewhere in the case
        # (`show_worked_out`): where it came from, and the way back to the worked-out answer.
        self.worked_out_note = QLabel(self)
        self.worked_out_note.setObjectName("worked-out-note")
        self.worked_out_note.setWordWrap(True)
        self.worked_out_note.setTextFormat(Qt.TextFormat.RichText)
        self.worked_out_note.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.worked_out_note.linkActivated.connect(self._worked_out_link)
        self.worked_out_note.hide()
        layout.addWidget(self.worked_out_note)
        widget.setParent(self)
        layout.addWidget(widget)
        # Under the widget, apart from the worked-out note: what the practitioner's last answer
        # here brought in or set aside (`show_follow_up`). Plain words, never a Tab stop.
        self.follow_up_note = plain_label("", self, "follow-up-note")
        self.follow_up_note.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.follow_up_note.hide()
        layout.addWidget(self.follow_up_note)
        self._describe()

    use_worked_out = Signal()

    def show_follow_up(self, text: str) -> None:
        """Say under the widget which questions the answer just given showed or set aside, and
        tell screen readers; "" takes the note away."""
        if text == self._follow_up_said:
            return
        self._follow_up_said = text
        self.follow_up_note.setText(text)
        self.follow_up_note.setVisible(bool(text))
        self._describe()
        # The controls the keyboard is on carry it too: that is what a screen reader reads.
        for control in self.widget.findChildren(QWidget):
            if not isinstance(control, QAbstractButton | QComboBox):
                continue
            if control.property("ownDescription") is None:
                control.setProperty("ownDescription", control.accessibleDescription())
            own = str(control.property("ownDescription"))
            control.setAccessibleDescription(" ".join(part for part in (own, text) if part))
        if text:
            focus = QApplication.focusWidget()
            inside = focus is not None and self.widget.isAncestorOf(focus)
            announce(focus if inside and focus is not None else self.widget.focus_widget(), text)

    def follow_up(self) -> str:
        """The note under the widget about questions shown or set aside, or ""."""
        return self._follow_up_said

    def _describe(self) -> None:
        spoken = " ".join(
            part for part in (self._read_only_said, self._worked_out_said, self._follow_up_said)
            if part
        )
        self.widget.setAccessibleDescription(spoken)

    def show_worked_out(
        self,
        came_from: str,
        *,
        value: str = "",
        differs: str = "",
        can_go: bool = False,
        locked: bool = False,
    ) -> None:
        """Say that the answer shown was worked out (`came_from`), or, with `differs`, that the
        practitioner's own answer stands where the case would work out `differs`. "" hides it."""
        if not came_from:
            self.worked_out_note.hide()
            self.worked_out_note.clear()
            if self._worked_out_said:
                self._worked_out_said = ""
                self._describe()
            return
        # `came_from`, `differs` and `value` are the domain's words (domain.derived, answer_words).
        said = escape(came_from, quote=False)
        go = " " + QCoreApplication.translate(
            "Fields", "<a href='#source'>Go to where it is recorded</a>") if can_go else ""
        if differs:
            text = QCoreApplication.translate(
                "Fields",
                "<i>Your own answer. Worked out from the case it would be: {differs}. "
                "{came_from}</i> <a href='#use'>Use the worked-out answer</a>",
            ).format(differs=escape(differs, quote=False), came_from=said) + go
            spoken = QCoreApplication.translate(
                "Fields", "Your own answer. Worked out, it would be {differs}. {came_from}"
            ).format(differs=differs, came_from=came_from)
        elif locked:
            text = QCoreApplication.translate(
                "Fields", "<i>{came_from}</i> Change it there.").format(came_from=said) + go
            spoken = QCoreApplication.translate(
                "Fields", "Read only. {came_from} Change it there.").format(came_from=came_from)
        else:
            text = QCoreApplication.translate(
                "Fields", "<i>Worked out. {came_from}</i> An answer typed here replaces it."
            ).format(came_from=said) + go
            spoken = (
                QCoreApplication.translate("Fields", "Worked out: {value}. {came_from}").format(
                    value=value, came_from=came_from) if value
                else QCoreApplication.translate("Fields", "Worked out. {came_from}").format(
                    came_from=came_from))
        self.worked_out_note.setText(text)
        self.worked_out_note.show()
        self._worked_out_said = spoken
        self._describe()

    def _worked_out_link(self, link: str) -> None:
        if link == "#use":
            self.use_worked_out.emit()
        else:
            self.go_to_source.emit()


SET_ASIDE_KEYS = "Ctrl+Shift+A"
# Translated where they are shown.
SET_ASIDE_BUTTON = QT_TRANSLATE_NOOP("Fields", "Set this section aside…")
BRING_BACK_BUTTON = QT_TRANSLATE_NOOP("Fields", "Bring this section back")
ASK_REASON = QT_TRANSLATE_NOOP("Fields", "Why does this section not apply to this child?")
NEEDS_REASON = QT_TRANSLATE_NOOP("Fields", "Say why first: the reason goes into the case record.")
WHAT_IT_DOES = QT_TRANSLATE_NOOP(
    "Fields",
    "Setting it aside says it does not apply to this child. Its questions stop counting as "
    "“Still needed” for the referral, and the reason is kept in the case record."
)


def _answers_kept(count: int) -> str:
    if not count:
        return ""
    if count == 1:
        return QCoreApplication.translate(
            "Fields",
            "It has 1 answer: they are kept, and come back if you bring the section back.")
    return QCoreApplication.translate(
        "Fields",
        "It has {count} answers: they are kept, and come back if you bring the section back."
    ).format(count=count)


class SectionPanel(QWidget):
    """A section's title, help and questions, and the deliberate act of setting it aside.

    Setting aside is never a control a stray key can toggle: it is a button outside the Tab
    order (or Ctrl+Shift+A in any of the section's questions) that opens a small question here,
    asking why, saying what it does and how many answers it keeps; only "Set it aside" or Enter
    with a reason does it. Bringing the section back is one button, or the same keys again.

    `not_relevant_changed` carries {"reason": text}, or None, after the user's acts only.
    """

    not_relevant_changed = Signal(object)

    def __init__(self, form_id: str, section: Section, parent: QWidget) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"section:{form_id}.{section.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 12)
        layout.setSpacing(6)
        self.heading = heading(section.title, self, 1.3, "section-heading")
        self.set_aside_button = _click_only_button(
            QCoreApplication.translate("Fields", SET_ASIDE_BUTTON), self,
            f"set-aside:{form_id}.{section.id}",
            QCoreApplication.translate(
                "Fields", "Set “{section}” aside ({keys} in any of its questions)"
            ).format(section=section.title, keys=SET_ASIDE_KEYS),
        )
        self.set_aside_button.clicked.connect(self.ask_to_set_aside)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.set_aside_button, 0, Qt.AlignmentFlag.AlignBottom)
        nest_layout(layout, top)
        if section.help:
            layout.addWidget(plain_label(section.help, self, "section-help"))
        self.asking = self._build_question(form_id)
        layout.addWidget(self.asking)
        self.aside_note = plain_label("", self, "set-aside-note")
        bold(self.aside_note)
        # A Tab stop while the section is set aside, so the keyboard can reach it and bring the
        # section back with the same keys; typing on it changes nothing.
        self.aside_note.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.aside_note.setObjectName(f"set-aside-note:{form_id}.{section.id}")
        self.bring_back_button = _click_only_button(
            QCoreApplication.translate("Fields", BRING_BACK_BUTTON), self,
            f"bring-back:{form_id}.{section.id}",
            QCoreApplication.translate(
                "Fields", "Bring “{section}” back ({keys} on this note)"
            ).format(section=section.title, keys=SET_ASIDE_KEYS),
        )
        self.bring_back_button.clicked.connect(self.bring_back)
        layout.addWidget(self.aside_note)
        layout.addWidget(self.bring_back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(2)
        layout.addWidget(self.body)
        self.rows: list[FieldRow] = []
        self._reason: str | None = None
        shortcut = QShortcut(QKeySequence(SET_ASIDE_KEYS), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._keys_pressed)
        self._show_state()

    def _build_question(self, form_id: str) -> QFrame:
        box = QFrame(self)
        box.setObjectName(f"set-aside-question:{form_id}.{self.section.id}")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(box)
        self.question = plain_label("", box, "set-aside-what")
        self.reason_label = plain_label(QCoreApplication.translate("Fields", ASK_REASON), box)
        bold(self.reason_label)
        self.reason = QLineEdit(box)
        self.reason.setObjectName(f"not-relevant-reason:{form_id}.{self.section.id}")
        self.reason.setAccessibleName(
            QCoreApplication.translate("Fields", "Why {section} does not apply").format(
                section=self.section.title))
        self.reason_label.setBuddy(self.reason)
        self.reason.returnPressed.connect(self.confirm)
        self.message = message_label(box)
        self.confirm_button = QPushButton(
            QCoreApplication.translate("Fields", "Set it aside"), box)
        self.confirm_button.setObjectName("set-aside-confirm")
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button = QPushButton(
            QCoreApplication.translate("Fields", "Keep the section"), box)
        self.cancel_button.setObjectName("set-aside-cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for widget in (self.question, self.reason_label, self.reason, self.message):
            inner.addWidget(widget)
        nest_layout(inner, buttons)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), box)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel)
        box.hide()
        return box

    def add_row(self, row: FieldRow) -> None:
        """Add a question to the end of the section."""
        row.setParent(self.body)
        self.body_layout.addWidget(row)
        self.rows.append(row)

    def answer(self) -> dict[str, Any] | None:
        """{"reason": text} while the section is set aside, else None."""
        return {"reason": self._reason} if self._reason else None

    def is_set_aside(self) -> bool:
        """Whether the section is set aside."""
        return self._reason is not None

    def set_reason(self, reason: str | None) -> None:
        """Show a stored answer: a reason sets the section aside, None brings it back. No signal."""
        self._reason = reason or None
        self.asking.hide()
        self._show_state()

    def answered_count(self) -> int:
        """How many of its questions have an answer (copies from other forms not counted)."""
        return sum(
            1 for row in self.rows if not row.from_form and row.widget.value() is not None
        )

    # -- the user's acts -----------------------------------------------------------------------

    def ask_to_set_aside(self) -> None:
        """Open the small question: why, what it does, what is kept. Nothing changes yet."""
        if self.is_set_aside():
            return
        asked = QCoreApplication.translate("Fields", "Set “{section}” aside?").format(
            section=self.section.title)
        what = QCoreApplication.translate("Fields", WHAT_IT_DOES)
        kept = _answers_kept(self.answered_count())
        self.question.setText(" ".join(part for part in (asked, what, kept) if part))
        self.message.hide()
        self.asking.show()
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reason.selectAll()

    def confirm(self) -> None:
        """Set the section aside with the reason typed, or say that a reason is needed."""
        reason = self.reason.text().strip()
        if not reason:
            self.message.setText(QCoreApplication.translate("Fields", NEEDS_REASON))
            self.message.show()
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._reason = reason
        self.asking.hide()
        self._show_state()
        self.aside_note.setFocus(Qt.FocusReason.OtherFocusReason)
        self.not_relevant_changed.emit(self.answer())

    def cancel(self) -> None:
        """Close the question; the section stays as it was."""
        had_focus = self.asking.isAncestorOf(QApplication.focusWidget())
        self.asking.hide()
        if had_focus:
            self.focus_first()

    def bring_back(self) -> None:
        """Count the section again, its answers as they were."""
        if not self.is_set_aside():
            return
        self._reason = None
        self._show_state()
        self.focus_first()
        self.not_relevant_changed.emit(None)

    def focus_first(self) -> None:
        """Put the keyboard on the section's first question (or its note when set aside)."""
        if self.is_set_aside():
            self.aside_note.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget = first_stop(self.body)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keys_pressed(self) -> None:
        if self.is_set_aside():
            self.bring_back()
        elif not self.asking.isVisible():
            self.ask_to_set_aside()

    def _show_state(self) -> None:
        # The questions are kept, not cleared: bringing the section back shows them as they were.
        aside = self.is_set_aside()
        self.body.setEnabled(not aside)
        self.set_aside_button.setVisible(not aside)
        self.bring_back_button.setVisible(aside)
        self.aside_note.setVisible(aside)
        # Said in words, not only by greying the questions out.
        text = QCoreApplication.translate(
            "Fields", "Set aside: {reason}. Its questions are kept."
        ).format(reason=self._reason) if aside else ""
        self.aside_note.setText(text)
        self.aside_note.setAccessibleName(
            QCoreApplication.translate("Fields", "{section}: {note}").format(
                section=self.section.title, note=text) if aside else "")
        self.aside_note.setAccessibleDescription(
            QCoreApplication.translate("Fields", "{keys} brings the section back").format(
                keys=SET_ASIDE_KEYS))
        if aside:
            self.reason.setText(self._reason or "")


def _click_only_button(text: str, parent: QWidget, name: str, description: str) -> QPushButton:
    # Outside the Tab order: a space typed one Tab too soon must never press it.
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    button.setAccessibleName(description)
    button.setToolTip(description)
    return button

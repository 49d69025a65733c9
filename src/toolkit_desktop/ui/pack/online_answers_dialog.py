"""The case's answers in the online NRM form's page order, each with a Copy button, to type into
the Home Office's online form without reading the case again.

Keyboard first: Tab goes from one question's button to the next (Copy where there is an answer,
"Go to the question" where a question the online form needs has none), and each button's
accessible name says which question it is for. A question the online form needs and the case has
not answered says so in words, not by colour alone. Copying goes through the system clipboard
while this dialog has the keyboard, so the app's clipboard guard clears it when the vault locks.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.form_ids import NRM_FORM
from toolkit_desktop.domain.online_form import OnlineAnswer
from toolkit_desktop.ui.common.entry_parts import section_heading
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.common.page_parts import follow_focus, paragraph
from toolkit_desktop.ui.fields.emphasis import bold
from toolkit_desktop.ui.fields.layout_order import nest_layout

TITLE = QT_TRANSLATE_NOOP("Pack", "Answers in the online form's order")
MARKING = QT_TRANSLATE_NOOP("Pack", "OFFICIAL-SENSITIVE")
INTRO = QT_TRANSLATE_NOOP(
    "Pack",
    "This case's answers in the order the online NRM (National Referral Mechanism) form asks for "
    "them, page by page. Copy puts one answer on the clipboard, to paste into the online form; "
    "the app clears the clipboard when it locks.",
)
TRAINING = QT_TRANSLATE_NOOP(
    "Pack", "TRAINING: a practice case. Never type these answers into the real online form."
)
NO_ORDER = QT_TRANSLATE_NOOP(
    "Pack",
    "The list of the online form's questions is missing from this app's definitions "
    "(nrm_online_form.yaml), so the answers cannot be shown in its order.",
)
MISSING = QT_TRANSLATE_NOOP("Pack", "Needed: no answer yet.")
NO_ANSWER = QT_TRANSLATE_NOOP("Pack", "No answer yet.")
NOT_ASKED = QT_TRANSLATE_NOOP("Pack", "Not asked in this app.")
COPIED = QT_TRANSLATE_NOOP("Pack", "Copied answer {number} to the clipboard.")


def summary(answers: Sequence[OnlineAnswer]) -> str:
    """How many questions the online form needs are still without an answer, in words."""
    missing = sum(1 for a in answers if a.missing)
    if not answers:
        return translate("Pack", NO_ORDER)
    if not missing:
        return translate("Pack", "Every question the online form needs has an answer.")
    if missing == 1:
        sentence = translate(
            "Pack",
            "{count} question the online form needs has no answer yet: each is marked “{mark}”",
        )
    else:
        sentence = translate(
            "Pack",
            "{count} questions the online form needs have no answer yet: each is marked “{mark}”",
        )
    return sentence.format(count=missing, mark=translate("Pack", MISSING))


class OnlineAnswersDialog(QDialog):
    """The list; `go_to_field(form, field)` asks for a question of the case to be opened."""

    go_to_field = Signal(str, str)

    def __init__(
        self,
        answers: Sequence[OnlineAnswer],
        training: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("onlineAnswersDialog")
        self.setWindowTitle(translate("Pack", TITLE))
        self.setModal(True)
        self.answers = list(answers)
        self.copy_buttons: dict[int, QPushButton] = {}
        self.go_buttons: dict[int, QPushButton] = {}
        layout = QVBoxLayout(self)
        marking = paragraph(translate("Pack", MARKING), "onlineAnswersMarking")
        bold(marking)
        layout.addWidget(marking)
        if training:
            layout.addWidget(paragraph(translate("Pack", TRAINING), "onlineAnswersTraining"))
        layout.addWidget(paragraph(translate("Pack", INTRO), "onlineAnswersIntro"))
        self.summary = paragraph(summary(self.answers), "onlineAnswersSummary")
        layout.addWidget(self.summary)
        self.list = QScrollArea(objectName="onlineAnswersList")
        self.list.setWidgetResizable(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWidget(self._build())
        follow_focus(self.list)
        layout.addWidget(self.list, 1)
        self.status = paragraph("", "onlineAnswersStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        layout.addWidget(buttons)
        chain = [*self.buttons_in_order(), self.close_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.setMinimumSize(min(480, screen.width() - 40), min(360, screen.height() - 60))
        self.resize(min(760, screen.width() - 40), min(640, screen.height() - 60))

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        page = None
        for answer in self.answers:
            if answer.page != page:
                page = answer.page
                layout.addWidget(section_heading(page))
            layout.addWidget(self._question(answer))
        layout.addStretch(1)
        return column

    def _question(self, answer: OnlineAnswer) -> QWidget:
        box = QFrame(objectName=f"onlineQuestion:{answer.number}")
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 4, 0, 8)
        if answer.required:
            asked = f"{answer.number}. {answer.question}"
        else:
            asked = translate("Pack", "{number}. {question} (optional in the online form)").format(
                number=answer.number, question=answer.question)
        question = paragraph(asked, "onlineQuestionText")
        bold(question)
        rows.addWidget(question)
        if answer.answer:
            shown = paragraph(answer.answer, "onlineAnswerText")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            rows.addWidget(shown)
        else:
            words = translate("Pack", MISSING) if answer.missing else (
                translate("Pack", NO_ANSWER) if answer.asked_here else translate("Pack", NOT_ASKED))
            flag = paragraph(words, "onlineMissing" if answer.missing else "onlineNoAnswer")
            if answer.missing:
                flag.setStyleSheet(
                    "QLabel { font-weight: bold; border-left: 4px solid palette(highlight); "
                    "padding-left: 8px; }"
                )
            rows.addWidget(flag)
        # Where the answer is recorded, when that is not the referral itself.
        elsewhere = bool(answer.came_from) and (answer.go_to or ("",))[0] != NRM_FORM
        came_from = (translate("Pack", "From {place}.").format(place=answer.came_from)
                     if elsewhere else "")
        notes = " ".join(n for n in (came_from, answer.note) if n)
        if notes:
            rows.addWidget(paragraph(notes, "onlineAnswerNote"))
        button = self._button(answer)
        if button is not None:
            line = QHBoxLayout()
            line.addWidget(button)
            line.addStretch(1)
            nest_layout(rows, line)
        return box

    def _button(self, answer: OnlineAnswer) -> QPushButton | None:
        if answer.answer:
            button = QPushButton(
                translate("Pack", "Copy"), objectName=f"copyAnswer:{answer.number}")
            button.setAccessibleName(translate("Pack", "Copy answer {number}: {question}").format(
                number=answer.number, question=answer.question))
            button.setAccessibleDescription(answer.answer)
            button.clicked.connect(lambda _checked=False, a=answer: self.copy(a))
            self.copy_buttons[answer.number] = button
        elif answer.asked_here and answer.go_to is not None:
            button = QPushButton(
                translate("Pack", "Go to the question"), objectName=f"goToAnswer:{answer.number}")
            state = translate("Pack", MISSING if answer.missing else NO_ANSWER)
            button.setAccessibleName(translate(
                "Pack", "Question {number}, {question}: {state} Go to where it is asked"
            ).format(number=answer.number, question=answer.question, state=state))
            button.clicked.connect(lambda _checked=False, a=answer: self._go_to(a))
            self.go_buttons[answer.number] = button
        else:
            return None
        button.setAutoDefault(False)
        return button

    # -- what the buttons do -----------------------------------------------------------------

    def buttons_in_order(self) -> list[QPushButton]:
        """The Copy and "Go to the question" buttons, in the online form's order."""
        found = {**self.copy_buttons, **self.go_buttons}
        return [found[a.number] for a in self.answers if a.number in found]

    def copy(self, answer: OnlineAnswer) -> None:
        """Put one answer on the clipboard, and say so."""
        QGuiApplication.clipboard().setText(answer.answer)
        self.status.setText(translate("Pack", COPIED).format(number=answer.number))
        self.status.setAccessibleName(self.status.text())

    def _go_to(self, answer: OnlineAnswer) -> None:
        if answer.go_to is None:
            return
        self.accept()
        self.go_to_field.emit(*answer.go_to)

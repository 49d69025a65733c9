"""The "What next" panel above the form: the case's prompts, calm sentences, each a way to its step.

The prompts' wording is data (`resources/prompts.yaml`); which step each one concerns is the
program's, below. Only the first prompts show until "Show all" is pressed, so the panel stays a
reminder beside the work and never pushes it off a small screen.

Its buttons are outside the Tab order (a space typed one Tab too far must never leave the step):
the mouse presses them, and F6 brings the keyboard here from the page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout

from toolkit_desktop.domain.form_ids import (
    AGE_FORM,
    MATRIX_FORM,
    SAFEGUARDING_FORM,
    TRAFFICKING_FORM,
)
from toolkit_desktop.domain.prompts import Prompt, PromptCondition
from toolkit_desktop.domain.steps import CHRONOLOGY
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.fields.layout_order import nest_layout

C = PromptCondition
# Where each prompt's button goes: a step (a form's step has the form's id), and the question
# in it when there is one to go to; and what the button says. Each button says something of
# its own, so two never read alike. A condition not listed has no button.
PROMPT_TARGETS: Mapping[PromptCondition, tuple[str, str | None, str]] = {
    C.SAFEGUARDING_NOT_STARTED: (
        SAFEGUARDING_FORM, None, QT_TRANSLATE_NOOP("Workspace", "Start the safeguarding steps")),
    C.NO_PHOTO_TAKEN: (
        SAFEGUARDING_FORM, "photo_taken_at", QT_TRANSLATE_NOOP("Workspace", "Go to the photo")),
    C.MISSING_DESCRIPTION_EMPTY: (
        SAFEGUARDING_FORM, None, QT_TRANSLATE_NOOP("Workspace", "Go to the description")),
    C.MATRIX_NOT_STARTED: (
        MATRIX_FORM, None, QT_TRANSLATE_NOOP("Workspace", "Start the risk matrix")),
    C.CONCERN_WITHOUT_REASON: (
        MATRIX_FORM, "concern_reason", QT_TRANSLATE_NOOP("Workspace", "Give your reason")),
    C.INDICATORS_BUT_NO_REFERRAL_CONSIDERED: (
        TRAFFICKING_FORM, "referral_considered",
        QT_TRANSLATE_NOOP("Workspace", "Go to the referral question")),
    C.AGE_DISPUTED_NOT_CONCLUDED: (
        AGE_FORM, "conclusion", QT_TRANSLATE_NOOP("Workspace", "Go to the age conclusion")),
    C.REFERRAL_FIELDS_MISSING: (
        "referral", None, QT_TRANSLATE_NOOP("Workspace", "Open the referral")),
    C.RG_DECISION_OVERDUE: (TRAFFICKING_FORM, "reasonable_grounds_decision",
                            QT_TRANSLATE_NOOP("Workspace", "Go to the decision")),
    C.PACK_CHANGED_SINCE_EXPORT: (
        "referral", None, QT_TRANSLATE_NOOP("Workspace", "Make a new pack")),
    C.AWAITING_AGENCY_REPLY: (
        CHRONOLOGY, None, QT_TRANSLATE_NOOP("Workspace", "See the requests waiting")),
}
SHOWN_AT_FIRST = 2


class WhatNextPanel(QFrame):
    """The prompts that hold for the open case; hidden when there are none.

    `go_to(step_id, field_id)` asks for the step (and the question in it, or "").
    """

    go_to = Signal(str, str)

    def __init__(
        self, step_titles: Mapping[str, str], rows: int, parent: QFrame | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("whatNext")
        self.setAccessibleName(translate("Workspace", "What next"))
        self.setStyleSheet("#whatNext { border-left: 4px solid palette(mid); }")
        self._titles = dict(step_titles)
        self._expanded = False
        self._shown_at_first = SHOWN_AT_FIRST
        self._prompts: list[Prompt] = []
        # The tallest it has been for this case: it does not shrink while the practitioner types
        # (a prompt answered would move the page under the cursor), only when they fold it, the
        # window gets short, or another case opens.
        self._held = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 2, 6, 4)
        outer.setSpacing(2)
        self.title = QLabel(objectName="whatNextTitle")
        outer.addWidget(self.title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        self._rows: list[tuple[QLabel, QPushButton]] = []
        for row in range(rows):
            text = QLabel()
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton()
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            button.installEventFilter(self)
            button.clicked.connect(lambda _=False, r=row: self._go(r))
            grid.addWidget(text, row, 0)
            grid.addWidget(button, row, 1)  # no alignment: every button as wide as the widest
            self._rows.append((text, button))
        nest_layout(outer, grid)
        self.more = QPushButton(objectName="whatNextMore")
        self.more.setFlat(True)
        self.more.setAutoDefault(False)
        self.more.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.more.installEventFilter(self)
        self.more.clicked.connect(self._toggle)
        outer.addWidget(self.more, 0, Qt.AlignmentFlag.AlignRight)
        self.clear()

    def show_prompts(self, prompts: Sequence[Prompt]) -> None:
        """Show these prompts (in the order of the prompts file); none hides the panel."""
        if [p.id for p in prompts] != [p.id for p in self._prompts]:
            self._expanded = False
        self._prompts = list(prompts)[: len(self._rows)]
        self._draw()

    def set_compact(self, compact: bool) -> None:
        """On a short window (150% on a small laptop) show one prompt at first, not two, so the
        page below keeps room to be read and typed in."""
        shown = 1 if compact else SHOWN_AT_FIRST
        if shown != self._shown_at_first:
            self._shown_at_first = shown
            self._held = 0
            self._draw()

    def prompt_texts(self) -> list[str]:
        """Every prompt that holds, shown or folded away."""
        return [p.text for p in self._prompts]

    def clear(self) -> None:
        """Show nothing (on lock, or while another case opens)."""
        self._held = 0
        self.show_prompts([])

    def buttons(self) -> list[QPushButton]:
        """The buttons on show, top to bottom ("Show more" last)."""
        shown = [button for _text, button in self._rows if button.isVisibleTo(self)]
        return shown + ([self.more] if self.more.isVisibleTo(self) else [])

    def focus_first(self) -> bool:
        """Put the keyboard on the first button (F6 from the page); False when none is shown."""
        buttons = self.buttons() if self.isVisibleTo(self.parentWidget() or self) else []
        if buttons:
            buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return bool(buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Up and Down move between the buttons, once the keyboard is here.
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            buttons = self.buttons()
            if step and watched in buttons:
                index = (buttons.index(watched) + step) % len(buttons)
                buttons[index].setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _go(self, row: int) -> None:
        target = PROMPT_TARGETS.get(self._prompts[row].when) if row < len(self._prompts) else None
        if target is not None:
            step, field, _words = target
            self.go_to.emit(step, field or "")

    def _toggle(self) -> None:
        self._expanded = not self._expanded
        self._held = 0  # folded by the practitioner: it may shrink
        self._draw()
        self.more.setFocus()

    def _draw(self) -> None:
        first = self._shown_at_first
        shown = len(self._prompts) if self._expanded else min(len(self._prompts), first)
        for row, (text, button) in enumerate(self._rows):
            prompt = self._prompts[row] if row < shown else None
            target = PROMPT_TARGETS.get(prompt.when) if prompt else None
            step = target[0] if target else None
            text.setText(prompt.text if prompt else "")
            text.setObjectName(f"prompt:{prompt.id}" if prompt else "")
            text.setVisible(prompt is not None)
            button.setVisible(step in self._titles)
            if prompt is not None and target is not None and step in self._titles:
                button.setText(translate("Workspace", target[2]))
                button.setToolTip(
                    translate("Workspace", "Opens {step}").format(step=self._titles[step]))
                button.setObjectName(f"go:{prompt.id}")
                button.setAccessibleDescription(prompt.text)
        folded = len(self._prompts) - shown
        self.more.setVisible(len(self._prompts) > first)
        self.more.setText(translate("Workspace", "Show {count} more").format(count=folded)
                          if folded else translate("Workspace", "Show fewer"))
        self.title.setText(
            translate("Workspace", "<b>What next</b> ({count})").format(count=len(self._prompts)))
        # Shown while it has been shown for this case, "(0)" once nothing is left to remind of.
        self.setVisible(bool(self._prompts) or self._held > 0)
        self._hold_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._held = 0  # wider or narrower: the prompts wrap anew
            self._hold_height()

    def _hold_height(self) -> None:
        layout = self.layout()
        if not self.isVisible() or layout is None:  # measured only on screen, at its width
            self.setMinimumHeight(0)
            return
        self.setMinimumHeight(0)  # measured as it is now, then held at the tallest so far
        width = self.width()
        wanted = (layout.totalHeightForWidth(width) if width > 0 and layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        self._held = max(self._held, wanted)
        self.setMinimumHeight(self._held)

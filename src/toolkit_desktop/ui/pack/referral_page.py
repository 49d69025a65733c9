"""The Referral step: the NRM decisions in words, the button that makes the referral pack, the
answers in the online form's order, then the referral form.

A negative decision never closes safeguarding (domain.decisions): beside one, the page says so in
the words of `NEGATIVE_DECISION_NOTE`, and the safeguarding line keeps saying "open".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from toolkit_desktop.domain.decisions import RG_DECISION, decision_lines, decision_state
from toolkit_desktop.domain.definitions import Definitions, Form
from toolkit_desktop.domain.form_ids import TRAFFICKING_FORM
from toolkit_desktop.domain.online_form import online_form_answers
from toolkit_desktop.domain.wording import uk_today
from toolkit_desktop.ui.common.entry_parts import section_heading
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.fields.layout_order import nest_layout
from toolkit_desktop.ui.fields.section import plain_label
from toolkit_desktop.ui.form.form_page import FormPage
from toolkit_desktop.ui.pack.online_answers_dialog import OnlineAnswersDialog

DECISIONS_TITLE = QT_TRANSLATE_NOOP("Pack", "National Referral Mechanism (NRM) decisions")
PACK_HELP = QT_TRANSLATE_NOOP(
    "Pack",
    "The referral pack is a PDF for the NRM decision-maker with everything recorded in this case, "
    "including what was not assessed. You see what it will contain before you save it.",
)
ONLINE_BUTTON = QT_TRANSLATE_NOOP("Pack", "Answers in the &online form's order…")
ONLINE_KEYS = "Ctrl+Shift+O"
ONLINE_HELP = QT_TRANSLATE_NOOP(
    "Pack",
    "To type the referral into the Home Office's online form: every question it asks, in its "
    "order, with this case's answer and a Copy button ({keys}).",
)


class ReferralPage(FormPage):
    """The referral form, with the decisions and the referral pack above it."""

    export_requested = Signal()

    def __init__(
        self,
        form: Form,
        forms_by_id: Mapping[str, Form] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(form, forms_by_id, parent)
        block = QWidget()
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 0, 0, 16)
        box = QFrame(objectName="decisionsBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(box)
        inner.addWidget(section_heading(translate("Pack", DECISIONS_TITLE)))
        self.decisions = QLabel(objectName="decisionState")
        self.decisions.setWordWrap(True)
        self.decisions.setTextFormat(Qt.TextFormat.RichText)
        self.decisions.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # readable by keyboard
        self.decisions.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        inner.addWidget(self.decisions)
        # Both buttons are outside the Tab order, so a space typed one Tab too far neither leaves
        # the step nor opens the pack dialog: the mouse, or Alt and the underlined letter.
        record = QPushButton(
            translate("Pack", "&Record a decision in the trafficking assessment"),
            objectName="goToDecisions",
        )
        record.setAutoDefault(False)
        record.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        record.clicked.connect(lambda: self.go_to_field.emit(TRAFFICKING_FORM, RG_DECISION))
        inner.addWidget(record, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(box)
        layout.addWidget(section_heading(translate("Pack", "Referral pack")))
        layout.addWidget(plain_label(translate("Pack", PACK_HELP), block))
        self.make_pack = QPushButton(
            translate("Pack", "Make the referral pack (PDF)…  Alt+P"), objectName="makePack")
        self.make_pack.setAutoDefault(False)
        self.make_pack.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.make_pack.clicked.connect(self.export_requested)
        row = QHBoxLayout()
        row.addWidget(self.make_pack)
        row.addStretch(1)
        nest_layout(layout, row)
        layout.addWidget(
            plain_label(translate("Pack", ONLINE_HELP).format(keys=ONLINE_KEYS), block))
        online_button = translate("Pack", ONLINE_BUTTON)
        self.show_online = QPushButton(online_button, objectName="showOnlineAnswers")
        self.show_online.setAutoDefault(False)
        self.show_online.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # as the pack's button
        self.show_online.setToolTip(f"{online_button.replace('&', '')} ({ONLINE_KEYS})")
        self.show_online.clicked.connect(self.open_online_answers)
        shortcut = QShortcut(QKeySequence(ONLINE_KEYS), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.open_online_answers)
        online = QHBoxLayout()
        online.addWidget(self.show_online)
        online.addStretch(1)
        nest_layout(layout, online)
        self.add_above(block)
        self._definitions: Definitions | None = None
        self._training: bool | None = None
        self.online_dialog: OnlineAnswersDialog | None = None
        self.show_decisions({})

    def set_answers(self, answers_by_form: Mapping[str, Mapping[str, Any]]) -> None:
        """Show the referral's answers and the decisions recorded in the assessment."""
        super().set_answers(answers_by_form)
        self.show_decisions(answers_by_form)

    def show_decisions(self, answers_by_form: Mapping[str, Mapping[str, Any]]) -> None:
        """The decisions in words, the negative-decision note when one is negative."""
        lines = decision_lines(decision_state(answers_by_form), answers_by_form)
        self.decisions.setText("<br>".join(escape(line) for line in lines))
        self.decisions.setAccessibleName(translate("Pack", DECISIONS_TITLE))
        self.decisions.setAccessibleDescription(" ".join(lines))

    def clear(self) -> None:
        """Show no case (on lock)."""
        self.close_online_answers()
        super().clear()
        self.show_decisions({})

    # -- the answers in the online form's order ---------------------------------------------------

    def set_definitions(self, definitions: Definitions, training: bool = False) -> None:
        """The definitions holding the online form's order (else the window's, when it has
        them), and whether the case is a practice one."""
        self._definitions, self._training = definitions, training

    def _context(self) -> tuple[Definitions | None, bool]:
        if self._definitions is not None:
            return self._definitions, bool(self._training)
        context = getattr(self.window(), "context", None)
        return getattr(context, "definitions", None), bool(getattr(context, "training", False))

    def open_online_answers(self) -> None:
        """Show the case's answers in the online form's order (one list open at a time)."""
        definitions, training = self._context()
        if definitions is None or self.online_dialog is not None:
            return
        # As shown on screen: what is typed here now, over the answers given (worked-out ones,
        # shown as hints in the boxes, included).
        answers = {**self._other_answers, self.form.id: {**self.shown_own, **self.values()}}
        now = self.field_clock() if self.field_clock is not None else datetime.now(UTC)
        # In English whatever the app's language: the answers are copied into the Home
        # Office's form, which is in English.
        english = definitions.english
        listed = online_form_answers(english, english.online_form, answers, today=uk_today(now))
        dialog = OnlineAnswersDialog(listed, training, self)
        self.online_dialog = dialog
        dialog.go_to_field.connect(self._go_from_online)
        dialog.finished.connect(lambda _result: self._online_closed(dialog))
        dialog.open()
        dialog.activateWindow()
        buttons = dialog.buttons_in_order()
        (buttons[0] if buttons else dialog.close_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def close_online_answers(self) -> None:
        """Close the list at once (the vault is locking: it shows the case)."""
        dialog, self.online_dialog = self.online_dialog, None
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()

    def _go_from_online(self, form_id: str, field_id: str) -> None:
        # The list has closed: the keyboard goes back to the case's window, on that question.
        self.window().activateWindow()
        self.go_to_field.emit(form_id, field_id)

    def _online_closed(self, dialog: OnlineAnswersDialog) -> None:
        if dialog is self.online_dialog:
            self.online_dialog = None
            dialog.deleteLater()

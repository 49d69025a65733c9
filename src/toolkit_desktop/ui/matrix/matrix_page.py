"""The risk matrix step: one block at a time, each indicator answered with one key.

The expert goes K, S, N down the list and on through the blocks to "Your judgement"; the newcomer
reads the guidance beside the focused indicator. The counts under the tabs follow every key. The
page never scores or concludes: the practitioner's own level of concern and reason close it.
Every change leaves through `answer_changed`, the same path a form's answers take to the autosaver.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from toolkit_desktop.domain.age import age_status
from toolkit_desktop.domain.definitions import Form, Matrix
from toolkit_desktop.domain.form_ids import AGE_FORM, CHILD_FORM, MATRIX_FORM
from toolkit_desktop.domain.matrix_answers import MatrixAnswers
from toolkit_desktop.domain.matrix_summary import summarise
from toolkit_desktop.domain.matrix_words import block_counts, block_line, both_blocks_line
from toolkit_desktop.domain.wording import uk_today
from toolkit_desktop.ui.common.language import say, translate
from toolkit_desktop.ui.fields.base import FieldWidget
from toolkit_desktop.ui.matrix.matrix_detail import NEEDS_STATUS
from toolkit_desktop.ui.matrix.matrix_frame import MatrixFrame
from toolkit_desktop.ui.matrix.matrix_list import answer_words


class MatrixPage(MatrixFrame):
    """The matrix form as a keyboard-first page; answers as {"status", "evidence", "source"}."""

    answer_changed = Signal(str, str, object)

    def __init__(
        self, matrix: Matrix, form: Form, now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(matrix, form, parent)
        self._now = now
        self._answers = MatrixAnswers(matrix.version)
        self._notes: dict[str, str] = {}  # "From the conversation on ..." by indicator id
        self._under_ten = False
        self.judgement.answer_changed.connect(self._judged)
        self.tabs.currentChanged.connect(self._show_tab)
        self.list.current_changed.connect(self._moved)
        # The indicator just answered by K, S or N, while the highlight has only moved on because
        # of that key: E (evidence) or O (source) then still means that one, as people expect.
        self._just_marked: str | None = None
        self._advancing = False
        self.list.answered.connect(self._answer)
        self.list.edit_requested.connect(self._edit)
        self.list.block_step.connect(self._step_block)
        self.detail.edited.connect(self._detail_edited)
        self.detail.back.connect(self._back_to_list)
        # The row K, S or N had moved on to, when E went back to the one just marked: Esc from
        # its evidence returns there, so the practitioner carries on down the matrix.
        self._resume_row: int | None = None
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1), ("Ctrl+Right", 1),
                           ("Ctrl+Left", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self._step_block(s))
        self.setFocusProxy(self.list)
        self._show_tab(0)

    # -- what the workspace calls, as on a FormView --------------------------------------------

    def set_answers(self, answers_by_form: Mapping[str, Mapping[str, Any]]) -> None:
        """Show the case's answers (the child's age decides the under-ten note). Emits nothing."""
        self._answers.load(answers_by_form.get(MATRIX_FORM, {}))
        today = uk_today(self._now())
        self._under_ten = age_status(answers_by_form.get(CHILD_FORM, {}),
                                     answers_by_form.get(AGE_FORM, {}), today).under_ten
        self.judgement.set_answers(self._answers.values)
        self.detail.set_recorded(answers_by_form)  # what the case records elsewhere
        self._refresh()

    def clear(self) -> None:
        """Forget the case (on lock). Emits nothing."""
        self._answers.forget()
        self._notes = {}
        self.set_answers({})

    def values(self) -> dict[str, Any]:
        """The matrix answers as now on screen."""
        return dict(self._answers.values)

    def widget_for(self, field_id: str) -> FieldWidget:
        """The widget of a judgement question (KeyError for an indicator or an unknown id)."""
        return self.judgement.widgets[field_id]

    def focus_field(self, field_id: str) -> bool:
        """Show an indicator's block and highlight it, or put the cursor in a judgement question."""
        block = self.matrix.block_of(field_id)
        if block is not None:
            self.tabs.setCurrentIndex(self.matrix.blocks.index(block))
            self.list.go_to_row(self.list.row_of(field_id))
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if field_id in self.judgement.widgets:
            self.tabs.setCurrentIndex(len(self.matrix.blocks))
            self.judgement.focus(field_id)
            return True
        return False

    def focus_first(self) -> bool:
        """The keyboard on the first indicator not yet answered, ready for K, S or N; once every
        indicator is answered, on the practitioner's own judgement."""
        for index, block in enumerate(self.matrix.blocks):
            for indicator in block.indicators:
                if not self._answers.values.get(indicator.id):
                    self.tabs.setCurrentIndex(index)
                    self.list.go_to_row(self.list.row_of(indicator.id))
                    self.list.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
        self.go_to_block(len(self.matrix.blocks))
        return True

    def reset_view(self) -> None:
        """The first block, its first line, as for a case opened for the first time."""
        self.tabs.setCurrentIndex(0)
        self._show_tab(0)
        self.list.scrollToTop()

    def unsaved_evidence(self) -> list[str]:
        """The indicators (their words) with evidence typed but no answer, so not saved."""
        found = (self.matrix.indicator(i) for i in self._answers.all_waiting())
        return [indicator.text for indicator in found if indicator is not None]

    def current_field(self) -> str | None:
        """The indicator or judgement question the keyboard is on."""
        focus = QApplication.focusWidget()
        found = self.judgement.field_of(focus) if focus is not None else None
        return found or (self.list.current_id() if self.stack.currentIndex() == 0 else None)

    def set_source_notes(self, notes: Mapping[str, str]) -> None:
        """ "From the conversation on ..." for each indicator that cites one."""
        self._notes = dict(notes)
        self._show_current()

    # -- moving about --------------------------------------------------------------------------

    def _show_tab(self, index: int) -> None:
        if index < len(self.matrix.blocks):
            block = self.matrix.blocks[index]
            self.block_help.setText(block.help)
            self.list.show_indicators(block.indicators, self._answers.values)
            self.list.go_to_row(0)
            self.stack.setCurrentIndex(0)
        else:
            self.block_help.setText("")
            self.stack.setCurrentIndex(1)
        self._refresh_counts()

    def go_to_block(self, index: int) -> None:
        """Open a block (or the judgement, after the last) with the keyboard on its first line."""
        self.tabs.setCurrentIndex(max(0, min(index, self.tabs.count() - 1)))
        if self.stack.currentIndex() == 0:
            self.list.go_to_row(0)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.judgement.focus(None)

    def _step_block(self, step: int) -> None:
        self.go_to_block(self.tabs.currentIndex() + step)

    def _next(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < self.list.rowCount() - 1:
            self.list.go_to_row(row + 1)
        else:
            self._step_block(1)

    def _moved(self) -> None:
        if not self._advancing:
            self._just_marked = None  # moved by the practitioner: E is for the one highlighted
        self._show_current()

    def _edit(self, which: str) -> None:
        self._resume_row = None
        if self._just_marked is not None:
            row = self.list.row_of(self._just_marked)
            self._just_marked = None
            if row >= 0:
                self._resume_row = self.list.currentRow()
                self.list.go_to_row(row)
        if self.list.current_id() is not None:
            self.detail.edit(which)

    def _back_to_list(self) -> None:
        resume, self._resume_row = self._resume_row, None
        if resume is not None and resume >= 0:
            self.list.go_to_row(resume)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- answering -----------------------------------------------------------------------------

    def _answer(self, status: str | None) -> None:
        indicator_id = self.list.current_id()
        if indicator_id is not None:
            self._emit(self._answers.mark(indicator_id, status, self.detail.texts()))
            if status is not None:
                self._advancing = True
                try:
                    self._next()
                finally:
                    self._advancing = False
                self._just_marked = indicator_id

    def _detail_edited(self) -> None:
        indicator_id = self.list.current_id()
        if indicator_id is not None:
            self._emit(self._answers.type(indicator_id, self.detail.texts()))
            self.detail.show_message(
                translate("Matrix", NEEDS_STATUS) if self._answers.waiting(indicator_id) else "")

    def _judged(self, field_id: str, value: Any) -> None:
        self._emit(self._answers.answer(field_id, value), refresh=False)

    def _emit(self, changes: list[tuple[str, Any]], refresh: bool = True) -> None:
        for field_id, value in changes:
            row = self.list.row_of(field_id)
            if row >= 0:
                self.list.show_answer(row, value)
            self.answer_changed.emit(MATRIX_FORM, field_id, value)
        if changes and refresh:
            self._refresh_counts()
            self._show_current()

    # -- showing -------------------------------------------------------------------------------

    def _refresh(self) -> None:
        for row in range(self.list.rowCount()):
            self.list.show_answer(row, self._answers.values.get(self.list.item(row, 0).data(
                Qt.ItemDataRole.UserRole)))
        self._refresh_counts()
        self._show_current()

    def _refresh_counts(self) -> None:
        summary = summarise(self.matrix, self._answers.values, under_ten_caution=self._under_ten)
        self.caution.setVisible(self._under_ten)
        index = self.tabs.currentIndex()
        for i, block in enumerate(summary.blocks):
            # The block's title (definitions) and its counts (domain.matrix_words).
            self.tabs.setTabToolTip(i, say(block_line(block)))
        if 0 <= index < len(summary.blocks):
            block = summary.blocks[index]
            self.counts.setText(translate("Matrix", "In this part so far: {counts}.").format(
                counts=say(block_counts(block))))
            self.counts.setToolTip(say(both_blocks_line(summary)))
        else:  # the judgement shows every block's counts itself
            self.counts.setText("")
        self.counts.setVisible(bool(self.counts.text()))
        self.counts.setAccessibleName(self.counts.text())
        self.judgement.show_summary(summary)

    def _show_current(self) -> None:
        indicator_id = self.list.current_id()
        indicator = self.matrix.indicator(indicator_id) if indicator_id else None
        key = indicator_id or ""
        shown = self._answers.shown(key)
        self.detail.show_indicator(
            indicator, answer_words(self._answers.values.get(key)),
            str(shown.get("evidence") or ""), str(shown.get("source") or ""),
            under_ten=self._under_ten,
        )
        self.detail.show_cited(self._notes.get(key, ""))
        self.detail.show_message(
            translate("Matrix", NEEDS_STATUS) if self._answers.waiting(key) else "")

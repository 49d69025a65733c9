"""A form drawn from its definition: sections, questions through the field table, live conditions.

Built once per form; loading answers, showing or hiding a question and setting a section aside
change widgets in place, so a 150-question form stays quick to type in. Tab goes through the
questions in reading order, top to bottom, however rows come and go.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.answer_words import show
from toolkit_desktop.domain.date_doubts import Known, doubt
from toolkit_desktop.domain.definitions import Field, FieldType, Form, not_relevant_field_id
from toolkit_desktop.domain.derived import Derived
from toolkit_desktop.domain.follow_ups import follow_up_words
from toolkit_desktop.domain.visibility import (
    field_value,
    is_answered,
    is_visible,
    not_relevant_reason,
    split_reference,
)
from toolkit_desktop.ui.common.page_parts import follow_focus
from toolkit_desktop.ui.fields.base import (
    FieldWidget,
    chain_tab_order,
    focus_chain,
    tab_stops,
)
from toolkit_desktop.ui.fields.factory import create_field_widget
from toolkit_desktop.ui.fields.group import GroupWidget
from toolkit_desktop.ui.fields.section import FieldRow, SectionPanel, heading, plain_label

# Long lines are hard to read; past this the form keeps to a column.
MAX_FORM_WIDTH = 780


def _settle_layout() -> None:
    # Layouts update on posted events; a question just shown must have its place before we scroll.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


# Questions typed into as text: a worked-out answer is shown in them as a hint (placeholder).
HINTED_TYPES = frozenset({
    FieldType.TEXT, FieldType.LONG_TEXT, FieldType.NUMBER,
    FieldType.DATE, FieldType.APPROX_DATE, FieldType.DATETIME,
})


def _hint(widget: FieldWidget, text: str) -> None:
    """Show `text` greyed in an empty box, or put back the box's own placeholder for ""."""
    edit = widget.focus_widget()
    if not isinstance(edit, QLineEdit | QPlainTextEdit):
        return
    if edit.property("ownPlaceholder") is None:
        edit.setProperty("ownPlaceholder", edit.placeholderText())
    edit.setPlaceholderText(text or str(edit.property("ownPlaceholder")))


class _LiveAnswers(Mapping[str, Any]):
    """This form's answers read from its widgets when asked, so a condition costs no copying."""

    def __init__(self, view: FormView) -> None:
        self._view = view

    def __getitem__(self, field_id: str) -> Any:
        return self._view.widget_for(field_id).value()

    def __iter__(self) -> Iterator[str]:
        return iter(self._view._widgets)

    def __len__(self) -> int:
        return len(self._view._widgets)

    def get(self, field_id: str, default: Any = None) -> Any:
        widget = self._view._widgets.get(field_id)
        return default if widget is None else widget.value()


class FormView(QScrollArea):
    """One form, scrollable. `answer_changed(form_id, field_id, value)` follows each user edit.

    `go_to_field(form_id, field_id)` asks for the question a copy here was taken from, and
    `tab_order_changed` says that rows came or went, so whoever holds the form can re-chain Tab.
    """

    answer_changed = Signal(str, str, object)
    go_to_field = Signal(str, str)
    tab_order_changed = Signal()

    def __init__(
        self,
        form: Form,
        forms_by_id: Mapping[str, Form] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self._forms = dict(forms_by_id or {})
        self._other_answers: dict[str, Mapping[str, Any]] = {}
        self._widgets: dict[str, FieldWidget] = {}
        self._rows: dict[str, FieldRow] = {}
        # Worked-out answers of this form's questions (`show_worked_out`), by field id.
        self._worked_out: dict[str, Derived] = {}
        self._locked: set[str] = set()  # lists shown from where they are recorded, read only
        self._typed: dict[str, Any] = {}  # the practitioner's own answers, by field id
        self.shown_own: dict[str, Any] = {}
        self._showing_worked_out: set[str] = set()  # questions showing a worked-out value
        self._sections: dict[str, SectionPanel] = {}
        self._conditional = [f for f in form.all_fields() if f.visible_if is not None]
        # Questions of this form that others depend on: a change to one re-checks the conditions.
        references = [split_reference(f.visible_if.field, form.id) for f in self._conditional]
        self._controllers = {field_id for fid, field_id in references if fid == form.id}
        # Questions showing a note on what the practitioner's answer there showed or set aside,
        # with the answer it was about: a different answer arriving takes the note away.
        self._follow_ups: dict[str, Any] = {}
        self._order = {f.id: index for index, f in enumerate(form.all_fields())}
        # Read by the date questions inside (see ui.fields.dates): the app's clock, and the check
        # that asks before a date that cannot be right is saved.
        self.field_clock: Callable[[], datetime] | None = None
        self._loading = False
        self._tabs_stale = False
        # The form's controls in Tab's order, as last chained: the workspace puts this in the
        # page's place instead of walking the page's widgets again (`fields.base.focus_chain`).
        self.focus_list: list[QWidget] = []
        self.setObjectName(f"form:{form.id}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Not a tab stop of its own: it scrolls to follow the focus from question to question.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(self._build())
        self._refresh_visibility()
        self.refresh_tab_order()
        follow_focus(self)  # arriving from the steps or the side panel, too

    # -- building, once ------------------------------------------------------------------------

    def _build(self) -> QWidget:
        page = QWidget(self)
        column = QWidget(page)
        column.setMaximumWidth(MAX_FORM_WIDTH)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.addWidget(heading(self.form.title, column, 1.6, "form-title"))
        if self.form.help:
            layout.addWidget(plain_label(self.form.help, column, "form-help"))
        for section in self.form.sections:
            panel = SectionPanel(self.form.id, section, column)
            panel.not_relevant_changed.connect(
                lambda value, sid=section.id: self._on_not_relevant(sid, value)
            )
            for field in section.fields:
                panel.add_row(self._build_row(field, panel))
            self._sections[section.id] = panel
            layout.addWidget(panel)
        layout.addStretch(1)
        outer = QHBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(column, 1)
        outer.addStretch(0)
        return page

    def _build_row(self, field: Field, parent: QWidget) -> FieldRow:
        widget = create_field_widget(self.form.id, field)
        from_form = ""
        if field.same_as:
            other_id = split_reference(field.same_as, self.form.id)[0]
            other = self._forms.get(other_id)
            from_form = other.title if other else other_id
        else:
            widget.changed.connect(lambda value, fid=field.id: self._on_changed(fid, value))
        if isinstance(widget, GroupWidget):
            widget.rows_changed.connect(self._rows_changed)
        row = FieldRow(widget, parent, from_form)
        if field.same_as:
            source = split_reference(field.same_as, self.form.id)
            row.go_to_source.connect(lambda: self.go_to_field.emit(*source))
        else:
            row.go_to_source.connect(lambda fid=field.id: self._go_to_worked_out_source(fid))
            row.use_worked_out.connect(lambda fid=field.id: self._use_worked_out(fid))
        row.setObjectName(f"row:{self.form.id}.{field.id}")
        self._widgets[field.id] = widget
        self._rows[field.id] = row
        return row

    # -- the public API ------------------------------------------------------------------------

    def widget_for(self, field_id: str) -> FieldWidget:
        """The widget of a top-level field of this form (KeyError if there is none)."""
        return self._widgets[field_id]

    def section_ids(self) -> tuple[str, ...]:
        """The form's section ids, in order."""
        return tuple(self._sections)

    def values(self) -> dict[str, Any]:
        """This form's answers as now on screen, not-relevant sections included; blanks left out."""
        values = {fid: w.value() for fid, w in self._widgets.items() if not self._is_same_as(fid)}
        for sid, panel in self._sections.items():
            values[not_relevant_field_id(sid)] = panel.answer()
        return {key: value for key, value in values.items() if value is not None}

    def set_answers(self, answers_by_form: Mapping[str, Mapping[str, Any]]) -> None:
        """Show the answers of every form (this one's, and others' for "same as" and conditions).

        Emits nothing. A widget already showing its value is left alone, so the cursor of the
        question being typed in does not jump when the same answers come back.
        """
        self._other_answers = {k: v for k, v in answers_by_form.items() if k != self.form.id}
        own = answers_by_form.get(self.form.id, {})
        self.shown_own = dict(own)  # this form's answers as given, worked-out ones included
        merged = {**self._other_answers, self.form.id: own}
        with self._focus_kept_in_view():
            self._show_answers(merged)

    def _show_answers(self, merged: Mapping[str, Mapping[str, Any]]) -> None:
        own = merged.get(self.form.id, {})
        self._loading = True
        self._showing_worked_out = set()
        try:
            for widget in self._widgets.values():
                new = field_value(self.form, widget.field, merged)
                derived = self._derived_shown(widget.field)
                if derived is not None and widget.field.type in HINTED_TYPES:
                    # Shown as a hint, not as text: the first key typed starts the practitioner's
                    # own answer instead of adding to the worked-out one.
                    new = None
                    _hint(widget, show(widget.field, derived.value).text)
                else:
                    _hint(widget, "")
                if derived is not None and new is not None and self._busy(widget):
                    continue  # the keyboard is here, or a row waits to be put back: not now
                if derived is not None and new is not None:
                    self._showing_worked_out.add(widget.field.id)
                if widget.value() != new:
                    widget.set_value(new)
            for sid, panel in self._sections.items():
                panel.set_reason(not_relevant_reason(own, sid))
        finally:
            self._loading = False
        self._show_worked_out_notes()
        self._refresh_visibility()
        for field_id, about in list(self._follow_ups.items()):
            if self._widgets[field_id].value() != about:  # changed elsewhere: no longer true
                self._forget_follow_up(field_id)
        if self._tabs_stale:
            self.refresh_tab_order()

    def clear(self) -> None:
        """Empty every question and section, for example when the vault locks. Emits nothing."""
        self._other_answers = {}
        self._forget_follow_ups()
        self._loading = True
        try:
            for widget in self._widgets.values():
                widget.clear()
            for panel in self._sections.values():
                panel.set_reason(None)
        finally:
            self._loading = False
        self._refresh_visibility()
        if self._tabs_stale:
            self.refresh_tab_order()

    def show_worked_out(
        self, worked_out: Mapping[str, Derived], typed: Mapping[str, Any]
    ) -> None:
        """The answers this form's questions would have, worked out from elsewhere in the case
        (`worked_out`, by field id), and the practitioner's own (`typed`): the next `set_answers`
        shows a worked-out answer where there is no answer of one's own, and says so beside it."""
        self._worked_out = dict(worked_out)
        self._typed = dict(typed)

    def _derived_shown(self, field: Field) -> Derived | None:
        """The worked-out answer a question shows, when it has no answer of the practitioner's."""
        if field.same_as or is_answered(self._typed.get(field.id)):
            return None
        return self._worked_out.get(field.id)

    def _busy(self, widget: FieldWidget) -> bool:
        """A list being worked in (the keyboard in it, or a row waiting to be put back), whose
        rows a worked-out list must not replace under the practitioner's hands."""
        if not isinstance(widget, GroupWidget):
            return False
        focus = QApplication.focusWidget()
        if focus is not None and widget.isAncestorOf(focus):
            return True
        return widget.put_back.isVisible()

    def _show_worked_out_notes(self) -> None:
        """Beside each question, where its worked-out answer came from, or what the case would
        work out where the practitioner's own answer differs."""
        locked: set[str] = set()
        for field_id, row in self._rows.items():
            derived = self._worked_out.get(field_id)
            if derived is None or row.widget.field.same_as:
                row.show_worked_out("")
                continue
            own = self._typed.get(field_id)
            can_go = derived.source is not None
            words = show(row.widget.field, derived.value)
            text = words.text or "; ".join(
                ", ".join(cell for _, cell in cells) for cells in words.rows
            )
            if not is_answered(own):
                # A list worked out from records (people, agencies) is changed where they are
                # kept: one row typed here would stand in for the whole list.
                lock = (row.widget.field.type is FieldType.GROUP
                        and field_id in self._showing_worked_out)
                if lock:
                    locked.add(field_id)
                row.show_worked_out(derived.came_from, value=text, can_go=can_go, locked=lock)
            elif own != derived.value:
                row.show_worked_out(derived.came_from, differs=text, can_go=can_go)
            else:
                row.show_worked_out("")
        for field_id in locked | self._locked:
            self._widgets[field_id].set_read_only(field_id in locked)  # rows may be new
        if locked != self._locked:
            self._locked = locked
            self.refresh_tab_order()

    def _go_to_worked_out_source(self, field_id: str) -> None:
        derived = self._worked_out.get(field_id)
        if derived is not None and derived.source is not None:
            self.go_to_field.emit(*derived.source)

    def _use_worked_out(self, field_id: str) -> None:
        # Clearing the practitioner's own answer lets the worked-out one show again.
        self.answer_changed.emit(self.form.id, field_id, None)

    def set_clock(self, now: Callable[[], datetime]) -> None:
        """The clock the date questions read "today" and "now" from."""
        self.field_clock = now

    def date_doubt(
        self,
        field: Field,
        value: str,
        group: Field | None = None,
        row: Mapping[str, Any] | None = None,
    ) -> str | None:
        """A question to ask before a date that cannot be right is saved, or None.

        For a sub-field of a repeating group, `group` and the `row` being typed in: there a bare
        field id names another answer of the same row.
        """
        now = self.field_clock() if self.field_clock is not None else datetime.now(UTC)
        answers = {**self._other_answers, self.form.id: _LiveAnswers(self)}

        def answer_of(reference: str) -> Known | None:
            if group is not None and "." not in reference:
                sub = next((f for f in group.fields if f.id == reference), None)
                return Known(sub.label, (row or {}).get(reference)) if sub is not None else None
            form_id, field_id = split_reference(reference, self.form.id)
            form = self.form if form_id == self.form.id else self._forms.get(form_id)
            other = form.field(field_id) if form is not None else None
            if form is None or other is None:
                return None
            return Known(other.label, field_value(form, other, answers))

        return doubt(field, value, now, answer_of)

    # -- the keyboard --------------------------------------------------------------------------

    def tab_stops(self) -> list[QWidget]:
        """The form's controls that Tab reaches, in reading order."""
        return tab_stops(self.widget())

    def refresh_tab_order(self) -> None:
        """Chain Tab through the form top to bottom (after a row is added, or a part above)."""
        self._tabs_stale = False
        self.focus_list = focus_chain(self.widget())
        chain_tab_order(self.focus_list)
        self.tab_order_changed.emit()

    def tab_order_stale(self) -> None:
        """Controls came or went outside the form's own rows (a part above it was drawn again):
        Tab is chained again now if the page is on screen, else when it is next shown."""
        if self.isVisible():
            self.refresh_tab_order()
        else:
            self._tabs_stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self._tabs_stale:
            self.refresh_tab_order()
        super().showEvent(event)

    def focus_first(self) -> bool:
        """Put the keyboard on the first question that can take it; False when there is none."""
        tab = Qt.FocusPolicy.TabFocus.value
        inside = self.widget()
        # The chain kept in reading order (`refresh_tab_order`): the page is not walked again.
        widget = next((w for w in self.focus_list if shiboken6.isValid(w)
                       and w.focusPolicy().value & tab
                       and w.isVisibleTo(inside) and w.isEnabled()), None)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            _settle_layout()
            self.ensureWidgetVisible(widget, 0, 40)
            return True
        return False

    def reset_view(self) -> None:
        """Back to the top of the page, as for a case opened for the first time."""
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        self._forget_follow_ups()  # about the case before

    def _rows_changed(self) -> None:
        if self._loading:
            self._tabs_stale = True  # once, when the answers are all shown
        else:
            self.refresh_tab_order()

    def focus_field(self, field_id: str) -> bool:
        """Scroll to a question and put the keyboard focus in it.

        False when it cannot take the focus: unknown, hidden by a condition, or in a section
        marked not relevant (it is still scrolled to then, so it can be seen).
        """
        row = self._rows.get(field_id)
        if row is None or row.isHidden():
            return False
        if not row.isEnabled():
            _settle_layout()
            self.ensureWidgetVisible(row, 0, 40)
            return False
        _settle_layout()
        self.ensureWidgetVisible(row, 0, 40)
        target = self._widgets[field_id].focus_widget()
        if target.focusPolicy() == Qt.FocusPolicy.NoFocus or not target.isEnabled():
            return False  # shown from where it is recorded: nothing here takes the keyboard
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def scroll_to_section(self, section_id: str) -> None:
        """Scroll so that the section's title is at the top."""
        panel = self._sections[section_id]
        _settle_layout()
        self.verticalScrollBar().setValue(panel.mapTo(self.widget(), panel.rect().topLeft()).y())

    # -- reacting to the user ------------------------------------------------------------------

    def _on_changed(self, field_id: str, value: Any) -> None:
        if field_id in self._controllers:
            with self._focus_kept_in_view():
                shown_before = self._shown_conditional()
                self._refresh_visibility()
                self._say_follow_up(field_id, value, shown_before)
        self.answer_changed.emit(self.form.id, field_id, value)

    def _shown_conditional(self) -> set[str]:
        return {f.id for f in self._conditional if not self._rows[f.id].isHidden()}

    def _say_follow_up(self, field_id: str, value: Any, shown_before: set[str]) -> None:
        """Under the question just answered, which questions its answer showed or set aside.

        Only for the practitioner's own change: answers loaded or worked out say nothing. A
        change that shows and hides nothing takes the note away.
        """
        shown_now = self._shown_conditional()
        came = [f for f in self._conditional if f.id in shown_now - shown_before]
        went = [f for f in self._conditional if f.id in shown_before - shown_now]
        if not came and not went:
            self._forget_follow_up(field_id)
            return
        here = self._order[field_id]
        text = follow_up_words(
            [(f.label, is_answered(self._widgets[f.id].value())) for f in came],
            [(f.label, is_answered(self._widgets[f.id].value())) for f in went],
            below=all(self._order[f.id] > here for f in came),
        )
        self._follow_ups[field_id] = value
        self._rows[field_id].show_follow_up(text)

    def _forget_follow_up(self, field_id: str) -> None:
        self._follow_ups.pop(field_id, None)
        self._rows[field_id].show_follow_up("")

    def _forget_follow_ups(self) -> None:
        for field_id in list(self._follow_ups):
            self._forget_follow_up(field_id)

    @contextmanager
    def _focus_kept_in_view(self) -> Iterator[None]:
        """Keep the box being typed in on screen while notes and questions above it come and go.

        Only a box that was in view and was moved: one scrolled away on purpose is not scrolled
        back to, and one that stayed put is left alone.
        """
        focus = QApplication.focusWidget()
        if focus is None or not self.widget().isAncestorOf(focus):
            yield
            return
        _settle_layout()
        was = self._place_in_view(focus)
        yield
        if was is None or not focus.isVisible():
            return
        _settle_layout()
        if self._place_in_view(focus) != was:
            self.ensureWidgetVisible(focus, 0, 40)

    def _place_in_view(self, widget: QWidget) -> QPoint | None:
        """Where `widget` is in the visible part of the page, or None when it is out of sight."""
        top_left = widget.mapTo(self.viewport(), QPoint(0, 0))
        seen = self.viewport().rect().intersects(QRect(top_left, widget.size()))
        return top_left if seen else None

    def _on_not_relevant(self, section_id: str, value: Any) -> None:
        self.answer_changed.emit(self.form.id, not_relevant_field_id(section_id), value)

    def _refresh_visibility(self) -> None:
        # Hidden questions keep their answers: showing them again brings them back unchanged.
        answers = {**self._other_answers, self.form.id: _LiveAnswers(self)}
        for field in self._conditional:
            self._rows[field.id].setHidden(not is_visible(self.form, field, answers))

    def _is_same_as(self, field_id: str) -> bool:
        return self._widgets[field_id].field.same_as is not None

"""The case workspace: header, steps with their progress, the open form, and the side panel.

Answers live here as the screen shows them; each edit updates the header, steps and summary at
once and goes to the autosaver through `answer_changed`. Locking calls `clear`, which empties
every widget that showed the case.

The keyboard reads the screen as the eye does: Tab goes from the steps into the page and then to
the side panel. Opening a step (Alt and its number, Enter or a click in the list, "What next",
"Still needed") puts the keyboard on the step's first question; F6 moves between the steps, the
page, "What next" and the side panel. A case always opens fresh: top of each page, the matrix's
first block, nothing left from the case before.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.age import age_status
from toolkit_desktop.domain.completeness import referral_readiness
from toolkit_desktop.domain.decisions import RG_DECISION
from toolkit_desktop.domain.definitions import Definitions, Form
from toolkit_desktop.domain.derived import Derivations
from toolkit_desktop.domain.form_ids import (
    AGE_FORM,
    CHILD_FORM,
    MATRIX_FORM,
    NRM_FORM,
    TRAFFICKING_FORM,
)
from toolkit_desktop.domain.matrix_summary import summarise
from toolkit_desktop.domain.names import shown_name
from toolkit_desktop.domain.records import Profile
from toolkit_desktop.domain.stage import case_nrm_dates
from toolkit_desktop.domain.steps import (
    CHRONOLOGY,
    CONVERSATIONS,
    DOCUMENTS,
    Step,
    case_steps,
    step_progress,
)
from toolkit_desktop.domain.visibility import split_reference
from toolkit_desktop.domain.wording import uk_today
from toolkit_desktop.services.cases import CaseSnapshot
from toolkit_desktop.ui.common.app_events import building_pages
from toolkit_desktop.ui.common.language import say
from toolkit_desktop.ui.fields.base import chain_tab_order, first_stop, focus_chain
from toolkit_desktop.ui.form.form_view import FormView
from toolkit_desktop.ui.matrix.matrix_page import MatrixPage
from toolkit_desktop.ui.pack.referral_page import ReferralPage
from toolkit_desktop.ui.records.attachments_page import AttachmentsPage
from toolkit_desktop.ui.records.chronology_page import ChronologyPage
from toolkit_desktop.ui.records.conversations_page import ConversationsPage
from toolkit_desktop.ui.workspace.case_header import CaseHeader, HeaderFacts
from toolkit_desktop.ui.workspace.side_panel import SidePanel
from toolkit_desktop.ui.workspace.step_list import StepList
from toolkit_desktop.ui.workspace.what_next import WhatNextPanel

FormViewFactory = Callable[[Form, Mapping[str, Form]], Any]
# Shorter than this (a 1366x768 screen at 150% leaves about 450), "What next" shows one prompt.
COMPACT_BELOW = 560
# Narrower than this (about 910 at 150% on a 1366x768 screen), the page gets the room first.
NARROW_BELOW = 1000


# How long the practitioner leaves the keyboard and mouse before the next step's page is built,
# filled or laid out ahead of its first visit (`CaseWorkspace._work_ahead`: each up to a tenth
# of a second, and a page built at its first visit takes a third).
PREBUILD_PAUSE_MS = 800


def _default_form_view(form: Form, forms_by_id: Mapping[str, Form]) -> Any:
    from toolkit_desktop.ui.form.form_view import FormView

    if form.id == NRM_FORM:  # the decisions and the pack's button sit above this form
        return ReferralPage(form, forms_by_id)
    return FormView(form, forms_by_id)


class CaseWorkspace(QWidget):
    """One open case."""

    answer_changed = Signal(str, str, object)
    export_requested = Signal()  # "Make the referral pack" on the Referral step
    case_changed = Signal(object)  # the snapshot now shown, or None once cleared

    def __init__(
        self,
        definitions: Definitions,
        now: Callable[[], datetime],
        form_view: FormViewFactory = _default_form_view,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseWorkspace")
        self._defs = definitions
        self._now = now
        self._make_view = form_view
        self.steps = case_steps(definitions)
        self.snapshot: CaseSnapshot | None = None
        self.answers: dict[str, dict[str, Any]] = {}
        self.views: dict[str, Any] = {}  # form id -> FormView, built on first visit
        self._profile: Profile | None = None  # "About you": answers the referrer's questions
        # What the case works out from facts recorded elsewhere (`domain.derived`), kept up to
        # date with every change; the forms show it in the questions left empty.
        self.worked_out = Derivations()
        # Which answers each page shows: a page is filled again only when it comes on screen
        # after they changed (filling the full case's trafficking assessment takes ~40 ms; doing
        # it for pages not on screen made opening a case and each first visit slow).
        self._answers_version = 0
        self._filled: dict[int, int] = {}  # id(page) -> the version it shows
        self._laid_out: set[int] = set()  # id(page) of the pages given their layout ahead

        self.header = CaseHeader()
        self.step_list = StepList(self.steps)
        titles = {s.id: say(s.title) for s in self.steps}
        self.what_next = WhatNextPanel(titles, len(definitions.prompts))
        self.what_next.go_to.connect(self._open_from_prompt)
        self.pages = QStackedWidget(objectName="stepPages")
        self._tab_order_held = True  # until the whole workspace is built (see refresh_tab_order)
        self._tab_order_stale = False
        self.pages.widgetAdded.connect(self._page_added)
        record_pages = {
            CONVERSATIONS: ConversationsPage,
            CHRONOLOGY: ChronologyPage,
            # Its vault calls go to the worker once `CaseActions` gives it one (`use_vault`).
            DOCUMENTS: lambda _d, now: AttachmentsPage(today=lambda: uk_today(now())),
        }
        self.records = {
            s.id: record_pages[s.id](definitions, now) for s in self.steps if s.id in record_pages
        }
        for step in self.steps:
            if step.id in self.records:
                self.pages.addWidget(self.records[step.id])
        if DOCUMENTS in self.records:  # its list is read after the case opens: then its progress
            self.records[DOCUMENTS].count_changed.connect(self._refresh_timer_start)
        self.side = SidePanel()
        self.side.setMinimumWidth(200)
        self.side.go_to_field.connect(self.go_to_field)

        middle = QWidget(objectName="stepColumn")
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.what_next)
        column.addWidget(self.pages, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="workspaceSplitter")
        splitter.setChildrenCollapsible(False)
        for widget, stretch in ((self.step_list, 0), (middle, 1), (self.side, 0)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.indexOf(widget), stretch)
        splitter.setSizes([210, 700, 280])
        self.splitter = splitter
        self._sized_by_hand = False  # once the practitioner drags a divider, theirs stands
        splitter.splitterMoved.connect(lambda *_: setattr(self, "_sized_by_hand", True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        self.step_list.currentRowChanged.connect(self._show_step)
        self.step_list.enter_step.connect(self.focus_step)
        for number in range(1, min(len(self.steps), 9) + 1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self._jump(n - 1))
        if DOCUMENTS in self.records:  # the tenth step: Alt+0, the key after Alt+9
            shortcut = QShortcut(QKeySequence("Alt+0"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            row = next(i for i, s in enumerate(self.steps) if s.id == DOCUMENTS)
            shortcut.activated.connect(lambda r=row: self._jump(r))
        self._left_in_page: QWidget | None = None  # where F6 left the page, to come back to
        QApplication.instance().focusChanged.connect(self._remember_page_focus)
        for keys, step in (("F6", 1), ("Shift+F6", -1)):
            pane = QShortcut(QKeySequence(keys), self)
            pane.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            pane.activated.connect(lambda s=step: self.next_pane(s))
        self._tab_order_held = False
        self.refresh_tab_order()

        self._refresh_timer = QTimer(self, singleShot=True, interval=150)
        self._refresh_timer.timeout.connect(self.refresh)
        # The steps' pages, built one at a time in the pauses after a case opens, so a step's
        # first visit is as quick as its next. Any answer typed puts the next one off.
        self._prebuild = QTimer(self, singleShot=True, interval=PREBUILD_PAUSE_MS)
        self._prebuild.timeout.connect(self._work_ahead)
        # After unlocking, while the case list is read: the first step's page, empty (`prepare`).
        self._prepare = QTimer(self, singleShot=True, interval=PREBUILD_PAUSE_MS)
        self._prepare.timeout.connect(self._prepare_first_page)
        self._views_of: int | None = None  # the case whose answers the built pages hold
        self._ticker = QTimer(self, interval=60_000)
        self._ticker.timeout.connect(lambda: self.header.refresh(self._now()))
        self._ticker.start()

    # -- showing a case -------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """Hold the case's pages still (a handover awaiting its code): they stay on screen but
        take no typing, so nothing typed waits for a save the vault would refuse, or is lost
        when the case goes. The steps, prompts and side panel still move between them."""
        self.pages.setEnabled(not read_only)

    @property
    def read_only(self) -> bool:
        """True while the case's pages are held still (`set_read_only`)."""
        return not self.pages.isEnabled()

    def set_profile(self, profile: Profile | None) -> None:
        """The practitioner's own details: the referrer questions fall back to these."""
        self._profile = profile
        self.refresh()

    def shown_answers(self) -> dict[str, dict[str, Any]]:
        """The case's answers as the screens show them: typed, or worked out where left empty."""
        return self.worked_out.applied(self.answers)

    def _work_out(self) -> bool:
        """Work the derived answers out again; whether any changed."""
        if self.snapshot is None:
            return False
        found = self.snapshot.worked_out(
            self._defs, uk_today(self._now()), self._profile, self.answers
        )
        changed = found != self.worked_out
        self.worked_out = found
        if changed:
            self.note_answers_changed()
        return changed

    def note_answers_changed(self) -> None:
        """`answers` (or what is worked out from them) changed: each page shows the new ones
        when it next comes on screen."""
        self._answers_version += 1

    def answers_put_back(self, form_id: str) -> None:
        """An answer of `form_id` was changed in `answers` by hand (put back to its saved value,
        or given a source): its page shows it now, and the other pages when they are next shown."""
        self.note_answers_changed()
        view = self.views.get(form_id)
        if view is not None:
            self._show_answers_in(view)

    def _show_answers_in(self, view: Any) -> None:
        if isinstance(view, FormView):
            form_id = view.form.id
            view.show_worked_out(
                {fid: d for (f, fid), d in self.worked_out.by_key.items() if f == form_id},
                self.answers.get(form_id, {}),
            )
        view.set_answers(self.shown_answers())
        self._filled[id(view)] = self._answers_version

    def _show_answers_if_stale(self, view: Any) -> None:
        if self._filled.get(id(view)) != self._answers_version:
            self._show_answers_in(view)

    def case_id_on_screen(self) -> int | None:
        """The id of the case shown, if one is."""
        return self.snapshot.case.id if self.snapshot is not None else None

    def show_case(self, snapshot: CaseSnapshot, step_id: str | None = None) -> None:
        """Show a case, on `step_id` or the first step."""
        index = next((i for i, s in enumerate(self.steps) if s.id == step_id), 0)
        self._prepare.stop()
        # Tab chained once, however many pages the case fills; their events not seen by Python.
        with self._one_tab_order(), building_pages():
            self._show_case(snapshot, index)
        if self.isVisible():  # else the window puts the keyboard there once it shows the case
            self.focus_step()
        self.case_changed.emit(snapshot)
        self._prebuild.start()

    def _show_case(self, snapshot: CaseSnapshot, index: int) -> None:
        if self._views_of != snapshot.case.id:
            # Another case's pages: built again for this one, but for the page this case opens
            # on, which is filled with this case's answers below (the others would be too).
            self._drop_views(keep=self.steps[index].form_id)
            self._views_of = snapshot.case.id
        self.snapshot = snapshot
        self.what_next.clear()  # this case's prompts arrive from the vault
        self.answers = {form: dict(values) for form, values in snapshot.answers_by_form().items()}
        self.worked_out = Derivations()  # worked out again by `refresh`, below
        self.note_answers_changed()  # the pages are filled as they come on screen
        for page in self.records.values():
            page.show_records(snapshot)
        self.refresh()
        self._start_fresh()
        if self.step_list.currentRow() == index:
            self._show_step(index)
        else:
            self.step_list.setCurrentRow(index)

    def _start_fresh(self) -> None:
        # Nothing of the case before: no scroll position, matrix block, selection or focus.
        focus = QApplication.focusWidget()
        if focus is not None and self.pages.isAncestorOf(focus):
            self.step_list.setFocus(Qt.FocusReason.OtherFocusReason)
        for page in (self.pages.widget(i) for i in range(self.pages.count())):
            reset = getattr(page, "reset_view", None)
            if reset is not None:
                reset()
            for area in page.findChildren(QAbstractScrollArea):
                area.verticalScrollBar().setValue(0)
                area.horizontalScrollBar().setValue(0)
            for view in page.findChildren(QAbstractItemView):
                if view.objectName() != "matrixIndicators":  # reset_view puts it on its first line
                    view.clearSelection()

    def current_step(self) -> str | None:
        """The id of the step on screen."""
        return self.step_list.current_step()

    def go_to_step(self, step_id: str) -> None:
        """Open a step by id."""
        self.step_list.choose(step_id)

    def update_records(self, snapshot: CaseSnapshot) -> None:
        """Show a conversation or chronology entry just added (the answers on screen are kept)."""
        if self.snapshot is None or snapshot.case.id != self.snapshot.case.id:
            return
        self.snapshot = snapshot
        for page in self.records.values():
            page.show_records(snapshot)
        self.refresh()

    def _open_from_prompt(self, step_id: str, field_id: str) -> None:
        step = next((s for s in self.steps if s.id == step_id), None)
        if step is not None and field_id and step.form_id:
            self.go_to_field(step.form_id, field_id)
        else:
            self.go_to_step(step_id)
            self.focus_step()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        # Back at the case list (or locked): no page is built under the practitioner's typing
        # there; they are built again in the pauses once a case is on screen.
        self._prebuild.stop()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self.snapshot is not None:
            self._prebuild.start()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.what_next.set_compact(event.size().height() < COMPACT_BELOW)
        width = event.size().width()
        if width < NARROW_BELOW and not self._sized_by_hand:
            # A small screen at 150%: the steps and the side panel at their narrowest, so the
            # page in the middle, where the typing is, keeps the most room.
            steps, side = self.step_list.minimumWidth(), self.side.minimumWidth()
            self.splitter.setSizes([steps, max(width - steps - side, 200), side])

    # -- the keyboard ---------------------------------------------------------------------------

    def focus_step(self) -> None:
        """Put the keyboard on the first question of the step on screen (the matrix: its first
        indicator not yet answered)."""
        page = self.pages.currentWidget()
        focus_first = getattr(page, "focus_first", None)
        if focus_first is not None and focus_first():
            return
        widget = first_stop(page) if page is not None else None
        (widget or self.step_list).setFocus(Qt.FocusReason.OtherFocusReason)

    def next_pane(self, step: int = 1) -> None:
        """F6: the steps, the page, "What next", the side panel, and round again."""
        panes = [self.step_list, self.pages, self.what_next, self.side]
        focus = QApplication.focusWidget()
        here = next((i for i, p in enumerate(panes) if focus is p or p.isAncestorOf(focus)), 0)
        for offset in range(1, len(panes) + 1):
            pane = panes[(here + step * offset) % len(panes)]
            if pane is self.step_list:
                self.step_list.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            if pane is self.pages:
                back = self._left_in_page
                if back is not None and back.isVisible() and back.isEnabled():
                    back.setFocus(Qt.FocusReason.OtherFocusReason)  # where the work was
                else:
                    self.focus_step()
                return
            if pane is self.what_next and self.what_next.focus_first():
                return
            if pane is self.side and self.side.focus_first():
                return

    def _remember_page_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        with contextlib.suppress(RuntimeError):  # the window closing: parts already gone
            self._remember(old, new)

    def _remember(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and self.pages.isAncestorOf(old) and (
                new is None or not self.pages.isAncestorOf(new)):
            self._left_in_page = old
        if new is not None and self.step_list is new:
            self._left_in_page = None  # a step chosen again starts at its top

    def refresh_tab_order(self) -> None:
        """Chain Tab in reading order: the steps, the page on screen, then the side panel.

        Pages are built on first visit, after the side panel, so Qt's own order (the order
        widgets were made) would put a new page's questions after it. From the side panel Tab
        comes round to the steps again: the chain is closed into a ring. Only the page on
        screen is chained (the others are hidden, and Tab passes hidden controls by), so the
        cost does not grow with every page built; each step shown is chained as it is shown.
        While a step is being shown the work waits, and is done once at the end.
        """
        if self._tab_order_held:
            self._tab_order_stale = True
            return
        self._tab_order_stale = False
        current = self.pages.currentWidget()
        hidden = [self.pages.widget(i) for i in range(self.pages.count())
                  if self.pages.widget(i) is not current]
        # A form keeps its own chain up to date (`FormView.focus_list`): walking its thousands
        # of widgets again took a first visit of the trafficking assessment ~30 ms.
        known = {current: current.focus_list} if isinstance(current, FormView) else {}
        chain = focus_chain(self, leave_out=hidden, known=known)
        chain_tab_order([*chain, chain[0]] if len(chain) > 1 else chain)

    @contextlib.contextmanager
    def _one_tab_order(self) -> Iterator[None]:
        """Chain Tab once when the block ends, however many pages or rows it added."""
        held, self._tab_order_held = self._tab_order_held, True
        try:
            yield
        finally:
            self._tab_order_held = held
            if not held and self._tab_order_stale:
                self.refresh_tab_order()

    def _page_added(self, index: int) -> None:
        page = self.pages.widget(index)
        if isinstance(page, FormView) and page in self.records.values():
            # A form inside a record step (agencies under the chronology) saves like any form.
            self.views[page.form.id] = page
            page.answer_changed.connect(self._answer_changed)
            self._connect_view(page)
        if isinstance(page, ReferralPage):
            page.export_requested.connect(self.export_requested)
        self.refresh_tab_order()

    def _connect_view(self, view: Any) -> None:
        if isinstance(view, FormView):
            view.set_clock(self._now)
            view.go_to_field.connect(self.go_to_field)
            view.tab_order_changed.connect(self.refresh_tab_order)

    def go_to_field(self, form_id: str, field_id: str) -> None:
        """Open the step of a form and put the cursor in one of its questions.

        A question shown as a copy of another form's answer leads to that form's question, where
        the answer can be changed.
        """
        form_id, field_id = self._editable(form_id, field_id)
        step = next((s for s in self.steps if form_id in s.forms), None)
        if step is not None:
            self.go_to_step(step.id)
            if not self.views[form_id].focus_field(field_id):
                self.focus_step()

    def _editable(self, form_id: str, field_id: str) -> tuple[str, str]:
        form = self._defs.forms.get(form_id)
        field = next((f for f in form.all_fields() if f.id == field_id), None) if form else None
        if field is not None and field.same_as:
            return split_reference(field.same_as, form_id)
        return form_id, field_id

    def _jump(self, row: int) -> None:
        self.step_list.setCurrentRow(row)
        self.focus_step()

    def _show_step(self, row: int) -> None:
        if row < 0 or self.snapshot is None:
            return
        focus = QApplication.focusWidget()
        if focus is not None and self.pages.isAncestorOf(focus):
            # Leave the answer being typed first (a date is kept when left), so the next step
            # shows it in its copies and conditions.
            self.step_list.setFocus(Qt.FocusReason.OtherFocusReason)
        with self._one_tab_order():
            self._tab_order_stale = True  # another page on screen: chained once it is shown
            self._put_on_screen(self.steps[row])

    def _put_on_screen(self, step: Step) -> None:
        with building_pages():
            self._put_step_on_screen(step)

    def _put_step_on_screen(self, step: Step) -> None:
        if step.id in self.records:
            page = self.records[step.id]
        else:
            page = self.views.get(step.form_id) or self._build_view(step)
        if page in self.views.values():  # a form (the agencies form inside the chronology too)
            self._show_answers_if_stale(page)  # brings copies and worked-out answers up to date
        self.pages.setCurrentWidget(page)
        self._laid_out.add(id(page))

    def _build_view(self, step: Step) -> Any:
        form = self._defs.forms[step.form_id]
        if form.id == MATRIX_FORM:  # the matrix has its own keyboard-first page
            view = MatrixPage(self._defs.matrix, form, self._now)
        else:
            view = self._make_view(form, self._defs.forms)
        view.answer_changed.connect(self._answer_changed)
        self._connect_view(view)
        self.views[step.form_id] = view
        self.pages.addWidget(view)
        return view

    def _work_ahead(self) -> None:
        with building_pages():
            self._work_ahead_once()

    def _work_ahead_once(self) -> None:
        """In a pause, do one piece of what a step's first visit would otherwise wait for, then
        wait for the next pause: build and fill the next step's page not yet built (hidden), lay
        out a page never shown, or fill a page whose answers changed since. Done only while a
        case is open, and never over an answer being typed (the timer starts again with each)."""
        if self.snapshot is None:
            return
        unbuilt, unlaid, stale = self._ahead()
        if unbuilt:
            view = self._build_view(unbuilt[0])
            view.hide()  # not on screen until its step is chosen
            self._show_answers_in(view)
        elif unlaid:
            self._lay_out_hidden(unlaid[0])
        elif stale:
            self._show_answers_in(stale[0])  # the agencies form, or a copy of an answer changed
            # Filled again, it may hold rows or questions it did not when it was laid out (a
            # list worked out from another form): laid out again in the next pause.
            self._laid_out.discard(id(stale[0]))
        else:
            return
        self._prebuild.start()

    def _ahead(self) -> tuple[list[Step], list[QWidget], list[QWidget]]:
        """What the pauses still have to do: the steps whose page is not built, the pages not on
        screen never laid out, and those whose answers changed since they were filled."""
        current = self.pages.currentWidget()
        unbuilt = [s for s in self.steps
                   if s.id not in self.records and s.form_id not in self.views]
        others = [self.pages.widget(i) for i in range(self.pages.count())]
        unlaid = [p for p in others if p is not current and id(p) not in self._laid_out]
        stale = [v for v in self.views.values()
                 if v is not current and self._filled.get(id(v)) != self._answers_version]
        return unbuilt, unlaid, stale

    def prepare(self) -> None:
        """The case list is on screen after unlocking: in its first pause, build the page a case
        opens on and lay it out, empty (it holds nothing of a case until one opens), so opening
        the first case does not wait for it. Typing in the list puts it off (`put_off`)."""
        if not self.prepared():
            self._prepare.start()

    def put_off(self) -> None:
        """The practitioner is typing outside a case: the page waits for the next pause."""
        if self._prepare.isActive():
            self._prepare.start()

    def _prepare_first_page(self) -> None:
        with building_pages():
            self._build_first_page()

    def _build_first_page(self) -> None:
        if self.snapshot is not None or self.prepared():
            return
        view = self._build_view(self.steps[0])
        view.hide()
        self._lay_out_hidden(view)

    def prepared(self) -> bool:
        """Whether the page a case opens on is built (`prepare`)."""
        return self.steps[0].id in self.records or self.steps[0].form_id in self.views

    def left_to_work_ahead(self) -> int:
        """How many pieces of `_work_ahead` are left: pages to build, lay out or fill."""
        if self.snapshot is None:
            return 0
        unbuilt, unlaid, stale = self._ahead()
        return 2 * len(unbuilt) + len(unlaid) + len(stale)  # a page built is then laid out

    def worked_ahead(self) -> bool:
        """Whether every page is built, filled and laid out (nothing left for the pauses)."""
        return self.snapshot is not None and self.left_to_work_ahead() == 0

    def _lay_out_hidden(self, page: QWidget) -> None:
        """Give a page never shown its size and layout without putting it on screen: Qt keeps
        a hidden widget's resize for when it is shown, and working out where ~2,000 widgets go
        (word-wrapped labels measured at the width) was most of a big step's first visit."""
        self._laid_out.add(id(page))
        dont_show = Qt.WidgetAttribute.WA_DontShowOnScreen
        page.setAttribute(dont_show, True)  # neither painted nor announced while laid out
        try:
            page.setGeometry(self.pages.contentsRect())
            page.show()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        finally:
            page.hide()
            page.setAttribute(dont_show, False)

    def _drop_views(self, keep: str | None) -> None:
        """Destroy the steps' pages built for another case (see `release_views`), but for the
        page of form `keep`."""
        focus = QApplication.focusWidget()
        if focus is not None and self.pages.isAncestorOf(focus):
            self.step_list.setFocus(Qt.FocusReason.OtherFocusReason)
        for view in self.release_views(keep):
            view.hide()
            view.deleteLater()

    def _refresh_timer_start(self) -> None:
        self._refresh_timer.start()

    # -- edits ----------------------------------------------------------------------------------

    def _answer_changed(self, form_id: str, field_id: str, value: Any) -> None:
        if self.snapshot is None:
            return
        values = self.answers.setdefault(form_id, {})
        if values.get(field_id) == value:
            return
        if value is None:
            values.pop(field_id, None)
        else:
            values[field_id] = value
        self.note_answers_changed()
        self.answer_changed.emit(form_id, field_id, value)
        self._refresh_timer.start()
        if self._prebuild.isActive():
            self._prebuild.start()  # typing: the next page waits for a pause

    def refresh(self) -> None:
        """Bring the header, the steps' progress and the side panel up to date with the answers."""
        snapshot = self.snapshot
        if snapshot is None:
            return
        self._work_out()  # a source changed: the pages show the new worked-out answers
        if (current := self.pages.currentWidget()) in self.views.values():
            # An answer typed over, or cleared, changes the note (and what follows from it).
            self._show_answers_if_stale(current)
        answers = self.shown_answers()
        now = self._now()
        today = uk_today(now)
        child = self.answers.get(CHILD_FORM, {})
        age = age_status(child, self.answers.get(AGE_FORM, {}), today)
        name = shown_name(child)  # in the child's own order and script
        self.header.show_facts(
            HeaderFacts(
                case=snapshot.case,
                name=name.with_latin,
                other_names=list(name.others),
                age=say(age.label),
                nrm=case_nrm_dates(answers, self._defs.timescales, today),
                decision=str(self.answers.get(TRAFFICKING_FORM, {}).get(RG_DECISION) or ""),
            ),
            now,
        )
        counts = (len(snapshot.conversations), len(snapshot.chronology))
        documents = self.records[DOCUMENTS].count if DOCUMENTS in self.records else None
        self.step_list.show_progress(
            [step_progress(step, self._defs, answers, *counts, documents) for step in self.steps])
        summary = summarise(
            self._defs.matrix, self.answers.get(MATRIX_FORM, {}), under_ten_caution=age.under_ten
        )
        titles = {form.id: form.title for form in self._defs.forms.values()}
        self.side.show_state(summary, referral_readiness(self._defs, answers),
                             titles)

    def release_views(self, keep: str | None = None) -> list[QWidget]:
        """Take out the steps' pages built on first visit (on lock), for the caller to delete;
        they are built afresh on the next visit. The record pages, built once, stay, and the
        page of form `keep` if one is named."""
        kept = set(self.records.values())
        if keep is not None and keep in self.views:
            kept.add(self.views[keep])
        released = [view for view in self.views.values() if view not in kept]
        for view in released:
            self.pages.removeWidget(view)
        self.views = {form_id: v for form_id, v in self.views.items() if v in kept}
        self._filled = {id(v): self._filled[id(v)] for v in kept if id(v) in self._filled}
        self._laid_out &= {id(v) for v in kept}
        self._left_in_page = None  # it may be a question on a released page
        self._views_of = None
        return released

    def clear(self) -> None:
        """Empty every widget that showed the case (on lock)."""
        self._refresh_timer.stop()
        self._prebuild.stop()
        self._prepare.stop()
        self.snapshot = None
        self.answers = {}
        self.worked_out = Derivations()
        self.note_answers_changed()
        for view in self.views.values():
            view.clear()
        for page in self.records.values():
            page.clear()
        self.header.clear()
        self.side.clear()
        self.what_next.clear()
        self.step_list.forget_progress()
        self.set_read_only(False)
        self.case_changed.emit(None)

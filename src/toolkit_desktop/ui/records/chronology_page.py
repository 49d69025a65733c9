"""The "Chronology and agencies" step: one record of what happened and when, the requests still
waiting for an answer, and the agencies form, on one page.

The chronology is added to, never edited; the agencies form saves as it is typed, like every
form. Adding and correcting entries go out through `add_requested` and `correct_requested`; the
window does the vault work on the worker and reports back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from toolkit_desktop.domain.agencies import Waiting, waiting_in_case
from toolkit_desktop.domain.definitions import Definitions, Form
from toolkit_desktop.domain.form_ids import AGENCIES_FORM
from toolkit_desktop.domain.missing_episodes import EpisodeMoment, episode_moments
from toolkit_desktop.services.cases import CORRECTION_DRAFT, ENTRY_DRAFT, CaseSnapshot
from toolkit_desktop.ui.common.dates import day, uk_today
from toolkit_desktop.ui.common.entry_parts import section_heading
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.fields.base import first_stop
from toolkit_desktop.ui.fields.section import heading, plain_label
from toolkit_desktop.ui.form.form_page import FormPage
from toolkit_desktop.ui.records.chronology_form import EntryForm
from toolkit_desktop.ui.records.chronology_list import ChronologyList

TITLE = QT_TRANSLATE_NOOP("Records", "Chronology and agencies")
HELP = QT_TRANSLATE_NOOP(
    "Records",
    "One record of what happened and when, for anyone who picks up the case. Entries are added, "
    "never edited away: if one is wrong, press Correct this entry and the correction is shown "
    "under it, with the original kept.",
)
NOTHING_WAITING = QT_TRANSLATE_NOOP(
    "Records", "No request to another agency is waiting for an answer."
)


def waiting_line(item: Waiting) -> str:
    """ "Home Office (what was asked): waiting 8 days, since Fri 20 Nov 2026"."""
    what = " ".join(item.what.split())
    what = f" ({what[:87]}…)" if len(what) > 90 else f" ({what})" if what else ""
    if item.days is None or item.since is None:
        return translate(
            "Records", "{agency}{what}: waiting; the date of the request is not recorded."
        ).format(agency=item.agency, what=what)
    if item.days == 0:
        return translate("Records", "{agency}{what}: asked today, waiting for an answer.").format(
            agency=item.agency, what=what)
    if item.days == 1:
        return translate("Records", "{agency}{what}: waiting 1 day, since {date}.").format(
            agency=item.agency, what=what, date=day(item.since))
    return translate("Records", "{agency}{what}: waiting {days} days, since {date}.").format(
        agency=item.agency, what=what, days=item.days, date=day(item.since))


class ChronologyPage(FormPage):
    """The chronology and the waiting requests above the agencies form."""

    add_requested = Signal(dict)
    correct_requested = Signal(int, str)

    def __init__(
        self, definitions: Definitions, now: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        form = definitions.form(AGENCIES_FORM) or Form(
            AGENCIES_FORM, 1, translate("Records", "Agencies")
        )
        super().__init__(form, definitions.forms, parent)
        self.setObjectName("chronologyPage")
        self._now = now
        self._snapshot: CaseSnapshot | None = None
        self._episodes: tuple[EpisodeMoment, ...] = ()
        block = QWidget()
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 0, 0, 16)
        layout.addWidget(heading(translate("Records", TITLE), block, 1.6))
        layout.addWidget(plain_label(translate("Records", HELP), block, "chronologyHelp"))
        layout.addWidget(section_heading(translate("Records", "Chronology")))
        self.entries = ChronologyList()
        layout.addWidget(self.entries)
        self.entry_form = EntryForm(now)
        layout.addWidget(self.entry_form)
        layout.addWidget(section_heading(translate("Records", "Waiting for an answer")))
        self.waiting = QLabel(objectName="waitingList")
        self.waiting.setWordWrap(True)
        self.waiting.setTextFormat(Qt.TextFormat.RichText)
        self.waiting.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read by keyboard and reader
        self.waiting.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout.addWidget(self.waiting)
        self.add_above(block)
        self.entry_form.submitted.connect(self.add_requested)
        self.entries.correct_requested.connect(self.correct_requested)
        self.entries.controls_moved.connect(self.tab_order_stale)
        self.answer_changed.connect(lambda *_: self.show_waiting())
        self.show_waiting()

    def focus_first(self) -> bool:
        """Opening the step puts the keyboard in the new entry's first box, ready to type: the
        entries above it are read-only (Shift+Tab reads them), and words typed there were lost."""
        widget = first_stop(self.entry_form)
        if widget is None:
            return super().focus_first()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureWidgetVisible(widget, 0, 40)
        return True

    # -- records --------------------------------------------------------------------------------

    def show_records(self, snapshot: CaseSnapshot) -> None:
        """Show the case's chronology and offer its conversations as sources. Another case than
        the one shown before empties the new entry: it is never added to another child's case."""
        another = self._snapshot is None or snapshot.case.id != self._snapshot.case.id
        if another:
            self.entry_form.reset()
            self.entries.close_box()
        self._snapshot = snapshot
        self._episodes = episode_moments(snapshot.answers_by_form())
        self.entries.show_entries(
            snapshot.chronology, snapshot.conversations, self._episodes,
            kept=snapshot.drafts.get(CORRECTION_DRAFT) if another else None)
        self.tab_order_stale()  # the entries' rows are new: Tab reaches them in reading order
        self.entry_form.set_conversations(snapshot.conversations)
        kept = snapshot.drafts.get(ENTRY_DRAFT) if another else None
        if kept:  # typed before a lock, another case or a crash, and not yet added
            self.entry_form.restore(kept)

    def case_id(self) -> int | None:
        """The case whose chronology is shown."""
        return self._snapshot.case.id if self._snapshot is not None else None

    def show_episodes(self, answers_by_form: Mapping[str, Mapping[str, Any]]) -> None:
        """Show the missing episodes as the answers on screen record them (typed a moment ago
        in Immediate safeguarding, perhaps), among the entries."""
        episodes = episode_moments(answers_by_form)
        if self._snapshot is None or episodes == self._episodes:
            return
        self._episodes = episodes
        snapshot = self._snapshot
        self.entries.show_entries(snapshot.chronology, snapshot.conversations, episodes)
        self.tab_order_stale()

    def added(self) -> None:
        """The new entry is in the vault: empty the form for the next one."""
        self.entry_form.reset()
        self.entry_form.typing.edited.emit()  # its draft went with it; anything typed since too
        self.entry_form.when.setFocus()

    def corrected(self) -> None:
        """The correction is in the vault (the list is redrawn with it)."""
        self.entries.close_box()
        self.entries.typing.edited.emit()

    # -- waiting requests -------------------------------------------------------------------------

    def set_answers(self, answers_by_form: Mapping[str, Mapping[str, Any]]) -> None:
        """Show the agencies form's answers and the requests they leave waiting, and the missing
        episodes among the entries."""
        super().set_answers(answers_by_form)
        self.show_waiting()
        self.show_episodes(answers_by_form)

    def show_waiting(self) -> None:
        """List each request awaiting an answer with the days it has waited, as of now."""
        today = uk_today(self._now())
        found = waiting_in_case({AGENCIES_FORM: self.values()}, today)
        lines = [waiting_line(item) for item in found]
        if lines:
            self.waiting.setText(
                "<ul style='margin: 0'>"
                + "".join(f"<li>{escape(line)}</li>" for line in lines)
                + "</ul>"
            )
        else:
            self.waiting.setText(escape(translate("Records", NOTHING_WAITING)))
        self.waiting.setAccessibleName(
            translate("Records", "Waiting for an answer: {count}").format(count=len(found))
        )
        self.waiting.setAccessibleDescription(
            " ".join(lines) or translate("Records", NOTHING_WAITING)
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Days go by while a case is open: count them again whenever the page comes back."""
        self.show_waiting()
        super().showEvent(event)

    def clear(self) -> None:
        """Show no case (on lock)."""
        super().clear()
        self._snapshot = None
        self._episodes = ()
        self.entries.show_entries([], [])
        self.tab_order_stale()
        self.entry_form.reset()
        self.entry_form.set_conversations([])
        self.show_waiting()

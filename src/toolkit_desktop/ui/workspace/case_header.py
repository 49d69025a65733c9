"""The workspace header: who the child is, their age status, time since first met, next NRM date.

It stays on screen whatever step is open, because the first hours decide whether the child stays
safe: the time since first contact is always in view.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from toolkit_desktop.domain.nrm_dates import NrmDates
from toolkit_desktop.domain.records import Case
from toolkit_desktop.domain.wording import day, day_and_time, elapsed, uk_today
from toolkit_desktop.ui.fields.layout_order import nest_layout

NRM = "National Referral Mechanism (NRM)"


@dataclass(frozen=True)
class HeaderFacts:
    """What the header shows about the open case."""

    case: Case
    name: str  # in the child's own order and script, Latin letters beside: `ShownName.with_latin`
    other_names: list[str]
    age: str
    nrm: NrmDates | None
    decision: str  # the reasonable-grounds decision recorded, if any


def nrm_line(nrm: NrmDates | None, decision: str, today: date) -> str:
    """The next NRM date in words, spelling the acronym out (the header is read first)."""
    if nrm is None:
        return f"Not yet referred to the {NRM}."
    if decision in ("positive", "negative"):
        if nrm.recovery_period_ends and decision == "positive":
            return f"{NRM}: recovery period until {day(nrm.recovery_period_ends)}."
        return f"{NRM}: reasonable-grounds decision recorded ({decision})."
    if nrm.rg_expected_by is None:
        return f"{NRM}: referred; no timescale applies to this referral date."
    when = day(nrm.rg_expected_by)
    if nrm.rg_overdue:
        days = (today - nrm.rg_expected_by).days
        return (
            f"{NRM}: reasonable-grounds decision OVERDUE, expected by {when} "
            f"({days} day{'s' * (days != 1)} ago). Consider chasing it."
        )
    return f"{NRM}: reasonable-grounds decision expected by {when}."


class CaseHeader(QWidget):
    """Three lines at the top of the workspace."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.name = self._label("headerName")
        self.age = self._label("headerAge")
        self.since = self._label("headerSince")
        self.nrm = self._label("headerNrm")
        self.name.setTextFormat(Qt.TextFormat.RichText)
        self.age.setWordWrap(False)  # short; the line beside it wraps instead
        facts = QHBoxLayout()
        facts.setSpacing(24)
        facts.addWidget(self.age)
        facts.addWidget(self.since, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(2)
        column.addWidget(self.name)
        nest_layout(column, facts)
        column.addWidget(self.nrm)
        self._facts: HeaderFacts | None = None

    def _label(self, name: str) -> QLabel:
        label = QLabel(objectName=name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_facts(self, facts: HeaderFacts, now: datetime) -> None:
        """Show the case as it is now."""
        self._facts = facts
        self.refresh(now)

    def refresh(self, now: datetime) -> None:
        """Redraw, for example as the minutes since first contact go by."""
        facts = self._facts
        if facts is None:
            return
        others = f" (also known as {', '.join(facts.other_names)})" if facts.other_names else ""
        self.name.setText(
            f"<span style='font-size: 14pt; font-weight: 600'>{_escape(facts.name)}</span>"
            f"{_escape(others)} &nbsp; <span>Reference {_escape(facts.case.reference)}</span>"
        )
        self.name.setAccessibleName(
            f"Child: {facts.name}{others}. Reference {facts.case.reference}"
        )
        self.age.setText(f"Age: {facts.age}")
        met = facts.case.first_contact_at
        if met is None:
            self.since.setText("First met: time not recorded")
        else:
            where = (
                f" at {facts.case.first_contact_place}" if facts.case.first_contact_place else ""
            )
            self.since.setText(f"First met {elapsed(met, now)} ago{where} ({day_and_time(met)})")
        self.nrm.setText(nrm_line(facts.nrm, facts.decision, uk_today(now)))

    def clear(self) -> None:
        """Show nothing about any child (on lock)."""
        self._facts = None
        for label in (self.name, self.age, self.since, self.nrm):
            label.clear()
            label.setAccessibleName("")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

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
from toolkit_desktop.ui.common.dates import day, day_and_time, elapsed, uk_today
from toolkit_desktop.ui.common.language import translate
from toolkit_desktop.ui.fields.layout_order import nest_layout


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
        return translate("Workspace", "Not yet referred to the National Referral Mechanism (NRM).")
    if decision in ("positive", "negative"):
        if nrm.recovery_period_ends and decision == "positive":
            return translate(
                "Workspace", "National Referral Mechanism (NRM): recovery period until {day}."
            ).format(day=day(nrm.recovery_period_ends))
        if decision == "positive":
            return translate(
                "Workspace",
                "National Referral Mechanism (NRM): reasonable-grounds decision recorded "
                "(positive).",
            )
        return translate(
            "Workspace",
            "National Referral Mechanism (NRM): reasonable-grounds decision recorded (negative).",
        )
    if nrm.rg_expected_by is None:
        return translate(
            "Workspace",
            "National Referral Mechanism (NRM): referred; no timescale applies to this referral "
            "date.",
        )
    when = day(nrm.rg_expected_by)
    if nrm.rg_overdue:
        days = (today - nrm.rg_expected_by).days
        if days == 1:
            overdue = translate(
                "Workspace",
                "National Referral Mechanism (NRM): reasonable-grounds decision OVERDUE, expected "
                "by {when} ({days} day ago). Consider chasing it.",
            )
        else:
            overdue = translate(
                "Workspace",
                "National Referral Mechanism (NRM): reasonable-grounds decision OVERDUE, expected "
                "by {when} ({days} days ago). Consider chasing it.",
            )
        return overdue.format(when=when, days=days)
    return translate(
        "Workspace", "National Referral Mechanism (NRM): reasonable-grounds decision expected by "
        "{when}.",
    ).format(when=when)


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
        if facts.other_names:
            others = translate("Workspace", "(also known as {names})").format(
                names=", ".join(facts.other_names))
            spoken = translate(
                "Workspace", "Child: {name} (also known as {names}). Reference {reference}"
            )
        else:
            others = ""
            spoken = translate("Workspace", "Child: {name}. Reference {reference}")
        reference = _escape(translate("Workspace", "Reference {reference}")).format(
            reference=_escape(facts.case.reference))
        self.name.setText(
            f"<span style='font-size: 14pt; font-weight: 600'>{_escape(facts.name)}</span>"
            f"{' ' + _escape(others) if others else ''} &nbsp; <span>{reference}</span>"
        )
        self.name.setAccessibleName(spoken.format(
            name=facts.name, names=", ".join(facts.other_names), reference=facts.case.reference
        ))
        self.age.setText(translate("Workspace", "Age: {age}").format(age=facts.age))
        met = facts.case.first_contact_at
        if met is None:
            self.since.setText(translate("Workspace", "First met: time not recorded"))
        elif facts.case.first_contact_place:
            self.since.setText(translate("Workspace", "First met {elapsed} ago at {place} ({when})")
                               .format(elapsed=elapsed(met, now),
                                       place=facts.case.first_contact_place,
                                       when=day_and_time(met)))
        else:
            self.since.setText(translate("Workspace", "First met {elapsed} ago ({when})").format(
                elapsed=elapsed(met, now), when=day_and_time(met)))
        self.nrm.setText(nrm_line(facts.nrm, facts.decision, uk_today(now)))

    def clear(self) -> None:
        """Show nothing about any child (on lock)."""
        self._facts = None
        for label in (self.name, self.age, self.since, self.nrm):
            label.clear()
            label.setAccessibleName("")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""The coordinator's view: every case of the vault on one line, what needs action first.

The pilot found that cases moved between teams lost time and steps, and much less so where a
child-trafficking coordinator tracked each one from first identification to the NRM decision
(monitoring report, section 6.2). A coordinator's vault receives the teams' cases as handover
files (`services.handover`); any vault can show this view, so a duty manager can use it too.

Each line says where the case has got to, when the child was first identified, the NRM dates
and decisions, what is overdue today, the immediate safeguarding steps not yet recorded and who
holds the case. It reminds; it decides nothing. Lines are sorted by what needs action first:
anything overdue, then the most safeguarding steps still open, then the nearest decision date.

The CSV for the safeguarding board carries the case reference, never the child's name or the
place they were found: the board tracks timeliness, and a name has no business in a spreadsheet
that leaves the encrypted vault. Like the referral pack, it is in English whatever the app's
language: it leaves the app for other readers, and a header row in one language over cells in
another (the steps' labels came in the definitions' language) served neither. On screen the
sentences are `Said`, shown in the app's language.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from toolkit_desktop.domain.date_text import stored_date
from toolkit_desktop.domain.decisions import (
    CG_DECISION,
    CG_DECISION_ON,
    RG_DECISION,
    RG_DECISION_ON,
)
from toolkit_desktop.domain.definitions import Definitions, FieldType
from toolkit_desktop.domain.form_ids import NRM_FORM, SAFEGUARDING_FORM, TRAFFICKING_FORM
from toolkit_desktop.domain.nrm_dates import REFERRAL_DATE_FIELD
from toolkit_desktop.domain.stage import CaseStage, case_nrm_dates
from toolkit_desktop.domain.visibility import is_answered
from toolkit_desktop.domain.wording import local, show_date, show_time
from toolkit_desktop.export.atomic import write_atomically
from toolkit_desktop.services import handover
from toolkit_desktop.services.case_list import LIST_FORMS, answers_by_form, case_entry
from toolkit_desktop.storage.vault import Vault
from toolkit_desktop.translatable import QT_TRANSLATE_NOOP, Said, said

OVERVIEW_FORMS = (*LIST_FORMS, SAFEGUARDING_FORM)
SAFETY_SECTION = "safety"  # the immediate steps, each recorded with the time it was done
PLAN_REVIEW = "missing_plan_review_on"
_DECISION_WORDS = {"positive": QT_TRANSLATE_NOOP("Overview", "positive"),
                   "negative": QT_TRANSLATE_NOOP("Overview", "negative"),
                   "awaited": QT_TRANSLATE_NOOP("Overview", "awaited"),
                   "not_applicable": QT_TRANSLATE_NOOP("Overview", "not applicable")}


@dataclass(frozen=True)
class OverviewLine:
    """One case as the coordinator's view shows it."""

    case_id: int
    reference: str
    name: str
    stage: CaseStage
    first_identified: datetime | None
    place: str
    referral_sent: date | None
    rg_expected_by: date | None
    decisions: Said  # "Reasonable grounds: positive, 3 Dec 2026. Conclusive: awaited"
    overdue: tuple[Said, ...]  # each thing past its date today, in words
    open_actions: tuple[str, ...]  # the immediate safeguarding steps not yet recorded
    board_actions: tuple[str, ...]  # the same in the English definitions' words (the CSV)
    held_by: Said | str  # a name typed in About you is said as it is

    @property
    def stage_words(self) -> str:
        """The stage as the case list says it."""
        return self.stage.label

    def _urgency(self) -> tuple[int, int, date, datetime]:
        return (0 if self.overdue else 1, -len(self.open_actions),
                self.rg_expected_by or date.max,
                (self.first_identified or datetime.max).replace(tzinfo=None))


def overview(vault: Vault, definitions: Definitions, today: date) -> list[OverviewLine]:
    """Every case of the vault, what needs action first at the top."""
    steps = _safety_steps(definitions)
    in_english = dict(_safety_steps(definitions.english))
    waiting = handover.awaiting_handovers(vault)
    received = handover.received_from(vault)
    # The name in About you; never the computer login, which would mean nothing on a board.
    me: str | Said = vault.profile().name.strip() or said(
        QT_TRANSLATE_NOOP("Overview", "This vault (no name in About you yet)"))
    lines = []
    for row in vault.cases.list_rows(OVERVIEW_FORMS):
        answers = answers_by_form(row)
        entry = case_entry(row, definitions.timescales, today)
        dates = case_nrm_dates(answers, definitions.timescales, today)
        safety = answers.get(SAFEGUARDING_FORM, {})
        overdue = []
        # The stage's own rule: a decision recorded without its date is still a decision.
        if (entry.stage is CaseStage.DECISION_OVERDUE and dates is not None
                and dates.rg_expected_by is not None):
            overdue.append(said(
                QT_TRANSLATE_NOOP("Overview", "Reasonable-grounds decision expected by {date}, "
                                              "{days} days ago"),
                date=show_date(dates.rg_expected_by), days=(today - dates.rg_expected_by).days))
        review = stored_date(safety.get(PLAN_REVIEW))
        if review is not None and review < today:
            overdue.append(said(
                QT_TRANSLATE_NOOP("Overview", "Missing-child plan to review since {date}"),
                date=show_date(review)))
        case_id = row.case.id
        held: Said | str
        if case_id in waiting:
            going = waiting[case_id]
            held = said(QT_TRANSLATE_NOOP("Overview", "{sender}, handing over to {receiver} "
                                                      "(awaiting confirmation)"),
                        sender=going.handed_by, receiver=going.receiver)
        elif case_id in received:
            sender, at = received[case_id]
            held = said(QT_TRANSLATE_NOOP("Overview", "{me}, received from {sender} on {at}"),
                        me=me, sender=sender, at=show_time(at))
        else:
            held = me
        lines.append(OverviewLine(
            case_id=case_id,
            reference=entry.reference,
            name=entry.name,
            stage=entry.stage,
            first_identified=entry.first_contact_at,
            place=entry.first_contact_place,
            referral_sent=stored_date(answers.get(NRM_FORM, {}).get(REFERRAL_DATE_FIELD)),
            rg_expected_by=dates.rg_expected_by if dates else None,
            decisions=_decisions(answers.get(TRAFFICKING_FORM, {})),
            overdue=tuple(overdue),
            open_actions=tuple(label for field_id, label in steps
                               if not is_answered(safety.get(field_id))),
            board_actions=tuple(in_english.get(field_id, label) for field_id, label in steps
                                if not is_answered(safety.get(field_id))),
            held_by=held,
        ))
    return sorted(lines, key=OverviewLine._urgency)


CSV_COLUMNS = ("Reference", "Stage", "First identified", "Referral sent",
               "Reasonable-grounds decision expected by", "Decisions", "Overdue today",
               "Safeguarding steps not yet recorded", "Held by")


def overview_csv(lines: list[OverviewLine]) -> str:
    """The view as CSV for the safeguarding board: references, never names (see the module)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180, as spreadsheets expect
    writer.writerow(CSV_COLUMNS)
    for line in lines:
        writer.writerow((
            line.reference, line.stage_words,
            # UK time, as the screen and the pack show it (stored in UTC).
            (local(line.first_identified).isoformat(timespec="minutes")
             if line.first_identified else ""),
            line.referral_sent.isoformat() if line.referral_sent else "",
            line.rg_expected_by.isoformat() if line.rg_expected_by else "",
            str(line.decisions), "; ".join(str(o) for o in line.overdue),
            "; ".join(line.board_actions), str(line.held_by),
        ))
    return out.getvalue()


def save_overview_csv(lines: list[OverviewLine], target: Path) -> None:
    """Write the board's CSV to `target` whole or not at all (a full disk leaves no half file).

    UTF-8 with a byte-order mark, so that Excel on a council laptop shows names of teams and
    places in any script as they were typed."""
    write_atomically(target, overview_csv(lines).encode("utf-8-sig"))


def _safety_steps(definitions: Definitions) -> list[tuple[str, str]]:
    form = definitions.forms.get(SAFEGUARDING_FORM)
    section = next((s for s in form.sections if s.id == SAFETY_SECTION), None) if form else None
    if section is None:
        return []
    return [(f.id, f.label) for f in section.fields if f.type is FieldType.DATETIME]


def _decisions(trafficking: dict[str, Any]) -> Said:
    parts: dict[str, Said | str] = {"reasonable": "", "conclusive": ""}
    for key, field_id, on_id in (("reasonable", RG_DECISION, RG_DECISION_ON),
                                 ("conclusive", CG_DECISION, CG_DECISION_ON)):
        value = trafficking.get(field_id)
        if isinstance(value, str) and value in _DECISION_WORDS:
            on = stored_date(trafficking.get(on_id))
            parts[key] = (said(QT_TRANSLATE_NOOP("Overview", "{decision}, {date}"),
                               decision=_DECISION_WORDS[value], date=show_date(on)) if on
                          else _DECISION_WORDS[value])
    rg, cg = parts["reasonable"], parts["conclusive"]
    if rg and cg:
        return said(QT_TRANSLATE_NOOP("Overview", "Reasonable grounds: {rg}. Conclusive grounds: "
                                                  "{cg}"), rg=rg, cg=cg)
    if rg:
        return said(QT_TRANSLATE_NOOP("Overview", "Reasonable grounds: {rg}"), rg=rg)
    if cg:
        return said(QT_TRANSLATE_NOOP("Overview", "Conclusive grounds: {cg}"), cg=cg)
    return said(QT_TRANSLATE_NOOP("Overview", "No decision recorded"))

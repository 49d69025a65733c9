"""One line of the case list per case: who the child is, their age, stage and search words.

Plain Python (no Qt), so it runs on the worker thread while the list loads and is tested alone.
Each case's line is made from a summary kept in the vault (`CaseStore.summaries`): the names and
search words worked out once, and the few answers that age and stage depend on. The age and the
stage are worked out again at every read, since they move with the date (a birthday, an overdue
decision). A new answer makes the case's summary stale, and the next read makes it again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from toolkit_desktop.domain.age import AGE_FORM_FIELDS, CHILD_AGE_FIELDS, age_status
from toolkit_desktop.domain.form_ids import AGE_FORM, CHILD_FORM
from toolkit_desktop.domain.names import name_search_text, shown_name
from toolkit_desktop.domain.stage import STAGE_FORMS, CaseStage, case_stage, stage_inputs
from toolkit_desktop.domain.timescales import Timescales
from toolkit_desktop.storage.case_store import CaseRow, CaseStore
from toolkit_desktop.translatable import Said

# Every form whose answers the list needs: names and age, and what the stage looks at.
LIST_FORMS = (CHILD_FORM, *STAGE_FORMS)
# Raised whenever what a summary holds, or how names and search words are worked out, changes:
# every summary an older program kept is then made again.
SUMMARY_VERSION = 1


@dataclass(frozen=True)
class CaseEntry:
    """What the case list shows for one case."""

    case_id: int
    reference: str
    name: str  # in the child's order and script, with its Latin letters beside it
    aliases: str
    age: Said  # the label (domain.age), said in the app's language where it is shown
    first_contact_at: datetime | None
    first_contact_place: str
    stage: CaseStage
    last_change: datetime | None
    search_text: str  # every form of every name and the reference, folded (`names.folded`)
    # "Handed over to J. Smith, awaiting confirmation" while a handover waits for its code.
    handover: str = ""


def answers_by_form(row: CaseRow) -> dict[str, dict[str, Any]]:
    """The row's current values, form by form."""
    answers: dict[str, dict[str, Any]] = {}
    for (form, field), value in row.values.items():
        answers.setdefault(form, {})[field] = value
    return answers


def case_entry(row: CaseRow, timescales: Timescales, today: date) -> CaseEntry:
    """The list line of one case, from the values `CaseStore.list_rows(LIST_FORMS)` gave."""
    return _Read(timescales, today).entry(row.case.id, json.loads(case_summary(row)))


def case_summary(row: CaseRow) -> str:
    """What the list keeps of a case (JSON): names and search words, and what age and stage
    are worked out from."""
    answers = answers_by_form(row)
    child = answers.get(CHILD_FORM, {})
    age = answers.get(AGE_FORM, {})
    name = shown_name(child)
    case = row.case
    met = case.first_contact_at
    return json.dumps({
        "reference": case.reference,
        "met": met.isoformat() if met else None,
        "place": case.first_contact_place,
        "name": name.with_latin,
        "aliases": ", ".join(name.others),
        "search": name_search_text(child, case.reference, case.first_contact_place),
        # Kept as JSON text within: cases with the same inputs are worked out once a read.
        "age": _canonical([{key: child[key] for key in CHILD_AGE_FIELDS if key in child},
                           {key: age[key] for key in AGE_FORM_FIELDS if key in age}]),
        "stage": _canonical(stage_inputs(answers)),
        "changed": row.last_change.isoformat() if row.last_change else None,
    }, ensure_ascii=False)


def case_entries(
    store: CaseStore, timescales: Timescales, today: date, *, keep: bool = True
) -> list[CaseEntry]:
    """Every case as a line of the list, newest first, from the summaries the vault keeps
    (made again where stale, and kept unless `keep` is false: a read-only vault)."""
    found = store.summaries(LIST_FORMS, SUMMARY_VERSION, case_summary, keep=keep)
    read = _Read(timescales, today)
    return [read.entry(case_id, json.loads(summary)) for case_id, summary in found]


class _Read:
    """One read of the list: age and stage worked out once for each distinct set of inputs."""

    def __init__(self, timescales: Timescales, today: date) -> None:
        self._timescales = timescales
        self._today = today
        self._ages: dict[str, Said] = {}
        self._stages: dict[str, CaseStage] = {}

    def entry(self, case_id: int, summary: dict[str, Any]) -> CaseEntry:
        ages, stages = self._ages, self._stages
        age_inputs, stage_inputs_text = summary["age"], summary["stage"]
        if (age := ages.get(age_inputs)) is None:
            child, assessment = json.loads(age_inputs)
            age = ages[age_inputs] = age_status(child, assessment, self._today).label
        if (stage := stages.get(stage_inputs_text)) is None:
            stage = stages[stage_inputs_text] = case_stage(
                json.loads(stage_inputs_text), self._timescales, self._today)
        changed, met = summary["changed"], summary["met"]
        return CaseEntry(
            case_id=case_id,
            reference=summary["reference"],
            name=summary["name"],
            aliases=summary["aliases"],
            age=age,
            first_contact_at=datetime.fromisoformat(met) if met else None,
            first_contact_place=summary["place"],
            stage=stage,
            last_change=datetime.fromisoformat(changed) if changed else None,
            search_text=summary["search"],
        )


def _canonical(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

"""One line of the case list per case: who the child is, their age, stage and search words.

Plain Python (no Qt), so it runs on the worker thread while the list loads and is tested alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from toolkit_desktop.domain.age import age_status
from toolkit_desktop.domain.form_ids import AGE_FORM, CHILD_FORM, MATRIX_FORM, NRM_FORM
from toolkit_desktop.domain.names import name_search_text, shown_name
from toolkit_desktop.domain.stage import ASSESSMENT_FORMS, CaseStage, case_stage
from toolkit_desktop.domain.timescales import Timescales
from toolkit_desktop.storage.case_store import CaseRow

# Every form whose answers the list needs: names and age, and what the stage looks at.
LIST_FORMS = (CHILD_FORM, MATRIX_FORM, NRM_FORM, *ASSESSMENT_FORMS)


@dataclass(frozen=True)
class CaseEntry:
    """What the case list shows for one case."""

    case_id: int
    reference: str
    name: str  # in the child's order and script, with its Latin letters beside it
    aliases: str
    age: str
    first_contact_at: datetime | None
    first_contact_place: str
    stage: CaseStage
    last_change: datetime | None
    search_text: str  # every form of every name and the reference, folded (`names.folded`)
    # "Handed over to J. Smith, awaiting confirmation" while a handover waits for its code.
    handover: str = ""


def case_entry(row: CaseRow, timescales: Timescales, today: date) -> CaseEntry:
    """The list line of one case, from the values `CaseStore.list_rows(LIST_FORMS)` gave."""
    answers: dict[str, dict[str, Any]] = {}
    for (form, field), value in row.values.items():
        answers.setdefault(form, {})[field] = value
    child = answers.get(CHILD_FORM, {})
    name = shown_name(child)
    age = age_status(child, answers.get(AGE_FORM, {}), today).label
    case = row.case
    return CaseEntry(
        case_id=case.id,
        reference=case.reference,
        name=name.with_latin,
        aliases=", ".join(name.others),
        age=age,
        first_contact_at=case.first_contact_at,
        first_contact_place=case.first_contact_place,
        stage=case_stage(answers, timescales, today),
        last_change=row.last_change,
        search_text=name_search_text(child, case.reference, case.first_contact_place),
    )


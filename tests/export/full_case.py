"""A fictional case with every question of every form answered, for the pack's layout tests and
its benchmark: long texts, repeating groups, 40 indicators, conversations and a chronology.

Everything here is invented. Values are made from each field's type, so the case follows the
definitions as they change.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from toolkit_desktop.domain.definitions import Definitions, Field, FieldType
from toolkit_desktop.domain.records import ChronologyEntry, Conversation
from toolkit_desktop.services.cases import CaseService

PRESENT_INDICATORS = 40
STORY = (
    "The child said they travelled with a man they called uncle, who kept their papers and "
    "told them they owed money for the journey. They worked long days in a nail bar and slept "
    "in a room above it with three other young people. They were not allowed out alone and their "
    "phone was checked every evening. They said they were frightened of what would happen to "
    "their mother if they told anyone. "
)
TEXTS = {
    "given_names": "Thị Ánh", "family_name": "Nguyễn", "known_as": "Anh",
    "name_transliteration": "Nguyen Thi Anh", "nationality": "Vietnamese",
    "languages": "Vietnamese (northern dialect), a little English",
    "birthplace": "Nghệ An province, Vietnam", "current_town": "Northtown",
    "current_region": "Northshire",
}


def value_for(field: Field, n: int) -> Any:
    """A plausible answer to `field`; `n` varies it between rows."""
    kind = field.type
    if kind is FieldType.TEXT:
        return TEXTS.get(field.id, f"{field.label.rstrip('?:')} - detail {n + 1}")[:120]
    if kind is FieldType.LONG_TEXT:
        return (STORY * 2).strip()
    if kind is FieldType.YES_NO_UNKNOWN:
        return "yes"
    if kind is FieldType.CHOICE:
        return field.choices[n % len(field.choices)].id
    if kind is FieldType.MULTI_CHOICE:
        return [c.id for c in field.choices[:3]]
    if kind is FieldType.DATE:
        return f"2026-11-{10 + n % 18:02d}"
    if kind is FieldType.APPROX_DATE:
        return "2025-06"
    if kind is FieldType.DATETIME:
        return f"2026-11-28T0{3 + n % 6}:15:00+00:00"
    if kind is FieldType.NUMBER:
        return 15
    if kind is FieldType.GROUP:
        return [{sub.id: value_for(sub, row) for sub in field.fields} for row in range(3)]
    raise ValueError(f"no sample value for {kind}")


def fill_case(service: CaseService, defs: Definitions, case_id: int) -> None:
    """Answer every question of every form, and mark 40 matrix indicators known or suspected."""
    for form in defs.forms.values():
        for n, field in enumerate(form.all_fields()):
            if field.same_as or field.type is FieldType.INDICATOR:
                continue
            service.record_answer(case_id, form.id, field.id, value_for(field, n))
    indicators = [i for b in defs.matrix.blocks for i in b.indicators]
    for n, indicator in enumerate(indicators):
        if n < PRESENT_INDICATORS:
            status = "known" if n % 3 else "suspected"
            value = {"status": status, "evidence": f"Evidence {n}: {STORY[:140]}",
                     "source": "The child, in conversation 1"}
        else:
            value = {"status": "not_present", "evidence": "", "source": ""}
        service.record_answer(case_id, "matrix", indicator.id, value)


def add_records(service: CaseService, case_id: int, start: datetime | None = None) -> None:
    """Three conversations and a chronology with agency contacts and a correction."""
    start = start or datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
    store = service.vault.cases
    for n in range(3):
        store.add_conversation(Conversation(
            case_id=case_id, occurred_at=start + timedelta(hours=n * 5), place="Duty office",
            present="Social worker, police officer", interpreter="Telephone interpreter",
            language="Vietnamese", how_the_child_was="Tired and quiet, asked for breaks.",
            account=STORY * 3, recorded_at=start + timedelta(hours=n * 5, minutes=40),
            recorded_by="A. Worker",
        ))
    kinds = ["note", "agency_contact", "request_sent", "meeting", "answer_received"]
    first = None
    for n in range(14):
        entry_id = store.add_chronology(ChronologyEntry(
            case_id=case_id, occurred_at=start + timedelta(hours=n), recorded_at=start
            + timedelta(hours=n, minutes=5), recorded_by="A. Worker", kind=kinds[n % len(kinds)],
            text=f"Entry {n + 1}: spoke to the police child protection team about the child's "
            "safety and asked for checks on the adult who brought them.",
        ))
        first = first or entry_id
    service.correct_chronology(case_id, first, "Entry 1 happened at 02:30, not 02:00.")

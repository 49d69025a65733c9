"""The summary for the decision-maker: who the child is, their age status, the practitioner's
level of concern and reasons, the exploitation types, the key indicators, and what the referral
rests on (and what it does not), so a thin referral is visibly thin.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from toolkit_desktop.domain.age import AgeStatus, age_status
from toolkit_desktop.domain.answer_words import show_scalar
from toolkit_desktop.domain.completeness import referral_readiness
from toolkit_desktop.domain.date_text import stored_date
from toolkit_desktop.domain.definitions import FieldType
from toolkit_desktop.domain.form_ids import (
    AGE_FORM,
    CHILD_FORM,
    NRM_FORM,
    SAFEGUARDING_FORM,
    TRAFFICKING_FORM,
)
from toolkit_desktop.domain.names import shown_name
from toolkit_desktop.domain.wording import show_date, show_time, status_counts, uk_today
from toolkit_desktop.export.pack.fonts import needs_transliteration
from toolkit_desktop.export.pack.form_view import form_view
from toolkit_desktop.export.pack.matrix_view import IndicatorView, MatrixView
from toolkit_desktop.export.pack.model import PackInput

SAFETY_STEPS = (SAFEGUARDING_FORM, "safety")


@dataclass(frozen=True)
class SummaryView:
    """What the decision-maker reads first."""

    child_name: str  # in the child's own order and script
    transliteration: str
    name_needs_transliteration: bool
    first_contact: str
    age_label: str
    age_statement: str
    concern_level: str
    concern_reason: str
    concern_recorded: str
    professional_judgement: str
    exploitation_types: str
    key_indicators: tuple[IndicatorView, ...]
    basis: tuple[tuple[str, str], ...]
    still_missing: tuple[tuple[str, str], ...]


def case_age(pack: PackInput) -> AgeStatus:
    """The child's age status on the day the pack is made."""
    return age_status(
        pack.answers.get(CHILD_FORM, {}), pack.answers.get(AGE_FORM, {}), uk_today(pack.now)
    )


def age_statement(age: AgeStatus) -> str:
    """One plain sentence on whether the child is under 18 or presumed to be."""
    if age.conclusion == "adult":
        return "A concluded age assessment found the young person to be an adult."
    if age.presumed_child and age.disputed:
        return (
            "The young person's age is disputed. Until an age assessment concludes otherwise they "
            "are presumed to be a child, and this referral is made for a child."
        )
    if age.presumed_child:
        return (
            f"The child's age is not certain: {age.label}. They are presumed to be a child, and "
            "this referral is made for a child."
        )
    if not age.treat_as_child:
        return (
            f"The age recorded ({age.label}) is 18 or over, and no age assessment is recorded. "
            "If the young person's age is in doubt, record it as disputed: they are then presumed "
            "to be a child until an assessment concludes."
        )
    return f"The child is under 18: {age.label}."


def _since(pack: PackInput, start: datetime | None) -> str:
    if start is None:
        return "not recorded"
    hours = int((pack.now - start).total_seconds() // 3600)
    days, hours = divmod(max(hours, 0), 24)
    if days:
        ago = f"{days} day{'s' * (days != 1)} {hours} hour{'s' * (hours != 1)}"
    else:
        ago = f"{hours} hour{'s' * (hours != 1)}" if hours else "less than an hour"
    where = pack.facts.case.first_contact_place
    place = f" at {where}" if where else ""
    return f"{show_time(start)}{place} ({ago} before this pack was made)"


def _basis(pack: PackInput, matrix: MatrixView, age: AgeStatus) -> tuple[tuple[str, str], ...]:
    sections = form_view(pack, TRAFFICKING_FORM)
    age_form = pack.answers.get(AGE_FORM, {})
    if age.concluded:
        age_text = f"Concluded on {show_date(stored_date(age_form.get('assessment_concluded_on')))}"
    else:
        age_text = "Started, not concluded" if age_form else "Not started"
    safety_form = pack.definitions.form(SAFETY_STEPS[0])
    safety = next((s for s in safety_form.sections if s.id == SAFETY_STEPS[1]), None) if (
        safety_form) else None
    steps = [f for f in safety.fields if f.type is FieldType.DATETIME] if safety else []
    done = sum(1 for f in steps if pack.answers.get(SAFETY_STEPS[0], {}).get(f.id))
    return (
        ("Risk matrix", f"{matrix.considered} of {matrix.total} indicators considered: "
         f"{sum(b.known for b in matrix.blocks)} known, "
         f"{sum(b.suspected for b in matrix.blocks)} suspected"),
        ("Trafficking assessment",
         status_counts((s.status for s in sections), of_sections=True)),
        ("Age-assessment notes", age_text),
        ("Conversations with the child", f"{len(pack.facts.conversations)} recorded"),
        ("Immediate safeguarding steps", f"{done} of {len(steps)} recorded with a time"),
        ("Chronology", f"{len(pack.facts.chronology)} entries"),
    )


def summary_view(pack: PackInput, matrix: MatrixView, age: AgeStatus) -> SummaryView:
    """The summary part, from the case and the matrix part already built."""
    child = pack.answers.get(CHILD_FORM, {})
    shown = shown_name(child)
    nrm_form = pack.definitions.form(NRM_FORM)
    types_field = nrm_form.field("exploitation_types") if nrm_form else None
    types = pack.answers.get(NRM_FORM, {}).get("exploitation_types")
    judgement = pack.answers.get(TRAFFICKING_FORM, {}).get("professional_judgement") or (
        pack.answers.get(NRM_FORM, {}).get("professional_view")
    )
    return SummaryView(
        child_name=shown.name,
        # The NRM spelling stands in where no transliteration of a name in another script is typed.
        transliteration=str(child.get("name_transliteration") or "").strip() or shown.latin,
        name_needs_transliteration=needs_transliteration(shown.name),
        first_contact=_since(pack, pack.facts.case.first_contact_at),
        age_label=str(age.label),
        age_statement=age_statement(age),
        concern_level=matrix.concern_level,
        concern_reason=matrix.concern_reason,
        concern_recorded=matrix.concern_recorded,
        professional_judgement=str(judgement or "").strip(),
        exploitation_types=(
            show_scalar(types_field, types) if types_field and types else ""
        ),
        key_indicators=matrix.present,
        basis=_basis(pack, matrix, age),
        still_missing=_still_missing(pack),
    )


def _still_missing(pack: PackInput) -> tuple[tuple[str, str], ...]:
    """(form title, the questions it still lacks) for what the NRM needs and the case lacks.

    Referrer details the pack fills from the practitioner's profile are not listed.
    """
    by_form: dict[str, list[str]] = {}
    for gap in referral_readiness(pack.definitions, pack.answers):
        by_form.setdefault(_form_title(pack, gap.form_id), []).append(gap.label)
    return tuple((title, "; ".join(labels)) for title, labels in by_form.items())


def _form_title(pack: PackInput, form_id: str) -> str:
    form = pack.definitions.form(form_id)
    return form.title if form and form.title else pack.definitions.matrix.title

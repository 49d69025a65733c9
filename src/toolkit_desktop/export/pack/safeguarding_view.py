"""Immediate safeguarding steps with their times, and the missing-child description sheet.

The sheet is printed on a page of its own so it can be taken out of the pack and handed to the
police as it is: who the child is, how to recognise them, who and where they may go to, and whom
to call back.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolkit_desktop.domain.answer_words import show
from toolkit_desktop.domain.definitions import FieldType
from toolkit_desktop.domain.form_ids import CHILD_FORM, SAFEGUARDING_FORM
from toolkit_desktop.export.pack.form_view import AnswerView, SectionView, section_view
from toolkit_desktop.export.pack.model import PackInput

STEPS_SECTION = "safety"
MISSING_SECTION = "missing_description"
NOT_DONE = "Not recorded yet"
# Identity details printed at the top of the sheet, from the child's details.
IDENTITY_FIELDS = (
    "known_as", "given_names", "family_name", "name_transliteration", "aliases", "date_of_birth",
    "claimed_age", "gender", "nationality", "languages", "interpreter_needed",
    "interpreter_language",
)


@dataclass(frozen=True)
class StepView:
    """One safeguarding step and when it was done."""

    label: str
    when: str
    done: bool


@dataclass(frozen=True)
class SafeguardingView:
    """The safeguarding part: the steps with their times, then the other sections of the form."""

    steps: tuple[StepView, ...]
    sections: tuple[SectionView, ...]
    missing_sheet: SectionView | None
    identity: tuple[AnswerView, ...]


def _identity(pack: PackInput) -> tuple[AnswerView, ...]:
    form = pack.definitions.form(CHILD_FORM)
    answers = pack.answers.get(CHILD_FORM, {})
    found = []
    for field_id in IDENTITY_FIELDS:
        fld = form.field(field_id) if form else None
        if fld is not None and answers.get(field_id) not in (None, "", []):
            found.append(AnswerView(fld.id, fld.label, show(fld, answers[field_id])))
    return tuple(found)


def safeguarding_view(pack: PackInput) -> SafeguardingView:
    """The steps, the plan for going missing and the description sheet."""
    form = pack.definitions.form(SAFEGUARDING_FORM)
    answers = pack.answers.get(SAFEGUARDING_FORM, {})
    steps: list[StepView] = []
    sections: list[SectionView] = []
    sheet = None
    if form is not None:
        for section in form.sections:
            if section.id == MISSING_SECTION:
                sheet = section_view(pack, form, section)
                continue
            if section.id == STEPS_SECTION:
                for fld in section.fields:
                    if fld.type is FieldType.DATETIME:
                        value = answers.get(fld.id)
                        when = show(fld, value).text if value else NOT_DONE
                        steps.append(StepView(fld.label, when, bool(value)))
                rest = section_view(pack, form, section)
                others = tuple(
                    a for a in rest.answers
                    if (f := form.field(a.id)) is None or f.type is not FieldType.DATETIME
                )
                if others:
                    sections.append(
                        SectionView(rest.id, "Notes on the first steps", rest.status,
                                    rest.status_words, rest.reason, others, ())
                    )
                continue
            sections.append(section_view(pack, form, section))
    return SafeguardingView(tuple(steps), tuple(sections), sheet, _identity(pack))

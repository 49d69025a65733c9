"""Any form, section by section, as the pack prints it: answers given, and what was left out.

A section the practitioner marked "not relevant here" shows their reason; a section not started
says so. Questions hidden by the answers (`visible_if`) are left out; questions shown but not
answered are listed by name, so a reader can see what was not asked or not known.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolkit_desktop.domain.answer_words import Shown, show
from toolkit_desktop.domain.completeness import SectionStatus, section_status
from toolkit_desktop.domain.definitions import Field, Form, Section
from toolkit_desktop.domain.visibility import (
    field_value,
    is_answered,
    is_visible,
    not_relevant_reason,
)
from toolkit_desktop.domain.wording import status_words
from toolkit_desktop.export.pack.model import PackInput


@dataclass(frozen=True)
class AnswerView:
    """One answered question: its label, the answer in words, and the conversation it cites."""

    id: str
    label: str
    shown: Shown
    cited: str = ""


@dataclass(frozen=True)
class SectionView:
    """One section of a form, with its status."""

    id: str
    title: str
    status: SectionStatus
    status_words: str
    reason: str  # why it was marked not relevant; "" otherwise
    answers: tuple[AnswerView, ...]
    unanswered: tuple[str, ...]  # labels of questions shown but not answered


def cited_conversation(pack: PackInput, form_id: str, field_id: str) -> str:
    """"Conversation 2" when the current answer cites a recorded conversation, else ""."""
    revision = pack.facts.current.get((form_id, field_id))
    number = pack.conversation_number(revision.conversation_id if revision else None)
    return f"Conversation {number}" if number else ""


def answer_view(pack: PackInput, form: Form, fld: Field) -> AnswerView | None:
    """The answer to one question of `form`, or None when it has none."""
    value = field_value(form, fld, pack.answers)
    if not is_answered(value):
        return None
    cited = "; ".join(
        filter(None, (pack.worked_out(form.id, fld.id), cited_conversation(pack, form.id, fld.id)))
    )
    return AnswerView(fld.id, fld.label, show(fld, value), cited)


def section_view(
    pack: PackInput, form: Form, section: Section, *, with_shared: bool = True
) -> SectionView:
    """One section. `with_shared=False` leaves out fields shown from another form (`same_as`),
    which the pack prints where they are asked."""
    answers = pack.answers.get(form.id, {})
    status = section_status(form, section, answers, answers_by_form=pack.answers)
    given: list[AnswerView] = []
    missing: list[str] = []
    if status is not SectionStatus.NOT_RELEVANT:
        for fld in section.fields:
            if fld.same_as and not with_shared:
                continue
            if not is_visible(form, fld, pack.answers):
                continue
            view = answer_view(pack, form, fld)
            if view is None:
                missing.append(fld.label)
            else:
                given.append(view)
    return SectionView(
        id=section.id,
        title=section.title,
        status=status,
        status_words=status_words(status, capital=True),
        reason=not_relevant_reason(answers, section.id) or "",
        answers=tuple(given),
        unanswered=tuple(missing),
    )


def form_view(pack: PackInput, form_id: str, *, with_shared: bool = True) -> list[SectionView]:
    """Every section of a form, in order; empty when the definitions have no such form."""
    form = pack.definitions.form(form_id)
    if form is None:
        return []
    return [section_view(pack, form, s, with_shared=with_shared) for s in form.sections]


def answered_count(sections: list[SectionView]) -> int:
    """How many questions have an answer, over these sections."""
    return sum(len(s.answers) for s in sections)

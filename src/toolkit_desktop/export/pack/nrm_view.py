"""The NRM referral answers in the order of the online NRM form, ready to be typed in.

Every question is printed, answered or not: the decision-maker must be told plainly what is not
known, so the questions with no answer are listed together once (`unanswered_by_section`). The
child's own details come from the child's details form and are placed where the online
form asks for them; the referrer's details fall back to the practitioner's profile.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolkit_desktop.domain.age import AgeStatus
from toolkit_desktop.domain.answer_words import Shown, show
from toolkit_desktop.domain.definitions import Field, Form
from toolkit_desktop.domain.form_ids import CHILD_FORM, NRM_FORM
from toolkit_desktop.domain.visibility import field_value, is_answered, is_visible, split_reference
from toolkit_desktop.export.pack.form_view import cited_conversation
from toolkit_desktop.export.pack.model import PackInput

# The online form asks for the child's details after the police questions.
CHILD_DETAILS_AFTER = "police"
CHILD_DETAILS_TITLE = "The child's details"
# Questions of the child's details form that the online NRM form asks, in its order. The name
# used while exploited is the form's own question (66), so it is not left to the other names.
CHILD_FIELDS = (
    "name_as_given", "given_names", "family_name", "name_transliteration", "aliases",
    "exploited_name", "date_of_birth", "claimed_age", "gender", "nationality",
    "second_nationality", "languages", "interpreter_needed", "interpreter_language",
    "communication_help", "communication_needs", "has_home_office_reference",
    "home_office_references", "has_children", "number_of_children",
)
NOT_KNOWN = "Not known - not answered in this case"
# Not an NRM question, so printed only when answered: the name in the child's own order and script,
# beside the first name and surname the form asks for.
# Printed only when answered: the online form asks neither (the age the child says stands in for
# a date of birth, and is not news beside one).
ONLY_WHEN_ANSWERED = frozenset({"name_as_given", "claimed_age"})


@dataclass(frozen=True)
class NrmAnswer:
    """One question of the NRM form and what the pack gives for it."""

    label: str
    shown: Shown
    note: str  # where the answer came from, when not from the NRM form itself
    empty: bool


@dataclass(frozen=True)
class NrmSection:
    """One page of the online form."""

    title: str
    answers: tuple[NrmAnswer, ...]


def _answer(pack: PackInput, form: Form, fld: Field, note: str = "") -> NrmAnswer:
    value = field_value(form, fld, pack.answers)
    if is_answered(value):
        # A copy of another form's answer says where it came from: that form, or what that
        # answer was worked out from.
        source = split_reference(fld.same_as, form.id) if fld.same_as else (form.id, fld.id)
        cited = cited_conversation(pack, *source)
        worked_out = pack.worked_out(*source)
        if worked_out:
            note = worked_out
        elif fld.same_as and not note:
            other = pack.definitions.form(source[0])
            note = f"From {_the(other.title) if other else source[0]}"
        return NrmAnswer(fld.label, show(fld, value), "; ".join(filter(None, (note, cited))), False)
    # Where an answer would come from says nothing about an answer that is not there.
    return NrmAnswer(fld.label, Shown(text=NOT_KNOWN), "", True)


def _the(title: str) -> str:
    """"Child's details" -> "the child's details"; "Trafficking assessment" -> "the trafficking
    assessment"."""
    return "the " + title[:1].lower() + title[1:]


def _child_section(pack: PackInput) -> NrmSection | None:
    form = pack.definitions.form(CHILD_FORM)
    if form is None:
        return None
    answers = []
    for field_id in CHILD_FIELDS:
        fld = form.field(field_id)
        if fld is None or not is_visible(form, fld, pack.answers):
            continue
        if field_id in ONLY_WHEN_ANSWERED and not is_answered(field_value(form, fld, pack.answers)):
            continue
        answers.append(_answer(pack, form, fld, "From the child's details"))
    return NrmSection(CHILD_DETAILS_TITLE, tuple(answers))


def _referral_type(age: AgeStatus) -> NrmSection:
    """The first thing the online form settles: a child's referral needs no consent."""
    if age.conclusion == "adult":
        kind = ("An adult, as a concluded age assessment found: an adult's referral needs their "
                "informed consent")
    elif not age.treat_as_child:
        kind = ("By the age recorded, an adult: an adult's referral needs their informed consent. "
                "If the age is in doubt, record it as disputed and refer as a child")
    else:
        kind = "A child, or a young person whose age is not certain: no consent is needed"
    return NrmSection("Referral type", (
        NrmAnswer("Type of referral", Shown(text=kind), "Worked out from the age recorded", False),
        NrmAnswer("Age as recorded in this case", Shown(text=str(age.label)), "", False),
    ))


def nrm_sections(pack: PackInput, age: AgeStatus) -> list[NrmSection]:
    """The NRM form's pages in order, each question with its answer or "not known"."""
    form = pack.definitions.form(NRM_FORM)
    if form is None:
        return []
    child = _child_section(pack)
    out: list[NrmSection] = [_referral_type(age)]
    for section in form.sections:
        answers = tuple(
            _answer(pack, form, fld)
            for fld in section.fields
            if is_visible(form, fld, pack.answers)
        )
        out.append(NrmSection(section.title, answers))
        if section.id == CHILD_DETAILS_AFTER and child is not None:
            out.append(child)
            child = None
    if child is not None:
        out.append(child)
    return out


def unanswered_count(sections: list[NrmSection]) -> int:
    """How many NRM questions the pack has to report as not known."""
    return sum(1 for s in sections for a in s.answers if a.empty)


def unanswered_by_section(sections: list[NrmSection]) -> list[tuple[str, list[str]]]:
    """(section title, the questions it has no answer for), for sections with any: the pack's
    one compact list of what is not known."""
    return [(s.title, [a.label for a in s.answers if a.empty])
            for s in sections if any(a.empty for a in s.answers)]

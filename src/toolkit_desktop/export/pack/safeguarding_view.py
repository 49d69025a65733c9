"""Immediate safeguarding steps with their times, and the missing-child description sheet.

The sheet is printed on a page of its own so it can be taken out of the pack and handed to the
police as it is: who the child is (with the photo at the top right, when one is attached), how to
recognise them, who and where they may go to, each time they went missing before, the police
reference, and whom to call back. It is laid out compactly (short answers two to a row, lists as
small tables) so that a typical case fits one A4 page. Everything recorded is printed, each part
with its own "nothing recorded" line: people, phone numbers and past episodes are recorded elsewhere
(People around the child, the missing episodes) and must not hide, or be hidden by, the child's
description.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from toolkit_desktop.domain.answer_words import show
from toolkit_desktop.domain.completeness import section_status
from toolkit_desktop.domain.definitions import FieldType, Form, Section
from toolkit_desktop.domain.form_ids import CHILD_FORM, SAFEGUARDING_FORM
from toolkit_desktop.domain.missing_episodes import (
    EPISODES_FIELD,
    PREVIOUS_FIELD,
    Episode,
    episodes,
)
from toolkit_desktop.domain.visibility import is_visible, not_relevant_reason
from toolkit_desktop.domain.wording import day_and_time, status_words
from toolkit_desktop.export.pack.form_view import (
    AnswerView,
    SectionView,
    answer_view,
    section_view,
)
from toolkit_desktop.export.pack.model import PackInput

STEPS_SECTION = "safety"
MISSING_SECTION = "missing_description"
# Each time the child went missing: printed on the sheet (and in the chronology), not as a
# section of the safeguarding part.
EPISODES_SECTION = "missing_episodes"
# Questions of the sheet about who and where the child may go to, printed under their own heading.
PEOPLE_FIELDS = ("associates", "phone_numbers", "places")
NOT_DONE = "Not recorded yet"
# Identity details printed at the top of the sheet, from the child's details.
IDENTITY_FIELDS = (
    "known_as", "name_as_given", "name_transliteration", "given_names", "family_name", "aliases",
    "exploited_name", "date_of_birth", "claimed_age", "gender", "nationality", "languages",
    "interpreter_needed", "interpreter_language",
)


@dataclass(frozen=True)
class StepView:
    """One safeguarding step and when it was done."""

    label: str
    when: str
    done: bool


@dataclass(frozen=True)
class EpisodeView:
    """One time the child went missing, as the sheet's table prints it."""

    number: int
    went: str  # when, and from where
    found: str  # when, where and who with, or that no finding is recorded
    details: str  # who reported it and when, the reference, notes


# Shorter labels on the sheet, where a label is read beside the answer by someone in a hurry and
# the long question would take four lines of a narrow column.
SHEET_LABELS = {
    "known_as": "Known as",
    "name_as_given": "Name as the child writes it",
    "languages": "Languages",
    "interpreter_needed": "Needs an interpreter",
    "interpreter_language": "Interpreter in",  # the language and dialect, not who
    "claimed_age": "Age the child gives",
    "hair": "Hair",
    "distinguishing_marks": "Scars or marks",
    "clothing": "Clothing",
    "photo_taken": "Photo taken",
    "associates": "People the child knows",
    "phone_numbers": "Phone numbers",
    "places": "Places the child may go",
    "photo_where_kept": "Photo kept at",
    "description_updated_on": "Description checked on",
    "police_reference": "Police reference",
}
SHORT_ANSWER = 30  # characters: an answer this short shares its row with another
POLICE_FIELDS = ("police_reference", "police_force")
CONTACTS_FIELD = "contacts"  # the plan's people to call if the child goes missing


@dataclass(frozen=True)
class GroupTable:
    """A list answer (people, numbers, places) as a small table: a column per question."""

    label: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    @property
    def widths(self) -> str:
        """Column shares for the table's `widths`: wider for the longer texts (by the square
        root of their length, so a long column does not squeeze the others to a word a line)."""
        longest = [max([len(self.label if n == 0 else h)] + [len(r[n]) for r in self.rows])
                   for n, h in enumerate(self.headers)]
        weights = [max(1, n) ** 0.5 for n in longest]
        return ",".join(str(round(100 * w / sum(weights))) for w in weights)


def group_table(answer: AnswerView) -> GroupTable:
    """A repeating group's rows as a table, its columns the questions any row answers."""
    headers: list[str] = []
    for row in answer.shown.rows:
        for label, _ in row:
            if label not in headers:
                headers.append(label)
    rows = tuple(
        tuple(dict(row).get(h, "") for h in headers) for row in answer.shown.rows
    )
    return GroupTable(answer.label, tuple(headers), rows)


def short_answers(answers: tuple[AnswerView, ...]) -> tuple[AnswerView, ...]:
    """The answers short enough to be printed two to a row."""
    return tuple(a for a in answers if not a.shown.is_group and len(a.shown.text) <= SHORT_ANSWER
                 and "\n" not in a.shown.text)


def long_answers(answers: tuple[AnswerView, ...]) -> tuple[AnswerView, ...]:
    """The answers printed each on a row of its own."""
    short = set(short_answers(answers))
    return tuple(a for a in answers if a not in short)


@dataclass(frozen=True)
class MissingSheet:
    """The description sheet in its parts, each printed with what was recorded."""

    description: tuple[AnswerView, ...]  # how to recognise the child, clothing, photo, last seen
    not_recorded: tuple[str, ...]  # labels of the description's questions with no answer
    reason: str  # why the practitioner marked the description not relevant here; "" otherwise
    people: tuple[AnswerView, ...]  # people the child knows, phone numbers, places
    people_not_recorded: tuple[str, ...]
    episodes: tuple[EpisodeView, ...]  # from the missing episodes record, in date order
    earlier: AnswerView | None  # "times gone missing before" as the practitioner typed it
    police: tuple[AnswerView, ...] = ()  # the police reference and force, from the first steps
    contacts: GroupTable | None = None  # whom the plan says to call if the child goes missing

    @property
    def description_short(self) -> tuple[AnswerView, ...]:
        """The description's answers printed two to a row."""
        return short_answers(self.description)

    @property
    def description_long(self) -> tuple[AnswerView, ...]:
        """The description's answers printed each on a row of its own."""
        return long_answers(self.description)

    @property
    def people_tables(self) -> tuple[GroupTable, ...]:
        """The people, phone numbers and places as small tables."""
        return tuple(group_table(a) for a in self.people if a.shown.is_group)

    @property
    def people_text(self) -> tuple[AnswerView, ...]:
        """People answers typed as text rather than a list (an older case's, say)."""
        return tuple(a for a in self.people if not a.shown.is_group)


@dataclass(frozen=True)
class SafeguardingView:
    """The safeguarding part: the steps with their times, then the other sections of the form."""

    steps: tuple[StepView, ...]
    sections: tuple[SectionView, ...]
    # Every answer of the description section, whatever its status (the pack's contents count).
    missing_sheet: SectionView | None
    identity: tuple[AnswerView, ...]
    sheet: MissingSheet


def _relabelled(answers: tuple[AnswerView, ...]) -> tuple[AnswerView, ...]:
    """The answers with the sheet's shorter labels."""
    return tuple(replace(a, label=SHEET_LABELS.get(a.id, a.label)) for a in answers)


def _identity(pack: PackInput) -> tuple[AnswerView, ...]:
    form = pack.definitions.form(CHILD_FORM)
    answers = pack.answers.get(CHILD_FORM, {})
    found = []
    for field_id in IDENTITY_FIELDS:
        fld = form.field(field_id) if form else None
        if fld is not None and answers.get(field_id) not in (None, "", []):
            found.append(AnswerView(fld.id, fld.label, show(fld, answers[field_id])))
    return _relabelled(tuple(found))


def _recorded(pack: PackInput, form: Form, section: Section) -> SectionView:
    """A section with every shown answer, even if marked not relevant: a description given to the
    police never leaves out what was recorded."""
    answers = pack.answers.get(form.id, {})
    given: list[AnswerView] = []
    missing: list[str] = []
    for fld in section.fields:
        if is_visible(form, fld, pack.answers):
            view = answer_view(pack, form, fld)
            if view is None:
                missing.append(fld.label)
            else:
                given.append(view)
    status = section_status(form, section, answers, answers_by_form=pack.answers)
    return SectionView(section.id, section.title, status, status_words(status, capital=True),
                       not_relevant_reason(answers, section.id) or "", tuple(given), tuple(missing))


def _episode_view(number: int, episode: Episode) -> EpisodeView:
    went = day_and_time(episode.went_missing_at) if episode.went_missing_at else "Time not recorded"
    if episode.went_missing_from:
        went += f", from {episode.went_missing_from}"
    if episode.found:
        found = day_and_time(episode.found_at) if episode.found_at else "Time not recorded"
        found += f", at {episode.found_where}" if episode.found_where else ""
    else:
        found = "Not recorded as found"
    found += f", with {episode.found_with}" if episode.found_with else ""
    details = []
    if episode.reported_by or episode.reported_at:
        details.append("Reported to the police" + (
            f" by {episode.reported_by}" if episode.reported_by else "") + (
            f", {day_and_time(episode.reported_at)}" if episode.reported_at else ""))
    if episode.reference:
        details.append(f"Reference: {episode.reference}")
    if episode.notes:
        details.append(episode.notes)
    return EpisodeView(number, went, found, "\n".join(details))


def _answers(pack: PackInput, form: Form | None, ids: tuple[str, ...]) -> tuple[AnswerView, ...]:
    """The answered questions among `ids` of a form, in that order."""
    found = []
    for field_id in ids:
        fld = form.field(field_id) if form else None
        view = answer_view(pack, form, fld) if form and fld else None
        if view is not None:
            found.append(view)
    return tuple(found)


def _sheet(pack: PackInput, recorded: SectionView | None) -> MissingSheet:
    """The sheet's parts from the description section and the missing episodes record."""
    views = recorded.answers if recorded else ()
    unanswered = recorded.unanswered if recorded else ()
    form = pack.definitions.form(SAFEGUARDING_FORM)
    labels = {f.id: f.label for f in form.all_fields()} if form else {}
    apart = {labels.get(f, f) for f in (*PEOPLE_FIELDS, PREVIOUS_FIELD)}
    people = {labels.get(f, f) for f in PEOPLE_FIELDS}
    found = episodes(pack.answers)
    # "Times gone missing before" is printed as typed; worked out from the records, the records'
    # own table says it all.
    typed = pack.facts.current.get((SAFEGUARDING_FORM, PREVIOUS_FIELD))
    earlier = next((a for a in views if a.id == PREVIOUS_FIELD), None)
    if typed is None and found:
        earlier = None
    return MissingSheet(
        description=_relabelled(
            tuple(a for a in views if a.id not in (*PEOPLE_FIELDS, PREVIOUS_FIELD))),
        not_recorded=tuple(label for label in unanswered if label not in apart),
        reason=recorded.reason if recorded else "",
        people=_relabelled(tuple(a for a in views if a.id in PEOPLE_FIELDS)),
        people_not_recorded=tuple(label for label in unanswered if label in people),
        episodes=tuple(_episode_view(n, e) for n, e in enumerate(found, start=1)),
        earlier=earlier,
        police=_relabelled(_answers(pack, form, POLICE_FIELDS)),
        contacts=next((group_table(a) for a in _answers(pack, form, (CONTACTS_FIELD,))
                       if a.shown.is_group), None),
    )


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
                sheet = _recorded(pack, form, section)
                continue
            if section.id == EPISODES_SECTION and all(f.id == EPISODES_FIELD
                                                      for f in section.fields):
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
    return SafeguardingView(tuple(steps), tuple(sections), sheet, _identity(pack),
                            _sheet(pack, sheet))

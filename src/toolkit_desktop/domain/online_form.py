"""A case's answers in the online NRM form's page order, as text to type into the online form.

Each of the online form's questions (`domain.online_order`) gets the answer the case holds for it
in the online form's own words: the online wording of a choice, dates as DD/MM/YYYY, one line per
row of a list. Questions the online form would not show, given the answers so far, are left out;
those it requires and the case has not answered are marked missing. The answers passed in are the
ones the screens show: typed, or worked out where left empty (`domain.derived`). Of the
derivations the online form's order names, one is worked out here: the band of the last contact
with the exploiters (the online form asks a band; the case keeps a date). The referrer's details
from the profile are among the worked-out answers passed in. Nothing here judges the child: each
answer restates what the case records.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from toolkit_desktop.domain.answer_words import show_indicator, show_number
from toolkit_desktop.domain.date_text import write_date, write_moment
from toolkit_desktop.domain.definitions import Definitions, Field, FieldType
from toolkit_desktop.domain.form_ids import NRM_FORM
from toolkit_desktop.domain.online_order import (
    LAST_CONTACT_BAND_FROM_DATE,
    OnlineForm,
    OnlineQuestion,
    Required,
    ShownIf,
    Source,
)
from toolkit_desktop.domain.visibility import AnswersByForm, field_value, is_answered, is_visible

LAST_CONTACT_FIELD = "last_contact"  # in the referral form: the date the band is worked out from

# The online form's bands for the last contact with the exploiters, most recent first.
WITHIN_WEEK = "within_week"
WITHIN_MONTH = "within_month"
WITHIN_3_MONTHS = "within_3_months"
WITHIN_6_MONTHS = "within_6_months"
WITHIN_6_12_MONTHS = "within_6_12_months"
OVER_A_YEAR = "over_a_year"
NOT_SURE = "not_sure"
_MONTHS_BACK = ((WITHIN_MONTH, 1), (WITHIN_3_MONTHS, 3), (WITHIN_6_MONTHS, 6),
                (WITHIN_6_12_MONTHS, 12))


@dataclass(frozen=True)
class OnlineAnswer:
    """One question of the online form with the case's answer, ready to type in."""

    number: int
    page: str  # the online form's page, in our words
    question: str
    answer: str  # "" when the case has no answer
    required: bool  # the online form insists on an answer here
    missing: bool  # required, and the case has no answer
    note: str = ""  # a word for the person typing it in
    came_from: str = ""  # where in the case the answer is recorded: 'Child's details, “Gender”'
    go_to: tuple[str, str] | None = None  # the question of the case that answers it
    asked_here: bool = True  # False when the app does not ask it (`not_asked`)


def online_form_answers(
    definitions: Definitions,
    order: OnlineForm,
    answers_by_form: AnswersByForm,
    *,
    today: date,
) -> list[OnlineAnswer]:
    """The online form's questions the case reaches, in order, each with its answer as text."""
    out = []
    for question in order.questions:
        if not _shown(definitions, question.shown_if, answers_by_form):
            continue
        out.append(_answer(definitions, question, answers_by_form, today))
    return out


def last_contact_band(stored: str, today: date) -> str:
    """The online form's band for a last contact on `stored` (a year, a month or a day).

    A month or a year is a stretch of days: "within the last N" is given when it holds for every
    day of it. One that may be either side of a year ago is "not sure".
    """
    earliest, latest = _stretch(stored)
    latest = min(latest, today)
    if earliest > today:
        return WITHIN_WEEK  # a date ahead of today is asked about when typed; read it as recent
    oldest, newest = _band(earliest, today), _band(latest, today)
    if oldest == OVER_A_YEAR and newest != OVER_A_YEAR:
        return NOT_SURE
    return oldest


# -- one question -------------------------------------------------------------------------------


def _answer(
    definitions: Definitions,
    question: OnlineQuestion,
    answers: AnswersByForm,
    today: date,
) -> OnlineAnswer:
    required = question.required is not Required.NO
    blank = OnlineAnswer(
        number=question.number,
        page=question.page_title,
        question=question.asks,
        answer="",
        required=required,
        missing=False,
        note=question.note,
        go_to=_go_to(question),
    )
    if question.not_asked:
        return replace(blank, note=question.not_asked, asked_here=False)
    for source in question.sources:
        found = _from_source(definitions, question, source, answers, today)
        if found is not None:
            text, notes, came_from = found
            text = _name_part(question.key, text)
            note = " ".join(n for n in (*notes, question.note) if n)
            return replace(blank, answer=text, note=note, came_from=came_from)
    return replace(blank, missing=required)


# The online form asks the referrer's first name and surname apart; the case keeps one name.
FIRST_NAME_KEY = "fr-details-first-name"
SURNAME_KEY = "fr-details-last-name"


def _name_part(key: str, name: str) -> str:
    """For the referrer's first name, every word but the last; for the surname, the last word.
    Anything else is returned as it is. The question's note asks the practitioner to check it."""
    words = name.split()
    if key not in (FIRST_NAME_KEY, SURNAME_KEY) or len(words) < 2:
        return name
    return " ".join(words[:-1]) if key == FIRST_NAME_KEY else words[-1]


def _go_to(question: OnlineQuestion) -> tuple[str, str] | None:
    first = next(iter(question.fields), None)
    return (first.form_id, first.field_id) if first is not None else None


def _from_source(
    definitions: Definitions,
    question: OnlineQuestion,
    source: Source,
    answers: AnswersByForm,
    today: date,
) -> tuple[str, tuple[str, ...], str] | None:
    """(answer, notes, where it came from), or None when this source has no answer."""
    if source.derived == LAST_CONTACT_BAND_FROM_DATE:
        return _band_answer(definitions, question, answers, today)
    if source.derived:
        # Worked out by the case (`domain.derive_case`), so already in the answers of the question
        # it fills: the referrer's details only while the practitioner is the referrer.
        return None
    form = definitions.form(source.form_id)
    fld = form.field(source.field_id) if form is not None else None
    if form is None or fld is None or not is_visible(form, fld, answers):
        return None
    value = field_value(form, fld, answers)
    if not is_answered(value):
        return None
    came_from = f"{form.title}, “{fld.label}”"
    if question.when_answered:
        return question.when_answered, (), came_from
    if source.sub_field:
        sub = next((f for f in fld.fields if f.id == source.sub_field), None)
        rows = value if isinstance(value, list) else []
        if sub is None:
            return None
        lines = [_scalar(sub, question, row.get(sub.id))[0]
                 for row in rows if isinstance(row, dict) and is_answered(row.get(sub.id))]
        if not lines:
            return None
        return "\n".join(lines), _too_many(question, len(lines)), f"{came_from}: {sub.label}"
    if fld.type is FieldType.GROUP:
        lines = [line for row in (value if isinstance(value, list) else [])
                 if (line := _row(fld, question, row))]
        if not lines:
            return None
        return "\n".join(lines), _too_many(question, len(lines)), came_from
    text, unmatched = _scalar(fld, question, value)
    if not text:
        return None
    return text, _unmatched_note(question, unmatched), came_from


def _band_answer(
    definitions: Definitions, question: OnlineQuestion, answers: AnswersByForm, today: date
) -> tuple[str, tuple[str, ...], str] | None:
    form = definitions.form(NRM_FORM)
    fld = form.field(LAST_CONTACT_FIELD) if form is not None else None
    if form is None or fld is None:
        return None
    stored = field_value(form, fld, answers)
    if not isinstance(stored, str) or not is_answered(stored):
        return None
    try:
        band = last_contact_band(stored, today)
    except ValueError:
        return None  # not a date the case could have kept
    said = (f"Worked out from the date of the last contact, {write_date(stored)}, "
            f"counted back from today, {write_date(today.isoformat())}.")
    return question.online_label(band) or band, (said,), f"{form.title}, “{fld.label}”"


# -- values as the online form wants them ---------------------------------------------------------


def _scalar(fld: Field | None, question: OnlineQuestion, value: Any) -> tuple[str, list[str]]:
    """A value as text, and the choices of it the online form has no wording for."""
    if fld is None or not is_answered(value):
        return "", []
    kind = fld.type
    if kind in (FieldType.CHOICE, FieldType.YES_NO_UNKNOWN):
        return _choice(fld, question, str(value))
    if kind is FieldType.MULTI_CHOICE and isinstance(value, list):
        texts, unmatched = [], []
        for item in value:
            text, missed = _choice(fld, question, str(item))
            texts.append(text)
            unmatched += missed
        return "\n".join(texts), unmatched
    if kind in (FieldType.DATE, FieldType.APPROX_DATE) and isinstance(value, str):
        return write_date(value), []
    if kind is FieldType.DATETIME and isinstance(value, str):
        try:
            return write_moment(datetime.fromisoformat(value)), []
        except ValueError:
            return value, []
    if kind is FieldType.NUMBER and isinstance(value, int | float) and not isinstance(value, bool):
        return show_number(value), []
    if kind is FieldType.INDICATOR and isinstance(value, dict):
        return show_indicator(fld, value), []
    return (value.strip() if isinstance(value, str) else str(value)), []


def _choice(fld: Field, question: OnlineQuestion, choice_id: str) -> tuple[str, list[str]]:
    label = fld.choice_label(choice_id)
    if not question.options:
        return label, []
    online = question.online_label(choice_id)
    return (online, []) if online else (label, [label])


def _unmatched_note(question: OnlineQuestion, unmatched: list[str]) -> tuple[str, ...]:
    if not unmatched:
        return ()
    offered = ", ".join(dict.fromkeys(label for _, label in question.options))
    said = ", ".join(f"“{u}”" for u in unmatched)
    return (f"The online form offers only: {offered}. The case says {said}: choose the one that "
            "fits, and explain in the details.",)


def _row(group: Field, question: OnlineQuestion, row: Any) -> str:
    if not isinstance(row, dict):
        return ""
    cells = []
    for sub in group.fields:
        text = _scalar(sub, question, row.get(sub.id))[0]
        if text:
            cells.append(f"{sub.label}: {text}")
    return "; ".join(cells)


def _too_many(question: OnlineQuestion, count: int) -> tuple[str, ...]:
    if question.most and count > question.most:
        return (f"The online form takes up to {question.most}; the case lists {count}. "
                "Put the others in the box for other places.",)
    return ()


# -- when the online form asks a question ---------------------------------------------------------


def _shown(definitions: Definitions, shown_if: ShownIf | None, answers: AnswersByForm) -> bool:
    if shown_if is None:
        return True
    form = definitions.form(shown_if.form_id)
    fld = form.field(shown_if.field_id) if form is not None else None
    if form is None or fld is None:
        return True  # the checker refuses this; if it slips through, show the question
    value = field_value(form, fld, answers) if is_visible(form, fld, answers) else None
    if shown_if.answered:
        return is_answered(value)
    if isinstance(value, list):
        return any(item in shown_if.equals for item in value)
    return value in shown_if.equals


# -- bands ---------------------------------------------------------------------------------------


def _stretch(stored: str) -> tuple[date, date]:
    """The first and last day a year ("2019"), a month ("2019-03") or a day could be."""
    parts = [int(p) for p in stored.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    day = date(parts[0], parts[1], parts[2])
    return day, day


def _band(day: date, today: date) -> str:
    if day >= today - timedelta(days=7):
        return WITHIN_WEEK
    for band, months in _MONTHS_BACK:
        if day >= _months_before(today, months):
            return band
    return OVER_A_YEAR


def _months_before(today: date, months: int) -> date:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    return date(year, month, min(today.day, calendar.monthrange(year, month)[1]))

"""Requests to other agencies that are still waiting for an answer, and how long each has waited.

Agencies often have to be chased (pilot report 5.1, 6.3), so the case shows each unanswered
request with the days since it was sent, oldest first. A request counts as waiting while the
practitioner says an answer is awaited and no date of answer is recorded: recording the date
the answer came is enough to stop it waiting, even if the "still waiting" answer was not changed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from toolkit_desktop.domain.form_ids import AGENCIES_FORM
from toolkit_desktop.domain.visibility import is_answered

CONTACTS_FIELD = "contacts"
# Sub-fields of a row of `contacts`.
AGENCY = "agency"
PERSON = "person"
CONTACTED_ON = "contacted_on"
WHAT_WAS_ASKED = "what_was_asked"
AWAITING_ANSWER = "awaiting_answer"
ANSWERED_ON = "answered_on"


@dataclass(frozen=True)
class Waiting:
    """One request still waiting for an answer.

    `since` and `days` are None when the date of the request was not recorded: the request still
    waits, but for how long is not known.
    """

    agency: str
    what: str
    since: date | None
    days: int | None
    person: str = ""


def waiting(contacts: Iterable[Mapping[str, Any]] | None, today: date) -> list[Waiting]:
    """Requests awaiting an answer, oldest first; those with no date of request come last."""
    found: list[Waiting] = []
    for row in contacts or ():
        if not isinstance(row, Mapping):
            continue
        if row.get(AWAITING_ANSWER) != "yes" or is_answered(row.get(ANSWERED_ON)):
            continue
        since = _date(row.get(CONTACTED_ON))
        found.append(
            Waiting(
                agency=_text(row.get(AGENCY)) or "An agency not named",
                what=_text(row.get(WHAT_WAS_ASKED)),
                since=since,
                days=None if since is None else max((today - since).days, 0),
                person=_text(row.get(PERSON)),
            )
        )
    # sorted() is stable, so requests sent the same day keep the order they were written down.
    return sorted(found, key=lambda w: (w.since is None, w.since or date.min))


def waiting_in_case(answers_by_form: Mapping[str, Mapping[str, Any]], today: date) -> list[Waiting]:
    """`waiting` for the contacts log of a case, given its current answers by form."""
    contacts = answers_by_form.get(AGENCIES_FORM, {}).get(CONTACTS_FIELD)
    return waiting(contacts if isinstance(contacts, list) else None, today)


def _date(value: Any) -> date | None:
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(value)
    return None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""

"""Conversations with the child, the chronology and the agencies involved, as the pack lists them.

Agencies come from the agencies form (contacts, requests and meetings), the requests still
waiting for an answer, and the lists of other professionals in the other forms.

Chronology entries are never edited away: a correction is printed as its own entry pointing at
the one it corrects, and the corrected entry says which entry corrects it. The chronology is in
the order things happened, and holds the moments each time the child went missing and was found,
from the missing episodes record, so nobody types them again; those rows have no number, since
they are not entries of the chronology but read from that record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from toolkit_desktop.domain.agencies import Waiting, waiting_in_case
from toolkit_desktop.domain.answer_words import Shown, humanise, show
from toolkit_desktop.domain.form_ids import AGE_FORM, NRM_FORM, SAFEGUARDING_FORM
from toolkit_desktop.domain.missing_episodes import (
    EPISODES_FIELD,
    FROM_RECORD,
    MOMENT_WORDS,
    EpisodeMoment,
    episode_moments,
)
from toolkit_desktop.domain.records import ChronologyEntry, entry_kind_words
from toolkit_desktop.domain.wording import local, show_time, uk_today
from toolkit_desktop.export.pack.model import PackInput

# Repeating groups in the forms that name other professionals or agencies: (form, field, title).
AGENCY_GROUPS = (
    (NRM_FORM, "other_professionals", "Other professionals involved (NRM referral)"),
    (AGE_FORM, "agency_information", "Information from other agencies (age assessment)"),
)


@dataclass(frozen=True)
class ConversationView:
    """One conversation with the child, as recorded once."""

    number: int
    when: str
    place: str
    present: str
    interpreter: str
    language: str
    how_the_child_was: str
    account: str
    recorded: str


@dataclass(frozen=True)
class EntryView:
    """One chronology entry; `corrects`/`corrected_by` name other entries by their number.
    `number` is None for a moment read from the missing episodes record."""

    number: int | None
    occurred: str
    recorded: str
    kind: str
    text: str
    corrects: str
    corrected_by: str
    cited: str


@dataclass(frozen=True)
class AgencyGroupView:
    """Rows of one form's list of professionals or agencies."""

    title: str
    shown: Shown


def conversations(pack: PackInput) -> list[ConversationView]:
    """Every conversation, numbered in the order recorded."""
    return [
        ConversationView(
            number=n,
            when=show_time(c.occurred_at),
            place=c.place,
            present=c.present,
            interpreter=c.interpreter,
            language=c.language,
            how_the_child_was=c.how_the_child_was,
            account=c.account,
            recorded=f"{c.recorded_by}, {show_time(c.recorded_at)}",
        )
        for n, c in enumerate(pack.facts.conversations, start=1)
    ]


def entry_numbers(entries: list[ChronologyEntry]) -> dict[int | None, int]:
    """Entry id -> its 1-based number in the chronology."""
    return {e.id: n for n, e in enumerate(entries, start=1)}


def entry_view(pack: PackInput, entry: ChronologyEntry) -> EntryView:
    """One entry, with the entries it corrects or is corrected by."""
    entries = pack.facts.chronology
    numbers = entry_numbers(entries)
    corrects = ""
    if entry.corrects is not None:
        target = next((e for e in entries if e.id == entry.corrects), None)
        when = f" ({show_time(target.occurred_at)})" if target else ""
        corrects = f"Corrects entry {numbers.get(entry.corrects, entry.corrects)}{when}"
    later = [numbers[e.id] for e in entries if e.corrects == entry.id and e.id in numbers]
    conversation = pack.conversation_number(entry.conversation_id)
    return EntryView(
        number=numbers.get(entry.id, 0),
        occurred=show_time(entry.occurred_at),
        recorded=f"{entry.recorded_by}, {show_time(entry.recorded_at)}",
        kind=entry_kind_words(entry.kind),  # the words the app shows
        text=entry.text,
        corrects=corrects,
        corrected_by=(
            "Corrected by entry " + ", ".join(str(n) for n in later) if later else ""
        ),
        cited=f"Conversation {conversation}" if conversation else "",
    )


def moment_view(pack: PackInput, moment: EpisodeMoment) -> EntryView:
    """A went-missing or found moment of the missing episodes record, as a chronology row."""
    revision = pack.facts.current.get((SAFEGUARDING_FORM, EPISODES_FIELD))
    recorded = (f"{revision.recorded_by}, {show_time(revision.recorded_at)}" if revision
                else "not recorded")
    return EntryView(
        number=None,
        occurred=show_time(moment.at),
        recorded=recorded,
        kind=MOMENT_WORDS.get(moment.kind, humanise(moment.kind)),
        text=moment.text,
        corrects="",
        corrected_by="",
        cited=FROM_RECORD.removeprefix("From "),  # printed as "(from the missing episodes ...)"
    )


def chronology(pack: PackInput) -> list[EntryView]:
    """The whole chronology in the order things happened, with the missing episodes' moments.

    Entries keep the numbers of the order they were recorded in (a correction names its entry by
    that number, in every version of the pack); a correction follows the entry it corrects, as it
    has the same time; at the same time, typed entries come before the record's moments."""
    rows: list[tuple[datetime, int, EntryView]] = [
        (local(e.occurred_at), 0, entry_view(pack, e)) for e in pack.facts.chronology
    ]
    rows += [(local(m.at), 1, moment_view(pack, m)) for m in episode_moments(pack.answers)]
    rows.sort(key=lambda row: (row[0], row[1]))  # stable: the order recorded at the same time
    return [view for _, _, view in rows]


def waiting_requests(pack: PackInput) -> list[Waiting]:
    """Requests to agencies still waiting for an answer on the day of the pack, oldest first."""
    return waiting_in_case(pack.answers, uk_today(pack.now))


def agency_groups(pack: PackInput) -> list[AgencyGroupView]:
    """The professionals and agencies named in the forms' lists."""
    found = []
    for form_id, field_id, title in AGENCY_GROUPS:
        form = pack.definitions.form(form_id)
        fld = form.field(field_id) if form else None
        value = pack.answers.get(form_id, {}).get(field_id)
        if fld is None or not value:
            continue
        shown = show(fld, value)
        if shown.rows:
            found.append(AgencyGroupView(title, shown))
    return found

"""Where each answer came from: a field's history with its cited conversations, and recording a
conversation with the child once so that every form can point to it instead of asking again.

An answer cites a conversation through its revision; a matrix indicator can also carry the
conversation inside its value (`conversation_id`), as the evidence of that indicator came from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.derive_case import PROGRAM_DERIVATIONS
from toolkit_desktop.domain.derived import CaseSources, derived_answers
from toolkit_desktop.domain.limits import TextKind, text_problem
from toolkit_desktop.domain.records import Conversation, JsonValue, Key, Profile, Revision
from toolkit_desktop.domain.wording import uk_today
from toolkit_desktop.services.cases import AnswerRejected, CaseService, CaseSnapshot


@dataclass(frozen=True)
class HistoryItem:
    """One recorded value of a field: what, when, who, why, and the conversation it came from."""

    value: JsonValue
    recorded_at: datetime
    recorded_by: str
    reason: str | None
    conversation: Conversation | None


def cited_conversation_id(revision: Revision) -> int | None:
    """The conversation a revision cites: its own, or else the one inside an indicator's value."""
    if revision.conversation_id is not None:
        return revision.conversation_id
    value = revision.value
    if isinstance(value, dict):
        inner = value.get("conversation_id")
        if isinstance(inner, int) and not isinstance(inner, bool):
            return inner
    return None


# Who "recorded" an answer the case worked out from another one.
WORKED_OUT_BY = "Worked out from the case"


@dataclass(frozen=True)
class WorkedOutContext:
    """What working answers out needs beyond the snapshot."""

    definitions: Definitions
    today: date
    profile: Profile | None = None


def field_history(
    snapshot: CaseSnapshot, form: str, field: str, context: WorkedOutContext | None = None
) -> list[HistoryItem]:
    """Every value the field has held, oldest first, clearings included (value None).

    With `context`, the values the case worked out for it are included too, each at the moment
    the answer it follows was recorded, with where it came from as the reason.
    """
    by_id = {c.id: c for c in snapshot.conversations}
    typed = [
        HistoryItem(
            value=rev.value,
            recorded_at=rev.recorded_at,
            recorded_by=rev.recorded_by,
            reason=rev.reason,
            conversation=by_id.get(cited_conversation_id(rev)),
        )
        for rev in snapshot.revisions
        if rev.form == form and rev.field == field
    ]
    if context is None:
        return typed
    worked = _worked_out_history(snapshot, form, field, context)
    return sorted(typed + worked, key=lambda item: item.recorded_at)


def _worked_out_history(
    snapshot: CaseSnapshot, form: str, field: str, context: WorkedOutContext
) -> list[HistoryItem]:
    """The worked-out value after each recorded change that moved it, oldest first.

    Each moment sees only what was recorded by then (answers, conversations, packs made) and
    that day's date, so the history says what the case worked out at the time.
    """
    events: list[tuple[datetime, int, Revision | None]] = [
        (rev.recorded_at, 1, rev) for rev in snapshot.revisions
    ]
    events += [(c.recorded_at, 0, None) for c in snapshot.conversations]
    events += [(e.exported_at, 0, None) for e in snapshot.exports]
    events.sort(key=lambda event: (event[0], event[1]))
    items: list[HistoryItem] = []
    answers: dict[str, dict[str, JsonValue]] = {}
    last: JsonValue = None
    for at, _order, rev in events:
        if rev is not None:
            own = answers.setdefault(rev.form, {})
            if rev.value is None:
                own.pop(rev.field, None)
            else:
                own[rev.field] = rev.value
            if rev.form == form and rev.field == field:
                continue  # the practitioner's own answer is in the history already
        sources = CaseSources(
            answers=answers,
            today=uk_today(at),
            profile=context.profile,
            conversations=tuple(c for c in snapshot.conversations if c.recorded_at <= at),
            exports=tuple(e.exported_at for e in snapshot.exports if e.exported_at <= at),
            definitions=context.definitions,
        )
        derived = derived_answers(sources, PROGRAM_DERIVATIONS).get(form, field)
        value = derived.value if derived is not None else None
        if value != last:
            reason = derived.came_from if derived is not None else "No longer worked out"
            items.append(HistoryItem(value, at, WORKED_OUT_BY, reason, None))
            last = value
    now = snapshot.worked_out(context.definitions, context.today, context.profile).get(form, field)
    if now is not None and now.value != last and events:
        # Changed with the passing of days since (a birthday): said as of the last record.
        items.append(HistoryItem(now.value, events[-1][0], WORKED_OUT_BY, now.came_from, None))
    return items


def sources_of(snapshot: CaseSnapshot) -> dict[Key, Conversation]:
    """The conversation each current answer came from, by (form, field); uncited answers are left
    out. Only the current value counts: an earlier value's source is in the field's history."""
    by_id = {c.id: c for c in snapshot.conversations}
    sources: dict[Key, Conversation] = {}
    for key, rev in snapshot.current.items():
        conversation = by_id.get(cited_conversation_id(rev))
        if conversation is not None:
            sources[key] = conversation
    return sources


def cited_by(snapshot: CaseSnapshot, conversation_id: int) -> list[Key]:
    """The (form, field) of every current answer that came from one conversation, so the
    conversation can show what it has already answered elsewhere."""
    return [
        key for key, rev in snapshot.current.items()
        if cited_conversation_id(rev) == conversation_id
    ]


def record_conversation(
    service: CaseService,
    case_id: int,
    *,
    occurred_at: datetime | None,
    account: str,
    place: str = "",
    present: str = "",
    interpreter: str = "",
    language: str = "",
    how_the_child_was: str = "",
    draft: str | None = None,
) -> int:
    """Record one conversation with the child; returns its id for answers and entries to cite.
    `draft` names the draft it was typed in, deleted in the same transaction.

    Refused (AnswerRejected, with a sentence) without a time with its time zone, with a time
    still to come, or without the child's words or a summary of them.
    """
    # The same limits as a case file's conversation (domain.limits): nothing typed is cut.
    for text, kind, label in (
        (place, TextKind.SINGLE_LINE, "Where it took place"),
        (present, TextKind.SINGLE_LINE, "Who was there"),
        (interpreter, TextKind.SINGLE_LINE, "The interpreter"),
        (language, TextKind.SINGLE_LINE, "The language"),
        (how_the_child_was, TextKind.LONG_TEXT, "How the child was"),
        (account, TextKind.LONG_TEXT, "What the child said"),
    ):
        problem = text_problem(text, kind)
        if problem:
            raise AnswerRejected(
                f"{label}: {problem} Nothing was saved; shorten it and save again."
            )
    now = service.vault.clock.now()
    if occurred_at is None or occurred_at.utcoffset() is None:
        raise AnswerRejected("Say when the conversation took place, with the date and time.")
    if occurred_at > now:
        raise AnswerRejected(
            "The time of the conversation is later than now. Check the date and time."
        )
    if not account.strip():
        raise AnswerRejected(
            "Write what the child said, in their own words where you can, or a summary of it."
        )
    service.vault.cases.get(case_id)  # a clear "no such case" rather than a database error
    conversation = Conversation(
        case_id=case_id,
        occurred_at=occurred_at,
        place=place.strip(),
        present=present.strip(),
        interpreter=interpreter.strip(),
        language=language.strip(),
        how_the_child_was=how_the_child_was.strip(),
        account=account.strip(),
        recorded_at=now,
        recorded_by=service.recorded_by,
    )
    with service.vault.transaction() as conn:
        conversation_id = service.vault.cases.add_conversation(conversation, conn)
        if draft is not None:
            service.vault.cases.drop_draft(conn, case_id, draft)
    return conversation_id

"""Each time the child went missing, recorded once in Immediate safeguarding, and what is worked out
from those records (the contract is in `domain.derived`).

A missing episode is one row: when the child went missing and from where, when and where they
were found and who with, who reported it and when, the police reference, notes. From the rows come
"Times the child has gone missing before" and "last seen" on the description for the police, the
went-missing and found moments in the chronology, and a line beside the matrix's "Has gone missing
before" indicator. The indicator's answer stays the practitioner's: the records only remind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from toolkit_desktop.domain.derived import CaseSources, Derived, Key
from toolkit_desktop.domain.form_ids import SAFEGUARDING_FORM
from toolkit_desktop.domain.visibility import AnswersByForm, is_answered
from toolkit_desktop.domain.wording import day_and_time

EPISODES_FIELD = "missing_episodes"
SOURCE: Key = (SAFEGUARDING_FORM, EPISODES_FIELD)
PREVIOUS_FIELD = "previous_missing_episodes"
LAST_SEEN_FIELD = "last_seen"
# The matrix indicator the episodes remind of (resources/matrix.yaml).
MISSING_BEFORE = "missing_before"
FROM_RECORD = "From the missing episodes recorded in Immediate safeguarding"

WENT_MISSING = "went_missing"
FOUND = "found"
MOMENT_WORDS = {WENT_MISSING: "Went missing", FOUND: "Found"}


@dataclass(frozen=True)
class Episode:
    """One time the child went missing, its texts stripped and its times read."""

    went_missing_at: datetime | None = None
    went_missing_from: str = ""
    found_at: datetime | None = None
    found_where: str = ""
    found_with: str = ""
    reported_by: str = ""
    reported_at: datetime | None = None
    reference: str = ""
    notes: str = ""

    @property
    def found(self) -> bool:
        """Whether a time or a place of finding is recorded."""
        return self.found_at is not None or bool(self.found_where)


@dataclass(frozen=True)
class EpisodeMoment:
    """A moment of an episode as the chronology shows it: went missing, or found."""

    at: datetime
    kind: str  # WENT_MISSING or FOUND
    text: str
    episode: int  # the episode's number, in date order
    of: int  # how many episodes there are


def episodes(answers: AnswersByForm) -> tuple[Episode, ...]:
    """The episodes recorded, in date order (by when the child went missing, else was found);
    rows with no time at all come last, in the order recorded."""
    rows = answers.get(SAFEGUARDING_FORM, {}).get(EPISODES_FIELD)
    if not isinstance(rows, list):
        return ()
    found = [
        _episode(row) for row in rows
        if isinstance(row, Mapping) and any(is_answered(v) for v in row.values())
    ]
    dated = [e for e in found if _when(e) is not None]
    undated = [e for e in found if _when(e) is None]
    return tuple(sorted(dated, key=lambda e: _when(e) or datetime.min.replace(tzinfo=UTC))
                 + undated)


def episode_line(episode: Episode) -> str:
    """ "went missing Sat 28 Nov 2026, 02:14 from the foster home; found Sat 28 Nov 2026, 09:30 at
    Eastham station, with two older boys; reported by the carer, ...; police reference NT/1"."""
    parts = [_went(episode), _found(episode)]
    if episode.reported_by or episode.reported_at:
        parts.append(_reported(episode))
    if episode.reference:
        parts.append(f"police or missing-person reference {episode.reference}")
    if episode.notes:
        parts.append(f"notes: {' '.join(episode.notes.split())}")
    return "; ".join(parts)


def missing_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """ "Times the child has gone missing before", and "last seen" while the latest episode has no
    finding recorded."""
    found = episodes(sources.answers)
    if not found:
        return {}
    times = _count(len(found), "time", "times")
    lines = [f"{n}. {_capital(episode_line(e))}" for n, e in enumerate(found, start=1)]
    said = f"{FROM_RECORD}: {times}."
    out = {
        (SAFEGUARDING_FORM, PREVIOUS_FIELD): Derived(
            "\n".join([f"{times} recorded:", *lines]), said, SOURCE
        )
    }
    latest = found[-1]
    if not latest.found and _when(latest) is not None:
        out[(SAFEGUARDING_FORM, LAST_SEEN_FIELD)] = Derived(
            _capital(_went(latest)) + "; no finding is recorded yet",
            f"{FROM_RECORD}: the latest time, with no finding recorded yet.",
            SOURCE,
        )
    return out


def missing_indicator_note(answers: AnswersByForm) -> str:
    """ "3 missing episodes are recorded in Immediate safeguarding", or "" when there are none:
    shown beside the matrix's "Has gone missing before", whose answer stays the practitioner's."""
    count = len(episodes(answers))
    if count == 0:
        return ""
    if count == 1:
        return "1 missing episode is recorded in Immediate safeguarding"
    return f"{count} missing episodes are recorded in Immediate safeguarding"


def episode_moments(answers: AnswersByForm) -> tuple[EpisodeMoment, ...]:
    """Each episode's went-missing and found moments that have a time, in time order."""
    found = episodes(answers)
    moments: list[EpisodeMoment] = []
    for number, e in enumerate(found, start=1):
        head = f"Missing episode {number} of {len(found)}: "
        if e.went_missing_at is not None:
            rest = [_went(e, with_time=False)]
            if e.reported_by or e.reported_at:
                rest.append(_reported(e))
            if e.reference:
                rest.append(f"police or missing-person reference {e.reference}")
            text = head + "; ".join(rest) + "."
            moments.append(EpisodeMoment(e.went_missing_at, WENT_MISSING, text, number,
                                         len(found)))
        if e.found_at is not None:
            text = head + _found(e, with_time=False)
            if e.notes:
                text += f". Notes: {' '.join(e.notes.split())}"
            moments.append(EpisodeMoment(e.found_at, FOUND, _sentence(text), number, len(found)))
    return tuple(sorted(moments, key=lambda m: m.at))


def _episode(row: Mapping[str, Any]) -> Episode:
    return Episode(
        went_missing_at=_moment(row.get("went_missing_at")),
        went_missing_from=_text(row.get("went_missing_from")),
        found_at=_moment(row.get("found_at")),
        found_where=_text(row.get("found_where")),
        found_with=_text(row.get("found_with")),
        reported_by=_text(row.get("reported_by")),
        reported_at=_moment(row.get("reported_at")),
        reference=_text(row.get("reference")),
        notes=_text(row.get("notes")),
    )


def _when(episode: Episode) -> datetime | None:
    return episode.went_missing_at or episode.found_at


def _went(episode: Episode, *, with_time: bool = True) -> str:
    words = "went missing"
    if with_time:
        at = episode.went_missing_at
        words += f" {day_and_time(at)}" if at else " (time not recorded)"
    if episode.went_missing_from:
        place = episode.went_missing_from
        # "From where" is often answered "from the park": the word is not said twice.
        words += f" {place}" if place.casefold().startswith("from ") else f" from {place}"
    return words


def _found(episode: Episode, *, with_time: bool = True) -> str:
    if not episode.found and not episode.found_with:
        return "not recorded as found"
    words = "found"
    if with_time:
        at = episode.found_at
        words += f" {day_and_time(at)}" if at else " (time not recorded)"
    if episode.found_where:
        words += f" at {episode.found_where}"
    if episode.found_with:
        # "Who they were with" is often answered "alone" or "nobody": said as written.
        alone = episode.found_with.casefold().strip(" .") in _ALONE
        words += f", {episode.found_with}" if alone else f", with {episode.found_with}"
    return words


_ALONE = frozenset({"alone", "on their own", "on his own", "on her own", "nobody", "no one",
                    "no-one", "by themselves", "by himself", "by herself"})


def _reported(episode: Episode) -> str:
    words = "reported to the police"
    if episode.reported_by:
        words += f" by {episode.reported_by}"
    if episode.reported_at:
        words += f", {day_and_time(episode.reported_at)}"
    return words


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"

"""The case exchange format (JSON, `toolkit-desktop/case` version 1): writing and strict reading.

Used to hand a case to a colleague's laptop and for a council's case system to import. The
published JSON Schema is `resources/schema/case-v1.schema.json`; the README describes it. Every
revision travels, oldest first, so export then import then export gives the same history.
Reading is strict and names the first problem (`answers[3].recorded_at: not a date and time`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from toolkit_desktop.domain.records import (
    Case,
    ChronologyEntry,
    Conversation,
    PackExport,
    Revision,
)

FORMAT = "toolkit-desktop/case"
FORMAT_VERSION = 1


class ExchangeError(ValueError):
    """A case file that cannot be imported; the message names the problem."""


@dataclass(frozen=True)
class ImportedCase:
    """A parsed case file, ready to be written in one transaction. Ids are positions in the file."""

    case: dict[str, Any]
    answers: list[dict[str, Any]]
    chronology: list[dict[str, Any]]
    conversations: list[dict[str, Any]]
    exports: list[dict[str, Any]]


def _ts(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _last_position(items: Sequence[Revision | ChronologyEntry], covers: int | None
                   ) -> int | None:
    """The position of the last item whose id is at most `covers` (what a pack held)."""
    held = [i for i, item in enumerate(items) if covers is not None and (item.id or 0) <= covers]
    return held[-1] if held else None


def to_document(
    case: Case,
    revisions: Sequence[Revision],
    chronology: Sequence[ChronologyEntry],
    conversations: Sequence[Conversation],
    exports: Sequence[PackExport] = (),
) -> dict[str, Any]:
    """A case and its whole history as a format-1 document."""
    conv_index = {c.id: i for i, c in enumerate(conversations)}
    chron_index = {e.id: i for i, e in enumerate(chronology)}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "case": {
            "reference": case.reference,
            "created_at": _ts(case.created_at),
            "first_contact_at": _ts(case.first_contact_at),
            "first_contact_place": case.first_contact_place,
            "training": case.training,
        },
        "conversations": [
            {
                "occurred_at": _ts(c.occurred_at),
                "place": c.place,
                "present": c.present,
                "interpreter": c.interpreter,
                "language": c.language,
                "how_the_child_was": c.how_the_child_was,
                "account": c.account,
                "recorded_at": _ts(c.recorded_at),
                "recorded_by": c.recorded_by,
            }
            for c in conversations
        ],
        "answers": [
            {
                "form": r.form,
                "field": r.field,
                "value": r.value,
                "recorded_at": _ts(r.recorded_at),
                "recorded_by": r.recorded_by,
                "reason": r.reason,
                "conversation": conv_index.get(r.conversation_id),
            }
            for r in revisions
        ],
        "chronology": [
            {
                "occurred_at": _ts(e.occurred_at),
                "recorded_at": _ts(e.recorded_at),
                "recorded_by": e.recorded_by,
                "kind": e.kind,
                "text": e.text,
                "corrects": chron_index.get(e.corrects),
                "conversation": conv_index.get(e.conversation_id),
            }
            for e in chronology
        ],
        # Packs already sent travel with the case, so a colleague's next pack is version N+1
        # and says what changed since the one the decision-maker has.
        "exports": [
            {
                "version": x.version,
                "exported_at": _ts(x.exported_at),
                "exported_by": x.exported_by,
                "destination": x.destination,
                "covers_answers": _last_position(revisions, x.covers_revision_id),
                "covers_chronology": _last_position(chronology, x.covers_chronology_id),
            }
            for x in exports
        ],
    }


# -- reading ------------------------------------------------------------------------------------

_CASE_KEYS = {"reference": "text", "created_at": "datetime", "first_contact_at": "datetime?",
              "first_contact_place": "text?", "training": "bool?"}
_CONVERSATION_KEYS = {"occurred_at": "datetime", "place": "text?", "present": "text?",
                      "interpreter": "text?", "language": "text?", "how_the_child_was": "text?",
                      "account": "text?", "recorded_at": "datetime", "recorded_by": "text"}
_ANSWER_KEYS = {"form": "text", "field": "text", "value": "any", "recorded_at": "datetime",
                "recorded_by": "text", "reason": "text?", "conversation": "index?"}
_EXPORT_KEYS = {"version": "index", "exported_at": "datetime", "exported_by": "text",
                "destination": "text?", "covers_answers": "index?", "covers_chronology": "index?"}
_CHRONOLOGY_KEYS = {"occurred_at": "datetime", "recorded_at": "datetime", "recorded_by": "text",
                    "kind": "text", "text": "text", "corrects": "index?", "conversation": "index?"}


def _check(obj: Any, keys: dict[str, str], where: str) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise ExchangeError(f"{where}: expected an object")
    unknown = sorted(set(obj) - set(keys))
    if unknown:
        raise ExchangeError(f"{where}: unknown key {unknown[0]!r}")
    out: dict[str, Any] = {}
    for key, kind in keys.items():
        optional = kind.endswith("?")
        kind = kind.rstrip("?")
        if key not in obj or obj[key] is None:
            if not optional and kind != "any":
                raise ExchangeError(f"{where}.{key}: missing")
            out[key] = None
            continue
        value = obj[key]
        if kind == "text" and not isinstance(value, str):
            raise ExchangeError(f"{where}.{key}: expected text")
        if kind == "text" and not optional and not value.strip():
            raise ExchangeError(f"{where}.{key}: must not be empty")
        if kind == "bool" and not isinstance(value, bool):
            raise ExchangeError(f"{where}.{key}: expected true or false")
        if kind == "index" and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise ExchangeError(f"{where}.{key}: expected a position in the file (0 or more)")
        if kind == "datetime":
            value = _parse_datetime(value, f"{where}.{key}")
        out[key] = value
    return out


def _parse_datetime(value: Any, where: str) -> datetime:
    if not isinstance(value, str):
        raise ExchangeError(f"{where}: expected a date and time")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ExchangeError(f"{where}: {value!r} is not a date and time") from None
    if parsed.tzinfo is None:
        raise ExchangeError(f"{where}: {value!r} has no time zone (add +00:00 or Z)")
    return parsed


def _list(doc: dict[str, Any], key: str, required: bool = True) -> list[Any]:
    if required and key not in doc:
        raise ExchangeError(f"{key}: missing (use [] when there are none)")
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise ExchangeError(f"{key}: expected a list")
    return value


def parse_document(doc: Any) -> ImportedCase:
    """Check a decoded case file completely; raise ExchangeError naming the first problem."""
    if not isinstance(doc, dict):
        raise ExchangeError("the file is not a case file: expected a JSON object")
    if doc.get("format") != FORMAT:
        raise ExchangeError(f"format: expected {FORMAT!r}, found {doc.get('format')!r}")
    if doc.get("format_version") != FORMAT_VERSION:
        raise ExchangeError(
            f"format_version: this program reads version {FORMAT_VERSION}, "
            f"found {doc.get('format_version')!r}"
        )
    unknown = sorted(set(doc) - {"format", "format_version", "case", "answers", "chronology",
                                 "conversations", "exports"})
    if unknown:
        raise ExchangeError(f"unknown key {unknown[0]!r}")
    case = _check(doc.get("case"), _CASE_KEYS, "case")
    conversations = [
        _check(c, _CONVERSATION_KEYS, f"conversations[{i}]")
        for i, c in enumerate(_list(doc, "conversations", required=False))
    ]
    answers = [
        _check(a, _ANSWER_KEYS, f"answers[{i}]") for i, a in enumerate(_list(doc, "answers"))
    ]
    chronology = [
        _check(e, _CHRONOLOGY_KEYS, f"chronology[{i}]")
        for i, e in enumerate(_list(doc, "chronology"))
    ]
    exports = [
        _check(x, _EXPORT_KEYS, f"exports[{i}]")
        for i, x in enumerate(_list(doc, "exports", required=False))
    ]
    for i, x in enumerate(exports):
        if x["covers_answers"] is not None and x["covers_answers"] >= len(answers):
            raise ExchangeError(f"exports[{i}].covers_answers: no answer at that position")
        if x["covers_chronology"] is not None and x["covers_chronology"] >= len(chronology):
            raise ExchangeError(f"exports[{i}].covers_chronology: no entry at that position")
    for i, answer in enumerate(answers):
        if "value" not in doc["answers"][i]:
            raise ExchangeError(f"answers[{i}].value: missing (use null for a cleared answer)")
        if answer["conversation"] is not None and answer["conversation"] >= len(conversations):
            raise ExchangeError(f"answers[{i}].conversation: no conversation at that position")
    for i, entry in enumerate(chronology):
        if entry["corrects"] is not None and entry["corrects"] >= i:
            raise ExchangeError(f"chronology[{i}].corrects: must point at an earlier entry")
        if entry["conversation"] is not None and entry["conversation"] >= len(conversations):
            raise ExchangeError(f"chronology[{i}].conversation: no conversation at that position")
    return ImportedCase(case, answers, chronology, conversations, exports)

"""The case exchange format (JSON, `toolkit-desktop/case` version 2): writing and strict reading.

Used to hand a case to a colleague's laptop and for a council's case system to import. The
published JSON Schema is `resources/schema/case-v2.schema.json` (version 1, still read, is
`case-v1.schema.json`); the README describes it. Every revision travels, oldest first, so export
then import then export gives the same history. Version 2 adds `attachments`: each photo or
document with its bytes in base64, and a removed one with its removal and no bytes. Reading is
strict and names the first problem (`answers[3].recorded_at: not a date and time`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from toolkit_desktop.domain.attachments import (
    MOST_ATTACHMENT_BYTES,
    Attachment,
    AttachmentKind,
    kind_of,
)
from toolkit_desktop.domain.records import (
    Case,
    ChronologyEntry,
    Conversation,
    PackExport,
    Revision,
)

FORMAT = "toolkit-desktop/case"
FORMAT_VERSION = 2  # what this program writes
READABLE_VERSIONS = (1, 2)  # what it reads: a case file from before attachments still imports


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
    # Each with "data" decoded to bytes (None for a removed one) and "removed" checked.
    attachments: list[dict[str, Any]] = field(default_factory=list)


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
    attachments: Sequence[tuple[Attachment, bytes | None]] = (),
) -> dict[str, Any]:
    """A case and its whole history as a format-2 document (`attachments`: each with its bytes,
    None once removed)."""
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
        "attachments": [_attachment_document(a, data) for a, data in attachments],
    }


def _attachment_document(attachment: Attachment, data: bytes | None) -> dict[str, Any]:
    removal = attachment.removal
    return {
        "kind": attachment.kind.value,
        "description": attachment.description,
        "document_date": attachment.document_date.isoformat() if attachment.document_date
        else None,
        "file_name": attachment.file_name,
        "size": attachment.size,
        "sha256": attachment.sha256,
        "child_photo": attachment.child_photo,
        "added_at": _ts(attachment.added_at),
        "added_by": attachment.added_by,
        # A removed attachment travels as its record only: its bytes left the vault with it.
        "data": None if removal is not None or data is None
        else base64.b64encode(data).decode("ascii"),
        "removed": None if removal is None else {
            "removed_at": _ts(removal.removed_at),
            "removed_by": removal.removed_by,
            "reason": removal.reason,
        },
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
_ATTACHMENT_KEYS = {"kind": "text", "description": "text", "document_date": "text?",
                    "file_name": "text", "size": "index", "sha256": "text",
                    "child_photo": "bool?", "added_at": "datetime", "added_by": "text",
                    "data": "text?", "removed": "any"}
_REMOVAL_KEYS = {"removed_at": "datetime", "removed_by": "text", "reason": "text"}
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
    version = doc.get("format_version")
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        raise ExchangeError(
            f"format_version: this program reads versions {READABLE_VERSIONS[0]} to "
            f"{READABLE_VERSIONS[-1]}, found {version!r}"
        )
    keys = {"format", "format_version", "case", "answers", "chronology", "conversations",
            "exports"} | ({"attachments"} if version >= 2 else set())
    unknown = sorted(set(doc) - keys)
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
    attachments = [
        _parse_attachment(a, f"attachments[{i}]")
        for i, a in enumerate(_list(doc, "attachments", required=False))
    ]
    return ImportedCase(case, answers, chronology, conversations, exports, attachments)


def _parse_attachment(obj: Any, where: str) -> dict[str, Any]:
    """One attachment of a case file: its record checked, its bytes decoded and matched against
    the size, digest and kind the record gives."""
    record = _check(obj, _ATTACHMENT_KEYS, where)
    try:
        kind = AttachmentKind(record["kind"])
    except ValueError:
        raise ExchangeError(f"{where}.kind: expected jpeg, png or pdf") from None
    record["kind"] = kind
    if record["document_date"] is not None:
        try:
            record["document_date"] = date.fromisoformat(record["document_date"])
        except ValueError:
            raise ExchangeError(f"{where}.document_date: expected a date as 2026-11-28") from None
    if record["size"] > MOST_ATTACHMENT_BYTES:
        raise ExchangeError(f"{where}.size: larger than the 25 MB an attachment may be")
    removed = record["removed"]
    record["removed"] = None if removed is None else _check(removed, _REMOVAL_KEYS,
                                                            f"{where}.removed")
    if record["removed"] is not None:
        if record["data"] is not None:
            raise ExchangeError(f"{where}.data: a removed attachment carries no file (use null)")
        return record
    if record["data"] is None:
        raise ExchangeError(f"{where}.data: missing (only a removed attachment has none)")
    if len(record["data"]) > (MOST_ATTACHMENT_BYTES + 2) // 3 * 4:
        raise ExchangeError(f"{where}.data: larger than the 25 MB an attachment may be")
    try:
        data = base64.b64decode(record["data"], validate=True)
    except (binascii.Error, ValueError):
        raise ExchangeError(f"{where}.data: not base64") from None
    if len(data) != record["size"]:
        raise ExchangeError(f"{where}.data: holds {len(data)} bytes, not the {record['size']} "
                            "the size says")
    if hashlib.sha256(data).hexdigest() != record["sha256"]:
        raise ExchangeError(f"{where}.data: does not match its sha256, so the file was damaged")
    if kind_of(data) is not kind:
        raise ExchangeError(f"{where}.data: is not a {kind.value} file, as its kind says")
    if record["child_photo"] and not kind.is_image:
        raise ExchangeError(f"{where}.child_photo: a photo of the child must be an image")
    record["data"] = data
    return record

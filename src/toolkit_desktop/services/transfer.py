"""Moving a case between vaults as a JSON case file: export it whole, import it all or nothing.

Import checks the whole file first (its size, duplicate keys and nesting, the format, the limits of
`domain.limits`, then every answer against the definitions) and then writes everything in one
transaction, so a malformed file changes nothing. Each refusal is one sentence naming the field,
by its label and form where it has one, and the value, shortened.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from toolkit_desktop.domain.attachments import MOST_CASE_ATTACHMENT_BYTES, Attachment, Removal
from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.limits import (
    DEEPEST_NESTING,
    MOST_CASE_FILE_BYTES,
    DateKind,
    TextKind,
    number_problem,
    shape_problem,
    shown,
    span_problem,
    text_problem,
)
from toolkit_desktop.domain.records import ChronologyEntry, Conversation, PackExport, Revision
from toolkit_desktop.domain.values import check_answer
from toolkit_desktop.domain.wording import uk_today
from toolkit_desktop.export.atomic import write_atomically
from toolkit_desktop.export.exchange import (
    FORMAT,
    READABLE_VERSIONS,
    ExchangeError,
    ImportedCase,
    parse_document,
    to_document,
)
from toolkit_desktop.storage.vault import Vault

# The text of any real case, and its attachments in base64 (four characters for three bytes).
MAX_CASE_FILE_BYTES = MOST_CASE_FILE_BYTES + MOST_CASE_ATTACHMENT_BYTES * 4 // 3

# The case file's own fields (not answers): what each is, to bound it, and what to call it.
_CASE_TEXT: dict[str, tuple[TextKind, str]] = {
    "reference": (TextKind.REFERENCE, "The case reference"),
    "first_contact_place": (TextKind.SINGLE_LINE, "Where the child was first met"),
}
_CONVERSATION_TEXT: dict[str, tuple[TextKind, str]] = {
    "place": (TextKind.SINGLE_LINE, "Where it took place"),
    "present": (TextKind.SINGLE_LINE, "Who was there"),
    "interpreter": (TextKind.SINGLE_LINE, "The interpreter"),
    "language": (TextKind.SINGLE_LINE, "The language"),
    "how_the_child_was": (TextKind.LONG_TEXT, "How the child was"),
    "account": (TextKind.LONG_TEXT, "The account"),
    "recorded_by": (TextKind.NAME, "Who recorded it"),
}
_ANSWER_TEXT = {"recorded_by": (TextKind.NAME, "Who recorded it"),
                "reason": (TextKind.LONG_TEXT, "The reason for the change")}
_CHRONOLOGY_TEXT = {"recorded_by": (TextKind.NAME, "Who recorded it"),
                    "kind": (TextKind.SINGLE_LINE, "The kind of entry"),
                    "text": (TextKind.LONG_TEXT, "The entry")}
_ATTACHMENT_TEXT = {"description": (TextKind.SINGLE_LINE, "The attachment's description"),
                    "file_name": (TextKind.SINGLE_LINE, "The attachment's file name"),
                    "added_by": (TextKind.NAME, "Who attached it")}
_REMOVAL_TEXT = {"removed_by": (TextKind.NAME, "Who removed it"),
                 "reason": (TextKind.LONG_TEXT, "Why it was removed")}
_EXPORT_TEXT = {"exported_by": (TextKind.NAME, "Who exported it"),
                "destination": (TextKind.PATH, "Where it was saved")}
_MOMENTS: dict[str, tuple[DateKind, str]] = {
    "created_at": (DateKind.RECORDED, "When it was created"),
    "first_contact_at": (DateKind.HAPPENED, "When the child was first met"),
    "occurred_at": (DateKind.HAPPENED, "When it happened"),
    "recorded_at": (DateKind.RECORDED, "When it was recorded"),
    "exported_at": (DateKind.RECORDED, "When it was exported"),
    "added_at": (DateKind.RECORDED, "When it was attached"),
    "removed_at": (DateKind.RECORDED, "When it was removed"),
}
_LONGEST_ID = 100  # a form or field id; longer is not one of ours, and is shortened when said
_SHOWN_LABEL = 60  # an indicator's label is a sentence: enough of it to find it by


def case_document(vault: Vault, case_id: int) -> dict[str, Any]:
    """A case with every revision and attachment, oldest first, as an exchange document (the
    case file's content; the handover file carries the same)."""
    store = vault.cases
    held = {f.attachment.id: f.data for f in store.attached_files(case_id)}
    return to_document(
        store.get(case_id),
        store.revisions(case_id),
        store.chronology(case_id),
        store.conversations(case_id),
        store.exports(case_id),
        [(a, held.get(a.id)) for a in store.attachments(case_id)],
    )


def export_case_json(vault: Vault, case_id: int, target: Path) -> None:
    """Write a case file with every revision and attachment, oldest first; whole or not at all."""
    document = case_document(vault, case_id)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    write_atomically(target, text.encode("utf-8"))
    vault.record_audit("export-json", f"case {case_id} to {target}")


def read_case_file(path: Path) -> Any:
    """Read and decode a case file, or raise ExchangeError with a sentence.

    A file larger than any real case is refused before it is read; a key given twice in one
    object is refused (json would keep the last silently, so `"training": true, "training":
    false` would import as a real case); nesting too deep for the reader is refused in words.
    """
    try:
        if path.stat().st_size > MAX_CASE_FILE_BYTES:
            raise ExchangeError(
                f"{path.name} is too large to be a case file (more than "
                f"{MAX_CASE_FILE_BYTES // (1024 * 1024)} MB)"
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ExchangeError(f"there is no file at {path}") from None
    except OSError as exc:
        raise ExchangeError(f"{path} cannot be read ({exc.strerror})") from None
    return decode_case_file(raw, path.name)


def decode_case_file(raw: bytes, file_name: str) -> Any:
    """Decode a case file's bytes with the refusals of `read_case_file` (the handover file's
    case document is checked the same way)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ExchangeError(f"{file_name} is not UTF-8 text, so it is not a case file") from None
    try:
        return json.loads(text, object_pairs_hook=partial(_once_each, file_name))
    except ExchangeError:  # a key given twice, said by `_once_each`
        raise
    except json.JSONDecodeError as exc:
        raise ExchangeError(
            f"{file_name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise ExchangeError(
            f"{file_name} is nested far too deeply to be a case file (more than "
            f"{DEEPEST_NESTING} levels)"
        ) from None
    except ValueError:  # Python refuses to read an integer of more than 4,300 digits
        raise ExchangeError(
            f"{file_name} holds a number of thousands of digits, which no case file does"
        ) from None


def _once_each(file_name: str, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object of the file, refused when a key appears in it twice."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            beside = ", ".join(shown(k, 20) for k in list(out)[:3] if k != key)
            where = f" (beside {beside})" if beside else ""
            raise ExchangeError(
                f"The key {shown(key)} appears twice in one object of {file_name}{where}, "
                f"once as {shown(out[key])} and once as {shown(value)}; a case file gives each "
                "key once, so which is meant is not clear"
            )
        out[key] = value
    return out


def check_case_file(
    definitions: Definitions, document: Any, today: date | None = None
) -> ImportedCase:
    """Check a decoded case file against the format, the limits (`domain.limits`) and every
    answer against its field; raise ExchangeError with one sentence naming the first problem.

    `today` (the UK date) bounds the dates from above; without it only the fixed outer bound
    applies (`limits.LATEST_EVER`), as when the command line checks a file before it has a vault
    (`import_case` checks again against the vault's clock before writing anything).
    """
    problem = shape_problem(document)
    if problem:
        raise ExchangeError(problem)
    if isinstance(document, dict):
        # Said here, shortened: the format's own reader repeats what it found in full.
        if document.get("format") != FORMAT:
            found = shown(document.get("format"))
            raise ExchangeError(f"format: expected {FORMAT!r}, found {found}")
        version = document.get("format_version")
        if isinstance(version, bool) or version not in READABLE_VERSIONS:
            raise ExchangeError(
                f"format_version: this program reads versions {READABLE_VERSIONS[0]} to "
                f"{READABLE_VERSIONS[-1]}, found {shown(version)}"
            )
    parsed = parse_document(document)
    _check_record(parsed.case, "case", _CASE_TEXT, today)
    for i, c in enumerate(parsed.conversations):
        _check_record(c, f"conversations[{i}]", _CONVERSATION_TEXT, today)
    for i, e in enumerate(parsed.chronology):
        _check_record(e, f"chronology[{i}]", _CHRONOLOGY_TEXT, today)
    for i, x in enumerate(parsed.exports):
        _check_record(x, f"exports[{i}]", _EXPORT_TEXT, today)
        problem = number_problem(x["version"])
        if problem:
            raise ExchangeError(f"The pack version (exports[{i}].version): {problem}")
    for i, answer in enumerate(parsed.answers):
        _check_record(answer, f"answers[{i}]", _ANSWER_TEXT, today)
        _check_answer(definitions, answer, i, today)
    held = 0
    for i, a in enumerate(parsed.attachments):
        _check_record(a, f"attachments[{i}]", _ATTACHMENT_TEXT, today)
        if a["removed"] is not None:
            _check_record(a["removed"], f"attachments[{i}].removed", _REMOVAL_TEXT, today)
        else:
            held += a["size"]
    if held > MOST_CASE_ATTACHMENT_BYTES:
        raise ExchangeError(
            f"attachments: together more than the {MOST_CASE_ATTACHMENT_BYTES // (1024 * 1024)}"
            " MB a case may hold")
    return parsed


def _check_record(
    record: dict[str, Any], where: str, texts: dict[str, tuple[TextKind, str]], today: date | None
) -> None:
    """The case file's own fields of one record: texts within their limits, dates in range."""
    for key, (kind, label) in texts.items():
        value = record.get(key)
        problem = text_problem(value, kind) if isinstance(value, str) else None
        if problem:
            raise ExchangeError(f"{label} ({where}.{key}): {problem}")
    for key, (date_kind, label) in _MOMENTS.items():
        moment = record.get(key)
        if isinstance(moment, datetime):
            # The date as written: converting year 1 or 9999 to another offset overflows.
            day = moment.date()
            problem = span_problem(moment.isoformat(), day, day, date_kind, today)
            if problem:
                raise ExchangeError(f"{label} ({where}.{key}): {problem}")


def _check_answer(
    definitions: Definitions, answer: dict[str, Any], i: int, today: date | None
) -> None:
    """One answer against its field, refused with the field's label and form."""
    for key in ("form", "field"):
        problem = text_problem(answer[key], TextKind.REFERENCE)
        if len(answer[key]) > _LONGEST_ID or problem:
            raise ExchangeError(f"answers[{i}].{key}: {shown(answer[key])} is not a {key} id")
    form_id, field_id = answer["form"], answer["field"]
    form = definitions.form(form_id)
    if form is not None and field_id in form.retired:
        return  # an answer to a question the form no longer asks: history, kept as it was
    problem = check_answer(definitions, form_id, field_id, answer["value"], today=today)
    if not problem:
        return
    where = f"answers[{i}], {form_id}.{field_id}"
    field = form.field(field_id) if form is not None else None
    if form is None or field is None:
        raise ExchangeError(f"{where}: {problem}")
    label = shown(field.label, _SHOWN_LABEL, quoted=False)
    raise ExchangeError(f"{label} in {form.title}: {problem.rstrip('.')} ({where})")


def import_case(vault: Vault, definitions: Definitions, document: Any) -> int:
    """Check a decoded case file, then add it as a new case in one transaction.
    Returns the new case id."""
    parsed = check_case_file(definitions, document, uk_today(vault.clock.now()))
    case = parsed.case
    if case["training"] and not vault.training:
        raise ExchangeError("this is a training case; training cases never enter a real vault")
    if vault.cases.find_by_reference(case["reference"]) is not None:
        raise ExchangeError(
            f"a case with reference {case['reference']} is already in this vault; nothing imported"
        )
    with vault.transaction() as conn:
        new_case = vault.cases.create(
            reference=case["reference"],
            created_at=case["created_at"],
            first_contact_at=case["first_contact_at"],
            first_contact_place=case["first_contact_place"] or "",
            training=bool(case["training"]),
            conn=conn,
        )
        conversation_ids = []
        for c in parsed.conversations:
            values: dict[str, Any] = {k: (v if v is not None else "") for k, v in c.items()}
            conversation = Conversation(case_id=new_case.id, **values)
            conversation_ids.append(vault.cases.add_conversation(conversation, conn))
        revision_ids = vault.cases.append_revisions(
            conn,
            [
                Revision(
                    case_id=new_case.id, form=a["form"], field=a["field"], value=a["value"],
                    recorded_at=a["recorded_at"], recorded_by=a["recorded_by"],
                    reason=a["reason"],
                    conversation_id=None if a["conversation"] is None
                    else conversation_ids[a["conversation"]],
                )
                for a in parsed.answers
            ],
        )
        chronology_ids: list[int] = []
        for e in parsed.chronology:
            chronology_ids.append(
                vault.cases.add_chronology(
                    ChronologyEntry(
                        case_id=new_case.id, occurred_at=e["occurred_at"],
                        recorded_at=e["recorded_at"], recorded_by=e["recorded_by"],
                        kind=e["kind"], text=e["text"],
                        corrects=None if e["corrects"] is None else chronology_ids[e["corrects"]],
                        conversation_id=None if e["conversation"] is None
                        else conversation_ids[e["conversation"]],
                    ),
                    conn=conn,
                )
            )
        for x in parsed.exports:
            vault.cases.record_export(
                PackExport(
                    case_id=new_case.id, version=x["version"], exported_at=x["exported_at"],
                    exported_by=x["exported_by"], destination=x["destination"] or "",
                    covers_revision_id=None if x["covers_answers"] is None
                    else revision_ids[x["covers_answers"]],
                    covers_chronology_id=None if x["covers_chronology"] is None
                    else chronology_ids[x["covers_chronology"]],
                ),
                conn,
            )
        for a in parsed.attachments:
            removed = a["removed"]
            vault.cases.add_attachment(
                Attachment(
                    case_id=new_case.id, number=0, kind=a["kind"], description=a["description"],
                    document_date=a["document_date"], file_name=a["file_name"], size=a["size"],
                    sha256=a["sha256"], child_photo=bool(a["child_photo"]),
                    added_at=a["added_at"], added_by=a["added_by"],
                    removal=None if removed is None else Removal(
                        removed["removed_at"], removed["removed_by"], removed["reason"]),
                ),
                a["data"],
                conn,
            )
    vault.record_audit("import-json", f"case {new_case.id} ({new_case.reference})")
    return new_case.id

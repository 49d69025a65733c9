"""Moving a case between vaults as a JSON case file: export it whole, import it all or nothing.

Import checks the whole file first (format, then every answer against the definitions) and then
writes everything in one transaction, so a malformed file changes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.records import ChronologyEntry, Conversation, PackExport, Revision
from toolkit_desktop.domain.values import check_answer
from toolkit_desktop.export.atomic import write_atomically
from toolkit_desktop.export.exchange import (
    ExchangeError,
    ImportedCase,
    parse_document,
    to_document,
)
from toolkit_desktop.storage.vault import Vault

MAX_CASE_FILE_BYTES = 200 * 1024 * 1024


def export_case_json(vault: Vault, case_id: int, target: Path) -> None:
    """Write a case file with every revision, oldest first; whole or not at all."""
    store = vault.cases
    document = to_document(
        store.get(case_id),
        store.revisions(case_id),
        store.chronology(case_id),
        store.conversations(case_id),
        store.exports(case_id),
    )
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    write_atomically(target, text.encode("utf-8"))
    vault.record_audit("export-json", f"case {case_id} to {target}")


def read_case_file(path: Path) -> Any:
    """Read and decode a case file, or raise ExchangeError with a sentence."""
    try:
        if path.stat().st_size > MAX_CASE_FILE_BYTES:
            raise ExchangeError(f"{path.name} is too large to be a case file")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ExchangeError(f"there is no file at {path}") from None
    except OSError as exc:
        raise ExchangeError(f"{path} cannot be read ({exc.strerror})") from None
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ExchangeError(f"{path.name} is not UTF-8 text, so it is not a case file") from None
    except json.JSONDecodeError as exc:
        raise ExchangeError(
            f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None


def check_case_file(definitions: Definitions, document: Any) -> ImportedCase:
    """Check a decoded case file against the format and every answer against its field."""
    parsed = parse_document(document)
    for i, answer in enumerate(parsed.answers):
        form = definitions.form(answer["form"])
        if form is not None and answer["field"] in form.retired:
            continue  # an answer to a question the form no longer asks: history, kept as it was
        problem = check_answer(definitions, answer["form"], answer["field"], answer["value"])
        if problem:
            raise ExchangeError(f"answers[{i}] ({answer['form']}.{answer['field']}): {problem}")
    return parsed


def import_case(vault: Vault, definitions: Definitions, document: Any) -> int:
    """Check a decoded case file, then add it as a new case in one transaction.
    Returns the new case id."""
    parsed = check_case_file(definitions, document)
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
    vault.record_audit("import-json", f"case {new_case.id} ({new_case.reference})")
    return new_case.id

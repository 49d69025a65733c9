"""Nothing readable leaves the encrypted file: canary strings never appear on disk in the clear.

Unique strings go in through every path (import, answers, chronology, conversations, backup,
re-key); afterwards no file under the home folder or the vault's folder contains them, in UTF-8
or UTF-16 (either byte order).
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from toolkit_desktop.domain.records import Conversation
from toolkit_desktop.forms import default_resources_dir, load_definitions
from toolkit_desktop.services.cases import CaseService
from toolkit_desktop.storage.vault import Vault

PASS = "correct horse battery staple"


def canary(label: str) -> str:
    return f"CANARY-{label}-{uuid.uuid4().hex}"


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*") if p.is_file()]


def test_canaries_never_appear_in_the_clear(cli, home, tmp_path, clock):
    outside = tmp_path / "outside"  # where the user keeps the file they import
    outside.mkdir()
    canaries = {k: canary(k) for k in ("import", "answer", "chronology", "conversation",
                                       "reason", "place", "rekey")}
    assert cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n").code == 0

    case_file = {
        "format": "toolkit-desktop/case", "format_version": 1,
        "case": {"reference": "TK-20261128-CNRY", "created_at": "2026-11-28T01:00:00+00:00",
                 "first_contact_place": canaries["place"]},
        "answers": [{"form": "child", "field": "given_names", "value": canaries["import"],
                     "recorded_at": "2026-11-28T01:00:00+00:00", "recorded_by": "tester"}],
        "chronology": [],
    }
    source = outside / "case.json"
    source.write_text(json.dumps(case_file), encoding="utf-8")
    assert cli("case", "import", str(source), "--passphrase-stdin", stdin=f"{PASS}\n").code == 0

    vault_path = home / "data" / "cases.tkvault"
    definitions = load_definitions(default_resources_dir())
    with Vault.open(vault_path, PASS, clock) as vault:
        service = CaseService(vault, definitions)
        case_id = vault.cases.list_rows()[0].case.id
        service.record_answer(case_id, "child", "family_name", canaries["answer"])
        service.record_answer(case_id, "child", "family_name", "changed",
                              reason=canaries["reason"])
        service.add_chronology(case_id, "event", canaries["chronology"])
        vault.cases.add_conversation(Conversation(
            case_id=case_id, occurred_at=clock.now(), place="room", present="", interpreter="",
            language="", how_the_child_was="", account=canaries["conversation"],
            recorded_at=clock.now(), recorded_by="tester"))
        vault.backup(PASS, "manual")
    assert cli("vault", "rekey", "--passphrase-stdin",
               stdin=f"{PASS}\n{canaries['rekey']}\n").code == 0
    assert cli("vault", "backup", "--passphrase-stdin", stdin=f"{canaries['rekey']}\n").code == 0

    scanned = files_under(home, vault_path.parent)
    assert any(p.name.endswith(".tkvault") and p.parent.name.endswith("-backups") for p in scanned)
    for path in scanned:
        data = path.read_bytes()
        for name, text in canaries.items():
            for encoded in encodings(text):
                assert encoded not in data, f"{name} canary found in the clear in {path}"

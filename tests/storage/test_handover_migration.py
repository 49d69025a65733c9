"""Migration 0006: a vault of 0005 gains the handover tables, and their triggers hold for any writer
(plain SQL on the keyed connection, not only the app's own code)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlcipher3
from alembic import command

from toolkit_desktop.storage import migrate
from toolkit_desktop.storage.vault import Vault

PASS = "correct horse battery staple"
AT = datetime(2026, 11, 28, 3, 0, tzinfo=UTC).isoformat()


def hand_over_by_sql(raw, case_id: int, handover_id: str = "h1") -> None:
    raw.execute(
        "INSERT INTO handovers (case_id, handover_id, reference, receiver, handed_by, handed_at, "
        "destination, code_digest) VALUES (?, ?, 'TK-1', 'Day team', 'sw', ?, 'x', 'd')",
        (case_id, handover_id, AT))


def test_0006_upgrades_a_0005_vault_and_down_again(vault_path, clock):
    with Vault.create(vault_path, PASS, clock) as vault:
        case_id = vault.cases.create(first_contact_at=None).id
        with vault.transaction() as conn:
            command.downgrade(migrate._config(conn), "0005")
            assert migrate.current_revision(conn) == "0005"
        with vault.raw() as raw:
            tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
        assert "handovers" not in tables
    # Opening migrates it (after a backup), and the case from before is still writable.
    with Vault.open(vault_path, PASS, clock) as vault:
        with vault.transaction() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
        vault.cases.record(case_id, "child", "known_as", "Minh", "sw")


def test_the_triggers_refuse_plain_sql_while_a_case_awaits_confirmation(vault):
    case_id = vault.cases.create(first_contact_at=None).id
    other = vault.cases.create(first_contact_at=None).id
    with vault.raw() as raw:
        hand_over_by_sql(raw, case_id)
        statements = [
            ("INSERT INTO revisions (case_id, form, field, value_json, recorded_at, recorded_by) "
             "VALUES (?, 'child', 'known_as', '\"x\"', ?, 'sw')", (case_id, AT)),
            ("INSERT INTO chronology (case_id, occurred_at, recorded_at, recorded_by, kind, text)"
             " VALUES (?, ?, ?, 'sw', 'note', 'x')", (case_id, AT, AT)),
            ("UPDATE cases SET first_contact_place = 'elsewhere' WHERE id = ?", (case_id,)),
        ]
        for sql, params in statements:
            with pytest.raises(sqlcipher3.dbapi2.IntegrityError, match="awaiting confirmation"):
                raw.execute(sql, params)
        with pytest.raises(sqlcipher3.dbapi2.IntegrityError, match="awaiting confirmation"):
            hand_over_by_sql(raw, case_id, "h2")  # one handover at a time
        raw.execute(statements[0][0], (other, AT))  # another case is not touched
        for sql in ("UPDATE handovers SET receiver = 'someone else'", "DELETE FROM handovers"):
            with pytest.raises(sqlcipher3.dbapi2.IntegrityError, match="append-only"):
                raw.execute(sql)
        with pytest.raises(sqlcipher3.dbapi2.IntegrityError, match="confirmed or withdrawn"):
            raw.execute("INSERT INTO handover_outcomes (handover_id, outcome, at, by, reason) "
                        "VALUES (1, 'forgotten', ?, 'sw', '')", (AT,))
        raw.execute("INSERT INTO handover_outcomes (handover_id, outcome, at, by, reason) "
                    "VALUES (1, 'withdrawn', ?, 'sw', 'lost')", (AT,))
        raw.execute(statements[0][0], (case_id, AT))  # writable again once withdrawn


def test_a_refused_write_reads_as_one_sentence_through_the_vault(vault):
    case_id = vault.cases.create(first_contact_at=None).id
    with vault.raw() as raw:
        hand_over_by_sql(raw, case_id)
    from toolkit_desktop.storage.handover_store import CaseAwaitingConfirmation

    with pytest.raises(CaseAwaitingConfirmation) as refused:
        vault.cases.record(case_id, "child", "known_as", "Minh", "sw")
    assert refused.value.message.startswith("This case was handed over and is waiting")

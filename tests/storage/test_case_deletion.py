"""Deleting a case: only the deletion path can delete, and nothing of the case is left in the file.

Checked with an independent reader: every page of the vault file is decrypted from SQLCipher 4's
published format (`decrypt_sqlcipher4`, using only `cryptography`), free pages included, and the
canary strings put into the deleted case through every path are searched for in the clear.
"""

from __future__ import annotations

import unicodedata
import uuid
from datetime import timedelta

import pytest
import sqlcipher3

from toolkit_desktop.domain.records import ChronologyEntry, Conversation, PackExport
from toolkit_desktop.services import attachments
from toolkit_desktop.services.deletion import DeletionRefused, delete_case
from toolkit_desktop.storage.backups import Generations
from toolkit_desktop.storage.engine import sql_string_literal

from .test_independent_reader import decrypt_sqlcipher4

PASS = "correct horse battery staple"  # the conftest's vault
KEEP = Generations()
CASE_TABLES = ("revisions", "chronology", "conversations", "pack_exports", "attachments",
               "drafts")


def fill_case(vault, tag: str) -> tuple[int, str, list[str]]:
    """A case holding a canary in every kind of record: (id, reference, canaries)."""
    canaries = [f"{tag}-{kind}-{uuid.uuid4().hex}" for kind in (
        "place", "answer", "old-answer", "conversation", "chronology", "correction",
        "attachment-bytes", "attachment-description", "removed-bytes", "removal-reason",
        "export", "draft")]
    (place, answer, old_answer, account, entry, correction, data, description, removed_data,
     removal_reason, destination, draft) = canaries
    now = vault.clock.now()
    case = vault.cases.create(first_contact_at=now, first_contact_place=place)
    vault.cases.record(case.id, "child", "given_names", old_answer, "sw")
    vault.cases.record(case.id, "child", "given_names", answer, "sw", reason="spelling")
    talk = vault.cases.add_conversation(Conversation(
        case.id, now, "office", "sw", "", "", "", account, now, "sw"))
    first = vault.cases.add_chronology(ChronologyEntry(
        case.id, now, now, "sw", "note", entry, conversation_id=talk))
    vault.cases.add_chronology(ChronologyEntry(
        case.id, now, now, "sw", "note", correction, corrects=first))
    pdf = b"%PDF-1.4\n%" + data.encode() + b"\n%%EOF\n"
    attachments.attach_bytes(vault, case.id, pdf, "letter.pdf", description)
    attachments.attach_bytes(vault, case.id, b"%PDF-1.4\n%" + removed_data.encode()
                             + b"\n%%EOF\n", "old.pdf", "an old letter")
    attachments.remove(vault, case.id, 2, removal_reason)
    vault.cases.record_export(PackExport(case.id, 1, now, "sw", destination))
    vault.cases.keep_draft(case.id, "conversation", {"account": draft})  # typed, not recorded
    return case.id, case.reference, canaries


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le")]


def rows_of(vault, case_id: int) -> dict[str, int]:
    with vault.raw() as raw:
        counts = {t: raw.execute(f"SELECT count(*) FROM {t} WHERE case_id = ?",
                                 (case_id,)).fetchone()[0] for t in CASE_TABLES}
        counts["cases"] = raw.execute("SELECT count(*) FROM cases WHERE id = ?",
                                      (case_id,)).fetchone()[0]
        counts["attachment_data"] = raw.execute(
            "SELECT count(*) FROM attachment_data").fetchone()[0]
        counts["attachment_removals"] = raw.execute(
            "SELECT count(*) FROM attachment_removals").fetchone()[0]
    return counts


def test_deleting_leaves_nothing_of_the_case_in_any_page_of_the_file(vault, vault_path):
    case_id, reference, canaries = fill_case(vault, "gone")
    kept_id, _, kept = fill_case(vault, "kept")
    vault.close()
    image = decrypt_sqlcipher4(vault_path, unicodedata.normalize("NFC", PASS))
    # The check can fail: before the deletion every canary is there in the clear (but the bytes
    # of the attachment removed earlier, which were wiped when it was removed).
    assert [c for c in canaries if not any(e in image for e in encodings(c))] == [canaries[8]]

    from toolkit_desktop.storage.vault import Vault

    with Vault.open(vault_path, PASS, vault.clock) as opened:
        done = delete_case(opened, case_id, "Retention period over", reference, KEEP, by="IT")
        assert done.reference == reference and done.compacted
        counts = rows_of(opened, case_id)
        own = {k: v for k, v in counts.items() if not k.startswith("attachment_")}
        assert own == dict.fromkeys((*CASE_TABLES, "cases"), 0)
        assert counts["attachment_data"] == 1 and counts["attachment_removals"] == 1  # kept's
        # The other case is untouched, down to its attachment's bytes.
        assert opened.cases.current(kept_id)[("child", "given_names")].value == kept[1]
        assert len(opened.cases.revisions(kept_id)) == 2
        assert [e.text for e in opened.cases.chronology(kept_id)] == [kept[4], kept[5]]
        assert kept[6].encode() in attachments.data_of(opened, kept_id, 1)
        assert len(opened.cases.exports(kept_id)) == 1
        # One audit line: reference, who, why; nothing the case held.
        (line,) = [e for e in opened.audit_trail() if e.action == "delete-case"]
        assert line.detail == f"case {reference} deleted by IT; reason: Retention period over"
        assert not any(c in line.detail for c in canaries)

    raw_bytes = vault_path.read_bytes()
    image = decrypt_sqlcipher4(vault_path, unicodedata.normalize("NFC", PASS))  # every page's
    for canary in canaries:  # HMAC checks too, so VACUUM left a sound, re-encrypted file
        for encoded in encodings(canary):
            assert encoded not in image, canary
            assert encoded not in raw_bytes, canary
    assert [c for c in kept if not any(e in image for e in encodings(c))] == [kept[8]]
    assert not vault_path.with_name(vault_path.name + "-journal").exists()

    # And SQLCipher itself, keyed from scratch, finds the file sound and the case gone.
    conn = sqlcipher3.connect(str(vault_path))
    try:
        conn.execute(f"PRAGMA key = {sql_string_literal(PASS)}")
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
        assert conn.execute("SELECT reference FROM case_deletions").fetchall() == [(reference,)]
    finally:
        conn.close()


@pytest.mark.parametrize("statement", [
    "DELETE FROM revisions WHERE case_id = {id}",
    "DELETE FROM chronology WHERE case_id = {id}",
    "DELETE FROM conversations WHERE case_id = {id}",
    "DELETE FROM pack_exports WHERE case_id = {id}",
    "DELETE FROM attachment_data",
    "DELETE FROM attachment_removals",
    "DELETE FROM attachments WHERE case_id = {id}",
    "DELETE FROM cases WHERE id = {id}",
    "DELETE FROM audit",
    "UPDATE revisions SET value_json = '\"x\"'",
])
def test_a_stray_delete_still_fails_and_changes_nothing(vault, statement):
    case_id, _, _ = fill_case(vault, "stray")
    before = rows_of(vault, case_id)
    with pytest.raises(Exception, match="append-only|only with"), \
            vault.transaction() as conn:
        conn.exec_driver_sql(statement.format(id=case_id))
    assert rows_of(vault, case_id) == before


def test_a_deletion_record_cannot_be_removed_or_rewritten_and_names_a_real_case(vault):
    case_id, reference, _ = fill_case(vault, "record")
    delete_case(vault, case_id, "Duplicate of another case", reference, KEEP)
    for statement in ("DELETE FROM case_deletions", "UPDATE case_deletions SET case_id = 99"):
        with pytest.raises(Exception, match="append-only"), vault.transaction() as conn:
            conn.exec_driver_sql(statement)
    # Writing a deletion record for a case that does not exist is refused too.
    with pytest.raises(Exception, match="no such case"), vault.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO case_deletions (case_id, reference, deleted_at) "
                             "VALUES (4242, 'TK-X', '2026-11-28T02:00:00.000000+00:00')")


def test_a_deleted_case_number_is_never_given_to_another_case(vault):
    first = vault.cases.create(first_contact_at=None)
    last = vault.cases.create(first_contact_at=None)
    delete_case(vault, last.id, "Started by mistake", last.reference, KEEP)
    again = vault.cases.create(first_contact_at=None)
    assert again.id > last.id and vault.cases.get(first.id) == first
    with pytest.raises(Exception, match="never used again"), vault.transaction() as conn:
        conn.exec_driver_sql(
            "INSERT INTO cases (id, reference, created_at, first_contact_place, training) "
            f"VALUES ({last.id}, 'TK-REUSED', '2026-11-28T02:00:00.000000+00:00', '', 0)")


@pytest.mark.parametrize(("reason", "typed", "says"), [
    ("Retention period over", "TK-20261128-WRONG", "not the reference of case"),
    ("   ", None, "Say why"),
    ("Retention period over", "", "not the reference of case"),
])
def test_no_reason_or_a_wrong_reference_deletes_nothing(vault, reason, typed, says):
    case_id, reference, _ = fill_case(vault, "refused")
    before = rows_of(vault, case_id)
    with pytest.raises(DeletionRefused, match=says):
        delete_case(vault, case_id, reason, reference if typed is None else typed, KEEP)
    assert rows_of(vault, case_id) == before
    assert not [e for e in vault.audit_trail() if e.action == "delete-case"]


def test_the_reference_may_be_typed_back_in_small_letters(vault):
    case_id, reference, _ = fill_case(vault, "small")
    delete_case(vault, case_id, "Retention period over", f"  {reference.lower()} ", KEEP)
    assert rows_of(vault, case_id)["cases"] == 0


def test_the_sentence_says_when_the_last_backup_holding_the_case_is_rotated_away(vault, clock):
    case_id, reference, _ = fill_case(vault, "backed-up")
    vault.backup(PASS, "manual")
    clock.advance(days=3)
    done = delete_case(vault, case_id, "Retention period over", reference,
                       Generations(recent=5, daily=14, weekly=8))
    # The newest backup holding it was taken three days ago; 8 weeks after that at the latest.
    assert done.backups_until == (clock.now() - timedelta(days=3) + timedelta(weeks=8)).date()
    assert "23 January 2027 at the latest" in done.sentence
    assert done.kept_backups == ()


def test_backups_kept_for_good_are_named_in_the_sentence(vault_path, clock):
    from alembic import command

    from toolkit_desktop.storage import migrate
    from toolkit_desktop.storage.vault import Vault

    with Vault.create(vault_path, PASS, clock) as vault:
        case_id, reference, _ = fill_case(vault, "migrated")
        with vault.transaction() as conn:
            command.downgrade(migrate._config(conn), "0004")
    with Vault.open(vault_path, PASS, clock) as vault:  # migrates to 0005 after a backup
        done = delete_case(vault, case_id, "Retention period over", reference, KEEP)
    assert len(done.kept_backups) == 1 and "before a migration" in done.sentence
    assert "One backup kept" in done.sentence and done.backups_until is None

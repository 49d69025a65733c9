"""Schema migrations: each step builds what tables.py describes, with a backup before it runs."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from toolkit_desktop.storage import migrate
from toolkit_desktop.storage.backups import list_backups
from toolkit_desktop.storage.tables import metadata
from toolkit_desktop.storage.upkeep import open_read_only
from toolkit_desktop.storage.vault import Vault

PASS = "correct horse battery staple"


def test_the_migrations_build_exactly_the_tables_the_code_uses(vault):
    with vault.transaction() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision() == "0008"
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == []


def test_a_backup_is_taken_before_any_migration_runs(vault_path, clock, monkeypatch):
    Vault.create(vault_path, PASS, clock).close()
    seen_at_upgrade: list[list[str]] = []

    def fake_upgrade(conn):
        seen_at_upgrade.append([p.name for p in list_backups(vault_path)])

    monkeypatch.setattr(migrate, "HEAD_REVISION", "0009")
    monkeypatch.setattr(migrate, "known_revisions",
                        lambda: {f"{n:04}" for n in range(1, 10)})
    monkeypatch.setattr(migrate, "upgrade", fake_upgrade)
    Vault.open(vault_path, PASS, clock).close()

    assert len(seen_at_upgrade) == 1
    (names,) = seen_at_upgrade
    assert len(names) == 1 and names[0].endswith("-before-migration.tkvault")
    backup = list_backups(vault_path)[-1]
    conn = open_read_only(backup, PASS)  # the backup opens with the passphrase
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0008"
    finally:
        conn.close()


def test_migrations_0002_and_0003_keep_old_exports_and_the_append_only_rule(vault_path, clock):
    from alembic import command

    from toolkit_desktop.domain.records import PackExport

    with Vault.create(vault_path, PASS, clock) as vault:
        case_id = vault.cases.create(first_contact_at=None).id
        with vault.transaction() as conn:
            command.downgrade(migrate._config(conn), "0001")
            conn.exec_driver_sql(
                "INSERT INTO pack_exports (case_id, version, exported_at, exported_by, destination)"
                f" VALUES ({case_id}, 1, '2026-11-27T10:00:00.000000+00:00', 'sw', 'old.pdf')"
            )
            assert migrate.current_revision(conn) == "0001"

    with Vault.open(vault_path, PASS, clock) as vault:  # migrates, after a backup
        with vault.transaction() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        (old,) = vault.cases.exports(case_id)
        assert (old.version, old.covers_revision_id, old.contents_digest) == (1, None, None)
        vault.cases.record_export(PackExport(case_id, 2, clock.now(), "sw", "new.pdf", None, 7, 3))
        assert vault.cases.exports(case_id)[-1].covers_revision_id == 7
        with pytest.raises(Exception, match="append-only"), vault.transaction() as conn:
            conn.exec_driver_sql("UPDATE pack_exports SET version = 9")
    assert any(p.name.endswith("-before-migration.tkvault") for p in list_backups(vault_path))

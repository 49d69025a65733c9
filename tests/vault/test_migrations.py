"""Schema migrations: each step builds what tables.py describes, with a backup before it runs."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from toolkit_desktop.storage import migrate
from toolkit_desktop.storage.backups import list_backups
from toolkit_desktop.storage.tables import metadata
from toolkit_desktop.storage.vault import Vault, open_read_only

PASS = "correct horse battery staple"


def test_migration_0001_builds_exactly_the_tables_the_code_uses(vault):
    with vault.transaction() as conn:
        assert migrate.current_revision(conn) == "0001"
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == []


def test_a_backup_is_taken_before_any_migration_runs(vault_path, clock, monkeypatch):
    Vault.create(vault_path, PASS, clock).close()
    seen_at_upgrade: list[list[str]] = []

    def fake_upgrade(conn):
        seen_at_upgrade.append([p.name for p in list_backups(vault_path)])

    monkeypatch.setattr(migrate, "head_revision", lambda: "0002")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {"0001", "0002"})
    monkeypatch.setattr(migrate, "upgrade", fake_upgrade)
    Vault.open(vault_path, PASS, clock).close()

    assert len(seen_at_upgrade) == 1
    (names,) = seen_at_upgrade
    assert len(names) == 1 and names[0].endswith("-before-migration.tkvault")
    backup = list_backups(vault_path)[-1]
    conn = open_read_only(backup, PASS)  # the backup opens with the passphrase
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        conn.close()

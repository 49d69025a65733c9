"""Schema versions with alembic: where a vault stands, and bringing it up to date.

Alembic is the field's standard for SQLAlchemy schemas; it runs on the vault's own keyed
connection. The caller takes an encrypted backup before `upgrade` touches an existing vault.

Opening a vault only asks whether a migration is due: that is one plain query of the
`alembic_version` table against `HEAD_REVISION`, so alembic (about a third of a second to import)
is loaded only when a vault is created, migrated or found newer than this program.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# The newest revision in migrations/versions, known without importing alembic. A test
# (tests/storage/test_head_revision.py) asks alembic's ScriptDirectory for the head, so adding a
# migration without moving this fails the tests rather than leaving vaults unmigrated.
HEAD_REVISION = "0008"


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config  # deferred: alembic is needed only to migrate

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this program knows, as alembic's scripts say."""
    from alembic.script import ScriptDirectory  # deferred: alembic is needed only to migrate

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this program knows."""
    from alembic.script import ScriptDirectory  # deferred: alembic is needed only to migrate

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The vault's schema revision, or None for a vault with no schema yet.

    Read with plain SQL, as alembic itself stores it (one row of `alembic_version`)."""
    try:
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except OperationalError:  # no such table: nothing was ever migrated
        return None
    if len(rows) > 1:  # branches merged by hand: only alembic can say where this stands
        from alembic.runtime.migration import MigrationContext  # deferred: see above

        return MigrationContext.configure(connection).get_current_revision()
    return str(rows[0][0]) if rows else None


def migration_due(revision: str | None) -> bool:
    """Whether a vault at `revision` needs `upgrade` (or is newer than this program)."""
    return revision != HEAD_REVISION


def upgrade(connection: Connection) -> None:
    """Bring the schema to the newest revision, in the connection's transaction."""
    from alembic import command  # deferred: alembic is needed only to migrate

    command.upgrade(_config(connection), "head")

"""Alembic's entry point: runs migrations on the vault's own open, keyed connection.

The connection is handed over in `config.attributes["connection"]`, so the passphrase never goes
into an alembic.ini (where a `%` would also break configparser).
"""

from __future__ import annotations

from alembic import context

from toolkit_desktop.storage.tables import metadata

connection = context.config.attributes["connection"]
# render_as_batch: SQLite cannot ALTER most things, so alembic rebuilds tables in batches.
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

"""Opening a vault finds out whether a migration is due without alembic, and that answer is right.

`migrate.HEAD_REVISION` is what the open path compares the vault with; alembic's own scripts say
what the head really is. A new migration without the constant moved would leave vaults at the old
schema, so this test fails until they agree.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from toolkit_desktop.storage import migrate

PASSPHRASE = "blue kettle river autumn"  # the conftest's existing_vault


def test_the_head_the_open_path_knows_is_the_head_of_the_migration_scripts():
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_a_vault_at_the_head_is_open_without_loading_alembic(existing_vault):
    script = textwrap.dedent(
        f"""
        import sys
        from toolkit_desktop.domain.clock import SystemClock
        from pathlib import Path
        from toolkit_desktop.storage.vault import Vault
        vault = Vault.open(Path({str(existing_vault)!r}), {PASSPHRASE!r}, SystemClock())
        vault.close()
        print(sorted(m for m in sys.modules if m.split(".")[0] == "alembic"))
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
        env=dict(os.environ),  # the test's private home, set by the conftest
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "[]"

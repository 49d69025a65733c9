"""Helper process for the crash test: imports the storage once, then forks a writer per request.

Forking from a warm process keeps 200 kills affordable (a cold start imports SQLAlchemy and alembic
each time). Protocol on stdout, one line each: `pid P` when a writer starts; the writer's
`seen A,B,...` (every number present after it opened the vault and checked its integrity) and
`ok N` after each committed revision; `dead` once the writer has been killed and reaped.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from toolkit_desktop.domain.clock import SystemClock
from toolkit_desktop.storage.vault import Vault


def writer(path: Path, passphrase: str, case_id: int, start: int) -> None:
    vault = Vault.open(path, passphrase, SystemClock(), backup=False)
    problems = vault.check()
    seen = sorted(r.value for r in vault.cases.revisions(case_id, "crash"))
    out = os.fdopen(1, "w", buffering=1)
    out.write(f"seen {','.join(map(str, seen))}|{'; '.join(problems) or 'ok'}\n")
    number = start
    while True:
        vault.cases.record(case_id, "crash", "n", number, "crash-test")
        out.write(f"ok {number}\n")
        number += 1


def main() -> None:
    path, passphrase, case_id = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    for line in sys.stdin:
        start = int(line)
        pid = os.fork()
        if pid == 0:
            try:
                writer(path, passphrase, case_id, start)
            finally:
                os._exit(1)
        print(f"pid {pid}", flush=True)
        os.waitpid(pid, 0)
        print("dead", flush=True)


if __name__ == "__main__":
    main()

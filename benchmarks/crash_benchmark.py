"""Prints how many acknowledged writes survive N SIGKILLs of a writer (default 1,000).

Run with `python benchmarks/crash_benchmark.py [--kills N] [--seed S]`. It drives the crash test's
own zygote (`tests/storage/crash_zygote.py`): a warm process forks a writer that opens the vault,
reports what it sees and then each committed revision; the writer is killed after a random number
of reports (sometimes while it is still opening the vault). After each kill the next writer says
which numbers it finds, so a loss is seen at once; at the end the vault is checked page by page.
Nothing is asserted: it prints kills, acknowledged writes and losses, and exits 1 on any loss.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from toolkit_desktop.domain.clock import SystemClock
from toolkit_desktop.storage.vault import Vault

PASS = "crash benchmark passphrase"
ZYGOTE = Path(__file__).resolve().parents[1] / "tests" / "storage" / "crash_zygote.py"


def run(kills: int, seed: int, folder: Path) -> tuple[int, set[int], set[int], list[str]]:
    """Kill `kills` writers; the acknowledged numbers, those missing at the end, and problems."""
    path = folder / "crash.tkvault"
    with Vault.create(path, PASS, SystemClock()) as vault:
        case_id = vault.cases.create(first_contact_at=None).id
    zygote = subprocess.Popen(
        [sys.executable, str(ZYGOTE), str(path), PASS, str(case_id)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    rng = random.Random(seed)
    acknowledged: set[int] = set()
    lost_seen: set[int] = set()
    next_number = 0
    try:
        for _ in range(kills):
            zygote.stdin.write(f"{next_number}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline().split()[1])
            wanted = rng.choice([0, 0, 1, 2, 3, 5, 8, 13, 21])
            if wanted:
                line = zygote.stdout.readline()
                if line.startswith("seen "):
                    seen_text = line[5:].split("|")[0]
                    seen = {int(n) for n in seen_text.split(",") if n}
                    lost_seen |= acknowledged - seen
                for _got in range(wanted):
                    line = zygote.stdout.readline()
                    if not line.startswith("ok "):
                        break
                    acknowledged.add(int(line.split()[1]))
                    next_number = max(next_number, int(line.split()[1]) + 1)
            os.kill(pid, signal.SIGKILL)
            for line in iter(zygote.stdout.readline, "dead\n"):
                if line.startswith("ok "):  # acknowledged just before the kill landed
                    acknowledged.add(int(line.split()[1]))
                    next_number = max(next_number, int(line.split()[1]) + 1)
            next_number += 1000  # numbers of a half-written commit are never reused
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=120)
    with Vault.open(path, PASS, SystemClock()) as vault:
        problems = vault.check()
        present = {int(r.value) for r in vault.cases.revisions(case_id, "crash")}
    return kills, acknowledged, lost_seen | (acknowledged - present), problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20261128)
    args = parser.parse_args()
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        kills, acknowledged, lost, problems = run(args.kills, args.seed, Path(folder))
    print(f"kills: {kills}")
    print(f"acknowledged writes: {len(acknowledged)}")
    print(f"losses: {len(lost)}" + (f" (first: {sorted(lost)[:10]})" if lost else ""))
    print(f"integrity at the end: {'; '.join(problems) or 'ok'}")
    print(f"time: {time.perf_counter() - began:.0f} s")
    return 1 if lost or problems else 0


if __name__ == "__main__":
    sys.exit(main())

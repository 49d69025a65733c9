"""Every reported commit survives SIGKILL at random moments, and the vault stays sound.

A writer process records numbered revisions and reports each commit; the test kills it with
SIGKILL after a random number of reports (sometimes before the first, while it is still opening
the vault), 200 times, and checks after each kill that every reported number is there.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from toolkit_desktop.storage.vault import Vault

KILLS = 200
PASS = "correct horse battery staple"


@pytest.mark.slow  # about 50 s: `make test` runs it, `make test-quick` leaves it out
def test_reported_revisions_survive_sigkill(tmp_path, clock):
    path = tmp_path / "crash.tkvault"
    with Vault.create(path, PASS, clock) as vault:
        case_id = vault.cases.create(first_contact_at=None).id
    zygote = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("crash_zygote.py")), str(path), PASS,
         str(case_id)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
    )
    rng = random.Random(20261128)
    reported: set[int] = set()
    next_number = 0
    try:
        for _ in range(KILLS):
            zygote.stdin.write(f"{next_number}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline().split()[1])
            wanted = rng.choice([0, 0, 1, 2, 3, 5, 8, 13, 21])
            got = 0
            if wanted:
                line = zygote.stdout.readline()
                assert line.startswith("seen "), line
                seen_text, integrity = line[5:].rstrip("\n").split("|")
                seen = {int(n) for n in seen_text.split(",") if n}
                assert integrity == "ok"
                assert reported <= seen, f"lost: {sorted(reported - seen)[:10]}"
                while got < wanted:
                    line = zygote.stdout.readline()
                    reported.add(int(line.split()[1]))
                    next_number = max(next_number, int(line.split()[1]) + 1)
                    got += 1
            os.kill(pid, signal.SIGKILL)
            for line in iter(zygote.stdout.readline, "dead\n"):
                if line.startswith("ok "):  # reported just before the kill landed
                    reported.add(int(line.split()[1]))
                    next_number = max(next_number, int(line.split()[1]) + 1)
            next_number += 1000  # numbers of a half-written commit are never reused
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=60)

    with Vault.open(path, PASS, clock, backup=False) as vault:
        assert vault.check() == []
        present = {r.value for r in vault.cases.revisions(case_id, "crash")}
    assert reported <= present
    assert len(reported) > KILLS  # the test did write, and did kill mid-way

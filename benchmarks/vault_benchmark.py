"""Prints how fast the vault is with 5,000 cases: unlock, record one answer, list the cases.

Run with `make benchmarks` (or `python benchmarks/vault_benchmark.py [--cases N]`). It builds a
throwaway vault in a temporary folder; nothing is asserted, the numbers are for people to read.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from toolkit_desktop.domain.clock import SystemClock
from toolkit_desktop.domain.records import Revision
from toolkit_desktop.storage.vault import Vault

PASS = "benchmark passphrase"
CHILD = {"given_names": "Minh", "family_name": "Nguyen", "claimed_age": 15,
         "nationality": "Vietnamese", "gender": "male", "languages": "Vietnamese"}
MATRIX = ["no_documents", "adult_not_guardian", "owes_debt", "cannabis_or_crime"]


def seed(vault: Vault, cases: int) -> None:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    with vault.transaction() as conn:
        for n in range(cases):
            case = vault.cases.create(first_contact_at=start + timedelta(hours=n),
                                      first_contact_place="Port", conn=conn)
            at = start + timedelta(hours=n, minutes=5)
            revs = [Revision(case.id, "child", f, v, at, "bench") for f, v in CHILD.items()]
            revs += [Revision(case.id, "matrix", i, {"status": "known", "evidence": "seen",
                                                     "source": "SW"}, at, "bench") for i in MATRIX]
            vault.cases.append_revisions(conn, revs)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--answers", type=int, default=200, help="answers to time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.tkvault"
        with Vault.create(path, PASS, SystemClock()) as vault:
            seed(vault, args.cases)
        size = path.stat().st_size / 1e6

        began = time.perf_counter()
        vault = Vault.open(path, PASS, SystemClock())  # includes the backup taken at unlock
        unlock = time.perf_counter() - began

        times = []
        for n in range(args.answers):
            began = time.perf_counter()
            vault.cases.record(1 + n % args.cases, "child", "family_name", f"Name {n}", "bench")
            times.append(time.perf_counter() - began)

        began = time.perf_counter()
        rows = vault.cases.list_rows()
        listing = time.perf_counter() - began
        vault.close()

    print(f"vault of {args.cases} cases ({size:.1f} MB)")
    print(f"unlock (key derivation, checks, backup): {unlock * 1000:8.1f} ms")
    print(f"record one answer, median:               {statistics.median(times) * 1000:8.1f} ms")
    print(f"record one answer, 95th percentile:      {percentile(times, 0.95) * 1000:8.1f} ms")
    print(f"list {len(rows)} cases with the child's details: {listing * 1000:8.1f} ms")


if __name__ == "__main__":
    main()

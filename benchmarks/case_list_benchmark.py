"""Prints how fast the case list is with 5,000 cases: fill the list, then filter as a name is typed.

Run with `make benchmarks` (or `python benchmarks/case_list_benchmark.py [--cases N]`; no display
needed). The cases are made in memory, no vault; nothing is asserted, the numbers are for people
to read.
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import UTC, datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from toolkit_desktop.domain.records import Case  # noqa: E402
from toolkit_desktop.domain.timescales import Timescales  # noqa: E402
from toolkit_desktop.services.case_list import case_entry  # noqa: E402
from toolkit_desktop.storage.case_store import CaseRow  # noqa: E402
from toolkit_desktop.ui.cases.case_list_page import CaseListPage  # noqa: E402

NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)


def rows(count: int) -> list[CaseRow]:
    made = []
    for n in range(count):
        case = Case(id=n, reference=f"TK-20261128-{n:04d}", created_at=NOW,
                    first_contact_at=NOW - timedelta(minutes=n), first_contact_place="Dover")
        made.append(CaseRow(case, {("child", "known_as"): f"child {n}"}, NOW))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=5000, help="how many cases (5000)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    page = CaseListPage(lambda: NOW)
    page.resize(1366, 700)
    page.show()
    app.processEvents()

    began = time.perf_counter()
    entries = [case_entry(row, Timescales(), NOW.date()) for row in rows(args.cases)]
    made = time.perf_counter() - began
    began = time.perf_counter()
    page.set_entries(entries)
    app.processEvents()
    listed = time.perf_counter() - began
    print(f"{args.cases} cases: list lines made in {1000 * made:7.1f} ms,"
          f" shown in {1000 * listed:7.1f} ms")

    # Search as you type: one filter per key, as the practitioner types "child 4999".
    query = f"child {args.cases - 1}"
    total = 0.0
    for length in range(1, len(query) + 1):
        began = time.perf_counter()
        page.query.setText(query[:length])
        app.processEvents()
        took = time.perf_counter() - began
        total += took
        print(f"  typed {query[:length]!r:<14} {page.model.rowCount():>5} shown"
              f"  {1000 * took:6.1f} ms")
    print(f"  the whole query, key by key: {1000 * total:.1f} ms")
    began = time.perf_counter()
    page.query.clear()
    app.processEvents()
    print(f"  cleared, every case back:  {1000 * (time.perf_counter() - began):.1f} ms")
    page.close()


if __name__ == "__main__":
    main()

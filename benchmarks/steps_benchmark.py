"""What the practitioner waits for at each step, beside the floor of the same stack, in one table.

Each step is timed as the app takes it (through the services and the real case-list widgets, not
a lower layer) and next to the least the same stack could do in its place: raw `sqlcipher3` with
the key, a bare Python filter, a raw INSERT and COMMIT with the app's journal settings. The two
are run in turn (project, floor, project, floor, ...) so a busy moment of this shared machine
falls on both, and the medians are compared. Nothing is asserted; `make benchmarks` prints it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/steps_benchmark.py [--runs 5]
        [--cases 5000] [--large 50000]

Building the vault of `--large` cases takes a minute or two; `--large 0` leaves that row out.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))  # pack_benchmark, beside this file

import sqlcipher3  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from toolkit_desktop.domain.clock import SystemClock  # noqa: E402
from toolkit_desktop.domain.definitions import Definitions  # noqa: E402
from toolkit_desktop.domain.names import search_terms  # noqa: E402
from toolkit_desktop.domain.records import Revision  # noqa: E402
from toolkit_desktop.forms import default_resources_dir, load_definitions  # noqa: E402
from toolkit_desktop.services.cases import CaseService  # noqa: E402
from toolkit_desktop.services.session import Session, open_session  # noqa: E402
from toolkit_desktop.storage.engine import open_keyed  # noqa: E402
from toolkit_desktop.storage.vault import Vault  # noqa: E402
from toolkit_desktop.ui.cases.case_list_page import CaseListPage  # noqa: E402

PASS = "benchmark kettle river autumn"
START = datetime(2025, 1, 1, tzinfo=UTC)
CHILD = {"given_names": "Minh", "family_name": "Nguyen", "claimed_age": 15,
         "nationality": "Vietnamese", "gender": "male", "languages": "Vietnamese"}
MATRIX = ["no_documents", "adult_not_guardian", "owes_debt", "cannabis_or_crime"]
# The list's floor: the latest value of every child's-details answer of every case, by SQL.
LIST_SQL = """
SELECT r.case_id, r.field, r.value_json FROM revisions r
JOIN (SELECT max(id) AS id FROM revisions WHERE form = 'child' GROUP BY case_id, form, field) l
ON r.id = l.id
"""
INSERT_SQL = ("INSERT INTO revisions (case_id, form, field, value_json, recorded_at, recorded_by)"
              " VALUES (?, 'child', 'family_name', ?, ?, 'floor')")


def seed(path: Path, cases: int) -> None:
    """A vault of `cases` cases, each with six child's details, four matrix indicators and a
    name and age of its own (so no two cases share what the list shows)."""
    with Vault.create(path, PASS, SystemClock()) as vault, vault.transaction() as conn:
        for n in range(cases):
            case = vault.cases.create(first_contact_at=START + timedelta(hours=n),
                                      first_contact_place="Port", conn=conn)
            at = START + timedelta(hours=n, minutes=5)
            child = {**CHILD, "known_as": f"child {n}", "claimed_age": 10 + n % 8,
                     "date_of_birth": f"{2008 + n % 10}-{1 + n % 12:02d}-{1 + n % 28:02d}"}
            revs = [Revision(case.id, "child", f, v, at, "bench") for f, v in child.items()]
            revs += [Revision(case.id, "matrix", i, {"status": "known", "evidence": "seen",
                                                     "source": "SW"}, at, "bench")
                     for i in MATRIX]
            vault.cases.append_revisions(conn, revs)


def interleaved(runs: int, project: Callable[[], float], floor: Callable[[], float]
                ) -> tuple[float, float]:
    """Medians of `runs` turns of each, one after the other."""
    mine, least = [], []
    for _ in range(runs):
        mine.append(project())
        least.append(floor())
    return statistics.median(mine), statistics.median(least)


def key_and_read(path: Path) -> float:
    """The unlock floor: raw sqlcipher3 deriving the key and reading one row, in seconds."""
    began = time.perf_counter()
    conn = open_keyed(path, PASS)
    conn.execute("SELECT count(*) FROM cases").fetchone()
    took = time.perf_counter() - began
    conn.close()
    return took


def timed(step: Callable[[], object]) -> float:
    began = time.perf_counter()
    step()
    return time.perf_counter() - began


class Table:
    """The rows printed at the end: step | project | floor | ratio | goal."""

    def __init__(self) -> None:
        self.rows: list[str] = []

    def add(self, step: str, project: float, floor: float | None, floor_name: str,
            goal: str, met: bool) -> None:
        ratio = f"{project / floor:.1f}x" if floor else ""
        floor_text = f"{floor_name} {ms(floor)}" if floor is not None else floor_name
        self.rows.append(f"{step} | {ms(project)} | {floor_text} | {ratio} | {goal}"
                         f" ({'met' if met else 'NOT MET'})")

    def print(self) -> None:
        print("step | project | floor | ratio | goal")
        print("---|---|---|---|---")
        for row in self.rows:
            print(row)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def unlock_and_list(table: Table, path: Path, cases: int, runs: int, app: QApplication,
                    *, unlock_rows: bool) -> None:
    definitions = load_definitions(default_resources_dir())
    today = datetime.now(UTC).date()
    page = CaseListPage(lambda: datetime.now(UTC))
    page.resize(1366, 700)
    page.show()
    app.processEvents()

    first = open_session(path, PASS, SystemClock(), definitions, keep=3)
    once = timed(lambda: first.entries(today))  # makes every summary (once, after an upgrade)
    first.close()

    def unlock() -> float:
        began = time.perf_counter()
        session = open_session(path, PASS, SystemClock(), definitions, keep=3)
        took = time.perf_counter() - began
        session.close()
        return took

    if unlock_rows:
        project, floor = interleaved(runs, unlock, lambda: key_and_read(path))
        table.add(f"unlock, {cases:,} cases", project, floor, "key derivation + first read",
                  "<= floor + 100 ms", project <= floor + 0.1)

    session = open_session(path, PASS, SystemClock(), definitions, keep=3)

    def listed() -> float:
        page.set_entries([])
        app.processEvents()
        began = time.perf_counter()
        page.set_entries(session.entries(today))
        app.processEvents()
        return time.perf_counter() - began

    raw = open_keyed(path, PASS)

    def by_sql() -> float:
        return timed(lambda: raw.execute(LIST_SQL).fetchall())

    project, floor = interleaved(runs, listed, by_sql)
    goal = 0.1 if cases <= 5000 else 1.0
    table.add(f"list {cases:,} cases (read + on screen)", project, floor,
              "the same rows by SQL", f"<= {ms(goal)}", project <= goal)
    table.add(f"  the first list after an upgrade, {cases:,} cases (once)", once, None,
              "", "once", True)

    entries = session.entries(today)
    page.set_entries(entries)
    app.processEvents()
    query = f"child {cases - 1}"
    keys = [query[:n] for n in range(1, len(query) + 1)]
    keys += list(reversed(keys[:-1])) + [""]  # Backspace back to nothing

    def typing() -> float:
        worst = 0.0
        for text in keys:
            began = time.perf_counter()
            page.query.setText(text)
            app.processEvents()
            worst = max(worst, time.perf_counter() - began)
        return worst

    texts = [e.search_text for e in entries]

    def bare_filter() -> float:
        worst = 0.0
        for text in keys:
            began = time.perf_counter()
            terms = search_terms(text)
            [t for t in texts if all(term in t for term in terms)]
            worst = max(worst, time.perf_counter() - began)
        return worst

    project, floor = interleaved(runs, typing, bare_filter)
    goal = 0.016 if cases <= 5000 else 0.1
    table.add(f"one search keystroke or Backspace, {cases:,} cases (the slowest)", project,
              floor, "in-memory filter", f"<= {ms(goal)}", project <= goal)

    if unlock_rows:
        record_answers(table, session, raw, definitions, runs)
    raw.close()
    session.close()
    page.close()


def record_answers(table: Table, session: Session, raw: sqlcipher3.dbapi2.Connection,
                   definitions: Definitions, runs: int) -> None:
    """Answers typed into one case, as a practitioner works on it, beside raw inserts."""
    service = CaseService(session.vault, definitions)
    answers, inserts = [], []
    counter = iter(range(10**9))

    def answer() -> float:
        n = next(counter)
        return timed(lambda: service.record_answer(1, "child", "family_name", f"Name {n}"))

    def insert() -> float:
        n = next(counter)
        at = datetime.now(UTC).isoformat()

        def write() -> None:
            raw.execute("BEGIN")
            raw.execute(INSERT_SQL, (1, f'"Floor {n}"', at))
            raw.execute("COMMIT")

        return timed(write)

    for _ in range(max(runs, 5) * 20):
        answers.append(answer())
        inserts.append(insert())
    mine, least = statistics.median(answers), statistics.median(inserts)
    table.add("record one answer (services), median", mine, least, "raw INSERT + COMMIT",
              "<= 1.5x", mine <= 1.5 * least)
    p95 = sorted(answers)[round(0.95 * (len(answers) - 1))]
    floor95 = sorted(inserts)[round(0.95 * (len(inserts) - 1))]
    table.add("record one answer (services), 95th percentile", p95, floor95,
              "raw INSERT + COMMIT", "<= 10 ms", p95 <= 0.010)


def unlock_to_list(table: Table, folder: Path, cases: int, runs: int, app: QApplication) -> None:
    """The whole app: from Enter on the unlock page to the case list on screen, full."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    os.environ["TOOLKIT_DESKTOP_HOME"] = str(folder / "home")
    from toolkit_desktop.settings import Settings
    from toolkit_desktop.ui.shell.application import build_window

    path = Settings().vault()
    seed(path, cases)
    window = build_window()
    assert window is not None
    window.resize(1366, 768)
    window.show()
    window.start()

    def wait_until(condition: Callable[[], bool]) -> None:
        while not condition():
            app.processEvents()
            time.sleep(0.001)

    page = lambda: window.pages.currentWidget().objectName()  # noqa: E731
    wait_until(lambda: page() == "unlockPage")

    def unlock() -> float:
        wait_until(lambda: page() == "unlockPage" and window.worker.pending == 0)
        edit = window.findChild(QLineEdit, "unlockPassphrase")
        edit.setText(PASS)
        began = time.perf_counter()
        QTest.keyClick(edit, Qt.Key.Key_Return)
        wait_until(lambda: page() == "caseListPage" and window.case_list.model.total == cases)
        app.processEvents()  # painted
        took = time.perf_counter() - began
        wait_until(lambda: window.worker.pending == 0)  # the backup and calendars after it
        QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        return took

    project, floor = interleaved(runs, unlock, lambda: key_and_read(path))
    table.add(f"unlock (Enter) until the list is shown, {cases:,} cases", project, floor,
              "key derivation + first read", "<= floor + 250 ms", project <= floor + 0.25)
    window.close()
    window.deleteLater()
    app.processEvents()


def open_and_visit(table: Table, folder: Path, runs: int, app: QApplication) -> None:
    """Opening the full case (every question of every form answered) in a workspace as the app
    has it after unlocking (the page a case opens on built while the case list was read,
    `CaseWorkspace.prepare`), and the first visit of each step: after the practitioner has paused
    (the pages are built, filled and laid out ahead in the pauses, `PREBUILD_PAUSE_MS`, which
    the benchmark waits for), and straight away, before any
    page could be built. No floor: the goals are absolute."""
    from pack_benchmark import load_full_case
    from PySide6.QtGui import QContextMenuEvent, QInputEvent, QKeyEvent

    from toolkit_desktop.domain.nrm_dates import load_bank_holidays
    from toolkit_desktop.ui.common.app_events import AppEvents
    from toolkit_desktop.ui.workspace.workspace import PREBUILD_PAUSE_MS, CaseWorkspace

    definitions = load_definitions(default_resources_dir())
    load_bank_holidays(datetime.now(UTC).date())  # as the app does on the worker after unlock
    # The window's one filter on the whole application, with routes of the kinds it has: every
    # event of every widget is handed to Python through it, and the practitioner waits for that.
    events = AppEvents(app)
    for kind in (QInputEvent, QKeyEvent, QKeyEvent, QContextMenuEvent):
        events.route(kind, lambda _watched, _event: False)
    events.install(app)
    opened: list[float] = []
    visits: dict[tuple[str, bool], list[float]] = {}
    with Vault.create(folder / "full.tkvault", PASS, SystemClock()) as vault:
        service = CaseService(vault, definitions)
        case = service.start_case(START, "Dover", "Minh")
        assert case.id is not None
        load_full_case().fill_case(service, definitions, case.id)
        for run in range(2 * runs):
            paused = run % 2 == 0
            workspace = CaseWorkspace(definitions, lambda: datetime.now(UTC))
            workspace.resize(1366, 720)
            workspace.show()
            workspace.prepare()  # as after unlocking, while the case list is read
            while not workspace.prepared():
                app.processEvents()
                time.sleep(0.01)
            began = time.perf_counter()
            workspace.show_case(service.snapshot(case.id))
            app.processEvents()
            opened.append(time.perf_counter() - began)
            if paused:  # the practitioner reads the first step; the pages are made ready meanwhile
                while not workspace.worked_ahead():
                    app.processEvents()
                    time.sleep(0.01)
            for step in workspace.steps:
                began = time.perf_counter()
                workspace.go_to_step(step.id)
                app.processEvents()
                visits.setdefault((step.title, paused), []).append(time.perf_counter() - began)
            workspace.close()
            workspace.deleteLater()
            app.processEvents()
    events.uninstall(app)
    took = statistics.median(opened)
    table.add("opening a case (the full case)", took, None, "", "<= 150 ms", took <= 0.15)
    pause = f"{PREBUILD_PAUSE_MS / 1000:g} s"
    for (title, paused), times in visits.items():
        if paused:
            took = statistics.median(times)
            table.add(f"first visit of a step after a pause of {pause}: {title}", took, None,
                      "", "<= 50 ms", took <= 0.05)
    slowest, title = max((statistics.median(times), title)
                         for (title, paused), times in visits.items() if not paused)
    table.add(f"  first visit with no pause at all, the slowest ({title})", slowest, None, "",
              "", True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="turns of each (at least 5)")
    parser.add_argument("--cases", type=int, default=5000, help="cases in the vault (5000)")
    parser.add_argument("--large", type=int, default=50000, help="cases in the large vault")
    args = parser.parse_args()
    runs = max(5, args.runs)
    app = QApplication.instance() or QApplication([])
    table = Table()
    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "small.tkvault"
        seed(small, args.cases)
        unlock_and_list(table, small, args.cases, runs, app, unlock_rows=True)
        open_and_visit(table, Path(folder), runs, app)
        if args.large:
            large = Path(folder) / "large.tkvault"
            seed(large, args.large)
            unlock_and_list(table, large, args.large, runs, app, unlock_rows=False)
        # Last: the whole app's window stays in the process (its timers and connections).
        unlock_to_list(table, Path(folder), args.cases, runs, app)
    platform = os.environ["QT_QPA_PLATFORM"]
    print(f"medians of {runs} interleaved runs each, QT_QPA_PLATFORM={platform}")
    table.print()


if __name__ == "__main__":
    main()

"""Counts the passphrase and a case's text left in the memory of a locked app.

    .venv/bin/python scripts/memory_after_lock.py

The parent makes a temporary vault holding one case with unique canary texts (the child's name,
the place first met, a conversation's account, a chronology entry) and starts the real app in a
child Python (offscreen Qt). The child is told the passphrase on a pipe, types it into the unlock
page key by key, opens the case, visits every step, and presses Ctrl+L. The parent reads the
child's whole memory through /proc/PID/maps and /proc/PID/mem twice, once while unlocked (to show
the search finds what is there) and once after the lock, and prints how many copies of each
text it found in UTF-8, UTF-16 (Qt's strings) and UCS-4 (CPython's widest strings).

The child never receives the canaries: they reach it only through the vault, as a case would.
What it is told of the passphrase sits in a bytearray that it overwrites once typed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ("passphrase", "name", "place", "account", "chronology")
ENCODINGS = {"UTF-8": "utf-8", "UTF-16": "utf-16-le", "UCS-4": "utf-32-le"}


# -- the parent: make the vault, start the child, read its memory --------------------------------


def canaries() -> dict[str, str]:
    """Unique texts, built at run time so no copy of them sits in this file or in the app."""
    # The vault is made straight through storage, below the strength rule, so any text will do.
    return {label: f"Canary{label.title()}{uuid.uuid4().hex}" for label in LABELS}


def make_vault(home: Path, texts: dict[str, str]) -> None:
    """A vault under `home` holding one case with each canary in its place."""
    os.environ["TOOLKIT_DESKTOP_HOME"] = str(home)
    sys.path.insert(0, str(ROOT / "src"))
    from toolkit_desktop.domain.clock import SystemClock
    from toolkit_desktop.domain.records import Conversation
    from toolkit_desktop.forms import default_resources_dir, load_definitions
    from toolkit_desktop.services.cases import CaseService
    from toolkit_desktop.settings import Settings
    from toolkit_desktop.storage.vault import Vault

    clock = SystemClock()
    with Vault.create(Settings().vault(), texts["passphrase"], clock) as vault:
        service = CaseService(vault, load_definitions(default_resources_dir()))
        case = service.start_case(datetime(2026, 11, 28, 1, 0, tzinfo=UTC), texts["place"],
                                  texts["name"])
        assert case.id is not None
        service.record_answer(case.id, "child", "given_names", texts["name"])
        service.add_chronology(case.id, "event", texts["chronology"])
        vault.cases.add_conversation(Conversation(
            case_id=case.id, occurred_at=clock.now(), place="interview room", present="",
            interpreter="", language="", how_the_child_was="", account=texts["account"],
            recorded_at=clock.now(), recorded_by="tester"))


def read_memory(pid: int) -> list[bytes]:
    """Every readable mapping of the process, as it is now."""
    regions = []
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", 0) as mem:
        for line in maps:
            parts = line.split()
            if "r" not in parts[1] or (len(parts) > 5 and parts[5] in ("[vvar]", "[vsyscall]")):
                continue
            start, end = (int(x, 16) for x in parts[0].split("-"))
            try:
                mem.seek(start)
                regions.append(mem.read(end - start))
            except (OSError, ValueError, OverflowError):
                continue  # a guard page or a device mapping: nothing of ours
    return regions


def count(regions: list[bytes], texts: dict[str, str]) -> dict[str, dict[str, int]]:
    """How many times each text occurs in each encoding."""
    found: dict[str, dict[str, int]] = {}
    for label, text in texts.items():
        found[label] = {}
        for name, codec in ENCODINGS.items():
            needle = re.escape(text.encode(codec))
            found[label][name] = sum(len(re.findall(needle, region)) for region in regions)
    return found


def report(title: str, found: dict[str, dict[str, int]]) -> None:
    print(f"\n{title}")
    print(f"  {'':12}" + "".join(f"{name:>8}" for name in ENCODINGS))
    for label, by_codec in found.items():
        print(f"  {label:12}" + "".join(f"{n:>8}" for n in by_codec.values()))


def parent(scrub_freed: bool) -> int:
    texts = canaries()
    with tempfile.TemporaryDirectory(prefix="memory-after-lock-") as folder:
        home = Path(folder) / "home"
        make_vault(home, texts)
        env = {**os.environ, "TOOLKIT_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
               "PYTHONPATH": str(ROOT / "src")}
        if scrub_freed:
            # Python's small objects from the C heap, and glibc filling every freed block: shows
            # which copies are only freed memory, not yet reused (see the README).
            env.update(PYTHONMALLOC="malloc", MALLOC_PERTURB_="165")
        child = subprocess.Popen(
            [sys.executable, __file__, "--child"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, env=env,
        )
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(texts["passphrase"].encode("utf-8") + b"\n")
        child.stdin.flush()
        totals: dict[str, dict[str, dict[str, int]]] = {}
        for stage in ("unlocked", "locked"):
            line = child.stdout.readline().decode().strip()
            if line != stage:
                print(f"The app did not reach the {stage} stage (it said {line!r}).")
                child.kill()
                return 1
            totals[stage] = count(read_memory(child.pid), texts)
            child.stdin.write(b"go on\n")
            child.stdin.flush()
        child.wait(timeout=60)
    report("While unlocked, with the case open (copies found):", totals["unlocked"])
    report("After Ctrl+L (copies found):", totals["locked"])
    left = sum(n for by_codec in totals["locked"].values() for n in by_codec.values())
    print(f"\n{left} cop{'y' if left == 1 else 'ies'} of the passphrase or case text after lock.")
    return 0


# -- the child: the real app, driven by keyboard -------------------------------------------------


def child() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from toolkit_desktop.ui.shell.application import build_window, qt_application

    def wait_until(condition, what: str) -> None:
        for _ in range(3000):
            if condition():
                return
            QTest.qWait(10)
        raise SystemExit(f"timed out waiting for {what}")

    def stage(name: str) -> None:
        """Tell the parent, then wait while it reads this process's memory."""
        sys.stdout.write(f"{name}\n")
        sys.stdout.flush()
        sys.stdin.buffer.readline()

    qt_application()
    window = build_window()
    assert window is not None
    window.resize(1366, 768)
    window.show()
    window.start()
    page = lambda: window.pages.currentWidget().objectName()  # noqa: E731
    wait_until(lambda: page() == "unlockPage", "the unlock page")
    edit = window.findChild(QLineEdit, "unlockPassphrase")
    secret = bytearray(256)
    size = sys.stdin.buffer.raw.readinto(secret)  # type: ignore[attr-defined]
    for code in secret[: size - 1]:  # one key at a time: no str of the whole passphrase here
        QTest.keyClicks(edit, chr(code))
    secret[:] = bytes(len(secret))
    QTest.keyClick(edit, Qt.Key.Key_Return)
    wait_until(lambda: page() == "caseListPage", "the case list")
    cases = window.case_list
    wait_until(lambda: cases.model.rowCount() > 0, "the case in the list")
    cases.table.setFocus()
    cases.table.setCurrentIndex(cases.model.index(0, 0))
    QTest.keyClick(cases.table, Qt.Key.Key_Return)
    wait_until(lambda: page() == "caseWorkspace", "the case to open")
    for step in window.workspace.steps:
        window.workspace.go_to_step(step.id)
        QTest.qWait(20)
    wait_until(lambda: window.worker.pending == 0, "the vault jobs")
    stage("unlocked")
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_until(lambda: page() == "unlockPage" and window.worker.pending == 0, "the lock")
    QTest.qWait(200)  # let deferred deletions and queued reports run, as an idle app would
    stage("locked")
    window.close()
    QApplication.instance().quit()
    return 0


if __name__ == "__main__":
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    options.add_argument("--scrub-freed", action="store_true",
                         help="run the app with glibc overwriting freed memory (MALLOC_PERTURB_)")
    args = options.parse_args()
    sys.exit(child() if args.child else parent(args.scrub_freed))

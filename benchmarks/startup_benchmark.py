"""Start to the first window, and memory there: the app beside a bare PySide6 window.

What the practitioner waits for is the time from starting `toolkit-desktop` to the unlock screen
being painted. Each run is a fresh process (the only honest way to time imports), started through
the app's own entry point (`toolkit_desktop.app.main`) against a vault that exists, so the window
is the unlock screen. The floor is the same stack's least: a process that shows one empty
QWidget. Runs are interleaved (app, bare, app, bare, ...) so a busy moment of the machine falls on
both, and the medians are compared. Memory is the resident set (VmRSS of /proc/self/status) at
that first paint. Linux only (it reads /proc).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup_benchmark.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

PASSPHRASE = "benchmark kettle river autumn"

# Shared by both children: on the first paint of a top-level window, print the monotonic clock
# (system-wide on Linux, so comparable with the parent's) and the resident memory, then leave at
# once, before any idle-time work.
_FIRST_PAINT = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

def _rss_kib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1

class _FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.isWindow():
            print(f"{time.monotonic()} {_rss_kib()}", flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv)
_filter = _FirstPaint()
app.installEventFilter(_filter)
"""

# The app as `toolkit-desktop` starts it (the QApplication made above is the one it uses).
APP = _FIRST_PAINT + textwrap.dedent(
    """
    from toolkit_desktop.app import main
    sys.exit(main([]))
    """
)

# The floor: the same toolkit showing one empty window.
BARE = _FIRST_PAINT + textwrap.dedent(
    """
    from PySide6.QtWidgets import QWidget
    window = QWidget()
    window.resize(1280, 800)
    window.show()
    app.exec()
    """
)


def make_vault(home: Path) -> None:
    """A vault at the default place, so the app opens on the unlock screen."""
    os.environ["TOOLKIT_DESKTOP_HOME"] = str(home)
    from toolkit_desktop.domain.clock import SystemClock
    from toolkit_desktop.settings import Settings
    from toolkit_desktop.storage.vault import Vault

    Vault.create(Settings().vault(), PASSPHRASE, SystemClock()).close()


def one_run(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting the process to its first paint, and MiB resident then."""
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    lines = run.stdout.split()
    if run.returncode != 0 or len(lines) < 2:
        raise SystemExit(f"a run failed:\n{run.stdout}\n{run.stderr[-3000:]}")
    painted, rss_kib = float(lines[-2]), int(lines[-1])
    return painted - started, rss_kib / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each (at least 5)")
    runs = max(5, parser.parse_args().runs)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        make_vault(home)
        env = dict(os.environ, TOOLKIT_DESKTOP_HOME=str(home))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # An installed app starts from compiled bytecode; without it every run would compile
        # each module again (this machine sets PYTHONDONTWRITEBYTECODE). Kept in the temporary
        # folder, so the working tree gets no __pycache__ folders.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
        one_run(APP, env)  # once unmeasured, so both start with the files in the disk cache
        one_run(BARE, env)
        app_times, app_rss, bare_times, bare_rss = [], [], [], []
        for _ in range(runs):
            seconds, mib = one_run(APP, env)
            app_times.append(seconds)
            app_rss.append(mib)
            seconds, mib = one_run(BARE, env)
            bare_times.append(seconds)
            bare_rss.append(mib)

    time_app, time_bare = statistics.median(app_times), statistics.median(bare_times)
    rss_app, rss_bare = statistics.median(app_rss), statistics.median(bare_rss)
    print(f"medians of {runs} interleaved runs each, QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}")
    print("step | project | floor | ratio | goal")
    print("---|---|---|---|---")
    print(f"start to the first window | {time_app * 1000:.0f} ms | bare PySide6 window "
          f"{time_bare * 1000:.0f} ms | {time_app / time_bare:.1f}x | <= 2x")
    print(f"memory at the first window | {rss_app:.0f} MiB | bare window {rss_bare:.0f} MiB | "
          f"{rss_app / rss_bare:.1f}x | <= 2x")


if __name__ == "__main__":
    main()

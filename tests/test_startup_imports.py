"""The first window (unlock, or setting up the vault) appears before the heavy libraries load.

Starting the app is the first thing a practitioner waits for; what the unlock screen does not need
(the database layer, migrations, the pack's PDF and template libraries, bank holidays, the
passphrase rater) loads after that window is on screen. Each case runs the app's own start-up in a
fresh process and lists the modules loaded when the window first paints. No timing: only which
modules are there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

NOT_BEFORE_THE_FIRST_WINDOW = {
    "sqlalchemy", "sqlcipher3", "alembic", "reportlab", "pypdf", "jinja2", "holidays", "zxcvbn",
}
# The app's own parts the unlock screen does not need either: reading the definitions and what
# they are made of, the field widgets, the first-run pages and the new-case dialog (each some
# tens of milliseconds on a slow laptop).
NOT_BEFORE_THE_UNLOCK_SCREEN = {
    "toolkit_desktop.forms", "toolkit_desktop.domain.definitions",
    "toolkit_desktop.ui.fields.factory", "toolkit_desktop.ui.vault.first_run",
    "toolkit_desktop.ui.cases.new_case",
}

# Builds the window as `toolkit-desktop` does (ui.shell.application.run, without exec'ing the
# event loop) and reports what was loaded at its first paint, and which page was painted.
FIRST_PAINT = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from toolkit_desktop.ui.shell.application import build_window, qt_application

    app = qt_application()
    window = build_window()
    seen = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not seen:
                seen["page"] = window.pages.currentWidget().objectName()
                seen["modules"] = sorted(sys.modules)
                app.quit()
            return False

    painted = FirstPaint()
    window.installEventFilter(painted)
    window.resize(1280, 800)
    window.show()
    window.start()
    QTimer.singleShot(20_000, app.quit)  # never hang the test run
    app.exec()
    print(json.dumps(seen))
    """
)


def first_paint() -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # the test's private home included
    run = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT], capture_output=True, text=True, timeout=120, env=env
    )
    assert run.returncode == 0, run.stderr[-3000:]
    seen: dict[str, object] = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen, "the window never painted"
    return seen


def heavy(modules: object) -> set[str]:
    assert isinstance(modules, list)
    return {name.split(".")[0] for name in modules} & NOT_BEFORE_THE_FIRST_WINDOW


def test_the_unlock_screen_shows_before_the_database_pack_and_calendar_libraries_load(
    existing_vault,
):
    seen = first_paint()
    assert seen["page"] == "unlockPage"
    assert heavy(seen["modules"]) == set()
    assert NOT_BEFORE_THE_UNLOCK_SCREEN.isdisjoint(seen["modules"])  # type: ignore[arg-type]


def test_the_first_run_screen_shows_before_them_too():
    seen = first_paint()
    assert seen["page"] == "createVaultPage"
    assert heavy(seen["modules"]) == set()
    assert "toolkit_desktop.forms" not in seen["modules"]  # type: ignore[operator]

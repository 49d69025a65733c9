"""Render the desktop app's main screens into docs/screenshots/ (run by `make screenshots`).

Everything shown is fictional: a throwaway vault in a temporary home folder, filled with made-up
cases through the same services the app uses, at a fixed time, on a 1366x768 screen. A second run
in a child process draws the workspace at 150% scaling, as a small laptop set to 150% shows it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
NOW = datetime(2026, 11, 28, 2, 14, tzinfo=UTC)
PASSPHRASE = "blue kettle river autumn"
SIZE = (1366, 768)
SCALED = "--scaled"


class FixedClock:
    """02:14 on a Saturday night, for screenshots that do not change from run to run."""

    def now(self) -> datetime:
        return NOW


def indicator(status: str, evidence: str, source: str) -> dict[str, str]:
    return {"status": status, "evidence": evidence, "source": source}


def fill_demo_vault(path: Path, definitions) -> int:
    """Fictional cases at different stages; returns the id of the one to show in the workspace."""
    from toolkit_desktop.domain.records import Profile
    from toolkit_desktop.services.cases import CaseService
    from toolkit_desktop.storage.vault import Vault

    with Vault.create(path, PASSPHRASE, FixedClock()) as vault:
        vault.save_profile(Profile("Sam Okafor", "Duty social worker", "Emergency duty team",
                                   "Kent County Council", "01632 960 123",
                                   "sam.okafor@example.gov.uk"))
        service = CaseService(vault, definitions)

        def case(name: str, hours_ago: float, place: str, answers: dict) -> int:
            started = service.start_case(NOW - timedelta(hours=hours_ago), place, name)
            for (form, field), value in answers.items():
                service.record_answer(started.id, form, field, value)
            return started.id

        case("Tuan", 24 * 12, "Cannabis farm, police raid", {
            ("child", "given_names"): "Van Tuan", ("child", "family_name"): "Nguyen",
            ("child", "claimed_age"): 16, ("nrm_referral", "referral_date"): "2026-11-17",
            ("nrm_referral", "uk_nation"): "england",
        })
        case("boy, about 14, Terminal 4", 1.5, "Heathrow Terminal 4, immigration hall", {
            ("age_assessment", "age_disputed"): "yes",
        })
        case("Daniel", 5, "Croydon, East Croydon station", {
            ("child", "claimed_age"): 8,
            ("matrix", "no_contact_with_parents"): indicator("known", "Says he has not seen his "
                                                             "mother since the summer.", "Daniel"),
        })
        case("Grace", 24 * 40, "Foster carer's referral", {
            ("child", "given_names"): "Grace", ("child", "claimed_age"): 15,
            ("nrm_referral", "referral_date"): "2026-10-20",
            ("trafficking_assessment", "reasonable_grounds_decision"): "positive",
            ("trafficking_assessment", "reasonable_grounds_decision_on"): "2026-10-26",
        })
        shown = case("Amira", 2.2, "Dover, Eastern Docks, freight lane", {
            ("child", "given_names"): "Amira", ("child", "family_name"): "Haile",
            ("child", "claimed_age"): 15,
            ("child", "aliases"): [{"name": "Mimi", "where_used": "By the driver"}],
            ("immediate_safeguarding", "child_safe_at"): "2026-11-28T00:40:00+00:00",
            ("immediate_safeguarding", "police_informed_at"): "2026-11-28T00:55:00+00:00",
            ("matrix", "no_documents"): indicator("known", "No passport; says the driver has it.",
                                                  "Amira, first conversation"),
            ("matrix", "journey_paid_by_others"): indicator("suspected", "A man she calls uncle "
                                                            "arranged the lorry.", "Amira"),
            ("matrix", "owes_debt"): indicator("suspected", "Says she must pay back the journey "
                                               "by working.", "Amira"),
            ("matrix", "fear_of_telling"): indicator("known", "Would not say the driver's name.",
                                                     "Observed"),
        })
    return shown


def wait_until(app, condition, seconds: float = 20.0) -> None:
    """Process events until `condition()` holds (the worker reports back through them)."""
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("screenshots: the app did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def shoot(app, window, name: str) -> None:
    """Let the window draw, then save it as docs/screenshots/<name>.png."""
    for _ in range(5):
        app.processEvents()
    path = OUT / f"{name}.png"
    if not window.grab().save(str(path)):
        raise SystemExit(f"screenshots: could not write {path}")
    print(f"wrote {path.relative_to(ROOT)}")


def shoot_set_aside(app, window, name: str) -> None:
    """A section being set aside: the small question that asks why and says what it keeps."""
    from PySide6.QtWidgets import QWidget

    window.workspace.go_to_step("immediate_safeguarding")
    panel = window.findChild(QWidget, "section:immediate_safeguarding.missing_description")
    window.workspace.views["immediate_safeguarding"].scroll_to_section("missing_description")
    panel.ask_to_set_aside()
    panel.reason.setText("Police have taken the description; copy filed with them")
    shoot(app, window, name)
    panel.cancel()


def render(scaled: bool) -> None:
    from screenshots_assessment import add_assessment, shoot_assessment
    from screenshots_records import add_records, shoot_records  # beside this script

    from toolkit_desktop.forms import default_resources_dir, load_definitions
    from toolkit_desktop.settings import Settings
    from toolkit_desktop.ui.common.context import AppContext
    from toolkit_desktop.ui.shell.application import qt_application
    from toolkit_desktop.ui.shell.main_window import MainWindow
    from toolkit_desktop.ui.shell.qt_dialogs import QtDialogs

    app = qt_application()
    definitions = load_definitions(default_resources_dir())
    context = AppContext(Settings(), definitions, FixedClock(), QtDialogs())
    shown = fill_demo_vault(context.vault_path, definitions)
    if not scaled:
        add_records(context.vault_path, PASSPHRASE, FixedClock(), definitions, shown)
        add_assessment(context.vault_path, PASSPHRASE, FixedClock(), definitions, shown)

    window = MainWindow(context)
    window.resize(int(SIZE[0] / 1.5), int(SIZE[1] / 1.5)) if scaled else window.resize(*SIZE)
    window.show()
    window.start()
    page = window.flow.unlock_page
    wait_until(app, lambda: window.pages.currentWidget() is page)
    page.passphrase.setText(PASSPHRASE)
    if not scaled:
        shoot(app, window, "app-unlock")
    page.unlock_button.click()
    wait_until(app, lambda: window.pages.currentWidget() is window.case_list
               and window.worker.pending == 0)
    if not scaled:
        window.case_list.table.setFocus()
        shoot(app, window, "app-case-list")
    window.open_case(shown, "matrix")
    wait_until(app, lambda: window.pages.currentWidget() is window.workspace
               and window.worker.pending == 0)
    shoot(app, window, "app-workspace-150-percent" if scaled else "app-workspace")
    # Where the keyboard is, at a glance: the focus ring on a question being typed in.
    window.activateWindow()  # the keyboard goes only to the active window, so the ring shows
    wait_until(app, window.isActiveWindow, 5)
    window.workspace.go_to_field("child", "family_name")
    shoot(app, window, "app-focus-150-percent" if scaled else "app-workspace-child")
    shoot_set_aside(app, window, "app-set-aside-150-percent" if scaled else "app-set-aside")
    if not scaled:
        shoot_records(app, window, shown, shoot, wait_until)
        shoot_assessment(app, window, shown, shoot, wait_until)
    window.close()


def main() -> int:
    scaled = SCALED in sys.argv
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="toolkit-screenshots-") as home:
        os.environ["TOOLKIT_DESKTOP_HOME"] = home  # never the practitioner's real vault
        render(scaled)
    if not scaled:
        env = {**os.environ, "QT_SCALE_FACTOR": "1.5"}
        return subprocess.call([sys.executable, __file__, SCALED], env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of a case's records: a conversation, the chronology and the referral pack dialog.

Called by scripts/screenshots.py with its fictional vault: `add_records` writes a made-up
conversation, chronology and agency requests into the case shown, before the app opens it;
`shoot_records` then draws the three screens at 1366x768.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

CASE_NOTE = "Amira"


def add_records(path: Path, passphrase: str, clock, definitions, case_id: int) -> None:
    """A conversation cited by two answers, chronology entries with a correction, and requests."""
    from toolkit_desktop.services.cases import CaseService
    from toolkit_desktop.services.history import record_conversation
    from toolkit_desktop.storage.vault import Vault

    now: datetime = clock.now()
    with Vault.open(path, passphrase, clock, backup=False) as vault:
        service = CaseService(vault, definitions)
        said = record_conversation(
            service, case_id, occurred_at=now - timedelta(minutes=70),
            place="Dover police station, family room",
            present="Amira; Sam Okafor (duty social worker); PC Jo Reid",
            interpreter="Hiwet, by phone (Language Line)", language="Tigrinya",
            how_the_child_was="Tired and cold; ate a sandwich first. Quiet, looked at the door "
            "whenever it opened.",
            account="\"The driver keeps my passport. My uncle said I will work in a restaurant "
            "to pay for the journey. I must not tell anyone his name.\"",
        )
        service.record_answer(case_id, "child", "claimed_age", 15, conversation_id=said)
        service.record_answer(case_id, "child", "nationality", "Eritrean", conversation_id=said)
        first = service.add_chronology(
            case_id, "event", "Found in the back of a lorry at the Eastern Docks freight lane "
            "with two adults who said they were not related to her.",
            occurred_at=now - timedelta(hours=2, minutes=10),
        )
        wrong = service.add_chronology(
            case_id, "disclosure", "Says she left Eritrea in the spring and crossed by boat "
            "on Tuesday.", occurred_at=now - timedelta(minutes=65), conversation_id=said,
        )
        service.correct_chronology(
            case_id, wrong, "She crossed on Wednesday night, not Tuesday (checked with the "
            "interpreter).",
        )
        service.add_chronology(
            case_id, "request_sent", "Asked the Home Office for any record of her arrival.",
            occurred_at=now - timedelta(minutes=30),
        )
        del first
        today = now.astimezone().date()
        service.record_answer(case_id, "agencies", "contacts", [
            {"agency": "Home Office", "what_was_asked": "Any record of her arrival",
             "contacted_on": today.isoformat(), "awaiting_answer": "yes"},
            {"agency": "Kent Police", "what_was_asked": "Checks on the two adults",
             "contacted_on": (today - timedelta(days=1)).isoformat(), "awaiting_answer": "yes"},
        ])


def shoot_records(app, window, case_id: int, shoot, wait_until) -> None:
    """conversation.png, chronology.png and export.png of the case on screen."""
    from screenshots_assessment import over_window  # beside this script

    from toolkit_desktop.ui.pack.export_dialog import ExportDialog

    workspace = window.workspace
    window.open_case(case_id, "conversations")
    wait_until(app, lambda: workspace.snapshot is not None and workspace.snapshot.case.id
               == case_id and window.worker.pending == 0)
    page = workspace.records["conversations"]
    page.entries()[0].setFocus()
    shoot(app, window, "conversation")

    workspace.go_to_step("chronology")
    wait_until(app, lambda: window.worker.pending == 0)
    shoot(app, window, "chronology")

    workspace.go_to_step("referral")
    window.case_actions.pack.open()
    dialog = window.findChild(ExportDialog)
    wait_until(app, lambda: window.worker.pending == 0 and dialog.preview.count() > 1)
    dialog.password.setText("example")
    dialog.again.setText("example")
    for _ in range(5):
        app.processEvents()
    # The dialog is its own window: draw it where it opens, over the dimmed main window.
    picture = over_window(window, dialog)
    out = Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "export.png"
    if not picture.save(str(out)):
        raise SystemExit(f"screenshots: could not write {out}")
    print(f"wrote {out.relative_to(out.parents[2])}")
    dialog.close_now()

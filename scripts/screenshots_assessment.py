"""Screenshots of the guided assessment: the matrix by keyboard, and an answer's history.

Called by scripts/screenshots.py with its fictional vault: `add_assessment` writes made-up matrix
answers, a cited conversation, a referral pack sent and a change made after it with its reason;
`shoot_assessment` then draws matrix.png, matrix-under-ten.png and history.png at 1366x768.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
AMENDED = "owes_debt"  # the indicator whose history is shown


class StepClock:
    """A clock set by hand, so the history shows a believable story over several weeks."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def _case_named(vault, name: str) -> int:
    return next(row.case.id for row in vault.cases.list_rows(("child",))
                if row.values.get(("child", "known_as")) == name)


def add_assessment(path: Path, passphrase: str, clock, definitions, shown: int) -> None:
    """Matrix answers for the case shown (one cited), and Grace's amended indicator."""
    from toolkit_desktop.domain.records import PackExport
    from toolkit_desktop.services.cases import CaseService
    from toolkit_desktop.services.history import record_conversation
    from toolkit_desktop.storage.vault import Vault

    now: datetime = clock.now()
    steps = StepClock(now)
    with Vault.open(path, passphrase, steps, backup=False) as vault:
        service = CaseService(vault, definitions)
        talks = vault.cases.conversations(shown)
        said = talks[-1].id if talks else record_conversation(
            service, shown, occurred_at=now - timedelta(minutes=70), place="Dover police station",
            present="Amira; Sam Okafor (duty social worker)", account="The driver has my passport.")
        documents = vault.cases.current(shown)[("matrix", "no_documents")].value
        service.record_answer(shown, "matrix", "no_documents",
                              {**documents, "conversation_id": said}, conversation_id=said)
        service.record_answer(shown, "matrix", "adult_may_not_be_guardian", {
            "status": "known", "evidence": "The driver said he was her uncle; she says she met "
            "him in Libya.", "source": "Amira, at the police station"}, conversation_id=said)
        service.record_answer(shown, "matrix", "adult_stays_close", {
            "status": "suspected", "evidence": "He asked twice to sit in with her.",
            "source": "PC Jo Reid"})

        grace = _case_named(vault, "Grace")
        steps.at = datetime(2026, 10, 20, 14, 10, tzinfo=UTC)  # a visit, weeks before
        talk = record_conversation(
            service, grace, occurred_at=steps.at - timedelta(minutes=40),
            place="Foster carer's home, Ashford", present="Grace; Jo Patel (social worker)",
            account="She said the woman who brought her keeps her wages for the rent.")
        steps.at += timedelta(minutes=20)
        service.record_answer(grace, "matrix", AMENDED, {
            "status": "suspected", "evidence": "Says the woman keeps her wages for the rent.",
            "source": "Grace"})
        steps.at += timedelta(minutes=30)
        value = vault.cases.current(grace)[("matrix", AMENDED)].value
        service.record_answer(grace, "matrix", AMENDED, {**value, "conversation_id": talk},
                              conversation_id=talk)
        steps.at = datetime(2026, 10, 20, 16, 45, tzinfo=UTC)
        vault.cases.record_export(PackExport(grace, 1, steps.at, "Jo Patel", "referral-1.pdf"))
        steps.at = datetime(2026, 11, 27, 15, 20, tzinfo=UTC)
        amended = {"status": "known", "source": "Grace, with her foster carer present",
                   "evidence": "Showed a notebook of what she 'owes': £4,200 for the journey "
                   "and rent.", "conversation_id": talk}
        service.record_answer(grace, "matrix", AMENDED, amended, reason="She showed the "
                              "notebook of her debt at the visit on 27 November.")


def over_window(window, dialog):
    """The main window dimmed, with the dialog drawn on it where it opens (and a title bar)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QPainter

    picture = window.grab()
    inner = dialog.grab()
    bar = 28
    left = (picture.width() - inner.width()) // 2
    top = (picture.height() - inner.height() - bar) // 2
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))
    painter.fillRect(left - 1, top - 1, inner.width() + 2, inner.height() + bar + 2,
                     QColor(90, 90, 90))
    painter.fillRect(left, top, inner.width(), bar, QColor(225, 225, 225))
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(left + 10, top, inner.width() - 20, bar, Qt.AlignmentFlag.AlignVCenter,
                     dialog.windowTitle())
    painter.drawPixmap(left, top + bar, inner)
    painter.end()
    return picture


class _HistoryWindow:
    """Stands in for the dialog seam's history: opens the real window without waiting on it."""

    def __init__(self, dialogs) -> None:
        self._dialogs = dialogs
        self.shown = None

    def __getattr__(self, name: str):
        return getattr(self._dialogs, name)

    def show_history(self, parent, title, rows) -> None:
        from toolkit_desktop.ui.records.history_dialog import HistoryDialog

        self.shown = HistoryDialog(title, rows, parent)
        self.shown.show()


def shoot_assessment(app, window, shown: int, shoot, wait_until) -> None:
    """matrix.png (Amira), matrix-under-ten.png (Daniel, 8) and history.png (Grace)."""
    from PySide6.QtCore import Qt

    workspace = window.workspace

    def open_matrix(case_id: int, indicator: str) -> None:
        window.open_case(case_id, "matrix")
        wait_until(app, lambda: workspace.snapshot is not None
                   and workspace.snapshot.case.id == case_id and window.worker.pending == 0)
        workspace.views["matrix"].focus_field(indicator)

    open_matrix(shown, "no_documents")
    shoot(app, window, "matrix")
    vault = window.session.vault  # the worker is idle: nothing else is using it now
    daniel, grace = _case_named(vault, "Daniel"), _case_named(vault, "Grace")
    open_matrix(daniel, "no_documents")
    shoot(app, window, "matrix-under-ten")

    open_matrix(grace, AMENDED)
    seam = _HistoryWindow(window.context.dialogs)
    window.context.dialogs = seam  # the history as Ctrl+H shows it, through the seam
    window.field_tools.show_history(("matrix", AMENDED))
    wait_until(app, lambda: seam.shown is not None)
    seam.shown.resize(1000, 330)
    seam.shown.text.setFocus(Qt.FocusReason.OtherFocusReason)
    for _ in range(5):
        app.processEvents()
    out = OUT / "history.png"
    if not over_window(window, seam.shown).save(str(out)):
        raise SystemExit(f"screenshots: could not write {out}")
    print(f"wrote {out.relative_to(OUT.parents[1])}")
    seam.shown.close()
    window.context.dialogs = seam._dialogs

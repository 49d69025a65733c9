"""Making the referral pack from the Referral step: the dialog, its preview and the export job.

`export_pack` takes a few seconds for a large case, so it runs on the worker while the dialog
shows that it is busy; the sentence it raises (a missing folder, a full disk) is shown as it is.
Once the pack is saved the dialog closes and the status bar says, until the next message, which
version was saved, where (the full path) and whether it needs a password to open.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from toolkit_desktop.services.session import Session
from toolkit_desktop.ui.common.context import AppContext
from toolkit_desktop.ui.common.language import translate
from toolkit_desktop.ui.common.worker import CaseJobs
from toolkit_desktop.ui.pack.export_dialog import ExportDialog
from toolkit_desktop.ui.workspace.save_status import SaveStatus
from toolkit_desktop.ui.workspace.workspace import CaseWorkspace


def suggested_file(reference: str) -> Path:
    """Documents (or home)/<reference> referral pack.pdf, with a file-name-safe reference."""
    safe = re.sub(r"[^A-Za-z0-9-]+", "-", reference).strip("-") or "case"
    folder = Path.home() / "Documents"
    name = translate("Workspace", "{reference} referral pack.pdf").format(reference=safe)
    return (folder if folder.is_dir() else Path.home()) / name


def saved_sentence(version: int, saved_to: Path, protected: bool) -> str:
    """What the status bar says once a pack is saved."""
    if protected:
        sentence = translate(
            "Workspace",
            "Referral pack version {version} saved to {path}. It opens only with the password "
            "you set.",
        )
    else:
        sentence = translate(
            "Workspace",
            "Referral pack version {version} saved to {path}. It has no password: anyone with "
            "the file can open it.",
        )
    return sentence.format(version=version, path=saved_to)


class ReferralPackFlow:
    """One pack dialog at a time, for the case on screen."""

    def __init__(
        self,
        window: QWidget,
        context: AppContext,
        jobs: CaseJobs,
        workspace: CaseWorkspace,
        status: SaveStatus,
        exported: Callable[[], None],
    ) -> None:
        self._window, self._context, self._jobs = window, context, jobs
        self._workspace, self._status = workspace, status
        self._exported = exported  # called after each pack saved (the prompts change)
        self.dialog: ExportDialog | None = None

    def open(self) -> None:
        """Open the dialog; the pack's contents are read on the worker."""
        opened, snapshot = self._jobs.open_case(), self._workspace.snapshot
        if opened is None or snapshot is None or self.dialog is not None:
            return
        session, _case_id = opened
        dialog = ExportDialog(
            self._context.dialogs,
            suggested_file(snapshot.case.reference),
            snapshot.case.training or session.training,
            self._window,
        )
        self.dialog = dialog
        dialog.export_requested.connect(self._export)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()
        self._jobs.run(
            lambda s, case_id: s.pack_contents(case_id),
            lambda lines: self._tell(dialog, "show_preview", lines),
            lambda sentence: self._tell(dialog, "preview_failed", sentence),
        )

    def close(self) -> None:
        """Close the dialog at once (the vault is locking)."""
        if self.dialog is not None:
            self.dialog.close_now()
        self.dialog = None

    def _export(self, target: Path, password: str | None) -> None:
        dialog = self.dialog

        def work(session: Session, case_id: int) -> tuple[int, Path]:
            version = session.export_pack(case_id, target, password)
            return version, target.expanduser().resolve()  # the path the vault recorded

        def done(result: tuple[int, Path]) -> None:
            version, saved_to = result
            saved = saved_sentence(version, saved_to, password is not None)
            self._status.tell(saved)
            print_after = dialog is not None and dialog.print_after
            self._tell(dialog, "exported")
            self._exported()
            if print_after:
                printed = self._context.dialogs.print_pdf(self._window, saved_to, password)
                if printed:
                    self._status.tell(f"{saved} {printed}")

        self._jobs.run(work, done, lambda sentence: self._tell(dialog, "failed", sentence))

    def _tell(self, dialog: ExportDialog | None, method: str, *args: Any) -> None:
        if dialog is not None and dialog is self.dialog:
            getattr(dialog, method)(*args)

    def _closed(self, dialog: ExportDialog) -> None:
        if dialog is self.dialog:
            self.dialog = None
        dialog.deleteLater()

"""The open case's records, prompts and referral pack: the vault work behind the workspace's pages.

Recording a conversation, adding or correcting a chronology entry, reading the "what next"
prompts and exporting the pack each run as one job of the ordered `VaultWorker`, so they follow
any answer still being saved and never hold up the screen. Results go back to the page that
asked, unless the vault was locked or another case opened meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from toolkit_desktop.domain.steps import CHRONOLOGY, CONVERSATIONS, DOCUMENTS
from toolkit_desktop.domain.wording import uk_today
from toolkit_desktop.services.cases import CONVERSATION_DRAFT, CORRECTION_DRAFT, ENTRY_DRAFT
from toolkit_desktop.services.guidance import what_next_for_case
from toolkit_desktop.services.history import record_conversation
from toolkit_desktop.services.session import Session
from toolkit_desktop.ui.common.context import AppContext
from toolkit_desktop.ui.common.language import say, translate
from toolkit_desktop.ui.common.worker import CaseJobs, VaultWorker
from toolkit_desktop.ui.form.autosave import Autosaver
from toolkit_desktop.ui.records.attachments_page import on_worker
from toolkit_desktop.ui.records.drafts import DraftKeeper
from toolkit_desktop.ui.workspace.pack_flow import ReferralPackFlow
from toolkit_desktop.ui.workspace.save_status import SaveStatus
from toolkit_desktop.ui.workspace.workspace import CaseWorkspace


class CaseActions(QObject):
    """Connects the workspace's record pages, prompts and pack button to the vault."""

    def __init__(
        self,
        window: QWidget,
        context: AppContext,
        session: Callable[[], Session | None],
        worker: VaultWorker,
        autosaver: Autosaver,
        workspace: CaseWorkspace,
        status: SaveStatus,
        bar: QStatusBar,
    ) -> None:
        super().__init__(window)
        self._context, self._workspace, self._status = context, workspace, status
        self._jobs = CaseJobs(session, worker, autosaver.flush, workspace.case_id_on_screen)
        # What is typed in the record forms, kept until it is recorded (`ui.records.drafts`).
        self.drafts = DraftKeeper(
            self, session, worker, context.autosave_pause_ms, lambda s: status.problem(s))
        self.pack = ReferralPackFlow(
            window, context, self._jobs, workspace, status, self._pack_exported
        )
        self._prompts_running = self._prompts_again = False
        self.backup_warning = QLabel(objectName="backupWarning")
        self.backup_warning.setWordWrap(True)
        self.backup_warning.hide()
        bar.addWidget(self.backup_warning, 1)
        conversations = workspace.records.get(CONVERSATIONS)
        if conversations is not None:
            conversations.record_requested.connect(self._record_conversation)
            self.drafts.watch(CONVERSATION_DRAFT, conversations.form.typing, conversations.draft)
            conversations.form.ask_before_discarding(
                lambda title, text, yes: context.dialogs.confirm(workspace, title, text, yes))
        chronology = workspace.records.get(CHRONOLOGY)
        if chronology is not None:
            chronology.add_requested.connect(self._add_entry)
            chronology.correct_requested.connect(self._correct_entry)
            self.drafts.watch(ENTRY_DRAFT, chronology.entry_form.typing,
                              lambda: (chronology.case_id(), chronology.entry_form.draft()))
            self.drafts.watch(CORRECTION_DRAFT, chronology.entries.typing,
                              lambda: (chronology.case_id(), chronology.entries.draft()))
        documents = workspace.records.get(DOCUMENTS)
        if documents is not None:  # attaching encrypts up to 25 MB: on the worker, like the rest
            documents.use_vault(context.dialogs, on_worker(self._jobs))
        workspace.export_requested.connect(self.pack.open)
        autosaver.saved.connect(lambda _at: self.refresh_prompts())

    # -- the vault and the case ----------------------------------------------------------------

    def unlocked(self, session: Session) -> None:
        """Say in the status bar, not in a pop-up, why the vault is read-only, or that no backup
        could be taken at unlock."""
        warning = session.backup_warning
        if warning and not session.read_only:
            self.backup_warning.setText(translate(
                "Workspace",
                "{warning}. Your work is still saved in the vault; ask your IT team to check the "
                "backups folder.",
            ).format(warning=say(warning).rstrip(".")))
        elif warning:
            # Damaged or a full disk: its own sentence says what to do; nothing is saved now.
            self.backup_warning.setText(say(warning))
            self.backup_warning.setAccessibleName(self.backup_warning.text())
        self.backup_warning.setVisible(bool(warning))

    def case_opened(self) -> None:
        """A case is on screen: read its prompts."""
        self.refresh_prompts()

    def lock(self) -> None:
        """Close the pack dialog and forget the warning; results still on the way are dropped."""
        self.pack.close()
        self._prompts_running = self._prompts_again = False
        self.backup_warning.clear()
        self.backup_warning.hide()

    # -- conversations and the chronology ----------------------------------------------------------

    def _record_conversation(self, fields: dict[str, Any]) -> None:
        page = self._workspace.records[CONVERSATIONS]

        def work(session: Session, case_id: int) -> Any:
            record_conversation(session.service, case_id, **fields, draft=CONVERSATION_DRAFT)
            return session.service.snapshot(case_id)

        self.drafts.flush()  # the draft written first, so the record's transaction deletes it
        self._jobs.run(
            work,
            lambda snap: self._recorded(
                snap, page.recorded, translate("Workspace", "The conversation was recorded.")),
            page.failed,
        )

    def _add_entry(self, entry: dict[str, Any]) -> None:
        page = self._workspace.records[CHRONOLOGY]

        def work(session: Session, case_id: int) -> Any:
            session.service.add_chronology(
                case_id,
                entry["kind"],
                entry["text"],
                occurred_at=entry["occurred_at"],
                conversation_id=entry["conversation_id"],
                draft=ENTRY_DRAFT,
            )
            return session.service.snapshot(case_id)

        self.drafts.flush()
        self._jobs.run(
            work,
            lambda snap: self._recorded(
                snap, page.added, translate("Workspace", "The entry was added to the chronology.")
            ),
            page.entry_form.failed,
        )

    def _correct_entry(self, entry_id: int, text: str) -> None:
        page = self._workspace.records[CHRONOLOGY]

        def work(session: Session, case_id: int) -> Any:
            session.service.correct_chronology(case_id, entry_id, text, draft=CORRECTION_DRAFT)
            return session.service.snapshot(case_id)

        self.drafts.flush()
        self._jobs.run(
            work,
            lambda snap: self._recorded(
                snap, page.corrected,
                translate("Workspace", "The correction was added; the original entry is kept."),
            ),
            page.entries.failed,
        )

    def _pack_exported(self) -> None:
        # The first pack made is the referral: the case reads its date again, so the screen says
        # what the next pack will (the referral made, and when).
        self._jobs.run(
            lambda session, case_id: session.service.snapshot(case_id),
            self._workspace.update_records,
            self._status.problem,
        )
        self.refresh_prompts()

    def _recorded(self, snapshot: Any, then: Callable[[], None], note: str) -> None:
        self._workspace.update_records(snapshot)
        then()
        self._status.note(note)
        self.refresh_prompts()

    # -- what next ---------------------------------------------------------------------------------

    def refresh_prompts(self) -> None:
        """Read the open case's prompts again; one read at a time, the last request wins.

        Answers still waiting for the typing to pause are not pushed out for this: their save
        asks for the prompts again when it lands.
        """
        if self._prompts_running:
            self._prompts_again = True
            return
        self._prompts_running = True
        today = uk_today(self._context.clock.now())
        self._jobs.run(
            lambda s, case_id: what_next_for_case(s.service, case_id, today),
            self._workspace.what_next.show_prompts,
            lambda _sentence: None,  # the prompts are a reminder; the last ones stay
            after=self._prompts_read,
            flush=False,
        )

    def _prompts_read(self) -> None:
        self._prompts_running = False
        if self._prompts_again:
            self._prompts_again = False
            self.refresh_prompts()

"""Deleting a case from the case list, and the line about cases past the retention period.

"Delete this case…" is a button, never a single key: it asks, through the dialogs seam, why and
for the case's reference typed back, then deletes on the worker. The sentence afterwards says
when the last backup holding the case is rotated away at the latest.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from toolkit_desktop.domain.wording import uk_today
from toolkit_desktop.ui.common.context import AppContext
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, say, translate
from toolkit_desktop.ui.common.worker import VaultWorker

if TYPE_CHECKING:
    from toolkit_desktop.services.session import Session
    from toolkit_desktop.ui.cases.case_list_page import CaseListPage

TITLE = QT_TRANSLATE_NOOP("Cases", "Delete this case for good")


def _warning(name: str, reference: str, training: bool) -> str:
    question = translate("Cases", "Delete the case of {name} ({reference}) for good?").format(
        name=name, reference=reference)
    practice = (" " + translate("Cases", "This is a practice case in the training vault.")
                if training else "")
    removed = translate(
        "Cases",
        "Its answers and their history, conversations, chronology, photos and documents, and "
        "the record of its referral packs are all removed from the vault, and this cannot be "
        "undone. Referral packs already sent are not affected. Say why it is being deleted, and "
        "type its reference, {reference}, to confirm.",
    ).format(reference=reference)
    return f"{question}{practice} {removed}"


class CaseDeletion(QObject):
    """The case list's delete action and retention line, run through the app's worker."""

    def __init__(
        self,
        page: CaseListPage,
        context: AppContext,
        worker: VaultWorker,
        session: Callable[[], Session | None],
        status: Callable[[], Any],  # the window's SaveStatus, made after the case list
        reload: Callable[[], None],
    ) -> None:
        super().__init__(page)
        self._page = page
        self._context = context
        self._worker = worker
        self._session = session
        self._status = status
        self._reload = reload
        page.delete_requested.connect(self.ask)
        page.entries_shown.connect(self.check_retention)

    def ask(self, case_id: int, name: str, reference: str) -> None:
        """Ask why and for the reference typed back; delete on the worker if given."""
        session = self._session()
        if session is None:
            return
        if session.read_only:
            self._context.dialogs.inform(self._page, translate("Cases", TITLE),
                                         say(session.read_only))
            return
        answer = self._context.dialogs.ask_deletion(
            self._page, translate("Cases", TITLE), _warning(name, reference, session.training),
            reference)
        if answer is None:
            self._status().note(translate("Cases", "The case was kept."))
            return
        reason, typed = answer
        self._worker.submit(
            lambda: session.delete_case(case_id, reason, typed),
            self._deleted,
            self._refused,
        )

    def _deleted(self, done: Any) -> None:
        self._status().tell(done.sentence)
        self._context.dialogs.inform(self._page, translate("Cases", "Case deleted"),
                                     done.sentence)
        self._reload()

    def _refused(self, sentence: str, exc: Exception | None = None) -> None:
        # The worker's sentence already: the service's own refusal, or a calm general one.
        self._status().problem(sentence, exc)
        self._context.dialogs.inform(self._page, translate("Cases", TITLE), sentence)

    def check_retention(self) -> None:
        """Read, on the worker, which cases are past the retention period, and say so."""
        session = self._session()
        if session is None:
            return
        today = uk_today(self._context.clock.now())
        self._worker.submit(lambda: session.past_retention(today), self._show_retention,
                            lambda *_: None)  # the list itself is what matters

    def _show_retention(self, due: list[Any]) -> None:
        from toolkit_desktop.services.deletion import retention_notice  # loaded with the rooms

        if self._session() is not None:
            self._page.show_retention(retention_notice(due))

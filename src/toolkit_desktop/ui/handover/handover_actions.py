"""The window's handover actions: Ctrl+Shift+H hands the open case over, Ctrl+Shift+R receives one.

Everything that touches the vault (writing the file, checking a code, receiving) runs as a job of
the window's ordered worker, after any answer still being saved, so what was typed last travels in
the file. While the case on screen is waiting for its confirmation code, a banner across the
window says so in words, and that nothing typed in it can be saved here: the vault refuses every
change to it (migration 0006), and the status bar gives that sentence for any change tried.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from toolkit_desktop.domain.form_ids import CHILD_FORM
from toolkit_desktop.domain.names import shown_name
from toolkit_desktop.services import handover
from toolkit_desktop.services.session import Session, generations
from toolkit_desktop.ui.common.context import AppContext
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, say, translate
from toolkit_desktop.ui.common.worker import VaultWorker
from toolkit_desktop.ui.handover.hand_over_dialog import TITLE, HandOverDialog
from toolkit_desktop.ui.handover.receive_dialog import TITLE as RECEIVE_TITLE
from toolkit_desktop.ui.handover.receive_dialog import ReceiveDialog

MARK = QT_TRANSLATE_NOOP("Handover", "HANDED OVER, AWAITING CONFIRMATION")  # translated where shown
HAND_OVER_KEYS = "Ctrl+Shift+H"
RECEIVE_KEYS = "Ctrl+Shift+R"


class HandoverActions(QObject):
    """Opens the two dialogs, runs their vault work on the worker, and keeps the banner."""

    def __init__(
        self,
        window: QWidget,
        context: AppContext,
        session: Callable[[], Session | None],
        worker: VaultWorker,
        workspace: Any,  # the CaseWorkspace (a room above this one: not imported)
        pages: QStackedWidget,
        status: Any,  # the window's SaveStatus
        flush: Callable[[], None],  # record the answers still waiting to be saved
        show_case_list: Callable[[], None],
        open_case: Callable[[int], None],
        listing: Callable[[], bool],  # whether the case list is on screen
    ) -> None:
        super().__init__(window)
        self._window, self._context, self._session = window, context, session
        self._worker, self._workspace, self._pages, self._status = worker, workspace, pages, status
        self._flush, self._show_case_list, self._open_case = flush, show_case_list, open_case
        self._listing = listing
        self._waiting: handover.AwaitingHandover | None = None
        self._dialog: QWidget | None = None
        self.banner = QLabel(objectName="handoverBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { font-weight: bold; padding: 4px; border: 2px solid palette(highlight); }")
        self.banner.hide()
        workspace.case_changed.connect(self._case_changed)
        pages.currentChanged.connect(lambda _index: self._place_banner())

    # -- handing over -------------------------------------------------------------------------

    def hand_over(self) -> None:
        """Hand over the case on screen (or, if it is waiting, take its code or withdraw it)."""
        session = self._session()
        snapshot = self._workspace.snapshot
        if session is None or self._pages.currentWidget() is not self._workspace:
            if session is not None:
                self._status.note(translate(
                    "Handover", "Open the case to hand over first; then press {keys}."
                ).format(keys=HAND_OVER_KEYS))
            return
        if snapshot is None or self._dialog is not None:
            return
        if session.read_only:
            self._context.dialogs.inform(  # the session's own sentence: why it is read-only
                self._window, translate("Handover", TITLE), say(session.read_only))
            return
        case_id = snapshot.case.id
        self._flush()  # what was typed last goes into the file: the worker keeps the order
        desk = self._desk(session)
        self._worker.submit(
            lambda: desk.awaiting(case_id),
            lambda waiting: self._ask(session, snapshot, waiting),
            self._status.problem,
        )

    def _ask(self, session: Session, snapshot: Any, waiting: Any) -> None:
        if session is not self._session() or self._dialog is not None:
            return
        case_id = snapshot.case.id
        name = (shown_name(snapshot.answers(CHILD_FORM)).with_latin
                or translate("Handover", "this child"))
        dialog = HandOverDialog(name, snapshot.case.reference, self._context.dialogs,
                                self._window, waiting.sentence if waiting else None)
        self._set_waiting(waiting)
        desk = self._desk(session)

        def write(target: Any, receiver: str) -> None:
            def work() -> Any:
                return desk.hand_over(case_id, target, receiver), desk.awaiting(case_id)

            self._worker.submit(work, lambda done: self._written(dialog, *done),
                                lambda sentence, _exc=None: self._refused(dialog, sentence))

        def confirm(code: str) -> None:
            self._worker.submit(
                lambda: desk.confirm(case_id, code),
                lambda done: self._confirmed(dialog, done.sentence),
                lambda sentence, _exc=None: self._refused(dialog, sentence))

        def withdraw(reason: str) -> None:
            self._worker.submit(
                lambda: desk.withdraw(case_id, reason),
                lambda sentence: self._withdrawn(dialog, sentence),
                lambda sentence, _exc=None: self._refused(dialog, sentence))

        dialog.write_requested.connect(write)
        dialog.confirm_requested.connect(confirm)
        dialog.withdraw_requested.connect(withdraw)
        self._keep(dialog)

    def _written(self, dialog: HandOverDialog, sent: Any, waiting: Any) -> None:
        self._set_waiting(waiting)
        if self._dialog is dialog:
            dialog.written(sent.receiver, sent.words, waiting.sentence if waiting else "")
        self._status.tell(translate(
            "Handover",
            "Handover file written: {file}. The case cannot be changed here until its "
            "confirmation code is typed.",
        ).format(file=sent.target))

    def _confirmed(self, dialog: HandOverDialog, sentence: str) -> None:
        self._set_waiting(None)
        if self._dialog is dialog:
            dialog.accept()
        self._status.tell(sentence)
        self._context.dialogs.inform(  # the service's sentence (services.deletion)
            self._window, translate("Handover", "Case handed over"), sentence)
        if self._session() is not None:
            self._show_case_list()  # the case is gone from this laptop

    def _withdrawn(self, dialog: HandOverDialog, sentence: str) -> None:
        self._set_waiting(None)
        if self._dialog is dialog:
            dialog.accept()
        self._status.tell(sentence)
        self._context.dialogs.inform(  # the service's sentence (services.handover)
            self._window, translate("Handover", "Handover withdrawn"), sentence)

    def _refused(self, dialog: Any, sentence: str) -> None:
        if self._dialog is dialog:
            dialog.refused(sentence)
        else:
            self._status.problem(sentence)

    # -- receiving ------------------------------------------------------------------------------

    def receive(self) -> None:
        """Ask for a handover file and its words, and add its case to this vault."""
        session = self._session()
        if session is None or self._dialog is not None:
            return
        if session.read_only:
            self._context.dialogs.inform(self._window, translate("Handover", RECEIVE_TITLE),
                                         say(session.read_only))
            return
        dialog = ReceiveDialog(self._window)
        desk = self._desk(session)

        def receive(path: Any, words: str) -> None:
            self._worker.submit(
                lambda: desk.receive(path, words),
                lambda got: self._received(dialog, got),
                lambda sentence, _exc=None: self._refused(dialog, sentence))

        dialog.receive_requested.connect(receive)
        dialog.open_requested.connect(self._open_case)
        self._keep(dialog)

    def _received(self, dialog: ReceiveDialog, got: Any) -> None:
        self._status.tell(got.sentence)
        if self._dialog is dialog:
            dialog.received(got.case_id, got.sentence, got.code)
        if self._session() is not None and self._listing():
            self._show_case_list()  # the new case is in the list

    # -- the dialog on screen, the banner and the lock --------------------------------------------

    def _desk(self, session: Session) -> handover.HandoverDesk:
        return handover.HandoverDesk(session, generations(self._context.settings))

    def _keep(self, dialog: QWidget) -> None:
        self._dialog = dialog

        def finished(_result: int) -> None:
            if isinstance(dialog, HandOverDialog):
                dialog.forget_words()
            if self._dialog is dialog:
                self._dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def lock(self) -> None:
        """The vault is locking: take the words and codes off the screen, and the banner."""
        dialog = self._dialog
        if dialog is not None:
            if isinstance(dialog, HandOverDialog):
                dialog.forget_words()
            dialog.reject()
        self._set_waiting(None)

    def _case_changed(self, snapshot: Any) -> None:
        session = self._session()
        if snapshot is None or session is None:
            self._set_waiting(None)
            return
        case_id = snapshot.case.id
        desk = self._desk(session)
        if self._waiting is not None and self._waiting.case_id != case_id:
            self._set_waiting(None)  # another case: never shown held by the last one's handover

        def shown(waiting: Any) -> None:
            if self._session() is session and self._workspace.case_id_on_screen() == case_id:
                self._set_waiting(waiting)

        def unknown(*_: Any) -> None:  # the vault refuses its writes anyway; say nothing more
            if self._workspace.case_id_on_screen() == case_id:
                self._set_waiting(None)

        self._worker.submit(lambda: desk.awaiting(case_id), shown, unknown)

    def _set_waiting(self, waiting: Any) -> None:
        self._waiting = waiting
        self._workspace.set_read_only(
            waiting is not None and self._workspace.case_id_on_screen() == waiting.case_id)
        if waiting is not None:
            # The sentence is the service's (services.handover.AwaitingHandover.sentence).
            text = translate(
                "Handover",
                "{mark}: {sentence} Press {keys} to type the code or withdraw the handover.",
            ).format(mark=translate("Handover", MARK), sentence=waiting.sentence,
                     keys=HAND_OVER_KEYS)
            self.banner.setText(text)
            self.banner.setAccessibleName(text)
        self._place_banner()

    def _place_banner(self) -> None:
        waiting = self._waiting
        self.banner.setVisible(
            waiting is not None and self._pages.currentWidget() is self._workspace
            and self._workspace.case_id_on_screen() == waiting.case_id)

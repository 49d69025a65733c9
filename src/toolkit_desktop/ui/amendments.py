"""Changing an answer after a referral pack went out: ask why, then record it with the reason.

The case service refuses such a change without a reason (`ReasonRequired`); the autosaver hands
it here. The practitioner gives a reason in a small prompt, and the change is recorded with it
(the service adds the chronology entry the next pack lists). If they keep the saved answer instead,
the field shows it again and the status bar says what was typed, so nothing is lost unseen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.services.cases import CaseSnapshot
from toolkit_desktop.ui.autosave import Change
from toolkit_desktop.ui.history_dialog import value_in_words

TITLE = "Why is this answer changing?"
SAVED = ("Saved with your reason. The change is in the chronology, and the next referral pack "
         "will list it.")
LONGEST = 80  # characters of a typed value repeated in the status bar


def _short(text: str) -> str:
    return text if len(text) <= LONGEST else text[: LONGEST - 1] + "…"


class Amendments(QObject):
    """Asks for the reasons the autosaver needs, one prompt at a time."""

    def __init__(self, window: Any, notes: Any) -> None:
        super().__init__(window)
        self._window = window
        self._notes = notes
        self._defs: Definitions = window.context.definitions
        self._queue: list[tuple[Change, str]] = []
        self._asking = False
        window.autosaver.reason_needed.connect(self._reason_needed)

    def label(self, form_id: str, field_id: str) -> str:
        """The question's wording, for prompts and the status bar."""
        form = self._defs.form(form_id)
        found = form.field(field_id) if form else None
        return found.label if found else field_id

    def words(self, form_id: str, field_id: str, value: Any) -> str:
        """A value as the practitioner would say it."""
        form = self._defs.form(form_id)
        return value_in_words(form.field(field_id) if form else None, field_id, value)

    def _reason_needed(self, change: Change, sentence: str) -> None:
        # A newer refusal for the same answer replaces the one waiting: only one prompt each.
        self._queue = [(c, s) for c, s in self._queue if c.key != change.key]
        self._queue.append((change, sentence))
        if not self._asking:
            QTimer.singleShot(0, self._ask_next)  # not from inside the worker's report

    def _ask_next(self) -> None:
        window, workspace = self._window, self._window.workspace
        while self._queue and not self._asking:
            change, sentence = self._queue.pop(0)
            if workspace.snapshot is None:
                continue  # locked meanwhile: the saved answer stands
            on_screen = workspace.answers.get(change.form_id, {}).get(change.field_id)
            label = self.label(change.form_id, change.field_id)
            question = (f"You changed “{label}” to: "
                        f"{_short(self.words(change.form_id, change.field_id, on_screen))}\n\n"
                        f"{sentence}")
            self._asking = True
            try:
                reason = window.context.dialogs.ask_reason(workspace, TITLE, question)
            finally:
                self._asking = False
            window.autosaver.discard(change.form_id, change.field_id)
            if workspace.snapshot is None:
                continue
            if reason and reason.strip():
                window.autosaver.record(change.with_reason(reason.strip(), on_screen),
                                        lambda _rev: self._saved())
            else:
                self._keep_saved(change, on_screen)

    def _saved(self) -> None:
        self._window.status.note(SAVED)
        self._reload(None)

    def _keep_saved(self, change: Change, typed: Any) -> None:
        label = self.label(change.form_id, change.field_id)
        typed_words = _short(self.words(change.form_id, change.field_id, typed))

        def restored(snapshot: CaseSnapshot) -> None:
            revision = snapshot.current.get(change.key)
            saved = revision.value if revision is not None else None
            self._window.status.problem(
                f"Kept the saved answer to “{label}”: "
                f"{_short(self.words(change.form_id, change.field_id, saved))}. Your change "
                f"({typed_words}) was not saved: once a referral pack has gone out, a change "
                "needs a reason. Change it again to give one."
            )

        self._reload(change, restored)

    def _reload(self, change: Change | None, then: Any = None) -> None:
        """Read the case again; put `change`'s answer back to its saved value on screen."""
        window, workspace = self._window, self._window.workspace
        session, snapshot = window.session, workspace.snapshot
        if session is None or snapshot is None:
            return
        case_id = snapshot.case.id
        window.autosaver.flush()  # the worker keeps order: the case is read after these are saved

        def loaded(fresh: CaseSnapshot) -> None:
            if workspace.snapshot is None or workspace.snapshot.case.id != case_id:
                return
            if change is not None:
                revision = fresh.current.get(change.key)
                values = workspace.answers.setdefault(change.form_id, {})
                if revision is None:
                    values.pop(change.field_id, None)
                else:
                    values[change.field_id] = revision.value
                view = workspace.views.get(change.form_id)
                if view is not None:
                    view.set_answers(workspace.answers)
                self._notes.load(fresh)
                self._notes.apply(workspace.views)
            workspace.update_records(fresh)
            if then is not None:
                then(fresh)

        window.worker.submit(lambda: session.service.snapshot(case_id), loaded,
                             window.status.problem)

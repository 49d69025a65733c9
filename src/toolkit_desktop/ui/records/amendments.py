"""Changing an answer after a referral pack went out: ask why, then record it with the reason.

The case service refuses such a change without a reason (`ReasonRequired`); the autosaver hands
it here. The practitioner gives a reason in a small prompt, and the change is recorded with it
(the service adds the chronology entry the next pack lists). If they keep the saved answer instead,
the field shows it again and the status bar says what was typed, so nothing is lost unseen.

If the vault locks (or the app closes) while a change waits for its reason, or while the prompt is
open, the change is not dropped: it is recorded as it is on screen with `UNASKED` as its reason,
and after the next unlock the status bar names it and says where to add the real reason.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer

from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.wording import clock_time
from toolkit_desktop.services.cases import CaseSnapshot
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.form.autosave import Change
from toolkit_desktop.ui.records.history_dialog import value_in_words

TITLE = QT_TRANSLATE_NOOP("Records", "Why is this answer changing?")
SAVED = QT_TRANSLATE_NOOP(
    "Records",
    "Saved with your reason. The change is in the chronology, and the next referral pack "
    "will list it.",
)
LONGEST = 80  # characters of a typed value repeated in the status bar
# Kept in the vault as the change's reason, so in English whatever the app's language: the
# referral pack that lists the change is in English.
UNASKED = "No reason given: the vault locked before one could be asked ({time})"


def unasked_reason(now: datetime) -> str:
    """The reason recorded for a change that needed one when the vault locked."""
    return UNASKED.format(time=clock_time(now))


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
        self._asking: Change | None = None  # the change the prompt on screen is about
        self._unasked: list[str] = []  # answers saved with UNASKED, named after the next unlock
        window.autosaver.reason_needed.connect(self._reason_needed)
        window.autosaver.saved_unasked.connect(self._saved_unasked)

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
        if self._asking is None:
            QTimer.singleShot(0, self, self._ask_next)  # not from inside the worker's report

    def _on_screen(self, change: Change) -> Any:
        """The answer as the workspace shows it now (the refused value, for a case not shown)."""
        snapshot = self._window.workspace.snapshot
        if snapshot is None or snapshot.case.id != change.case_id:
            return change.value
        return self._window.workspace.answers.get(change.form_id, {}).get(change.field_id)

    def _ask_next(self) -> None:
        window, workspace = self._window, self._window.workspace
        while self._queue and self._asking is None:
            change, sentence = self._queue.pop(0)
            if workspace.snapshot is None:
                continue  # not reached: `lock` records what waits before the workspace empties
            on_screen = self._on_screen(change)
            label = self.label(change.form_id, change.field_id)
            question = translate("Records", "You changed “{question}” to: {value}\n\n{why}").format(
                question=label,
                value=_short(self.words(change.form_id, change.field_id, on_screen)),
                why=sentence,
            )
            self._asking = change
            try:
                reason = window.context.dialogs.ask_reason(
                    workspace, translate("Records", TITLE), question
                )
            finally:
                asked, self._asking = self._asking, None
            if asked is None:
                continue  # the vault locked, or the app closed, meanwhile: `lock` recorded it
            window.autosaver.discard(change.form_id, change.field_id)
            if reason and reason.strip():
                window.autosaver.record(change.with_reason(reason.strip(), on_screen),
                                        lambda _rev: self._saved())
            else:
                self._keep_saved(change, on_screen)

    def lock(self, unasked: str) -> None:
        """The vault is locking, or the app closing: record every change still waiting for a
        reason, or whose prompt is open, as it is on screen, with `unasked` if it needs one."""
        waiting = [self._asking] if self._asking is not None else []
        waiting += [change for change, _sentence in self._queue]
        self._queue.clear()
        self._asking = None  # the lock closes the prompt; what it returns is not waited for
        for change in waiting:
            self._window.autosaver.record(
                replace(change, value=self._on_screen(change), unasked=unasked))

    def _saved_unasked(self, change: Change) -> None:
        label = f"“{_short(self.label(change.form_id, change.field_id))}”"
        if label not in self._unasked:
            self._unasked.append(label)
        if self._window.session is not None:
            self.unlocked()

    def unlocked(self) -> None:
        """Say which answers were saved without a reason when the vault last locked."""
        if not self._unasked:
            return
        *others, last = self._unasked
        self._unasked = []
        if others:
            names = translate("Records", "{earlier} and {last}").format(
                earlier=", ".join(others), last=last
            )
            said = translate(
                "Records",
                "{names} were saved without a reason: the vault locked before one could be "
                "asked. To add the reason, use “Correct this entry” on its line in the "
                "chronology.",
            ).format(names=names)
        else:
            said = translate(
                "Records",
                "{name} was saved without a reason: the vault locked before one could be "
                "asked. To add the reason, use “Correct this entry” on its line in the "
                "chronology.",
            ).format(name=last)
        self._window.status.problem(said)

    def _saved(self) -> None:
        self._window.status.note(translate("Records", SAVED))
        self._reload(None)

    def _keep_saved(self, change: Change, typed: Any) -> None:
        label = self.label(change.form_id, change.field_id)
        typed_words = _short(self.words(change.form_id, change.field_id, typed))
        why = translate(
            "Records",
            "Your change ({typed}) was not saved: once a referral pack has gone out, a change "
            "needs a reason. Change it again to give one.",
        ).format(typed=typed_words)
        snapshot = self._window.workspace.snapshot
        if snapshot is None or snapshot.case.id != change.case_id:
            self._window.status.problem(
                translate("Records", "Kept the saved answer to “{question}”. {why}").format(
                    question=label, why=why
                )
            )
            return

        def restored(fresh: CaseSnapshot) -> None:
            revision = fresh.current.get(change.key)
            saved = revision.value if revision is not None else None
            self._window.status.problem(
                translate(
                    "Records", "Kept the saved answer to “{question}”: {saved}. {why}"
                ).format(
                    question=label,
                    saved=_short(self.words(change.form_id, change.field_id, saved)),
                    why=why,
                )
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
                workspace.answers_put_back(change.form_id)
                self._notes.load(fresh)
                self._notes.apply(workspace.views)
            workspace.update_records(fresh)
            if then is not None:
                then(fresh)

        window.worker.submit(lambda: session.service.snapshot(case_id), loaded,
                             window.status.problem)

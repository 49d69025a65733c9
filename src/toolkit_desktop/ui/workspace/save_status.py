"""The status bar: "Saved at 02:14", or a sentence saying what was not saved and what to do."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QStatusBar

from toolkit_desktop.domain.definitions import Definitions, not_relevant_field_id
from toolkit_desktop.domain.wording import clock_time
from toolkit_desktop.services.cases import AnswerRejected
from toolkit_desktop.ui.common.language import translate
from toolkit_desktop.ui.form.autosave import Autosaver


class SaveStatus:
    """Keeps the status bar's save line and problem sentences."""

    def __init__(self, bar: QStatusBar, autosaver: Autosaver, definitions: Definitions) -> None:
        self._bar = bar
        self._defs = definitions
        self.label = QLabel(objectName="saveStatus")
        self.label.setAccessibleName(translate("Workspace", "Save status"))
        bar.addPermanentWidget(self.label)
        autosaver.saved.connect(self.saved)
        autosaver.failed.connect(self.not_saved)
        autosaver.kept.connect(self.not_saved_yet)
        self._retrying = ""  # the "not saved yet" message on show, cleared once a save lands

    def unlocked(self) -> None:
        """Say how saving works, once, when the vault opens."""
        self.label.setText(translate("Workspace", "Everything you type is saved as you go."))

    def locked(self) -> None:
        """The vault locked: no sentence about the case stays on the locked screen (where a pack
        was saved names its file), but the one saying a change waits to be written."""
        if self._bar.currentMessage() != self._retrying or not self._retrying:
            self._bar.clearMessage()
        if not self._retrying:  # "Saved at 02:10", or why an answer was refused: not kept
            self.label.clear()
            self.label.setAccessibleDescription("")

    def saved(self, at: datetime) -> None:
        """A change reached the disk."""
        self.label.setText(translate("Workspace", "Saved at {time}").format(time=clock_time(at)))
        self.label.setAccessibleDescription(self.label.text())
        if self._retrying and self._bar.currentMessage() == self._retrying:
            self._bar.clearMessage()  # what could not be written has been written since
        self._retrying = ""

    def not_saved(self, form_id: str, field_id: str, sentence: str) -> None:
        """A change was refused or could not be written."""
        where = self._label(form_id, field_id)
        if sentence.endswith("."):
            text = translate("Workspace", "Not saved: “{where}”: {reason}.")
        else:  # a check's short reason, not a whole sentence
            text = translate(
                "Workspace",
                "Not saved: “{where}”: {reason}. Change the answer and it will be saved.",
            )
        text = text.format(where=where, reason=sentence.rstrip("."))
        self.label.setText(text)
        self._bar.showMessage(text)

    def not_saved_yet(self, form_id: str, field_id: str, sentence: str, locked: bool) -> None:
        """A change could not be written; it is kept and written again later."""
        if locked:
            text = translate(
                "Workspace",
                "Not saved yet: “{where}”: {reason}. It could not be saved before the vault "
                "locked; we will try again when you unlock.",
            )
        else:
            text = translate(
                "Workspace",
                "Not saved yet: “{where}”: {reason}. We will try again when you next type or lock.",
            )
        text = text.format(where=self._label(form_id, field_id), reason=sentence.rstrip("."))
        self.label.setText(translate("Workspace", "Not saved yet"))
        self.label.setAccessibleDescription(text)
        self._bar.showMessage(text)
        self._retrying = text

    def not_put_in_backup(self, keys: list[tuple[str, str]]) -> None:
        """Say which changes kept from before the lock a restored backup replaced unwritten."""
        if keys:
            names = ", ".join(f"“{self._label(form_id, field_id)}”" for form_id, field_id in keys)
            self.problem(translate(
                "Workspace",
                "The backup was restored. Your last change to {names} could not be saved before "
                "the vault locked, so it is not in it: enter it again if it is still needed.",
            ).format(names=names))

    def problem(self, sentence: str, exc: Exception | None = None) -> None:
        """Show a sentence about something that did not work (kept until the next message)."""
        if isinstance(exc, AnswerRejected):
            sentence = translate("Workspace", "That was not accepted: {reason}.").format(
                reason=sentence)
        self._bar.showMessage(sentence)

    def note(self, text: str) -> None:
        """A passing remark, such as "Settings saved."."""
        self._bar.showMessage(text, 5000)

    def tell(self, text: str) -> None:
        """Something to keep reading, such as where a file was saved (kept until the next
        message)."""
        self._bar.showMessage(text)

    def where(self, form_id: str, field_id: str) -> str:
        """An answer named for the practitioner: "Given names (Child's details)"."""
        return self._label(form_id, field_id)

    def _label(self, form_id: str, field_id: str) -> str:
        form = self._defs.form(form_id)
        if form is None:
            return field_id
        for section in form.sections:
            if field_id == not_relevant_field_id(section.id):
                return translate("Workspace", "{section}: not relevant here").format(
                    section=section.title)
        field = form.field(field_id)
        return f"{field.label if field else field_id} ({form.title})"

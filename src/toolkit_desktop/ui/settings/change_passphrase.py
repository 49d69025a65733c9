"""Changing the vault passphrase in Settings: a small keyboard-first panel, re-keyed on the worker.

The current passphrase is proven and the vault re-encrypted by `Session.change_passphrase`, one job
of the app's worker, so the window never waits on a key derivation or a copy of the vault. Every
refusal and failure is one sentence and changes nothing: the old passphrase still opens the vault.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.policy import load_policy
from toolkit_desktop.services.session import Session
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.common.page_parts import Busy, Problem, paragraph
from toolkit_desktop.ui.common.strength_meter import StrengthMeter
from toolkit_desktop.ui.common.worker import VaultWorker
from toolkit_desktop.ui.fields.layout_order import nest_layout

# Marked for the catalogue here, translated where they are shown.
CHANGED = QT_TRANSLATE_NOOP(
    "Settings", "Your passphrase has changed. Use the new one next time you unlock."
)
WRONG_CURRENT = QT_TRANSLATE_NOOP(
    "Settings",
    "That is not the current passphrase, so nothing was changed. Type the passphrase you unlock "
    "the vault with.",
)
SAME = QT_TRANSLATE_NOOP(
    "Settings", "The new passphrase is the same as the current one. Choose a different one."
)
DIFFERENT = QT_TRANSLATE_NOOP(
    "Settings", "The two new passphrases are different. Type the same one in both boxes."
)
NO_CURRENT = QT_TRANSLATE_NOOP("Settings", "Type your current passphrase first.")
TRAINING = QT_TRANSLATE_NOOP(
    "Settings", "The practice vault has no passphrase of its own, so there is none to change."
)
# The stable code of the vault's "wrong passphrase, or damaged" refusal (the ui may not import
# storage). The vault is open and sound here, so a refusal of the current passphrase means it
# was mistyped: its own sentence would send the practitioner to the backups for nothing.
_WRONG_CODE = "wrong_passphrase_or_damaged"


def _secret(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    return edit


def _same(a: str, b: str) -> bool:
    # As the vault derives its key: the same words typed on another keyboard are the same key.
    return unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)


class ChangePassphrase(QWidget):
    """The "Passphrase" part of Settings: a button, and the panel it opens."""

    def __init__(
        self,
        worker: VaultWorker | None,
        session: Callable[[], Session | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphrase")
        self._worker = worker
        self._session = session
        self._running = False  # a re-key is on the worker: nothing may be typed or cancelled
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("Settings", "<h2>Passphrase</h2>")))
        layout.addWidget(
            paragraph(
                translate(
                    "Settings",
                    "Changing the passphrase re-encrypts the vault. If anything goes wrong, the "
                    "vault still opens with the passphrase you use now.",
                )
            )
        )
        self.outcome = paragraph("", "passphraseOutcome")
        self.outcome.hide()
        layout.addWidget(self.outcome)
        self.open_button = QPushButton(
            translate("Settings", "Change pa&ssphrase…"), objectName="changePassphraseButton"
        )
        self.open_button.clicked.connect(self.open_panel)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        nest_layout(layout, row)
        self.panel = self._build_panel()
        layout.addWidget(self.panel)

    def _build_panel(self) -> QFrame:
        panel = QFrame(objectName="changePassphrasePanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(panel)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.current = _secret("currentPassphrase", translate("Settings", "Current passphrase"))
        self.new = _secret("changedPassphrase", translate("Settings", "New passphrase"))
        self.again = _secret(
            "changedPassphraseAgain", translate("Settings", "Type the new passphrase again")
        )
        self.boxes = (self.current, self.new, self.again)
        for box, caption in zip(
            self.boxes,
            (
                translate("Settings", "C&urrent passphrase:"),
                translate("Settings", "Ne&w passphrase:"),
                translate("Settings", "New passphrase a&gain:"),
            ),
            strict=True,
        ):
            label = QLabel(caption)
            label.setBuddy(box)
            form.addRow(label, box)
            box.returnPressed.connect(self._enter)
        nest_layout(inner, form)

        self.gauge = StrengthMeter(
            load_policy(), names=("changedStrengthMeter", "changedStrengthText"),
            accessible=translate("Settings", "New passphrase strength"),
        )
        self.meter, self.strength = self.gauge.meter, self.gauge.text
        inner.addWidget(self.gauge)
        self.new.textChanged.connect(self.gauge.rate)

        self.problem = Problem("changePassphraseProblem")
        inner.addWidget(self.problem)
        self.busy = Busy("changePassphraseBusy")
        inner.addWidget(self.busy)
        self.confirm = QPushButton(
            translate("Settings", "C&hange passphrase"), objectName="changePassphraseConfirm"
        )
        self.cancel_button = QPushButton(
            translate("Settings", "Cancel"), objectName="changePassphraseCancel"
        )
        self.cancel_button.setAccessibleDescription(
            translate("Settings", "Close without changing anything (Escape)")
        )
        self.confirm.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.cancel_button)
        nest_layout(inner, buttons)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), panel)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel)
        panel.hide()
        return panel

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        # The practice vault's passphrase is fixed in the app: changing it would lock it for good.
        session = self._session()
        self.open_button.setVisible(session is None or not session.training)
        super().showEvent(event)

    # -- the panel ------------------------------------------------------------------------------

    def open_panel(self) -> None:
        """Show the three boxes, empty, with the keyboard in the first."""
        session = self._session()
        if session is not None and session.training:
            self._say_outcome(translate("Settings", TRAINING))
            return
        self.outcome.hide()
        self.problem.clear()
        self._empty(*self.boxes)
        self.panel.show()
        self.open_button.setEnabled(False)
        self._focus(self.current)

    def cancel(self) -> None:
        """Close the panel without changing anything (Escape); not while the vault is re-keyed."""
        if self._running:
            return
        self._empty(*self.boxes)
        self.problem.clear()
        self.panel.hide()
        self.open_button.setEnabled(True)
        self._focus(self.open_button)

    def clear(self) -> None:
        """Forget everything typed and said (on lock). A re-key under way still reports back."""
        self._empty(*self.boxes)
        self.problem.clear()
        self.outcome.hide()
        self.outcome.setText("")
        if not self._running:
            self.panel.hide()
            self.open_button.setEnabled(True)

    def _enter(self) -> None:
        # Enter moves on to the next empty box, as on paper; once all three are filled it changes
        # the passphrase, from whichever box it was pressed in.
        empty = next((box for box in self.boxes if not box.text()), None)
        if empty is None:
            self._submit()
        else:
            self._focus(empty)

    def _submit(self) -> None:
        if self._running:
            return
        current, new, again = (box.text() for box in self.boxes)
        refusal = self._refusal(current, new, again)
        if refusal is not None:
            sentence, keep_current = refusal
            self.problem.say(sentence)
            # Hidden text cannot be checked by eye, so both new boxes are typed again.
            self._empty(self.new, self.again)
            self._focus(self.new if keep_current else self.current)
            return
        session = self._session()
        if session is None or self._worker is None:
            return  # locked meanwhile: the panel has been cleared
        # Out of the boxes at once, and out of their undo history: only the worker needs them now.
        self._empty(*self.boxes)
        self.problem.clear()
        self._set_busy(True)
        self._worker.submit(
            lambda: session.change_passphrase(current, new), self._changed, self._failed
        )

    def _refusal(self, current: str, new: str, again: str) -> tuple[str, bool] | None:
        """Why the boxes cannot be used, and whether the current passphrase may stay typed."""
        if not current:
            return translate("Settings", NO_CURRENT), False
        refusal = self.gauge.refusal(new)
        if refusal:
            return refusal, True  # the policy's sentence (policy.passphrase_refusal)
        if _same(new, current):
            return translate("Settings", SAME), True
        if new != again:
            return translate("Settings", DIFFERENT), True
        return None

    def _changed(self, warning: str | None) -> None:
        self._set_busy(False)
        self.panel.hide()
        self.open_button.setEnabled(True)
        changed = translate("Settings", CHANGED)
        self._say_outcome(changed if warning is None else f"{changed}\n\n{warning}")
        self._focus(self.open_button)

    def _failed(self, sentence: str, exc: Exception) -> None:
        self._set_busy(False)
        if getattr(exc, "code", None) == _WRONG_CODE:
            sentence = translate("Settings", WRONG_CURRENT)
        self._empty(*self.boxes)
        self.panel.show()  # it may have been cleared by a lock while the worker ran
        self.open_button.setEnabled(False)
        self.problem.say(sentence)
        self._focus(self.current)

    def _focus(self, widget: QWidget, *also: QWidget) -> None:
        """Put the keyboard in `widget` and scroll the settings so that it, and the sentence
        about it, are on screen: at 1366x768 the panel opens below the window's edge."""
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

        def show() -> None:
            if not all(shiboken6.isValid(w) for w in (self, widget, *also)):
                return  # the page went (a lock, a test's end) before the layout settled
            scroll = self.parentWidget()
            while scroll is not None and not isinstance(scroll, QScrollArea):
                scroll = scroll.parentWidget()
            if scroll is not None:
                for shown in (*also, self.problem, self.outcome, widget):
                    if shown.isVisible():
                        scroll.ensureWidgetVisible(shown, 0, 24)

        # Once the layout has made room for what just appeared; never after this panel is gone.
        QTimer.singleShot(0, self, show)

    def _say_outcome(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.setAccessibleName(text)
        self.outcome.show()

    def _set_busy(self, busy: bool) -> None:
        self._running = busy
        for widget in (*self.boxes, self.confirm, self.cancel_button):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(
                translate("Settings", "Changing the passphrase… the vault is being re-encrypted.")
            )
        else:
            self.busy.stop()

    @staticmethod
    def _empty(*boxes: QLineEdit) -> None:
        for box in boxes:
            box.setText("")  # unlike clear(), also empties the box's undo history

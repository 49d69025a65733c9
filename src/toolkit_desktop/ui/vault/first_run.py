"""First run: choose a passphrase for the new vault, then say who you are (editable later)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.records import Profile
from toolkit_desktop.policy import Policy, load_policy
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.common.page_parts import Busy, Problem, centred_column, paragraph
from toolkit_desktop.ui.common.strength_meter import StrengthMeter
from toolkit_desktop.ui.fields.emphasis import bold
from toolkit_desktop.ui.fields.layout_order import nest_layout
from toolkit_desktop.ui.settings.profile_form import ProfileForm

NO_RECOVERY = QT_TRANSLATE_NOOP(
    "Vault",
    "Nobody can recover a forgotten passphrase: not you, not IT, not the makers of this tool. "
    "Without it the cases in this vault cannot be opened. Choose words you will remember, and "
    "keep them as your organisation advises."
)


class CreateVaultPage(QWidget):
    """A new passphrase, typed twice, with a strength meter that rewards length."""

    create_requested = Signal(str)

    def __init__(
        self, vault_location: str, parent: QWidget | None = None, policy: Policy | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("createVaultPage")
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(QLabel(translate("Vault", "<h2>Set up your vault</h2>")))
        layout.addWidget(
            paragraph(
                translate(
                    "Vault",
                    "Everything you record about a child is kept in one encrypted file on this "
                    "laptop, the vault. It opens only with a passphrase you choose now.",
                )
            )
        )
        layout.addWidget(paragraph(
            translate("Vault", "The vault will be kept at {place}.").format(place=vault_location)
        ))
        layout.addWidget(
            paragraph(
                translate(
                    "Vault",
                    "A passphrase of four or more ordinary, unrelated words is long enough to be "
                    "safe and easy to remember. You do not need symbols or capital letters.",
                )
            )
        )

        form = QFormLayout()
        self.first = self._secret("newPassphrase", translate("Vault", "New passphrase"))
        self.second = self._secret(
            "repeatPassphrase", translate("Vault", "Type the new passphrase again")
        )
        first_label, second_label = (
            QLabel(translate("Vault", "&Passphrase:")),
            QLabel(translate("Vault", "Type it &again:")),
        )
        first_label.setBuddy(self.first)
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        nest_layout(layout, form)

        self.gauge = StrengthMeter(
            load_policy() if policy is None else policy,
            names=("strengthMeter", "strengthText"),
            accessible=translate("Vault", "Passphrase strength"),
        )
        self.meter, self.strength = self.gauge.meter, self.gauge.text
        layout.addWidget(self.gauge)

        warning = paragraph(
            translate("Vault", "Important: {warning}").format(
                warning=translate("Vault", NO_RECOVERY)
            ),
            "noRecoveryWarning",
        )
        bold(warning)
        layout.addWidget(warning)
        self.problem = Problem("createProblem")
        layout.addWidget(self.problem)
        self.busy = Busy("createBusy")
        layout.addWidget(self.busy)
        self.create_button = QPushButton(
            translate("Vault", "&Create the vault"), objectName="createVaultButton"
        )
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        nest_layout(layout, row)
        layout.addStretch(1)
        centred_column(self, column)

        self.first.textChanged.connect(self._rate)
        self.first.returnPressed.connect(self.second.setFocus)
        self.second.returnPressed.connect(self._create)
        self._rate("")

    def _secret(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(accessible)
        return edit

    def _rate(self, text: str) -> None:
        if self.gauge.rate(text):
            self.problem.clear()  # a refusal of an earlier, weaker passphrase no longer holds

    def _create(self) -> None:
        first, second = self.first.text(), self.second.text()
        refusal = self.gauge.refusal(first)
        if refusal:
            self.problem.say(refusal)  # the command line's sentence too
            self.first.setFocus()
        elif first != second:
            self.problem.say(
                translate(
                    "Vault", "The two passphrases are different. Type the same one in both boxes."
                )
            )
            self.second.selectAll()
            self.second.setFocus()
        else:
            self.problem.clear()
            self.set_busy(True)
            # Out of the boxes at once (and out of their undo history): only the vault's key
            # derivation needs the passphrase now. A failure says why; it is typed again.
            self.first.setText("")
            self.second.setText("")
            self.create_requested.emit(first)

    def set_busy(self, busy: bool) -> None:
        """Show that the vault is being created; no double submits meanwhile."""
        self.create_button.setEnabled(not busy)
        if busy:
            self.busy.start(translate("Vault", "Creating the vault… this takes a few seconds."))
        else:
            self.busy.stop()

    def failed(self, sentence: str) -> None:
        """Say why the vault could not be created."""
        self.set_busy(False)
        self.problem.say(sentence)

    def clear(self) -> None:
        """Forget what was typed (setText, unlike clear, forgets the undo history too)."""
        self.first.setText("")
        self.second.setText("")
        self.problem.clear()
        self.set_busy(False)


class ProfilePage(QWidget):
    """The practitioner's details right after the vault is made; they can be skipped for now."""

    finished = Signal(object)  # Profile, or None when skipped

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePage")
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(QLabel(translate("Vault", "<h2>About you</h2>")))
        layout.addWidget(
            paragraph(
                translate(
                    "Vault",
                    "These details go into referrals as the first responder, so the "
                    "decision-maker can reach you. They stay in the encrypted vault. You can "
                    "change them later in Settings.",
                )
            )
        )
        self.form = ProfileForm("firstRunProfile")
        layout.addWidget(self.form)
        skip = QPushButton(translate("Vault", "&Skip for now"), objectName="skipProfileButton")
        done = QPushButton(translate("Vault", "Save and &continue"), objectName="saveProfileButton")
        done.setDefault(True)
        skip.clicked.connect(lambda: self.finished.emit(None))
        done.clicked.connect(lambda: self.finished.emit(self.form.profile()))
        # Saving comes first, on screen and by Tab: after the last detail, Tab and Enter save.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(done)
        row.addWidget(skip)
        nest_layout(layout, row)
        QWidget.setTabOrder(done, skip)
        layout.addStretch(1)
        centred_column(self, column)

    def start(self, profile: Profile) -> None:
        """Show the page with any details already saved."""
        self.form.set_profile(profile)
        self.form.edits["name"].setFocus()

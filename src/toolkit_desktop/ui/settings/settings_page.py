"""One settings page drawn from `settings.SETTINGS`, the practitioner's profile and the passphrase.

Each setting is declared once as data; this page makes a control per declaration, so a new
setting needs no new screen. Changes are kept as soon as they are made, as case answers are.
The profile is saved as what the vault holds with only the lines changed on screen put in, so a
line the practitioner did not touch is never blanked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.records import Profile
from toolkit_desktop.services.session import Session
from toolkit_desktop.settings import SETTINGS, Settings, SettingSpec
from toolkit_desktop.ui.common.dialogs import Dialogs
from toolkit_desktop.ui.common.page_parts import centred_column, paragraph
from toolkit_desktop.ui.common.worker import VaultWorker
from toolkit_desktop.ui.settings.change_passphrase import ChangePassphrase
from toolkit_desktop.ui.settings.profile_form import ProfileForm


class SettingsPage(QWidget):
    """Settings, "About you" and the passphrase; emits each setting and profile change for the
    main window to keep (the passphrase is changed by the worker the window passes in)."""

    settings_changed = Signal(object)  # Settings
    profile_changed = Signal(object)  # Profile

    def __init__(
        self,
        settings: Settings,
        dialogs: Dialogs,
        worker: VaultWorker | None = None,
        session: Callable[[], Session | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._settings = settings
        self._dialogs = dialogs
        self._stored = Profile()  # the profile as the vault holds it (or as last sent to it)
        self._shown = Profile()  # the profile as it was put on screen, to see what was changed
        self._resend = False  # the last save failed: send it again at the next edit or lock
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(QLabel("<h2>Settings</h2>"))
        layout.addWidget(paragraph("Changes are kept as soon as you make them."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.controls: dict[str, QWidget] = {}
        for spec in SETTINGS:
            control = self._control(spec)
            caption = QLabel(f"{spec.label}:")
            caption.setWordWrap(True)
            caption.setBuddy(control)
            holder = QWidget()
            column_layout = QVBoxLayout(holder)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.addWidget(control)
            column_layout.addWidget(paragraph(spec.help))
            form.addRow(caption, holder)
        layout.addLayout(form)
        layout.addWidget(QLabel("<h2>About you</h2>"))
        layout.addWidget(
            paragraph(
                "Used as the first responder's details in a referral. Kept in the encrypted vault."
            )
        )
        self.profile = ProfileForm("settingsProfile")
        for edit in self.profile.edits.values():
            edit.editingFinished.connect(self._profile_edited)
        layout.addWidget(self.profile)
        self.passphrase = ChangePassphrase(worker, session)
        layout.addWidget(self.passphrase)
        layout.addStretch(1)
        centred_column(self, column)

    def _control(self, spec: SettingSpec) -> QWidget:
        value = getattr(self._settings, spec.key)
        if spec.kind == "int":
            spin = QSpinBox(objectName=f"setting:{spec.key}")
            spin.setRange(spec.minimum, spec.maximum)
            spin.setValue(int(value))
            spin.setAccessibleName(spec.label)
            spin.setAccessibleDescription(spec.help)
            spin.valueChanged.connect(lambda v, key=spec.key: self._changed(key, v))
            self.controls[spec.key] = spin
            return spin
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(str(value), objectName=f"setting:{spec.key}")
        edit.setPlaceholderText("The standard place")
        edit.setAccessibleName(spec.label)
        edit.setAccessibleDescription(
            spec.help + " A change takes effect when the app next starts."
        )
        edit.editingFinished.connect(
            lambda key=spec.key, e=edit: self._changed(key, e.text().strip())
        )
        choose = QPushButton("Choose…", objectName=f"choose:{spec.key}")
        choose.setAccessibleName(f"Choose the {spec.label.lower()}")
        choose.clicked.connect(lambda _=False, key=spec.key, e=edit: self._choose(key, e))
        row.addWidget(edit, 1)
        row.addWidget(choose)
        self.controls[spec.key] = edit
        return holder

    def _choose(self, key: str, edit: QLineEdit) -> None:
        start = Path(edit.text()).expanduser() if edit.text() else self._settings.vault()
        chosen = self._dialogs.choose_vault_file(self, start)
        if chosen is not None:
            edit.setText(str(chosen))
            self._changed(key, str(chosen))

    def _changed(self, key: str, value: object) -> None:
        if getattr(self._settings, key) == value:
            return
        self._settings = replace(self._settings, **{key: value})
        self.settings_changed.emit(self._settings)

    def show_profile(self, profile: Profile) -> None:
        """Show the saved profile (when the vault is unlocked, after first run, on each visit)."""
        self._stored = profile
        self.profile.set_profile(profile)
        self._shown = self.profile.profile()

    def commit_pending(self) -> None:
        """Keep profile details typed but not yet left (the vault is locking or the app closing).

        A vault location still being typed is not kept: half a path would send the next start
        to the wrong place, so it is only kept when the box is left or Enter is pressed.
        """
        self._profile_edited()

    def profile_not_saved(self) -> None:
        """The last details could not be saved: send them again at the next edit or lock."""
        self._resend = True

    def _profile_edited(self) -> None:
        on_screen = self.profile.profile()
        shown = asdict(self._shown)
        changed = {key: value for key, value in asdict(on_screen).items() if value != shown[key]}
        if not changed and not self._resend:
            return
        self._stored = replace(self._stored, **changed)
        self._shown = on_screen
        self._resend = False
        self.profile_changed.emit(self._stored)

    def clear(self) -> None:
        """Forget the profile shown (on lock)."""
        self._stored = self._shown = Profile()
        self._resend = False
        self.profile.clear()
        self.passphrase.clear()

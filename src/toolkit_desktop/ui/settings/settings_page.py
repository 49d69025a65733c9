"""One settings page drawn from `settings.SETTINGS`, the practitioner's profile and the passphrase.

Each setting is declared once as data; this page makes a control per declaration, so a new
setting needs no new screen. Changes are kept as soon as they are made, as case answers are.
What the organisation's policy enforces is shown as set by it: a number setting it bounds cannot
go past the bound (a shorter idle lock or more backups stay the practitioner's choice, as with
Windows' own inactivity limit), a vault location outside its folders is refused in one sentence,
and everything else it fixes is listed, read-only, with its value. "Copy details for IT" puts
the versions and the last log lines (which hold no case data) on the clipboard.
The profile is saved as what the vault holds with only the lines changed on screen put in, so a
line the practitioner did not touch is never blanked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
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
from toolkit_desktop.logs import details_for_it
from toolkit_desktop.policy import Policy, load_policy, vault_refusal
from toolkit_desktop.services.session import Session
from toolkit_desktop.settings import SETTINGS, Settings, SettingSpec, limits
from toolkit_desktop.ui.common.dialogs import Dialogs
from toolkit_desktop.ui.common.language import translate
from toolkit_desktop.ui.common.page_parts import Problem, centred_column, paragraph
from toolkit_desktop.ui.common.worker import VaultWorker
from toolkit_desktop.ui.fields.layout_order import nest_layout
from toolkit_desktop.ui.settings.change_passphrase import ChangePassphrase
from toolkit_desktop.ui.settings.profile_form import ProfileForm


def setting_words(english: str) -> str:
    """A setting's label, help or choice in the app's language (marked in settings.py)."""
    return translate("Settings", english)


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
        *,
        policy: Policy | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._settings = settings
        self._policy = load_policy() if policy is None else policy
        self._dialogs = dialogs
        self._stored = Profile()  # the profile as the vault holds it (or as last sent to it)
        self._shown = Profile()  # the profile as it was put on screen, to see what was changed
        self._resend = False  # the last save failed: send it again at the next edit or lock
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(QLabel(translate("Settings", "<h2>Settings</h2>")))
        layout.addWidget(
            paragraph(translate("Settings", "Changes are kept as soon as you make them."))
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.controls: dict[str, QWidget] = {}
        for spec in SETTINGS:
            control = self._control(spec)
            caption = QLabel(f"{setting_words(spec.label)}:")
            caption.setWordWrap(True)
            caption.setBuddy(control)
            holder = QWidget()
            column_layout = QVBoxLayout(holder)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.addWidget(control)
            if spec.kind == "int":
                enforced = limits(spec, self._policy)[2]  # settings.limits' sentence, as it is
                if enforced:
                    column_layout.addWidget(paragraph(enforced, f"enforced:{spec.key}"))
            elif spec.kind == "choice":
                if spec.key == "language" and self._policy.language:
                    column_layout.addWidget(paragraph(
                        translate("Settings", "Set by your organisation."), f"enforced:{spec.key}"
                    ))
            else:
                self.vault_problem = Problem(f"refusal:{spec.key}")
                column_layout.addWidget(self.vault_problem)
            column_layout.addWidget(paragraph(setting_words(spec.help)))
            form.addRow(caption, holder)
        nest_layout(layout, form)
        self._add_policy(layout)
        layout.addWidget(QLabel(translate("Settings", "<h2>About you</h2>")))
        layout.addWidget(
            paragraph(
                translate(
                    "Settings",
                    "Used as the first responder's details in a referral. Kept in the encrypted "
                    "vault.",
                )
            )
        )
        self.profile = ProfileForm("settingsProfile")
        for edit in self.profile.edits.values():
            edit.editingFinished.connect(self._profile_edited)
        layout.addWidget(self.profile)
        self.passphrase = ChangePassphrase(worker, session)
        layout.addWidget(self.passphrase)
        self._add_help_from_it(layout)
        layout.addStretch(1)
        centred_column(self, column)

    def _add_policy(self, layout: QVBoxLayout) -> None:
        """List, read-only, everything the organisation's policy fixes (nothing when it fixes
        nothing)."""
        rows = self._policy.enforced()
        if not rows:
            return
        section = QWidget(objectName="organisationPolicy")
        inner = QVBoxLayout(section)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(QLabel(translate("Settings", "<h2>Set by your organisation</h2>")))
        inner.addWidget(paragraph(translate(
            "Settings",
            "Your organisation's IT team sets these for everyone using this computer, so they "
            "cannot be changed here.",
        )))
        fixed = QFormLayout()
        # Each row in the policy module's own words (Policy.enforced), shown as it says them.
        for index, (what, value) in enumerate(rows):
            shown = QLabel(value, objectName=f"policyValue:{index}")
            shown.setWordWrap(True)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(f"{what}: {value}")
            caption = QLabel(f"{what}:")
            caption.setWordWrap(True)
            fixed.addRow(caption, shown)
        nest_layout(inner, fixed)
        layout.addWidget(section)

    def _add_help_from_it(self, layout: QVBoxLayout) -> None:
        layout.addWidget(QLabel(translate("Settings", "<h2>Help from IT</h2>")))
        layout.addWidget(paragraph(translate(
            "Settings",
            "If something goes wrong, copy these details and paste them into your message to "
            "your IT team. They hold the app's version and its log, never your cases.",
        )))
        button = QPushButton(translate("Settings", "Copy details for IT"),
                             objectName="copyDetailsForIt")
        button.setAccessibleDescription(translate(
            "Settings",
            "Puts the app's version, this computer's system and the last lines of the log on "
            "the clipboard.",
        ))
        button.clicked.connect(self._copy_details)
        self.details_copied = paragraph("", "detailsCopied")
        self.details_copied.hide()
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        nest_layout(layout, row)
        layout.addWidget(self.details_copied)

    def _copy_details(self) -> None:
        QApplication.clipboard().setText(details_for_it())
        self.details_copied.setText(
            translate("Settings", "Copied. Paste them into your message to your IT team.")
        )
        self.details_copied.show()

    def _control(self, spec: SettingSpec) -> QWidget:
        value = getattr(self._settings, spec.key)
        label, help_text = setting_words(spec.label), setting_words(spec.help)
        if spec.kind == "int":
            low, high, enforced = limits(spec, self._policy)
            spin = QSpinBox(objectName=f"setting:{spec.key}")
            spin.setRange(low, high)
            spin.setValue(int(value))
            spin.setAccessibleName(label)
            spin.setAccessibleDescription(f"{help_text} {enforced}".strip())
            spin.valueChanged.connect(lambda v, key=spec.key: self._changed(key, v))
            self.controls[spec.key] = spin
            return spin
        if spec.kind == "choice":
            box = QComboBox(objectName=f"setting:{spec.key}")
            for code, words in spec.choices:
                box.addItem(setting_words(words), code)
            box.setCurrentIndex(max(0, box.findData(value)))
            box.setAccessibleName(label)
            box.setAccessibleDescription(help_text)
            box.view().setAccessibleName(label)  # its drop-down list, read out on its own
            box.setEnabled(not (spec.key == "language" and self._policy.language))
            box.currentIndexChanged.connect(
                lambda _i, key=spec.key, b=box: self._changed(key, b.currentData())
            )
            self.controls[spec.key] = box
            return box
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(str(value), objectName=f"setting:{spec.key}")
        edit.setPlaceholderText(translate("Settings", "The standard place"))
        edit.setAccessibleName(label)
        edit.setAccessibleDescription(
            help_text + " "
            + translate("Settings", "A change takes effect when the app next starts.")
        )
        edit.editingFinished.connect(
            lambda key=spec.key, e=edit: self._changed(key, e.text().strip())
        )
        choose = QPushButton(translate("Settings", "Choose…"), objectName=f"choose:{spec.key}")
        choose.setAccessibleName(
            translate("Settings", "Choose the {setting}").format(setting=label.lower())
        )
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
        if key == "vault_path" and isinstance(value, str):
            refusal = vault_refusal(replace(self._settings, vault_path=value).vault(),
                                    self._policy)
            if refusal:
                self.vault_problem.say(refusal)  # nothing kept: the next start opens the old one
                return
            self.vault_problem.clear()
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

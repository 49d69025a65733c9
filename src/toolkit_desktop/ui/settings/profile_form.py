"""The practitioner's own details, used as the first responder in a referral; editable any time."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from toolkit_desktop.domain.records import Profile
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate

# Each profile field with its label and a hint; the order is the tab order.
# Marked for the catalogue here, translated where they are shown (first run, Settings).
PROFILE_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("Profile", "Your &name"),
     QT_TRANSLATE_NOOP("Profile", "As it should appear on a referral")),
    ("role", QT_TRANSLATE_NOOP("Profile", "Your &role"),
     QT_TRANSLATE_NOOP("Profile", "For example: duty social worker")),
    ("team", QT_TRANSLATE_NOOP("Profile", "&Team"),
     QT_TRANSLATE_NOOP("Profile", "For example: emergency duty team")),
    ("organisation", QT_TRANSLATE_NOOP("Profile", "&Organisation"),
     QT_TRANSLATE_NOOP("Profile", "For example: the council or Border Force")),
    ("phone", QT_TRANSLATE_NOOP("Profile", "Work &phone"),
     QT_TRANSLATE_NOOP("Profile", "A number the decision-maker can call")),
    ("email", QT_TRANSLATE_NOOP("Profile", "Work &email"),
     QT_TRANSLATE_NOOP("Profile", "A secure work address")),
)
assert {f.name for f in fields(Profile)} == {key for key, _, _ in PROFILE_FIELDS}


class ProfileForm(QWidget):
    """Six lines of text: name, role, team, organisation, phone, work email."""

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.edits: dict[str, QLineEdit] = {}
        for key, english_label, english_hint in PROFILE_FIELDS:
            label = translate("Profile", english_label)
            hint = translate("Profile", english_hint)
            edit = QLineEdit(objectName=f"{prefix}_{key}")
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(label.replace("&", ""))
            edit.setAccessibleDescription(hint)
            caption = QLabel(label)
            caption.setBuddy(edit)
            layout.addRow(caption, edit)
            self.edits[key] = edit
        previous = None
        for edit in self.edits.values():
            if previous is not None:
                QWidget.setTabOrder(previous, edit)
            previous = edit

    def profile(self) -> Profile:
        """The details as typed, trimmed."""
        return Profile(**{key: edit.text().strip() for key, edit in self.edits.items()})

    def set_profile(self, profile: Profile) -> None:
        """Show saved details."""
        for key, edit in self.edits.items():
            edit.setText(getattr(profile, key))

    def clear(self) -> None:
        """Empty every line (on lock)."""
        for edit in self.edits.values():
            edit.clear()

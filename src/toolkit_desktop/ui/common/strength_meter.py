"""The strength meter under a new passphrase: a gauge and a sentence, held to the policy's level.

First run and Change passphrase both show it, so the two rate and refuse a passphrase alike: by
the app's own rule (`domain.passphrase_strength`) and, where the organisation asks for more, by
its policy (`policy.passphrase_refusal`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from toolkit_desktop.domain.passphrase_strength import LEVELS, passphrase_strength
from toolkit_desktop.policy import Policy, passphrase_refusal
from toolkit_desktop.ui.common.language import translate


class StrengthMeter(QWidget):
    """A gauge and its sentence; `refusal` says why a passphrase may not be used."""

    def __init__(
        self, policy: Policy, *, names: tuple[str, str], accessible: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._policy = policy
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.meter = QProgressBar(objectName=names[0])
        self.meter.setRange(0, len(LEVELS) - 1)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)  # a gauge, not another box to type in
        self.meter.setAccessibleName(accessible)
        self.text = QLabel(objectName=names[1])
        self.text.setWordWrap(True)
        layout.addWidget(self.meter)
        layout.addWidget(self.text)
        self.rate("")

    def rate(self, passphrase: str) -> bool:
        """Show how strong `passphrase` is; whether it may be used."""
        strength = passphrase_strength(passphrase)
        self.meter.setValue(strength.level)
        sentence = translate("Common", "Strength: {level}. {advice}").format(
            level=strength.label, advice=strength.advice
        )
        wanted = self._policy.min_passphrase_level
        if wanted is not None:
            sentence += " " + translate(
                "Common", "Your organisation asks for {level} or stronger."
            ).format(level=LEVELS[wanted])
        self.text.setText(sentence.strip())
        self.meter.setAccessibleDescription(self.text.text())
        return not self.refusal(passphrase)

    def refusal(self, passphrase: str) -> str:
        """The sentence refusing `passphrase`, by the app's rule or the policy's; "" accepts it."""
        return passphrase_refusal(passphrase_strength(passphrase), self._policy)

"""The practitioner's settings (idle time, backups kept, vault location), declared as data.

They hold no case data, so they live in a plain JSON file in the config folder; every setting is
declared once in `SETTINGS` with its label, type and limits, and one settings page renders them.
`load_settings` hands out the values in force: the user's own, within what the organisation's
policy (`policy.py`) allows, so every part of the app and the command line sees the same ones.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from toolkit_desktop import paths
from toolkit_desktop.policy import Policy, load_policy
from toolkit_desktop.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SettingSpec:
    """How a setting is shown and which values it accepts."""

    key: str
    label: str
    help: str
    kind: str  # "int", "path" or "choice"
    minimum: int = 0
    maximum: int = 0
    choices: tuple[tuple[str, str], ...] = ()  # a choice's (value, words shown)


# The words are marked for the app's catalogue (translatable.py) under "Settings" and
# translated by the settings page where it shows them.
SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "idle_minutes", QT_TRANSLATE_NOOP("Settings", "Lock after this many minutes without use"),
        QT_TRANSLATE_NOOP("Settings", "The vault locks itself when the laptop is left alone."),
        "int", 1, 60),
    SettingSpec(
        "backups_kept", QT_TRANSLATE_NOOP("Settings", "Recent backups to keep"),
        QT_TRANSLATE_NOOP("Settings", "An encrypted, checked backup is taken when you unlock, "
                          "if anything changed since the last one. This many of the newest are "
                          "kept."),
        "int", 1, 100),
    SettingSpec(
        "backups_daily", QT_TRANSLATE_NOOP("Settings", "Days with a daily backup kept"),
        QT_TRANSLATE_NOOP("Settings", "Besides the recent ones, the last backup of each of this "
                          "many days is kept."),
        "int", 0, 366),
    SettingSpec(
        "backups_weekly", QT_TRANSLATE_NOOP("Settings", "Weeks with a weekly backup kept"),
        QT_TRANSLATE_NOOP("Settings", "Besides those, the last backup of each of this many weeks "
                          "is kept."),
        "int", 0, 520),
    SettingSpec(
        "vault_path", QT_TRANSLATE_NOOP("Settings", "Vault file"),
        QT_TRANSLATE_NOOP("Settings", "Where your encrypted cases are kept. Leave empty for the "
                          "standard place."),
        "path"),
    SettingSpec(
        "language", QT_TRANSLATE_NOOP("Settings", "Language of the app"),
        QT_TRANSLATE_NOOP("Settings", "The app's words, and the forms' words where they are "
                          "translated. A change takes effect when the app next starts. The "
                          "referral pack is always in English."),
        "choice",
        choices=(("en", QT_TRANSLATE_NOOP("Settings", "English")),
                 ("cy", QT_TRANSLATE_NOOP("Settings", "Cymraeg (Welsh)")))),
)


@dataclass(frozen=True)
class Settings:
    """Current values; defaults are what a new installation gets."""

    idle_minutes: int = 5
    backups_kept: int = 5
    backups_daily: int = 14  # two weeks
    backups_weekly: int = 8  # two months
    vault_path: str = ""
    language: str = "en"

    def vault(self) -> Path:
        """The vault file these settings point at."""
        return Path(self.vault_path).expanduser() if self.vault_path else paths.default_vault_path()


def _clean(raw: dict[str, object]) -> Settings:
    """Keep only known settings of the right type and within limits; fall back to defaults."""
    values: dict[str, Any] = {}
    specs = {s.key: s for s in SETTINGS}
    for f in fields(Settings):
        spec = specs[f.name]
        value = raw.get(f.name)
        if spec.kind == "int" and isinstance(value, int) and not isinstance(value, bool):
            if spec.minimum <= value <= spec.maximum:
                values[f.name] = value
        elif (spec.kind == "path" and isinstance(value, str)) or (
            spec.kind == "choice" and value in {code for code, _words in spec.choices}
        ):
            values[f.name] = value
    return replace(Settings(), **values)


def effective(settings: Settings, policy: Policy) -> Settings:
    """The settings in force: a longer idle lock than the policy allows is capped, fewer backups
    than it asks for are raised, its language replaces the user's; what the policy leaves alone
    is the user's own."""
    idle, kept = settings.idle_minutes, settings.backups_kept
    if policy.max_idle_minutes is not None:
        idle = min(idle, policy.max_idle_minutes)
    if policy.min_backups_kept is not None:
        kept = max(kept, policy.min_backups_kept)
    language = policy.language or settings.language
    return replace(settings, idle_minutes=idle, backups_kept=kept, language=language)


def limits(spec: SettingSpec, policy: Policy) -> tuple[int, int, str]:
    """The range a number setting may take under the policy, and the words saying who set it
    ("" when the policy leaves the setting alone)."""
    low, high = spec.minimum, spec.maximum
    if spec.key == "idle_minutes" and policy.max_idle_minutes is not None:
        high = policy.max_idle_minutes
        minutes = "minute" if high == 1 else "minutes"
        return low, high, f"Set by your organisation: at most {high} {minutes}."
    if spec.key == "backups_kept" and policy.min_backups_kept is not None:
        low = policy.min_backups_kept
        return low, high, f"Set by your organisation: at least {low}."
    return low, high, ""


def load_settings(path: Path | None = None, policy: Policy | None = None) -> Settings:
    """Read the settings in force (the user's within the policy); a missing or unreadable file
    gives the defaults, within the policy too."""
    path = path or paths.settings_file()
    policy = load_policy() if policy is None else policy
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return effective(Settings(), policy)
    return effective(_clean(raw) if isinstance(raw, dict) else Settings(), policy)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings whole (temporary file, then rename)."""
    path = path or paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    try:
        partial.write_text(json.dumps(vars(settings), indent=2), encoding="utf-8")
        os.replace(partial, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()

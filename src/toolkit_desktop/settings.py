"""The practitioner's settings (idle time, backups kept, vault location), declared as data.

They hold no case data, so they live in a plain JSON file in the config folder; every setting is
declared once in `SETTINGS` with its label, type and limits, and one settings page renders them.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from toolkit_desktop import paths


@dataclass(frozen=True)
class SettingSpec:
    """How a setting is shown and which values it accepts."""

    key: str
    label: str
    help: str
    kind: str  # "int" or "path"
    minimum: int = 0
    maximum: int = 0


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("idle_minutes", "Lock after this many minutes without use",
                "The vault locks itself when the laptop is left alone.", "int", 1, 60),
    SettingSpec("backups_kept", "Recent backups to keep",
                "An encrypted, checked backup is taken when you unlock, if anything changed "
                "since the last one. This many of the newest are kept.", "int", 1, 100),
    SettingSpec("backups_daily", "Days with a daily backup kept",
                "Besides the recent ones, the last backup of each of this many days is kept.",
                "int", 0, 366),
    SettingSpec("backups_weekly", "Weeks with a weekly backup kept",
                "Besides those, the last backup of each of this many weeks is kept.",
                "int", 0, 520),
    SettingSpec("vault_path", "Vault file",
                "Where your encrypted cases are kept. Leave empty for the standard place.", "path"),
)


@dataclass(frozen=True)
class Settings:
    """Current values; defaults are what a new installation gets."""

    idle_minutes: int = 5
    backups_kept: int = 5
    backups_daily: int = 14  # two weeks
    backups_weekly: int = 8  # two months
    vault_path: str = ""

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
        elif spec.kind == "path" and isinstance(value, str):
            values[f.name] = value
    return replace(Settings(), **values)


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings; a missing or unreadable file gives the defaults."""
    path = path or paths.settings_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    return _clean(raw) if isinstance(raw, dict) else Settings()


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

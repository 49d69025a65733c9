"""Every file location the program uses, from one place (as Vorta's config.py does).

By default the per-user folders that platformdirs gives for this OS; `TOOLKIT_DESKTOP_HOME`
overrides them all (tests use it, so nothing touches the real home; IT can use it for a portable
install). Each vault's backups live beside it, in a folder named after it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from toolkit_desktop.policy import backups_folder_for, load_policy

APP_NAME = "toolkit-desktop"
HOME_ENV = "TOOLKIT_DESKTOP_HOME"
RESOURCES_ENV = "TOOLKIT_DESKTOP_RESOURCES"
VAULT_FILE_NAME = "cases.tkvault"
TRAINING_VAULT_FILE_NAME = "training.tkvault"


def _override() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Where the vault lives unless the settings say otherwise."""
    home = _override()
    if home is not None:
        return home / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Where the settings file lives (no case data is ever written there)."""
    home = _override()
    if home is not None:
        return home / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Files the program can always make again, such as its compiled templates: never case data."""
    home = _override()
    if home is not None:
        return home / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    """The non-sensitive settings: idle time, backups kept, vault location."""
    return config_dir() / "settings.json"


def default_vault_path() -> Path:
    """The vault used when no `--vault` is given and the settings name none."""
    return data_dir() / VAULT_FILE_NAME


def training_vault_path() -> Path:
    """The throwaway vault of training mode, kept apart from the real one."""
    return data_dir() / "training" / TRAINING_VAULT_FILE_NAME


BACKUPS_FOLDER_SUFFIX = "-backups"


def backups_dir(vault_path: Path) -> Path:
    """The folder of one vault's encrypted backups, beside it and named after it.

    Named after the vault file (`cases.tkvault-backups`), so two vaults in one folder never count
    or remove each other's backups. Version 0.1.0 kept them in a shared `backups/` folder;
    those are left where they are (docs/recovery.md). When the organisation's policy names a
    backups folder (a second encrypted drive, say), they go there, still named after the vault.
    The policy is read each time (a small file, read a few times an unlock), so a new policy
    applies at once and a test can name one.
    """
    beside = vault_path.parent / f"{vault_path.name}{BACKUPS_FOLDER_SUFFIX}"
    return backups_folder_for(vault_path, load_policy(), beside)


def resources_dir() -> Path:
    """The toolkit's definitions (matrix, forms, timescales, prompts, schema, practice cases).

    `TOOLKIT_DESKTOP_RESOURCES` names another folder (a council's revised forms); a wheel or a
    PyInstaller bundle carries them inside the package (setup.py copies them there); a source
    checkout reads the top-level `resources/` itself.
    """
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override).expanduser()
    bundled = Path(__file__).with_name("resources")
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parents[2] / "resources"

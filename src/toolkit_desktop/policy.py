"""The organisation's policy: limits a council sets for every user of a laptop, in one TOML file.

Where it is read (the machine-wide file always wins, so a user cannot step around it):
- Linux: `/etc/toolkit-desktop/policy.toml`. Not platformdirs' site config folder, which is
  `/etc/xdg/toolkit-desktop` and follows `XDG_CONFIG_DIRS`, a variable each user can change.
- Windows: `%ProgramData%\\toolkit-desktop\\policy.toml`, from platformdirs' site config folder
  (it asks the Windows shell for ProgramData rather than trusting the environment).
- macOS: `/Library/Application Support/toolkit-desktop/policy.toml` (platformdirs, likewise).
Only when the machine has no policy file, `TOOLKIT_DESKTOP_POLICY` may name another (tests, trials).

A policy only tightens: it caps the idle lock, raises the backups kept, narrows where a vault may
be, raises the passphrase strength asked for. Every key is optional; a key left out is not enforced.

A file that is present but cannot be read whole (bad TOML, an unknown key, a value of the wrong
kind) is not half-applied in silence: `load_policy` never raises, enforces what it could read, and
puts every problem, naming the file and the key, in `problem`, which the app's start shows as its
one sentence before refusing to start. A council that wrote a policy expects it enforced; a typo
such as `idle_lock_max_minute` would otherwise leave laptops with no idle cap and nobody told, and
refusing is noticed on the first laptop IT tries, before the file is pushed to the rest.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from toolkit_desktop.domain.passphrase_strength import LEVELS, Strength, passphrase_strength
from toolkit_desktop.errors import PassphraseProblem, ToolkitError

APP_NAME = "toolkit-desktop"
POLICY_ENV = "TOOLKIT_DESKTOP_POLICY"
POLICY_FILE_NAME = "policy.toml"

# The same limits as the settings they bound (settings.SETTINGS, which imports this module).
IDLE_RANGE = (1, 60)
BACKUPS_RANGE = (1, 100)
RETENTION_RANGE = (1, 36_500)  # a hundred years: anything longer is a typo
_STRENGTHS = {"fair": 2, "good": 3, "strong": 4}  # the meter's own levels (LEVELS)
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")  # "en", "cy", "en-GB"


@dataclass(frozen=True)
class Policy:
    """What the organisation enforces; None (or an empty tuple of problems) means not enforced."""

    max_idle_minutes: int | None = None
    min_backups_kept: int | None = None
    backups_folder: Path | None = None
    vault_folders: tuple[Path, ...] | None = None
    min_passphrase_level: int | None = None  # 2 (Fair) to 4 (Strong), as the meter shows them
    training_offered: bool | None = None
    retention_days: int | None = None
    language: str | None = None
    source: Path | None = None  # the file read, if any
    problems: tuple[str, ...] = field(default=())

    @property
    def problem(self) -> str | None:
        """Why the app must not start with this policy, in one sentence; None when it can."""
        if not self.problems:
            return None
        return (
            f"Your organisation's policy file {self.source} cannot be applied ("
            + "; ".join(self.problems)
            + "), so the app will not start; nothing in your vault was opened or changed, and "
            "your IT team can correct the file."
        )

    def enforced(self) -> list[tuple[str, str]]:
        """Each enforced setting as (what, value) in words, for the settings page."""
        rows: list[tuple[str, str]] = []
        if self.max_idle_minutes is not None:
            rows.append(("Longest time before the vault locks",
                         _count(self.max_idle_minutes, "minute")))
        if self.min_backups_kept is not None:
            rows.append(("Fewest recent backups kept", str(self.min_backups_kept)))
        if self.backups_folder is not None:
            rows.append(("Backups are kept in", str(self.backups_folder)))
        if self.vault_folders is not None:
            rows.append(("Vaults may be kept only in", _places(self.vault_folders)))
        if self.min_passphrase_level is not None:
            rows.append(("Passphrase strength asked for",
                         f"{LEVELS[self.min_passphrase_level]} or stronger"))
        if self.training_offered is not None:
            rows.append(("Training mode", "Offered" if self.training_offered else "Not offered"))
        if self.retention_days is not None:
            rows.append(("Cases are reviewed for deletion after",
                         _count(self.retention_days, "day")))
        if self.language is not None:
            rows.append(("Language", self.language))
        return rows


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}{'s' * (n != 1)}"


def _places(folders: tuple[Path, ...]) -> str:
    names = [str(f) for f in folders]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def machine_policy_file() -> Path:
    """The machine-wide policy file of this operating system."""
    if sys.platform.startswith("linux"):
        return Path("/etc") / APP_NAME / POLICY_FILE_NAME
    if sys.platform == "win32":
        from platformdirs.windows import Windows  # by name, so a test can ask for it anywhere

        folder = Windows(appname=APP_NAME, appauthor=False).site_config_dir
    else:
        folder = platformdirs.site_config_dir(APP_NAME, appauthor=False)
    return Path(folder) / POLICY_FILE_NAME


def policy_file() -> Path | None:
    """The policy file in force: the machine's if it has one, else the one the variable names."""
    machine = machine_policy_file()
    if machine.exists():
        return machine
    named = os.environ.get(POLICY_ENV)
    return Path(named).expanduser() if named else None


# Reading each key: (the Policy field, a check giving the value or None, what was expected).
Check = Callable[[object], object | None]


def _whole(low: int, high: int) -> Check:
    def check(value: object) -> int | None:
        ok = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
        return value if ok else None  # type: ignore[return-value]

    return check


def _folder(value: object) -> Path | None:
    """An absolute folder once `~` and environment variables are put in (each user's own)."""
    if not isinstance(value, str) or not value.strip():
        return None
    folder = Path(os.path.expandvars(os.path.expanduser(value.strip())))
    return folder if folder.is_absolute() else None


def _folders(value: object) -> tuple[Path, ...] | None:
    if not isinstance(value, list) or not value:
        return None
    folders = [_folder(item) for item in value]
    return None if any(f is None for f in folders) else tuple(f for f in folders if f)


def _strength(value: object) -> int | None:
    return _STRENGTHS.get(value.lower()) if isinstance(value, str) else None


def _flag(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _language(value: object) -> str | None:
    return value if isinstance(value, str) and _LANGUAGE.fullmatch(value) else None


_KEYS: dict[str, tuple[str, Check, str]] = {
    "idle_lock_max_minutes": ("max_idle_minutes", _whole(*IDLE_RANGE),
                              "a whole number of minutes from 1 to 60"),
    "backups_min_kept": ("min_backups_kept", _whole(*BACKUPS_RANGE),
                         "a whole number from 1 to 100"),
    "backups_folder": ("backups_folder", _folder, "a full folder path in quotes"),
    "vault_folders": ("vault_folders", _folders, "a list of full folder paths in quotes"),
    "passphrase_min_strength": ("min_passphrase_level", _strength,
                                '"fair", "good" or "strong"'),
    "training_mode": ("training_offered", _flag, "true or false"),
    "retention_days": ("retention_days", _whole(*RETENTION_RANGE),
                       "a whole number of days from 1 to 36500"),
    "language": ("language", _language, 'a language code such as "en" or "cy"'),
}


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def read_policy(path: Path) -> Policy:
    """The policy in one file: what could be read, and a sentence for each thing that could not."""
    import tomllib  # here: most laptops have no policy file, and every start reads this module

    try:
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
    except FileNotFoundError:
        return Policy(source=path, problems=("the file is missing",))
    except OSError as exc:
        return Policy(source=path, problems=(f"the file cannot be read ({type(exc).__name__})",))
    except tomllib.TOMLDecodeError as exc:
        # tomllib's text names the place ("at line 3, column 5"), never a value of the file.
        return Policy(source=path, problems=(f"it is not valid TOML: {exc}",))
    values: dict[str, object] = {}
    problems: list[str] = []
    for key, value in raw.items():
        if key not in _KEYS:
            problems.append(f'"{key}" is not a policy setting (they are: {", ".join(_KEYS)})')
            continue
        name, check, expected = _KEYS[key]
        checked = check(value)
        if checked is None:
            problems.append(f'"{key}" must be {expected}, not {_shown(value)}')
        else:
            values[name] = checked
    return Policy(source=path, problems=tuple(problems), **values)  # type: ignore[arg-type]


def load_policy() -> Policy:
    """The policy in force on this machine; never raises (no file: nothing is enforced)."""
    path = policy_file()
    if path is None or not path.exists():
        # A variable naming no file enforces nothing, as no variable does: tests and trials
        # point it at a file they may not have written yet.
        return Policy()
    return read_policy(path)


def _real(path: Path) -> str:
    """A path as the file system sees it: links followed, and in Windows' case-blind form."""
    return os.path.normcase(os.path.realpath(path))


def vault_refusal(path: Path, policy: Policy) -> str | None:
    """Why a vault at `path` may not be created or opened under this policy; None when it may."""
    if policy.vault_folders is None:
        return None
    real = _real(path.expanduser())
    for folder in policy.vault_folders:
        allowed = _real(folder)
        if real == allowed or real.startswith(allowed.rstrip(os.sep) + os.sep):
            return None
    return (
        f"Your organisation keeps vaults only in {_places(policy.vault_folders)}, so the vault at "
        f"{path} cannot be created or opened; choose a place inside one of those folders, or "
        "ask your IT team."
    )


class PolicyRefusal(ToolkitError):
    """Something the organisation's policy does not allow, or a policy file that cannot apply."""

    code = "policy"


def enforce_vault_place(path: Path, policy: Policy | None = None) -> None:
    """Refuse, in the policy's sentence, to create, open or restore a vault at `path`.

    The services call it before every vault is touched, so the app, the command line and a
    script are held to the same policy, and a malformed policy refuses them all.
    """
    policy = load_policy() if policy is None else policy
    if policy.problem:
        raise PolicyRefusal(policy.problem)
    refusal = vault_refusal(path, policy)
    if refusal:
        raise PolicyRefusal(refusal)


def enforce_passphrase(passphrase: str, policy: Policy | None = None) -> None:
    """Refuse a new vault passphrase weaker than the app's rule or the policy asks for."""
    policy = load_policy() if policy is None else policy
    sentence = passphrase_refusal(passphrase_strength(passphrase), policy)
    if sentence:
        raise PassphraseProblem(f"{sentence} Nothing was changed.")


def training_refusal(policy: Policy) -> str | None:
    """Why training mode may not start on this machine; None when it may."""
    if policy.training_offered is False:
        return (
            "Your organisation does not offer training mode on this laptop, so the practice "
            "cases cannot be opened. Ask your IT team or trainer where you can practise."
        )
    return None


def passphrase_refusal(strength: Strength, policy: Policy) -> str:
    """The sentence refusing a passphrase, by the app's own rule or the policy's; "" accepts."""
    if strength.refusal:
        return strength.refusal
    wanted = policy.min_passphrase_level
    if wanted is None or strength.level >= wanted:
        return ""
    return (
        f"Your organisation asks for a passphrase rated {LEVELS[wanted]} or stronger, and this "
        f"one is {strength.label}. {strength.advice}"
    )


def backups_folder_for(vault_path: Path, policy: Policy, beside: Path) -> Path:
    """Where a vault's backups go: the policy's folder, or `beside` (`paths.backups_dir`).

    Named after the vault file inside the policy's folder too, so two vaults never count or
    remove each other's backups.
    """
    if policy.backups_folder is None:
        return beside
    return policy.backups_folder / beside.name

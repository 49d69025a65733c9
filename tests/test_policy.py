"""The organisation's policy file: it caps and raises the settings in force, keeps vaults in its
folders, and a file it cannot read whole is reported, naming the file and the key."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

from toolkit_desktop import policy as policy_module
from toolkit_desktop.domain.passphrase_strength import passphrase_strength
from toolkit_desktop.policy import (
    POLICY_ENV,
    Policy,
    load_policy,
    machine_policy_file,
    passphrase_refusal,
    vault_refusal,
)
from toolkit_desktop.settings import SETTINGS, Settings, load_settings, save_settings


@pytest.fixture(autouse=True)
def no_machine_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This machine's own policy file is never read: a test names its file by the variable."""
    machine = tmp_path / "machine" / "policy.toml"
    monkeypatch.setattr(policy_module, "machine_policy_file", lambda: machine)
    monkeypatch.delenv(POLICY_ENV, raising=False)
    return machine


def write_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    path = tmp_path / "council-policy.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(path))
    return path


def test_the_policy_caps_the_idle_lock_and_raises_the_backups_kept(tmp_path, monkeypatch):
    save_settings(Settings(idle_minutes=45, backups_kept=2, backups_daily=30))
    write_policy(tmp_path, monkeypatch, "idle_lock_max_minutes = 15\nbackups_min_kept = 10\n")
    in_force = load_settings()
    assert (in_force.idle_minutes, in_force.backups_kept) == (15, 10)
    assert in_force.backups_daily == 30  # what the policy leaves alone is the user's own
    # The user's own file is not rewritten by reading it.
    from toolkit_desktop.paths import settings_file
    assert json.loads(settings_file().read_text())["idle_minutes"] == 45


def test_a_stricter_choice_of_the_user_is_kept(tmp_path, monkeypatch):
    save_settings(Settings(idle_minutes=3, backups_kept=40))
    write_policy(tmp_path, monkeypatch, "idle_lock_max_minutes = 15\nbackups_min_kept = 10\n")
    assert (load_settings().idle_minutes, load_settings().backups_kept) == (3, 40)


def test_no_policy_file_enforces_nothing(tmp_path, monkeypatch):
    save_settings(Settings(idle_minutes=60, backups_kept=1))
    assert load_policy() == Policy()
    assert (load_settings().idle_minutes, load_settings().backups_kept) == (60, 1)
    monkeypatch.setenv(POLICY_ENV, str(tmp_path / "not-written-yet.toml"))
    assert load_policy() == Policy()
    assert load_policy().problem is None and load_policy().enforced() == []


def test_the_machine_file_wins_over_the_variable(tmp_path, monkeypatch, no_machine_policy):
    no_machine_policy.parent.mkdir()
    no_machine_policy.write_text("idle_lock_max_minutes = 10\n", encoding="utf-8")
    write_policy(tmp_path, monkeypatch, "")  # a user pointing the variable at an empty file
    assert load_policy().max_idle_minutes == 10
    assert load_policy().source == no_machine_policy


def test_a_vault_outside_the_allowed_folders_is_refused_in_words(tmp_path, monkeypatch):
    allowed = tmp_path / "Documents"
    usb = tmp_path / "media" / "USB STICK"
    for folder in (allowed, usb):
        folder.mkdir(parents=True)
    write_policy(tmp_path, monkeypatch, f"vault_folders = [{json.dumps(str(allowed))}]\n")
    policy = load_policy()
    assert vault_refusal(allowed / "cases.tkvault", policy) is None
    assert vault_refusal(allowed / "team" / "cases.tkvault", policy) is None
    refusal = vault_refusal(usb / "cases.tkvault", policy)
    assert refusal is not None
    assert str(allowed) in refusal and str(usb / "cases.tkvault") in refusal
    assert refusal.count(". ") == 0 and refusal.endswith(".")  # one sentence
    assert "cannot be created or opened" in refusal
    # A folder whose name only begins like the allowed one is not inside it.
    assert vault_refusal(tmp_path / "Documents-old" / "cases.tkvault", policy) is not None
    # A link inside the allowed folder to the stick does not get the vault past the check.
    (allowed / "stick").symlink_to(usb)
    assert vault_refusal(allowed / "stick" / "cases.tkvault", policy) is not None


def test_allowed_folders_are_each_users_own(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home" / "sam"))
    write_policy(tmp_path, monkeypatch, 'vault_folders = ["~/Documents/toolkit"]\n')
    policy = load_policy()
    assert policy.vault_folders == (tmp_path / "home" / "sam" / "Documents" / "toolkit",)
    assert vault_refusal(tmp_path / "home" / "sam" / "Documents" / "toolkit" / "cases.tkvault",
                         policy) is None


def test_a_malformed_file_is_reported_naming_the_file_and_the_key(tmp_path, monkeypatch):
    path = write_policy(
        tmp_path, monkeypatch,
        'idle_lock_max_minute = 15\nbackups_min_kept = "ten"\nretention_days = 2190\n'
        "idle_lock_max_minutes = 20\n",
    )
    policy = load_policy()
    problem = policy.problem
    assert problem is not None
    assert str(path) in problem
    assert '"idle_lock_max_minute" is not a policy setting' in problem
    assert "\"backups_min_kept\" must be a whole number from 1 to 100, not 'ten'" in problem
    assert "will not start" in problem and "nothing in your vault was opened" in problem
    # What could be read is still enforced, wherever the settings are read.
    assert (policy.retention_days, policy.max_idle_minutes) == (2190, 20)
    save_settings(Settings(idle_minutes=45))
    assert load_settings().idle_minutes == 20


def test_a_file_that_is_not_toml_is_reported_with_its_place(tmp_path, monkeypatch):
    path = write_policy(tmp_path, monkeypatch, "idle_lock_max_minutes = \n")
    policy = load_policy()
    assert policy.problem is not None
    assert str(path) in policy.problem and "not valid TOML" in policy.problem
    assert "line 1" in policy.problem
    assert policy.max_idle_minutes is None


def test_every_key_is_read_and_listed_for_the_settings_page(tmp_path, monkeypatch):
    write_policy(tmp_path, monkeypatch, "\n".join([
        "idle_lock_max_minutes = 1",
        "backups_min_kept = 10",
        f"backups_folder = {json.dumps(str(tmp_path / 'backups'))}",
        f"vault_folders = [{json.dumps(str(tmp_path / 'a'))}, {json.dumps(str(tmp_path / 'b'))}]",
        'passphrase_min_strength = "Good"',
        "training_mode = false",
        "retention_days = 2190",
        'language = "cy"',
    ]))
    policy = load_policy()
    assert policy.problem is None
    assert dict(policy.enforced()) == {
        "Longest time before the vault locks": "1 minute",
        "Fewest recent backups kept": "10",
        "Backups are kept in": str(tmp_path / "backups"),
        "Vaults may be kept only in": f"{tmp_path / 'a'} or {tmp_path / 'b'}",
        "Passphrase strength asked for": "Good or stronger",
        "Training mode": "Not offered",
        "Cases are reviewed for deletion after": "2190 days",
        "Language": "cy",
    }


def test_the_policy_bounds_match_the_settings_they_bound():
    ranges = {s.key: (s.minimum, s.maximum) for s in SETTINGS}
    assert ranges["idle_minutes"] == policy_module.IDLE_RANGE
    assert ranges["backups_kept"] == policy_module.BACKUPS_RANGE


def test_the_policy_can_ask_for_a_stronger_passphrase():
    good = passphrase_strength("maple quartz lantern")
    assert good.acceptable and good.level < 4
    assert passphrase_refusal(good, Policy()) == ""
    refusal = passphrase_refusal(good, Policy(min_passphrase_level=4))
    assert refusal.startswith("Your organisation asks for a passphrase rated Strong or stronger")
    # The app's own refusal comes first, whatever the policy.
    assert "too short" in passphrase_refusal(passphrase_strength("short"), Policy())


def test_the_windows_policy_file_is_in_programdata(monkeypatch):
    # `machine_policy_file` as imported above is the real one, not the fixture's stand-in.
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("WIN_PD_OVERRIDE_COMMON_APPDATA", "C:\\ProgramData")
    assert PureWindowsPath(str(machine_policy_file())) == PureWindowsPath(
        r"C:\ProgramData\toolkit-desktop\policy.toml"
    )
    monkeypatch.setattr(sys, "platform", "linux")
    assert machine_policy_file() == Path("/etc/toolkit-desktop/policy.toml")


def test_policy_and_logs_never_load_qt():
    code = ("import sys, toolkit_desktop.policy, toolkit_desktop.logs, toolkit_desktop.settings; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_the_example_policy_for_it_is_read_whole_and_enforces_what_it_says(tmp_path, monkeypatch):
    example = Path(__file__).parents[1] / "packaging" / "policy.example.toml"
    monkeypatch.setenv(POLICY_ENV, str(example))
    policy = load_policy()
    assert policy.problem is None
    assert policy.max_idle_minutes == 10 and policy.min_backups_kept == 5
    assert policy.training_offered is True and policy.retention_days == 730

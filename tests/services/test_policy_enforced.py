"""The organisation's policy holds wherever a vault is touched: the services refuse a vault outside
its folders, a passphrase weaker than it asks, training mode it does not offer, and everything
while its file cannot be applied; backups go to the folder it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit_desktop.errors import PassphraseProblem
from toolkit_desktop.policy import PolicyRefusal
from toolkit_desktop.services import upkeep
from toolkit_desktop.services.session import create_session, open_session, open_training
from toolkit_desktop.storage.backups import list_backups

GOOD = "blue kettle river autumn"  # rated Good, not Strong
STRONG = "otter ladder quilt mango harbour violet 1987 glimmer"


@pytest.fixture
def council(council_policy: Path):
    """Write the council's policy file."""

    def write(text: str) -> Path:
        council_policy.write_text(text, encoding="utf-8")
        return council_policy

    return write


def test_a_vault_outside_the_allowed_folders_is_neither_created_nor_opened(
    tmp_path, council, fake_clock, shipped_definitions
):
    allowed, elsewhere = tmp_path / "encrypted-drive", tmp_path / "usb-stick"
    allowed.mkdir()
    elsewhere.mkdir()
    outside = elsewhere / "cases.tkvault"
    upkeep.create(outside, GOOD, fake_clock)  # made before the policy arrived
    council(f'vault_folders = ["{allowed}"]\n')
    before = outside.read_bytes()

    with pytest.raises(PolicyRefusal, match="keeps vaults only in"):
        open_session(outside, GOOD, fake_clock, shipped_definitions, 3)
    with pytest.raises(PolicyRefusal, match="keeps vaults only in"):
        upkeep.unlock(outside, GOOD, fake_clock, 3)
    with pytest.raises(PolicyRefusal, match="keeps vaults only in"):
        create_session(elsewhere / "new.tkvault", GOOD, fake_clock, shipped_definitions)
    assert outside.read_bytes() == before
    assert not (elsewhere / "new.tkvault").exists()

    inside = create_session(allowed / "cases.tkvault", GOOD, fake_clock, shipped_definitions)
    inside.close()
    assert (allowed / "cases.tkvault").exists()


def test_a_passphrase_weaker_than_the_policy_asks_is_refused_and_nothing_is_made(
    tmp_path, council, fake_clock, shipped_definitions
):
    council('passphrase_min_strength = "strong"\n')
    target = tmp_path / "cases.tkvault"
    with pytest.raises(PassphraseProblem, match="Strong or stronger"):
        upkeep.create(target, GOOD, fake_clock)
    with pytest.raises(PassphraseProblem, match="Strong or stronger"):
        create_session(target, GOOD, fake_clock, shipped_definitions)
    assert not target.exists()

    upkeep.create(target, STRONG, fake_clock)
    with (
        upkeep.unlock(target, STRONG, fake_clock, 3) as vault,
        pytest.raises(PassphraseProblem, match="Strong or stronger"),
    ):
        upkeep.change_passphrase(vault, GOOD, 3)
    with upkeep.unlock(target, STRONG, fake_clock, 3):
        pass  # the strong passphrase still opens it: the refused change changed nothing


def test_a_policy_that_cannot_be_applied_refuses_every_vault(
    tmp_path, council, fake_clock, shipped_definitions
):
    target = tmp_path / "cases.tkvault"
    upkeep.create(target, GOOD, fake_clock)
    path = council("idle_lock_max_minute = 5\n")  # a typo of idle_lock_max_minutes
    with pytest.raises(PolicyRefusal) as refused:
        open_session(target, GOOD, fake_clock, shipped_definitions, 3)
    assert str(path) in refused.value.message
    assert '"idle_lock_max_minute" is not a policy setting' in refused.value.message


def test_training_mode_is_refused_where_the_organisation_does_not_offer_it(
    council, fake_clock, shipped_definitions
):
    from toolkit_desktop import paths

    council("training_mode = false\n")
    with pytest.raises(PolicyRefusal, match="does not offer training mode"):
        open_training(fake_clock, shipped_definitions)
    assert not paths.training_vault_path().exists()


def test_backups_go_to_the_folder_the_policy_names_named_after_the_vault(
    tmp_path, council, fake_clock
):
    share = tmp_path / "council-backups"
    council(f'backups_folder = "{share}"\n')
    target = tmp_path / "cases.tkvault"
    upkeep.create(target, GOOD, fake_clock)
    written = upkeep.backup_now(target, GOOD, fake_clock, 3)
    assert written.parent == share / "cases.tkvault-backups"
    assert list_backups(target) == [written]
    assert not (tmp_path / "cases.tkvault-backups").exists()
    upkeep.prove_backup(written, GOOD)  # a real, encrypted copy that opens

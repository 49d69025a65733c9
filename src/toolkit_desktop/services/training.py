"""Training mode's vault: a separate, throwaway vault filled with the fictional practice cases.

It is made whole on first use (built under a temporary name, then renamed), opened as it is after
that, and can be reset to the practice cases as they were. Its vault is flagged as training, so
every case in it is a training case, and a real vault refuses to import any of them.
"""

from __future__ import annotations

import contextlib
import os
import shutil

from toolkit_desktop import paths
from toolkit_desktop.domain.clock import Clock
from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.records import Profile
from toolkit_desktop.forms import default_resources_dir, load_definitions
from toolkit_desktop.services.cases import CaseService
from toolkit_desktop.services.practice_cases import practice_documents
from toolkit_desktop.services.transfer import import_case
from toolkit_desktop.services.upkeep import is_training_file
from toolkit_desktop.storage.errors import VaultError
from toolkit_desktop.storage.vault import Vault

# The passphrase is fixed and written here on purpose. The training vault holds only the
# fictional practice cases and whatever a trainee types while practising, never a real child (the
# banner and the title say so), so the encryption protects nothing, and a trainee should not have
# to invent or remember a passphrase.
PRACTICE_PASSPHRASE = "training vault practice cases only"
PRACTICE_PROFILE = Profile(
    name="Practice user",
    role="Trainee",
    team="Training",
    organisation="Training organisation",
)


class NotTrainingVault(VaultError):
    """The file where the training vault belongs is not one; it is left exactly as it was."""

    code = "not_training_vault"


def add_practice_cases(service: CaseService) -> list[int]:
    """Import every practice case into the service's vault, which must be a training vault.
    Returns the new case ids, in the order of the files."""
    if not service.vault.training:
        raise NotTrainingVault("Practice cases only go into the training vault.")
    documents = practice_documents(service.definitions, service.vault.clock.now())
    return [import_case(service.vault, service.definitions, doc) for doc in documents]


def open_training_vault(clock: Clock, definitions: Definitions | None = None) -> Vault:
    """The training vault, created with the practice cases on first use, and opened after that."""
    path = paths.training_vault_path()
    if path.exists():
        vault = Vault.open(path, PRACTICE_PASSPHRASE, clock, backup=False)
        if not vault.training:
            vault.close()
            raise NotTrainingVault(
                f"The file at {path} is not a training vault, so training mode will not open it."
            )
        return vault
    defs = definitions or load_definitions(default_resources_dir())
    # Filled under another name and renamed, so a failure never leaves half the practice cases.
    building = path.with_name(f".filling-{os.getpid()}-{path.name}")
    with contextlib.suppress(FileNotFoundError):
        building.unlink()
    try:
        with Vault.create(building, PRACTICE_PASSPHRASE, clock, training=True) as vault:
            vault.save_profile(PRACTICE_PROFILE)
            add_practice_cases(CaseService(vault, defs))
        os.replace(building, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            building.unlink()
        raise
    return Vault.open(path, PRACTICE_PASSPHRASE, clock, backup=False)


def reset_training_vault() -> None:
    """Throw the training vault away (close it first); the next open brings the practice cases
    back as they were. Refuses, changing nothing, if the file there is not a training vault."""
    path = paths.training_vault_path()
    if path.exists():
        try:
            training = is_training_file(path, PRACTICE_PASSPHRASE)
        except VaultError:
            raise NotTrainingVault(
                f"The file at {path} does not open as the training vault, so it was not removed."
            ) from None
        if not training:
            raise NotTrainingVault(
                f"The file at {path} is not a training vault, so it was not removed."
            )
        path.unlink()
    # Only training backups live beside the training vault.
    shutil.rmtree(paths.backups_dir(path), ignore_errors=True)

"""Training mode: a separate throwaway vault for practice, never for a real child.

Its passphrase is fixed and written here on purpose: the training vault holds fictional
practice cases only, so it protects nothing and nobody should have to remember it. The
practice cases themselves come with part 2 of the desktop app (issue 5), through
`add_practice_cases`.
"""

from __future__ import annotations

from toolkit_desktop.domain.records import Profile
from toolkit_desktop.services.cases import CaseService

PRACTICE_PASSPHRASE = "training vault practice cases only"
PRACTICE_PROFILE = Profile(
    name="Practice user",
    role="Trainee",
    team="Training",
    organisation="Training organisation",
)
BANNER = "TRAINING: practice cases only. Never record a real child here."


def add_practice_cases(service: CaseService) -> None:
    """Fill a new training vault with fictional practice cases (none yet: issue 5 adds them)."""
    del service  # the hook's signature is what part 2 relies on

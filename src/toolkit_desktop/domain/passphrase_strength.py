"""How strong a new passphrase is, judged by length and number of words, not by symbol rules.

Length is what makes a passphrase hard to guess; rules like "one capital and one symbol" make it
hard to remember instead. Several ordinary, unrelated words are both long and memorable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MINIMUM_LENGTH = 12
LEVELS = ("Too short", "Weak", "Fair", "Good", "Strong")
_WORD = re.compile(r"[^\s\-_.,;:/]+")


@dataclass(frozen=True)
class Strength:
    """A level from 0 (too short) to 4 (strong), in words, with advice for the next step."""

    level: int
    label: str
    advice: str

    @property
    def acceptable(self) -> bool:
        """Whether the vault may be created with this passphrase."""
        return self.level >= 1


def passphrase_strength(passphrase: str) -> Strength:
    """Rate a passphrase: long, several-word passphrases score highest."""
    length = len(passphrase)
    words = len([w for w in _WORD.findall(passphrase) if len(w) >= 3])
    if length < MINIMUM_LENGTH:
        more = MINIMUM_LENGTH - length
        return Strength(
            0,
            LEVELS[0],
            f"Add at least {more} more character{'s' * (more != 1)}. "
            "Four or more ordinary, unrelated words work well.",
        )
    by_length = 1 if length < 16 else 2 if length < 20 else 3 if length < 28 else 4
    by_words = 4 if words >= 5 and length >= 24 else 3 if words >= 4 and length >= 18 else 0
    level = max(by_length, by_words)
    if len(set(passphrase.casefold())) < 6:
        level = 1  # "aaaaaaaaaaaaaaaa" is long but easy to guess
    advice = {
        1: "Longer is safer: add another word or two.",
        # The level's own word is shown before the advice ("Strength: Good."), not again here.
        2: "Another word would make it much harder to guess.",
        3: "Make sure you can remember it exactly.",
        4: "Make sure you can remember it exactly.",
    }[level]
    return Strength(level, LEVELS[level], advice)

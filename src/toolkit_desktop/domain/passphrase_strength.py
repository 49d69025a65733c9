"""How strong a new passphrase is: one rule for the app and the command line, from zxcvbn.

Length and unpredictability are what make a passphrase hard to guess; rules like "one capital and
one symbol" make it hard to remember instead. Several ordinary, unrelated words are both.

The estimate comes from zxcvbn (Dropbox's algorithm, the Python port on PyPI) rather than rules of
our own: it is what password managers and most sign-up pages use, it knows the passwords people
choose most, keyboard rows, repeats, sequences, dates and look-alike swaps ("P@ssw0rd"), and it is
pure Python with its word lists bundled, so it works offline and keeps the domain free of Qt. Its
own feedback sentences are not shown: ours are in plain British English and say what to do next.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

MINIMUM_LENGTH = 12
LEVELS = ("Too short", "Weak", "Fair", "Good", "Strong")
# zxcvbn's top score: at least 10^10 guesses. The vault file can be copied and attacked offline,
# where SQLCipher's key derivation slows each guess but does not stop a patient attacker, so
# nothing below the top score is accepted.
ACCEPTED_SCORE = 4
# Among accepted passphrases, how many guesses (as a power of ten) make it Good, then Strong:
# four ordinary words come to about 10^18, five to 10^24.
GOOD_FROM, STRONG_FROM = 14.0, 20.0
# zxcvbn refuses longer input; the first 72 characters decide (more can only add strength).
_RATED_LENGTH = 72

_ADVICE = {
    "common": "It is close to a password many people choose, so it would be guessed early: "
    "four or more ordinary, unrelated words are much safer.",
    "repeat": "Repeated letters or words add little: use four or more different ordinary words.",
    "sequence": "Runs like abc or 1234 are guessed early: use four or more ordinary, "
    "unrelated words instead.",
    "spatial": "Keys next to each other on the keyboard are guessed early: use four or more "
    "ordinary, unrelated words instead.",
    "l33t": "Swapping letters for look-alike symbols (@ for a, 0 for o) adds little: add "
    "another ordinary word instead.",
    "date": "Years and dates are guessed early: add another ordinary word instead.",
    "other": "Add another ordinary word or two: four or more unrelated words work well.",
}
_WEAKNESS_ORDER = ("common", "repeat", "sequence", "spatial", "l33t", "date")


@dataclass(frozen=True)
class Strength:
    """A level from 0 (too short) to 4 (strong), in words, with advice for the next step."""

    level: int
    label: str
    advice: str

    @property
    def acceptable(self) -> bool:
        """Whether a vault may be created, or re-keyed, with this passphrase."""
        return self.level >= 2

    @property
    def refusal(self) -> str:
        """The sentence that refuses this passphrase, or "" when it is acceptable."""
        if self.acceptable:
            return ""
        why = "too short" if self.level == 0 else "too easy to guess"
        return f"The passphrase is {why}. {self.advice}"


def _weakness(passphrase: str, matches: Sequence[Mapping[str, object]]) -> str:
    """The first thing to fix, from what zxcvbn found in the passphrase."""
    found: set[str] = set()
    for match in matches:
        pattern = match.get("pattern")
        if pattern == "dictionary":
            # A common password only when it is most of the passphrase: "summer holiday" holds
            # one ("summer") but is two words, and the advice for that is another word.
            token = str(match.get("token", ""))
            if match.get("dictionary_name") == "passwords" and 2 * len(token) > len(passphrase):
                found.add("common")
            if match.get("l33t"):
                found.add("l33t")
        elif pattern in ("repeat", "sequence", "spatial", "date"):
            found.add(str(pattern))
        elif pattern == "regex":
            found.add("date")  # zxcvbn's one regex is a recent year
    return next((w for w in _WEAKNESS_ORDER if w in found), "other")


def passphrase_strength(passphrase: str) -> Strength:
    """Rate a passphrase: long, unpredictable, several-word passphrases score highest."""
    length = len(passphrase)
    if length < MINIMUM_LENGTH:
        more = MINIMUM_LENGTH - length
        return Strength(
            0,
            LEVELS[0],
            f"Add at least {more} more character{'s' * (more != 1)}. "
            "Four or more ordinary, unrelated words work well.",
        )
    # Deferred to the first passphrase long enough to rate: the app's first window (unlock or
    # first run) shows before zxcvbn and its word lists are loaded.
    from zxcvbn import zxcvbn

    rated = zxcvbn(passphrase[:_RATED_LENGTH])
    if int(rated["score"]) < ACCEPTED_SCORE:
        weakness = _weakness(passphrase[:_RATED_LENGTH], rated["sequence"])
        return Strength(1, LEVELS[1], _ADVICE[weakness])
    guesses = float(rated["guesses_log10"])
    if guesses < GOOD_FROM:
        # The level's own word is shown before the advice ("Strength: Fair."), not again here.
        return Strength(2, LEVELS[2], "Another word would make it much harder to guess.")
    level = 3 if guesses < STRONG_FROM else 4
    return Strength(level, LEVELS[level], "Make sure you can remember it exactly.")

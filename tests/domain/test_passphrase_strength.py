"""The strength words under a new passphrase: rewarding length, never saying a level twice."""

from __future__ import annotations

import pytest

from toolkit_desktop.domain.passphrase_strength import passphrase_strength


@pytest.mark.parametrize(
    "passphrase",
    ["kettle river 42", "blue kettle river", "blue kettle river autumn",
     "blue kettle river autumn lantern"],
)
def test_the_advice_never_repeats_the_level_shown_before_it(passphrase) -> None:
    # Shown as "Strength: Good. <advice>": "Good. Good. ..." was what the keyboard run saw.
    strength = passphrase_strength(passphrase)
    assert strength.level >= 1
    assert not strength.advice.casefold().startswith(strength.label.casefold())


@pytest.mark.parametrize(
    "passphrase",
    ["correct horse battery staple", "blue kettle river autumn", "lantern orchard pebble violin",
     "Öl über Straße Fluss Wald"],
)
def test_four_ordinary_words_are_accepted(passphrase) -> None:
    strength = passphrase_strength(passphrase)
    assert strength.acceptable and strength.refusal == ""


@pytest.mark.parametrize(
    ("passphrase", "because"),
    [
        ("a", "too short"),
        ("aaaaaaaaaaaa", "Repeated letters"),
        ("a" * 100, "Repeated letters"),  # past what zxcvbn rates, still the same answer
        ("password123", "too short"),
        ("password1234", "a password many people choose"),
        ("P@ssw0rd!2024", "a password many people choose"),
        ("abcdefghijkl", "Runs like abc"),
        ("asdfghjkl;zxcv", "Keys next to each other"),
        ("summer holiday", "Add another ordinary word"),
    ],
)
def test_guessable_passphrases_are_refused_with_what_would_make_them_stronger(
    passphrase, because
) -> None:
    strength = passphrase_strength(passphrase)
    assert not strength.acceptable
    assert strength.refusal.startswith("The passphrase is too ")
    assert because in strength.refusal
    assert "word" in strength.advice  # every refusal says what to do: words, not symbols


def test_a_longer_passphrase_never_rates_lower_than_its_start() -> None:
    words = ["lantern", "orchard", "pebble", "violin", "meadow"]
    levels = [passphrase_strength(" ".join(words[:n])).level for n in range(1, 6)]
    assert levels == sorted(levels) and levels[-1] == 4

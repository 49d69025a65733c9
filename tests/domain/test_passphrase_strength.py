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

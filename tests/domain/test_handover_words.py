"""The handover words and confirmation code: the EFF list unchanged, enough bits, and a code that
only the same words, handover and case can give."""

from __future__ import annotations

import hashlib

from toolkit_desktop.domain.eff_large_wordlist import EFF_LARGE_WORDS
from toolkit_desktop.domain.handover_words import (
    BITS,
    CODE_ALPHABET,
    HANDOVER_WORDS,
    code_digest,
    code_matches,
    confirmation_code,
    new_words,
    normalised_words,
    shown_code,
    typed_code,
    words_problem,
)

# sha256 of the list, one word a line: the same in xkcdpass 1.30's `eff-long` and in the EFF's
# own file with its dice numbers taken off.
EFF_LARGE_DIGEST = "6d557f0693958fb5e650b68b5bee585eb82cf4da32965505c789e924743bc522"
DIGEST = "ab" * 32


def test_the_list_is_the_eff_large_list_unchanged():
    text = "\n".join(EFF_LARGE_WORDS) + "\n"
    assert hashlib.sha256(text.encode()).hexdigest() == EFF_LARGE_DIGEST
    assert len(EFF_LARGE_WORDS) == len(set(EFF_LARGE_WORDS)) == 6**5
    assert list(EFF_LARGE_WORDS) == sorted(EFF_LARGE_WORDS)


def test_six_words_carry_well_over_seventy_bits_and_read_the_same_however_typed():
    assert len(HANDOVER_WORDS) == 7772 and all(w.isalpha() for w in HANDOVER_WORDS)
    assert BITS > 77
    words = new_words()
    assert len(words.split()) == 6 and set(words.split()) <= set(HANDOVER_WORDS)
    assert len({new_words() for _ in range(50)}) == 50
    typed = "  " + words.upper().replace(" ", " - ") + ". "
    assert words_problem(typed) is None and normalised_words(typed) == words


def test_a_misheard_word_or_a_missing_one_is_named_before_any_key_is_tried():
    words = new_words().split()
    assert words_problem("") == "Type the six words the sender read to you."
    assert words_problem(" ".join(words[:5])) == (
        "A handover is locked with six words; you typed 5. Check them with the sender.")
    wrong = [*words[:3], "kettel", *words[4:]]
    assert words_problem(" ".join(wrong)) == (
        "“kettel” is not one of the handover words: check its spelling with the sender.")
    assert "t-shirt" in EFF_LARGE_WORDS and words_problem("t-shirt") is not None


def test_the_code_comes_only_from_the_same_words_handover_and_case():
    words = new_words()
    code = confirmation_code(words, "h1", DIGEST)
    assert len(code) == 8 and set(code) <= set(CODE_ALPHABET)
    assert confirmation_code(words.upper(), "h1", DIGEST) == code
    others = {confirmation_code(new_words(), "h1", DIGEST), confirmation_code(words, "h2", DIGEST),
              confirmation_code(words, "h1", "cd" * 32)}
    assert code not in others
    said = shown_code(code)
    assert said[4] == "-" and typed_code(f" {said.lower()} ") == code
    kept = code_digest("h1", code)
    assert code not in kept and words not in kept
    assert code_matches("h1", said.lower(), kept)
    assert not code_matches("h2", code, kept)
    assert not code_matches("h1", code[:7] + ("A" if code[7] != "A" else "B"), kept)

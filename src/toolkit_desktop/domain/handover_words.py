"""The one-time words that lock a handover file, and the code that confirms it arrived.

The sender's laptop picks six words at random from the EFF's large list and shows them once; the
sender reads them to the receiver by phone, and they are never stored. Six words of that list
carry about 77.5 bits: far past what anyone could guess, even with the file copied and attacked
offline. Words rather than random characters, because they are read out on a phone line at night
and typed by someone else: each is an ordinary English word, and a misheard one is caught here
by name ("kettel" is not one of the words) before any key is tried.

The confirmation code is worked out, not stored: an HMAC of the handover's id and the digest of
the case it carried, keyed with a secret derived from the words. The receiving laptop can say it
only once it has opened the file; the sending laptop works it out while it still holds the words,
keeps only a digest of it, and deletes its copy of the case when that code is typed back. Pure
Python (`secrets`, `hashlib`, `hmac`): no scheme of our own beyond naming what goes into the HMAC.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import secrets
import unicodedata

from toolkit_desktop.domain.eff_large_wordlist import EFF_LARGE_WORDS

WORD_COUNT = 6
# Four words of the list hold a hyphen (t-shirt, yo-yo): left out, so that whatever the receiver
# types between the words (spaces, hyphens, commas) reads the same.
HANDOVER_WORDS: tuple[str, ...] = tuple(w for w in EFF_LARGE_WORDS if w.isalpha())
_KNOWN = frozenset(HANDOVER_WORDS)
BITS = WORD_COUNT * math.log2(len(HANDOVER_WORDS))

# The case references' alphabet: no 0/O or 1/I/L to mishear or misread.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8  # 31^8: about 40 bits, read out as two groups of four
# PBKDF2 rounds before the words key the HMAC: the words alone are already out of reach of any
# search, so this only adds margin (about 0.15 s here, run off the GUI thread).
_ROUNDS = 100_000
_SEPARATORS = re.compile(r"[\s,.;:/_+\-]+")


def new_words() -> str:
    """Six words, chosen with the operating system's secure random numbers, one space apart."""
    return " ".join(secrets.choice(HANDOVER_WORDS) for _ in range(WORD_COUNT))


def _typed(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKC", text).strip().lower()
    return [w for w in _SEPARATORS.split(plain) if w]


def words_problem(text: str) -> str | None:
    """Why the words typed cannot be the handover words, in one sentence; None when they can."""
    typed = _typed(text)
    if not typed:
        return "Type the six words the sender read to you."
    unknown = [w for w in typed if w not in _KNOWN]
    if unknown:
        word = unknown[0] if len(unknown[0]) <= 30 else unknown[0][:30] + "…"
        return (f"“{word}” is not one of the handover words: check its spelling with the "
                "sender.")
    if len(typed) != WORD_COUNT:
        return (f"A handover is locked with six words; you typed {len(typed)}. Check them "
                "with the sender.")
    return None


def normalised_words(text: str) -> str:
    """The words as the file's key: lower case, one space apart, however they were typed.
    Call `words_problem` first; this only tidies."""
    return " ".join(_typed(text))


def confirmation_code(words: str, handover_id: str, document_sha256: str) -> str:
    """The eight-character code both laptops can work out from the words (see the docstring)."""
    salt = b"toolkit-desktop handover confirmation\x00" + handover_id.encode("ascii")
    secret = hashlib.pbkdf2_hmac("sha512", normalised_words(words).encode("utf-8"), salt,
                                 _ROUNDS, dklen=32)
    message = f"confirm\x00{handover_id}\x00{document_sha256}".encode("ascii")
    number = int.from_bytes(hmac.new(secret, message, hashlib.sha256).digest(), "big")
    chars = []
    for _ in range(CODE_LENGTH):  # 2^256 is so much larger than 31^8 that the bias is nil
        number, digit = divmod(number, len(CODE_ALPHABET))
        chars.append(CODE_ALPHABET[digit])
    return "".join(chars)


def shown_code(code: str) -> str:
    """The code as it is shown and read out: two groups of four, "7F3K-QM2P"."""
    return f"{code[:4]}-{code[4:]}"


def typed_code(text: str) -> str:
    """A code as typed back: capitals, without the spaces or hyphens between its groups."""
    return re.sub(r"[\s\-]+", "", unicodedata.normalize("NFKC", text)).upper()


def code_digest(handover_id: str, code: str) -> str:
    """What the sending laptop keeps of the code: a digest, tied to the one handover."""
    return hashlib.sha256(f"{handover_id}:{typed_code(code)}".encode()).hexdigest()


def code_matches(handover_id: str, typed: str, digest: str) -> bool:
    """Whether the code typed back is the one for this handover (compared in constant time)."""
    return hmac.compare_digest(code_digest(handover_id, typed), digest)

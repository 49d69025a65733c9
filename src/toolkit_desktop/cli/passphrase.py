"""Where the command line gets passphrases: a hidden prompt, or one per line of standard input."""

from __future__ import annotations

import getpass
import sys

from toolkit_desktop.domain.passphrase_strength import passphrase_strength
from toolkit_desktop.errors import PassphraseProblem


class PassphraseReader:
    """Hands out passphrases in order: from stdin lines (`--passphrase-stdin`) or by prompting."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def read(self, prompt: str) -> str:
        """The next passphrase."""
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise PassphraseProblem(
                    "Expected another passphrase on standard input, but it ended."
                )
            return line.rstrip("\r\n")
        try:
            return getpass.getpass(f"{prompt}: ")
        except (EOFError, KeyboardInterrupt):
            raise PassphraseProblem("No passphrase was given; nothing was changed.") from None

    def read_new(self, prompt: str, *, rated: bool = True) -> str:
        """A new passphrase: asked twice when typed, once from stdin.

        A vault's passphrase must pass the same strength rule as in the app (`rated`); a PDF's
        password is optional in the app and not rated there, so it is not rated here either.
        """
        first = self.read(prompt)
        if not first:
            raise PassphraseProblem("The passphrase is empty; nothing was changed.")
        if rated and (refusal := passphrase_strength(first).refusal):
            raise PassphraseProblem(f"{refusal} Nothing was changed.")
        if not self.from_stdin and self.read(f"{prompt} (again)") != first:
            raise PassphraseProblem("The two passphrases differ; nothing was changed.")
        return first

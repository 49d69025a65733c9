"""The error every layer raises for something a person can act on: one plain sentence, no traceback.

The vault, the referral pack, the case service and the command line each refine it; the app and the
command line show `message` and nothing else. It sits below every package so that each can raise it
without importing another's.
"""

from __future__ import annotations

from toolkit_desktop.translatable import Said


class ToolkitError(Exception):
    """A refusal or failure told in one sentence; `code` names its kind for logs and tests.

    `message` is the sentence in English (the command line's); `said` is the same sentence as a
    `Said`, when it was made as one, for the app to show in its language.
    """

    code = "refused"

    def __init__(self, message: str | Said) -> None:
        super().__init__(str(message))
        self.message = str(message)
        self.said = message if isinstance(message, Said) else None

    def sentence(self) -> Said | str:
        """The sentence to keep and show later: the `Said` when there is one."""
        return self.said if self.said is not None else self.message


class PassphraseProblem(ToolkitError):
    """A passphrase that cannot be used: empty, mistyped twice, or holding a null character."""

    code = "passphrase"

"""The error every layer raises for something a person can act on: one plain sentence, no traceback.

The vault, the referral pack, the case service and the command line each refine it; the app and the
command line show `message` and nothing else. It sits below every package so that each can raise it
without importing another's.
"""

from __future__ import annotations


class ToolkitError(Exception):
    """A refusal or failure told in one sentence; `code` names its kind for logs and tests."""

    code = "refused"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PassphraseProblem(ToolkitError):
    """A passphrase that cannot be used: empty, mistyped twice, or holding a null character."""

    code = "passphrase"

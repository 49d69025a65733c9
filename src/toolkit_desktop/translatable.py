"""Marks words for the app's translation catalogue in the modules that do not import Qt.

The settings, the policy, the domain and the services say things the practitioner reads (a
setting's label, a case's stage, a refusal). They stay plain Python, so they cannot translate;
they mark their fixed words with `QT_TRANSLATE_NOOP(context, text)`, which `pyside6-lupdate`
collects into the catalogue (`make translations` reads these modules as well as the ui), and the
ui translates them where they are shown (`ui.common.language.say`). A mark changes nothing at
run time: the English is the value, and it remembers the context it was marked under.

A sentence with values in it (a count, a date) is a `Said`: its marked English with `{names}`,
and the values. `str()` of it is the English sentence (the referral pack, the log, the command
line), and the ui fills the sentence in the app's language instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class Marked(str):
    """English words marked for the catalogue: a `str`, which also knows its context."""

    context: str

    def __new__(cls, context: str, text: str) -> Marked:
        marked = super().__new__(cls, text)
        marked.context = context
        return marked


def QT_TRANSLATE_NOOP(context: str, text: str) -> Marked:  # noqa: N802 (the name lupdate looks for)
    """`text`, marked for the catalogue under `context`."""
    return Marked(context, text)


@dataclass(frozen=True)
class Said:
    """A sentence made outside the ui: its marked English, with `{names}` for the values."""

    text: Marked
    values: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.text.format(**{name: str(value) for name, value in self.values.items()})


def said(text: Marked, **values: Any) -> Said:
    """The sentence `text` (marked with QT_TRANSLATE_NOOP) with these values in it."""
    return Said(text, values)

"""The words said under a question when the practitioner's answer brings questions in or out.

A question that appears because of a choice made with the arrow keys must not appear silently:
the next Tab goes into it. One short sentence names what came and what went, and says that
nothing written in a question set aside is lost. Plain text only: no Qt here, so the wording is
tested on its own.
"""

from __future__ import annotations

from collections.abc import Sequence

# Past this many, the first two are named and the rest counted: a sentence, not a list.
MAX_NAMED = 3

# (the question's label, whether it holds an answer)
Question = tuple[str, bool]


def _names(labels: Sequence[str]) -> str:
    quoted = [f"“{label}”" for label in labels]
    if len(quoted) > MAX_NAMED:
        return f"{quoted[0]}, {quoted[1]} and {len(quoted) - 2} more"
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _shown(questions: Sequence[Question], below: bool) -> str:
    count = len(questions)
    noun = "question" if count == 1 else "questions"
    where = "below" if below else "to this form"
    text = f"This answer adds {count} {noun} {where}: {_names([q for q, _ in questions])}."
    if any(held for _, held in questions):
        # An answer written before, then set aside by another choice, is back as it was.
        text += (
            " What it held is back, as you left it."
            if count == 1
            else " What they held is back, as you left it."
        )
    return text


def _hidden(questions: Sequence[Question]) -> str:
    one = len(questions) == 1
    verb = "applies" if one else "apply"
    text = f"{_names([q for q, _ in questions])} no longer {verb}."
    if any(held for _, held in questions):
        pronoun = "What it holds is" if one else "What they hold is"
        text += f" {pronoun} kept, and comes back if you change this answer."
    return text


def follow_up_words(
    shown: Sequence[Question], hidden: Sequence[Question], below: bool = True
) -> str:
    """The note for an answer that showed `shown` and set aside `hidden` ("" for neither).

    `below` says whether every question shown comes after the one answered.
    """
    parts = []
    if shown:
        parts.append(_shown(shown, below))
    if hidden:
        parts.append(_hidden(hidden))
    return " ".join(parts)

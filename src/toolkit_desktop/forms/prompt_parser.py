"""Builds the "what next" prompts from `resources/prompts.yaml`: a list of {id, when, text}."""

from __future__ import annotations

from typing import Any

from toolkit_desktop.domain.prompts import Prompt, PromptCondition
from toolkit_desktop.forms.problems import ProblemCode
from toolkit_desktop.forms.walk import Report, join, kind


def parse_prompts(report: Report, data: Any) -> tuple[Prompt, ...]:
    """The prompts in file order; broken ones are reported and left out."""
    if not isinstance(data, list):
        report.add("", ProblemCode.WRONG_TYPE, f"expected a list of prompts, got {kind(data)}")
        return ()
    prompts: list[tuple[Prompt, str]] = []
    for n, item in enumerate(data):
        path = f"[{n}]"
        m = report.mapping(item, path, required=("id", "when", "text"))
        if m is None:
            continue
        prompt_id = report.ident(m, path)
        text = report.shown(m, "text", path)
        when = m.get("when")
        if when not in set(PromptCondition):
            if "when" in m:
                report.add(
                    join(path, "when"),
                    ProblemCode.UNKNOWN_VALUE,
                    f"the program cannot check the condition {when!r} "
                    f"(expected one of: {', '.join(PromptCondition)})",
                )
            continue
        if prompt_id:
            prompts.append((Prompt(prompt_id, PromptCondition(when), text), path))
    report.unique(((p.id, path) for p, path in prompts), "prompt")
    return tuple(p for p, _ in prompts)

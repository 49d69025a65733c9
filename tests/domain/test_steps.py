"""The workspace's steps and their progress in words, from the shipped definitions."""

from __future__ import annotations

from toolkit_desktop.domain.steps import CHRONOLOGY, CONVERSATIONS, case_steps, step_progress


def test_every_form_has_a_step_and_the_usual_order_comes_first(shipped_definitions):
    steps = case_steps(shipped_definitions)
    ids = [s.id for s in steps]
    assert ids[:8] == ["immediate_safeguarding", "matrix", CONVERSATIONS, "child",
                       "trafficking_assessment", "age_assessment", CHRONOLOGY, "referral"]
    assert {form for s in steps for form in s.forms} == set(shipped_definitions.forms)
    # The agencies form is part of the chronology step, not a step of its own.
    assert "agencies" not in {s.form_id for s in steps}


def test_progress_is_in_words(shipped_definitions):
    steps = {s.id: s for s in case_steps(shipped_definitions)}

    def progress(step: str, answers: dict, conversations: int = 0, chronology: int = 0) -> str:
        # The English (str of the Said); the app shows it in its language.
        return str(step_progress(steps[step], shipped_definitions, answers, conversations,
                                 chronology))

    assert progress("child", {}) == "not started"
    # The age-assessment notes show the child's name from the child's details; that alone is
    # not a start.
    assert progress("age_assessment", {"child": {"given_names": "Amira"}}) == "not started"
    assert progress("matrix", {"matrix": {"no_documents": {"status": "known"}}}).startswith(
        "started (0 of ")
    sections = shipped_definitions.forms["immediate_safeguarding"].sections
    not_relevant = {f"_section:{s.id}": {"reason": "Done by the police"} for s in sections}
    assert progress("immediate_safeguarding", {"immediate_safeguarding": not_relevant}) == "done"
    assert progress(CONVERSATIONS, {}) == "none yet"
    assert progress(CONVERSATIONS, {}, conversations=1) == "1 conversation"
    assert progress(CHRONOLOGY, {}, chronology=3) == "3 entries"


def test_people_around_the_child_is_a_step_of_its_own_after_the_usual_eight(shipped_definitions):
    steps = case_steps(shipped_definitions)
    people = [s for s in steps if s.form_id == "people"]
    assert [(s.id, s.title) for s in people] == [("people", "People around the child")]
    # After the first eight, so the Alt+number of every step people have learnt stays the same.
    assert steps.index(people[0]) == 8

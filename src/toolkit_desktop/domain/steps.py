"""The steps of a case in the workspace's navigation list, and how far each has got, in words.

Plain Python: the workspace asks it for the list and the wording; tests call it directly. The
titles and the progress are marked for the translation catalogue (`Said`): the workspace shows
them in the app's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolkit_desktop.domain.completeness import SectionStatus, section_status
from toolkit_desktop.domain.definitions import Definitions, Form
from toolkit_desktop.domain.form_ids import (
    AGE_FORM,
    AGENCIES_FORM,
    CHILD_FORM,
    MATRIX_FORM,
    NRM_FORM,
    PEOPLE_FORM,
    SAFEGUARDING_FORM,
    TRAFFICKING_FORM,
)
from toolkit_desktop.domain.visibility import AnswersByForm, is_answered
from toolkit_desktop.domain.wording import STATUS_WORDS
from toolkit_desktop.translatable import QT_TRANSLATE_NOOP, Marked, Said, said

CONVERSATIONS = "conversations"
CHRONOLOGY = "chronology"
DOCUMENTS = "documents"


@dataclass(frozen=True)
class Step:
    """One entry of the navigation list: a form, or a record kept outside the forms."""

    id: str
    title: str
    form_id: str | None = None
    # Forms shown inside a step that is not itself a form (the agencies form under the chronology).
    extra_forms: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """Every form whose questions this step shows."""
        return ((self.form_id,) if self.form_id else ()) + self.extra_forms


# The order a case is usually worked in; forms in the definitions but not listed are added last.
_ORDER = (
    Step(SAFEGUARDING_FORM, QT_TRANSLATE_NOOP("Steps", "Immediate safeguarding"),
         SAFEGUARDING_FORM),
    Step(MATRIX_FORM, QT_TRANSLATE_NOOP("Steps", "Risk matrix"), MATRIX_FORM),
    Step(CONVERSATIONS, QT_TRANSLATE_NOOP("Steps", "Conversations with the child")),
    Step(CHILD_FORM, QT_TRANSLATE_NOOP("Steps", "Child's details"), CHILD_FORM),
    Step(TRAFFICKING_FORM, QT_TRANSLATE_NOOP("Steps", "Trafficking assessment"),
         TRAFFICKING_FORM),
    Step(AGE_FORM, QT_TRANSLATE_NOOP("Steps", "Age-assessment notes"), AGE_FORM),
    Step(CHRONOLOGY, QT_TRANSLATE_NOOP("Steps", "Chronology and agencies"),
         extra_forms=(AGENCIES_FORM,)),
    Step("referral", QT_TRANSLATE_NOOP("Steps", "Referral"), NRM_FORM),
    # After the referral so that Alt+1 to Alt+8 keep the steps people have learnt; Alt+9 opens it.
    Step(PEOPLE_FORM, QT_TRANSLATE_NOOP("Steps", "People around the child"), PEOPLE_FORM),
    # Tenth, for the same reason: Alt+0 opens it.
    Step(DOCUMENTS, QT_TRANSLATE_NOOP("Steps", "Documents and photo")),
)


def case_steps(definitions: Definitions) -> tuple[Step, ...]:
    """The steps for these definitions: the usual ones whose form exists, then any other form."""
    steps = [s for s in _ORDER if s.form_id is None or s.form_id in definitions.forms]
    listed = {form for s in steps for form in s.forms}
    steps += [Step(f.id, f.title, f.id) for f in definitions.forms.values() if f.id not in listed]
    return tuple(steps)


def form_progress(form: Form, answers_by_form: AnswersByForm) -> Said:
    """ "not started", "started (0 of 5 parts done)", "2 of 6 parts done" or "done".

    A part marked "not relevant here" with a reason counts as done.
    """
    answers = answers_by_form.get(form.id, {})
    statuses = [
        section_status(form, s, answers, answers_by_form=answers_by_form) for s in form.sections
    ]
    done = sum(1 for s in statuses if s.done)
    if statuses and done == len(statuses):
        return said(QT_TRANSLATE_NOOP("Steps", "done"))
    if done == 0 and not any(is_answered(v) for v in answers.values()):
        # Answers shown from other forms ("same as") do not make a form started.
        return said(STATUS_WORDS[SectionStatus.NOT_STARTED])
    if done == 0:
        return said(QT_TRANSLATE_NOOP("Steps", "started (0 of {parts} parts done)"),
                    parts=len(statuses))
    return said(QT_TRANSLATE_NOOP("Steps", "{done} of {parts} parts done"),
                done=done, parts=len(statuses))


def record_progress(count: int, one: Marked, many: Marked) -> Said:
    """ "none yet", "1 conversation", "3 entries".

    One sentence for one and another for more, not Qt's plural forms (which `pyside6-lupdate`
    does not collect from plain Python): Welsh, the language wanted first, puts a noun after a
    number in the singular, so the pair serves it; a language with more forms would need them.
    """
    if count == 0:
        return said(QT_TRANSLATE_NOOP("Steps", "none yet"))
    return said(one if count == 1 else many, count=count)


def step_progress(
    step: Step,
    definitions: Definitions,
    answers_by_form: AnswersByForm,
    conversations: int,
    chronology: int,
    documents: int | None = None,
) -> Said | str:
    """The completion state of one step, in words (never only a colour or an icon).

    `documents` is None until the case's attachments have been read: nothing is said rather
    than "none yet" about a case that may have some.
    """
    if step.form_id is not None:
        form = definitions.form(step.form_id)
        return form_progress(form, answers_by_form) if form else ""
    if step.id == CONVERSATIONS:
        return record_progress(conversations, QT_TRANSLATE_NOOP("Steps", "{count} conversation"),
                               QT_TRANSLATE_NOOP("Steps", "{count} conversations"))
    if step.id == CHRONOLOGY:
        return record_progress(chronology, QT_TRANSLATE_NOOP("Steps", "{count} entry"),
                               QT_TRANSLATE_NOOP("Steps", "{count} entries"))
    if step.id == DOCUMENTS and documents is not None:
        return record_progress(documents, QT_TRANSLATE_NOOP("Steps", "{count} document"),
                               QT_TRANSLATE_NOOP("Steps", "{count} documents"))
    return ""

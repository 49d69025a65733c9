"""What the case knows about the child's age, and the presumption that follows from it.

When a child's age is uncertain and there are reasons to believe they are a child, they are
presumed to be a child (Council of Europe Convention on Action against Trafficking, art. 10(3)).
Here that means: only an age assessment that has been concluded, with the conclusion "adult",
ever stops a disputed or unknown age from being treated as a child's.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from toolkit_desktop.translatable import QT_TRANSLATE_NOOP, Said, said

# Fields of the child's details (`CHILD_FORM`) and the age-assessment notes (`AGE_FORM`).
DATE_OF_BIRTH = "date_of_birth"
CLAIMED_AGE = "claimed_age"
AGE_DISPUTED = "age_disputed"
CONCLUSION = "conclusion"
ASSESSED_AGE = "assessed_age"
ASSESSED_DATE_OF_BIRTH = "assessed_date_of_birth"
CONCLUDED_ON = "assessment_concluded_on"
# Every field `age_status` reads: of the child's details, and of the age-assessment form.
CHILD_AGE_FIELDS = (CLAIMED_AGE, DATE_OF_BIRTH)
AGE_FORM_FIELDS = (ASSESSED_AGE, ASSESSED_DATE_OF_BIRTH, AGE_DISPUTED, CONCLUSION, CONCLUDED_ON)

ADULT_AGE = 18
YOUNG_CHILD_AGE = 10  # the matrix may not suit children under ten (pilot report, 4.4.2)
CONCLUSIONS = frozenset({"child", "adult", "inconclusive"})


@dataclass(frozen=True)
class AgeStatus:
    """The child's age as far as the case knows it, and how to treat them."""

    claimed_age: float | None
    age_from_date_of_birth: int | None  # the youngest age the date of birth allows
    assessed_age: float | None  # from the age-assessment notes, concluded or not
    disputed: bool
    concluded: bool  # an assessment has a conclusion and the date it was concluded
    conclusion: str | None  # "child", "adult" or "inconclusive"; None until concluded
    presumed_child: bool  # age uncertain and no concluded assessment says adult
    treat_as_child: bool  # presumed a child, or known or assessed to be one
    under_ten: bool
    label: Said  # short, for the case list: "15 (claimed)", "presumed child (age disputed)"


def age_status(
    child_answers: Mapping[str, Any], age_answers: Mapping[str, Any], today: date
) -> AgeStatus:
    """The age status from the child's details form and the age-assessment form."""
    claimed = _number(child_answers.get(CLAIMED_AGE))
    dob = child_answers.get(DATE_OF_BIRTH)
    dob_age = _youngest_age(dob, today)
    dob_exact = isinstance(dob, str) and len(dob) == len("YYYY-MM-DD") and dob_age is not None
    assessed = _number(age_answers.get(ASSESSED_AGE))
    if assessed is None:
        assessed_dob_age = _youngest_age(age_answers.get(ASSESSED_DATE_OF_BIRTH), today)
        assessed = None if assessed_dob_age is None else float(assessed_dob_age)
    disputed = age_answers.get(AGE_DISPUTED) == "yes"
    conclusion = age_answers.get(CONCLUSION)
    concluded = conclusion in CONCLUSIONS and bool(age_answers.get(CONCLUDED_ON))
    if not concluded:
        conclusion = None

    presumed, label = _presumption(conclusion, disputed, claimed, dob_age, dob_exact, assessed)
    known_child = (conclusion == "child") or (
        conclusion is None and dob_exact and dob_age is not None and dob_age < ADULT_AGE
    )
    # Under ten is judged by date of birth, else the claimed age, else the assessed age.
    age_for_caution = next((a for a in (dob_age, claimed, assessed) if a is not None), None)
    return AgeStatus(
        claimed_age=claimed,
        age_from_date_of_birth=dob_age,
        assessed_age=assessed,
        disputed=disputed,
        concluded=concluded,
        conclusion=conclusion,
        presumed_child=presumed,
        treat_as_child=presumed or known_child,
        under_ten=age_for_caution is not None and age_for_caution < YOUNG_CHILD_AGE,
        label=label,
    )


def _presumption(
    conclusion: str | None,
    disputed: bool,
    claimed: float | None,
    dob_age: int | None,
    dob_exact: bool,
    assessed: float | None,
) -> tuple[bool, Said]:
    """Whether the child is presumed a child, and the case-list label; first matching rule wins.

    The label is marked for the catalogue: the case list and the header show it in the app's
    language, the pack in English (`str()`)."""
    if conclusion == "adult":
        if assessed is None:
            return False, said(QT_TRANSLATE_NOOP("Age", "adult (assessed)"))
        return False, said(QT_TRANSLATE_NOOP("Age", "{age} (assessed adult)"), age=_show(assessed))
    if conclusion == "child":
        if assessed is None or assessed >= ADULT_AGE:
            return False, said(QT_TRANSLATE_NOOP("Age", "child (assessed)"))
        return False, said(QT_TRANSLATE_NOOP("Age", "{age} (assessed)"), age=_show(assessed))
    if conclusion == "inconclusive":
        return True, said(QT_TRANSLATE_NOOP("Age", "presumed child (assessment inconclusive)"))
    if disputed:
        return True, said(QT_TRANSLATE_NOOP("Age", "presumed child (age disputed)"))
    if (
        dob_age is not None
        and claimed is not None
        and (dob_age < ADULT_AGE) != (claimed < ADULT_AGE)
    ):
        return True, said(QT_TRANSLATE_NOOP("Age", "presumed child (ages given differ)"))
    if dob_age is not None and dob_exact:
        return False, said(QT_TRANSLATE_NOOP("Age", "{age} (date of birth)"), age=dob_age)
    if dob_age is not None:
        return True, said(QT_TRANSLATE_NOOP("Age", "{age} (year of birth; presumed child)"),
                          age=dob_age)
    if claimed is not None:
        if claimed < ADULT_AGE:
            return True, said(QT_TRANSLATE_NOOP("Age", "{age} (claimed)"), age=_show(claimed))
        return True, said(QT_TRANSLATE_NOOP("Age", "{age} (claimed; presumed child)"),
                          age=_show(claimed))
    return True, said(QT_TRANSLATE_NOOP("Age", "age not known (presumed child)"))


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _show(age: float) -> str:
    return f"{age:g}"


def _youngest_age(value: Any, today: date) -> int | None:
    """Age in whole years on `today` for a date of birth given as YYYY, YYYY-MM or YYYY-MM-DD.

    A year or a month alone is read as its last day, giving the youngest age it allows: when in
    doubt, the younger age protects the child.
    """
    if not isinstance(value, str):
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            born = date(parts[0], 12, 31)
        elif len(parts) == 2:
            born = date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        elif len(parts) == 3:
            born = date(parts[0], parts[1], parts[2])
        else:
            return None
    except ValueError:
        return None
    if born > today:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

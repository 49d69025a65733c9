"""The ids of the forms the program itself reads, named once; they match resources/forms/*.yaml
and the matrix.

A council may add forms of its own; these are the ones the code looks into by name (the child's
age, the NRM dates, the decisions, the pack's parts), so renaming one here means renaming its file.
"""

from __future__ import annotations

CHILD_FORM = "child"
AGE_FORM = "age_assessment"
# Answers to the risk matrix are stored under this form id (field id = indicator id).
MATRIX_FORM = "matrix"
SAFEGUARDING_FORM = "immediate_safeguarding"
# The trafficking assessment also holds the NRM decisions (reasonable and conclusive grounds).
TRAFFICKING_FORM = "trafficking_assessment"
NRM_FORM = "nrm_referral"
AGENCIES_FORM = "agencies"
# People around the child, each recorded once; other forms' questions about them are worked out
# from these records (`domain.people`).
PEOPLE_FORM = "people"

PROGRAM_FORMS = (
    CHILD_FORM,
    AGE_FORM,
    MATRIX_FORM,
    SAFEGUARDING_FORM,
    TRAFFICKING_FORM,
    NRM_FORM,
    AGENCIES_FORM,
    PEOPLE_FORM,
)

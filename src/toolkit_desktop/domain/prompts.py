"""The "what next" prompts: one calm sentence shown in a case while its condition holds.

The wording lives in `resources/prompts.yaml`; the conditions are the program's, listed here so
the definitions checker can refuse a condition nobody evaluates. A prompt says what to do next and
never gives a verdict about the child.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class PromptCondition(enum.StrEnum):
    """The conditions a prompt can name in `when`; each needs an evaluator in the program."""

    SAFEGUARDING_NOT_STARTED = "safeguarding_not_started"
    NO_PHOTO_TAKEN = "no_photo_taken"
    MISSING_DESCRIPTION_EMPTY = "missing_description_empty"
    MATRIX_NOT_STARTED = "matrix_not_started"
    INDICATORS_BUT_NO_REFERRAL_CONSIDERED = "indicators_but_no_referral_considered"
    CONCERN_WITHOUT_REASON = "concern_without_reason"
    AGE_DISPUTED_NOT_CONCLUDED = "age_disputed_not_concluded"
    REFERRAL_FIELDS_MISSING = "referral_fields_missing"
    RG_DECISION_OVERDUE = "rg_decision_overdue"
    PACK_CHANGED_SINCE_EXPORT = "pack_changed_since_export"
    AWAITING_AGENCY_REPLY = "awaiting_agency_reply"


@dataclass(frozen=True)
class Prompt:
    """One prompt; prompts are shown in the order of the file."""

    id: str
    when: PromptCondition
    text: str

"""Who makes the referral and who made the pack, for the cover, the signature page and the sheet.

The pack is made by the practitioner whose profile ("About you") is in the vault, but the NRM
referral can record that someone else makes the referral (a manager, a colleague on the next
shift). Then the pack must name both, each under its own label, so no reader takes the pack
maker for the referrer or rings the pack maker's phone to reach the referrer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from toolkit_desktop.domain.form_ids import NRM_FORM
from toolkit_desktop.export.pack.model import PackInput

# Shown by the cover and the missing-child sheet beside the profile's details.
MAKER_LABEL = "Practitioner"
MAKER_LABEL_WHEN_OTHER_REFERS = "Pack made by"


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


@dataclass(frozen=True)
class Referrer:
    """The person the NRM referral names as making it, when not the pack maker."""

    name: str
    role: str
    organisation: str
    phone: str
    email: str

    @property
    def line(self) -> str:
        """"Name, role, organisation", as the cover and the contents print it."""
        return ", ".join(p for p in (self.name, self.role, self.organisation) if p)


@dataclass(frozen=True)
class ReferrerView:
    """The referrer, or None when the pack maker makes the referral (or no one is named)."""

    referrer: Referrer | None
    maker_label: str


def referrer_view(pack: PackInput) -> ReferrerView:
    """Whether the referral names someone other than the profile, and their details if so."""
    answers: Mapping[str, Any] = pack.answers.get(NRM_FORM, {})
    name = _text(answers.get("referrer_name"))
    # The same rule as the worked-out answers (`domain.derive_case.profile_derivations`): a name
    # that differs from the profile's, ignoring case and spaces around it, is someone else; a
    # name typed with no profile name is someone else too, as the pack cannot say it is the same.
    if not name or name.casefold() == pack.profile.name.strip().casefold():
        return ReferrerView(None, MAKER_LABEL)
    typed: Mapping[str, Any] = pack.typed_answers.get(NRM_FORM, {})
    referrer = Referrer(
        name=name,
        # Role, phone and email only as typed: one worked out from the profile would be the pack
        # maker's, printed beside the other person's name.
        role=_text(typed.get("referrer_role")),
        # The organisation is the one the referral names, typed or worked out: the NRM answers
        # print the same, and a colleague usually refers for the same council.
        organisation=_text(answers.get("referrer_organisation")),
        phone=_text(typed.get("referrer_phone")),
        email=_text(typed.get("referrer_email")),
    )
    return ReferrerView(referrer, MAKER_LABEL_WHEN_OTHER_REFERS)

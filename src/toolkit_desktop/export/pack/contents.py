"""Everything the pack prints, gathered once: the parts in order, with a count for each.

The same gathering feeds the PDF and the app's preview of the pack's contents, so the preview
never promises what the pack does not hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from toolkit_desktop.domain.definitions import MAX_PACK_ORDER
from toolkit_desktop.domain.form_ids import (
    AGE_FORM,
    AGENCIES_FORM,
    CHILD_FORM,
    MATRIX_FORM,
    NRM_FORM,
    SAFEGUARDING_FORM,
    TRAFFICKING_FORM,
)
from toolkit_desktop.domain.wording import ZONE_NAME, show_time, status_counts
from toolkit_desktop.export.pack.append import Appendix
from toolkit_desktop.export.pack.attachments_view import TITLE as ATTACHMENTS_TITLE
from toolkit_desktop.export.pack.attachments_view import attachments_view
from toolkit_desktop.export.pack.changes import ChangesView, changes_since
from toolkit_desktop.export.pack.form_view import SectionView, answered_count, form_view
from toolkit_desktop.export.pack.glance_view import glance_view
from toolkit_desktop.export.pack.matrix_view import matrix_view
from toolkit_desktop.export.pack.model import PackInput
from toolkit_desktop.export.pack.nrm_view import (
    nrm_sections,
    unanswered_by_section,
    unanswered_count,
)
from toolkit_desktop.export.pack.records_view import (
    agency_groups,
    chronology,
    conversations,
    waiting_requests,
)
from toolkit_desktop.export.pack.referrer_view import referrer_view
from toolkit_desktop.export.pack.safeguarding_view import safeguarding_view
from toolkit_desktop.export.pack.summary_view import case_age, summary_view

# The parts that are not a form's. Each form's part is titled by its definition's `pack:` entry.
TITLES = {
    "summary": "Summary for the decision-maker",
    "missing": "Missing child: description for the police",
    "responder": "First responder's details and signature",
}
# The responder part's title when the NRM referral names someone other than the pack maker.
REFERRED_BY_OTHER_TITLE = "The referrer's and the pack maker's details, and signature"


@dataclass(frozen=True)
class Part:
    """One part of the pack as the contents list and the preview name it."""

    key: str
    title: str
    count: str
    template: str = ""  # the template that prints it, for a part placed by a form's definition
    sections: tuple[SectionView, ...] = ()  # a form printed question by question

    def line(self) -> str:
        """"Title: count", as the app's preview shows it."""
        return f"{self.title}: {self.count}" if self.count else self.title


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _agency_rows(sections: list[SectionView]) -> int:
    """Rows of the agencies form's lists (contacts and meetings)."""
    return sum(len(a.shown.rows) for s in sections for a in s.answers)


@dataclass(frozen=True)
class PackContents:
    """The template context: every part's view, and the parts in order."""

    context: dict[str, Any] = field(default_factory=dict)
    parts: tuple[Part, ...] = ()
    appendices: tuple[Appendix, ...] = ()  # the PDFs appended after the pack's last page


def placed_forms(pack: PackInput, own_parts: dict[str, list[Part]]) -> list[Part]:
    """Every form's parts in the order its definition's `pack:` entry gives (a form without one
    comes after the others, by id): a shipped form through its own template, any other form
    (one a council adds) question by question, so no form is ever left out of the pack."""
    forms = pack.definitions.forms
    ordered = sorted(forms.values(), key=lambda f: (
        f.pack.order if f.pack else MAX_PACK_ORDER + 1, f.id))
    placed: list[Part] = []
    for form in ordered:
        title = form.pack.title if form.pack else form.title
        own = own_parts.get(form.id)
        if own is not None:
            first, *rest = own
            placed.append(replace(first, title=title, template=f"{first.key}.xml"))
            placed += [replace(p, template=f"{p.key}_sheet.xml" if p.key == "missing"
                               else f"{p.key}.xml") for p in rest]
            continue
        sections = form_view(pack, form.id)
        placed.append(Part(f"form_{form.id}", title,
                           _plural(answered_count(sections), "answer"), "form.xml",
                           tuple(sections)))
    return placed


def gather(pack: PackInput) -> PackContents:
    """Build every part's view from the pack input."""
    age = case_age(pack)
    matrix = matrix_view(pack, age)
    summary = summary_view(pack, matrix, age)
    changes: ChangesView | None = changes_since(pack)
    child_sections = form_view(pack, CHILD_FORM)
    assessment = form_view(pack, TRAFFICKING_FORM, with_shared=False)
    age_sections = form_view(pack, AGE_FORM, with_shared=False)
    talks, entries = conversations(pack), chronology(pack)
    agencies = form_view(pack, AGENCIES_FORM)
    waiting, groups = waiting_requests(pack), agency_groups(pack)
    agency_rows = _agency_rows(agencies) + sum(len(g.shown.rows) for g in groups)
    safeguarding = safeguarding_view(pack)
    nrm = nrm_sections(pack, age)
    nrm_total = sum(len(s.answers) for s in nrm)
    profile = pack.profile
    responder = ", ".join(p for p in (profile.name, profile.role, profile.team) if p.strip())
    referral_by = referrer_view(pack)
    other = referral_by.referrer
    titles = {**TITLES, **({"responder": REFERRED_BY_OTHER_TITLE} if other else {})}
    responder_count = responder or "no profile details recorded"
    if other:
        maker = responder or "the practitioner, with no profile details recorded"
        responder_count = f"referral by {other.line}; pack made by {maker}"
    steps_done = sum(1 for s in safeguarding.steps if s.done)
    sheet = safeguarding.missing_sheet

    blocks = matrix.blocks
    # The parts each shipped form prints through its own template, counted for the contents.
    own_parts: dict[str, list[Part]] = {
        CHILD_FORM: [Part("child", "", _plural(answered_count(child_sections), "answer"))],
        MATRIX_FORM: [Part("matrix", "", (
            f"{sum(b.known for b in blocks)} known, {sum(b.suspected for b in blocks)} suspected, "
            f"{sum(len(b.not_present) for b in blocks)} not present, "
            f"{sum(len(b.not_considered) for b in blocks)} not considered"))],
        TRAFFICKING_FORM: [Part("assessment", "", status_counts(s.status for s in assessment))],
        AGE_FORM: [Part("age", "", (
            f"{_plural(answered_count(age_sections), 'answer')}; {age.label}"))],
        AGENCIES_FORM: [Part("records", "", (
            f"{_plural(len(talks), 'conversation')}, "
            f"{_plural(len(entries), 'chronology entry', 'chronology entries')}, "
            + _plural(agency_rows, "agency contact or meeting", "agency contacts and meetings")))],
        SAFEGUARDING_FORM: [
            Part("safeguarding", "",
                 f"{steps_done} of {len(safeguarding.steps)} steps recorded with a time"),
            Part("missing", TITLES["missing"], (
                f"{_plural(len(sheet.answers) if sheet else 0, 'detail')} recorded")),
        ],
        NRM_FORM: [Part("nrm", "",
                        f"{nrm_total - unanswered_count(nrm)} of {nrm_total} questions answered")],
    }
    placed = placed_forms(pack, own_parts)
    attached = attachments_view(pack)
    if attached.lines or attached.removed:  # supporting documents, after the forms
        placed.append(Part("attachments", ATTACHMENTS_TITLE, attached.count, "attachments.xml"))
    for part in placed:
        titles[part.key] = part.title
    parts: list[Part] = []
    if changes is not None:
        parts.append(Part("changes", changes.title, (
            f"{_plural(len(changes.answers), 'answer')} added or changed, "
            f"{_plural(len(changes.entries), 'chronology entry', 'chronology entries')}")))
    parts.append(Part("summary", TITLES["summary"],
                      f"{_plural(len(summary.key_indicators), 'indicator')} known or suspected"))
    parts += placed
    parts.append(Part("responder", titles["responder"], responder_count))
    context = {
        "pack": pack,
        "titles": {**titles, **({"changes": changes.title} if changes else {})},
        "made": show_time(pack.now),
        "zone_name": ZONE_NAME,
        "responder_line": (
            ", ".join(p for p in (responder, profile.organisation) if p.strip())
            or "Not recorded in the practitioner's profile"
        ),
        "referrer": other,
        "maker_label": referral_by.maker_label,
        "age": age,
        "age_started": bool(pack.answers.get(AGE_FORM)),
        "matrix": matrix,
        "summary": summary,
        "glance": glance_view(pack),
        "changes": changes,
        "child_sections": child_sections,
        "assessment_sections": assessment,
        "age_sections": age_sections,
        "conversations": talks,
        "chronology": entries,
        "agency_sections": agencies,
        "waiting": waiting,
        "agency_groups": groups,
        "safeguarding": safeguarding,
        "nrm": nrm,
        "nrm_unanswered": unanswered_by_section(nrm),
        "placed": placed,
        "attachments": attached,
        "parts": parts,
    }
    return PackContents(context=context, parts=tuple(parts), appendices=attached.appendices)

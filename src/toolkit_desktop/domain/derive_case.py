"""The program's own worked-out answers: each fact the case already holds, carried to the other
questions that ask it (the contract is in `domain.derived`).

- "Is the child under 18?" from the date of birth, a concluded age assessment or the age the child
  says, with the presumption of childhood wherever the age is uncertain;
- "Was a referral considered?", from the first referral pack made, and "Has a referral been
  made?" from the date of referral recorded (making the pack is not making the referral);
- the referrer's own details, from "About you" (a different referrer types over them, per case);
- the local authority contacted and its phone and email, from the agencies contacted or, for a
  council's own practitioner, from "About you";
- where the child was exploited, and the towns and countries, from the situations recorded;
- other professionals, from the agencies contacted;
- the interpreter and "where and how the child was spoken to", from the conversations;
- "reported to the police?", from when the police were told in Immediate safeguarding;
- "is there a recent photo?", from when one was taken;
- the indicators seen and the professional view, from the matrix and the trafficking assessment
  (the matrix's level of concern and its reasons, until the analysis says more).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from toolkit_desktop.domain.age import ADULT_AGE, age_status
from toolkit_desktop.domain.answer_words import show_approx_date
from toolkit_desktop.domain.derived import CaseSources, Derivation, Derived, Key
from toolkit_desktop.domain.form_ids import (
    AGE_FORM,
    AGENCIES_FORM,
    CHILD_FORM,
    MATRIX_FORM,
    NRM_FORM,
    SAFEGUARDING_FORM,
    TRAFFICKING_FORM,
)
from toolkit_desktop.domain.matrix_summary import summarise
from toolkit_desktop.domain.missing_episodes import missing_derivations
from toolkit_desktop.domain.online_form import last_contact_band
from toolkit_desktop.domain.people import people_derivations
from toolkit_desktop.domain.records import Conversation
from toolkit_desktop.domain.visibility import is_answered
from toolkit_desktop.domain.wording import day, day_and_time, local

# "About you" answers the referral's questions about the referrer: profile attribute by field.
REFERRER_FROM_PROFILE = {
    "referrer_organisation": "organisation",
    "referrer_name": "name",
    "referrer_role": "role",
    "referrer_phone": "phone",
    "referrer_email": "email",
}
FROM_PROFILE = (
    "From your details in Settings, About you. If someone else is referring, type theirs."
)
PROFILE_IN_PACK = "From the practitioner's profile"
# An organisation named like this is a local authority: the one contacted about the child, unless
# the practitioner says another was.
COUNCIL_WORDS = ("council", "borough", "local authority", "cyngor")


def age_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """"Is the child under 18?" from what the case knows about the age.

    A concluded assessment decides; an open dispute, or ages that disagree, give "Not sure" (the
    child is then referred as a child); an exact date of birth gives the age today; else the age
    the child says, when under 18. With nothing recorded, the presumption of childhood: "Not sure".
    """
    child, assessment = sources.form(CHILD_FORM), sources.form(AGE_FORM)
    status = age_status(child, assessment, sources.today)
    where = (CHILD_FORM, "date_of_birth")
    if status.conclusion in ("child", "adult"):
        value = "yes" if status.conclusion == "child" else "no"
        said = f"From the concluded age assessment: {status.label}."
        where = (AGE_FORM, "conclusion")
    elif status.conclusion == "inconclusive" or status.disputed:
        value, said = "not_sure", f"The age is disputed: {status.label}. Referred as a child."
        where = (AGE_FORM, "conclusion")
    elif status.presumed_child and str(status.label) == "presumed child (ages given differ)":
        value, said = "not_sure", "The date of birth and the age the child says differ."
    elif status.age_from_date_of_birth is not None:
        age = status.age_from_date_of_birth
        value = "yes" if age < ADULT_AGE else "no"
        said = f"From the date of birth in Child's details: {age} today."
        if value == "no" and status.presumed_child:
            value = "not_sure"
    elif status.claimed_age is not None:
        where = (CHILD_FORM, "claimed_age")
        if status.claimed_age >= ADULT_AGE:
            # Nothing else is known: the age is uncertain, and the presumption of childhood holds
            # until an age assessment concludes otherwise.
            value = "not_sure"
            said = (f"The young person says they are {status.claimed_age:g}, with nothing else "
                    "recorded: referred as a child until an age assessment concludes.")
        else:
            value = "yes"
            said = f"From the age the child says they are: {status.claimed_age:g}."
    else:
        value = "not_sure"
        said = "No date of birth or age is recorded yet: the child is presumed to be a child."
    return {(NRM_FORM, "under_18"): Derived(value, said, where)}


def referral_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """"Was a referral considered?" from the first referral pack made, and "Has a referral been
    made?" from the date of referral once it is recorded.

    Making the pack is not making the referral: a draft printed at 2am must not start the NRM's
    clock. The date of referral is the practitioner's to record when they submit it.
    """
    out: dict[Key, Derived] = {}
    if sources.exports:
        first = sources.exports[0]
        said = f"The first referral pack was made on {day(local(first).date())}."
        out[(TRAFFICKING_FORM, "referral_considered")] = Derived("yes", said)
    sent = sources.form(NRM_FORM).get("referral_date")
    if isinstance(sent, str) and sent.strip():
        try:
            said = f"The date of referral is recorded: {day(date.fromisoformat(sent))}."
        except ValueError:
            said = "The date of referral is recorded."
        out[(TRAFFICKING_FORM, "referral_made")] = Derived(
            "yes", said, (NRM_FORM, "referral_date"))
    return out


def profile_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """The referrer's details, from "About you"."""
    profile = sources.profile
    if profile is None:
        return {}
    out: dict[Key, Derived] = {}
    typed_name = _text(sources.form(NRM_FORM).get("referrer_name"))
    # Someone else is referring: your role, phone and email are not theirs.
    someone_else = bool(typed_name) and typed_name.casefold() != profile.name.strip().casefold()
    for field_id, attribute in REFERRER_FROM_PROFILE.items():
        if someone_else and field_id in ("referrer_role", "referrer_phone", "referrer_email"):
            continue
        text = str(getattr(profile, attribute, "") or "").strip()
        if text:
            out[(NRM_FORM, field_id)] = Derived(text, FROM_PROFILE, in_pack=PROFILE_IN_PACK)
    if profile.name.strip():
        out[(TRAFFICKING_FORM, "social_worker")] = Derived(
            profile.name.strip(), FROM_PROFILE, in_pack=PROFILE_IN_PACK
        )
    return out


def _is_council(name: str) -> bool:
    return any(word in name.casefold() for word in COUNCIL_WORDS)


def _same_body(a: str, b: str) -> bool:
    a, b = a.casefold(), b.casefold()
    return bool(a and b) and (a in b or b in a)


def local_authority_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """The local authority contacted about the child, and how to reach it.

    From the agencies contacted, when one of them is that council (the one named in the referral,
    else the referrer's own council, else the first council contacted): its name, and the phone
    and email of the person there. Otherwise, when the referrer works for the council named (or
    none is named), the referrer's own council, phone and email from About you: a duty social
    worker is the council's contact for the child.
    """
    typed = _text(sources.form(NRM_FORM).get("la_name"))
    profile = sources.profile
    own = profile.organisation.strip() if profile is not None else ""
    own = own if _is_council(own) else ""
    wanted = typed or own
    contacts = [c for c in sources.form(AGENCIES_FORM).get("contacts") or []
                if isinstance(c, Mapping) and _text(c.get("agency"))]
    council = next((c for c in contacts if _same_body(_text(c.get("agency")), wanted)), None) \
        if wanted else next((c for c in contacts if _is_council(_text(c.get("agency")))), None)
    out: dict[Key, Derived] = {}
    if council is not None:
        agency = _text(council.get("agency"))
        where = (AGENCIES_FORM, "contacts")
        said = f"From Agencies and requests: {agency}" + (
            f", {_text(council.get('person'))}." if _text(council.get("person")) else "."
        )
        # A name typed stands; the agency's longer name would only differ in wording.
        for field_id, value in (("la_name", "" if typed else agency),
                                ("la_phone", _text(council.get("phone"))),
                                ("la_email", _text(council.get("email")))):
            if value:
                out[(NRM_FORM, field_id)] = Derived(value, said, where)
        words = _text(council.get("person")).split()
        if len(words) >= 2:
            # The online form asks first name and surname apart; split as written, and say so.
            split = (f"From Agencies and requests: {' '.join(words)}, split as written. "
                     "If the surname comes first, type them here.")
            out[(NRM_FORM, "la_contact_first_name")] = Derived(" ".join(words[:-1]), split, where)
            out[(NRM_FORM, "la_contact_last_name")] = Derived(words[-1], split, where)
        return out
    if not own or (typed and not _same_body(typed, own)):
        return out
    out[(NRM_FORM, "la_name")] = Derived(
        own, "Your own council, from About you. If another council was contacted, type it.",
        in_pack="The referrer's own council",
    )
    assert profile is not None
    said = ("Your own {what}, from About you: you are the council's contact for the child. "
            "If the council has a duty {what} for this, type it.")
    for field_id, value, what in (("la_phone", profile.phone.strip(), "phone number"),
                                  ("la_email", profile.email.strip(), "email address")):
        if value:
            out[(NRM_FORM, field_id)] = Derived(
                value, said.format(what=what), in_pack="The referrer's own, from their profile"
            )
    return out


def agency_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """Other professionals involved, from the agencies contacted (one row each, in order)."""
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for contact in sources.form(AGENCIES_FORM).get("contacts") or []:
        if not isinstance(contact, Mapping):
            continue
        agency = _text(contact.get("agency"))
        person = _text(contact.get("person"))
        if not (agency or person) or (agency, person) in seen:
            continue
        seen.add((agency, person))
        cells = (("name", person), ("role", _text(contact.get("role"))),
                 ("organisation", agency), ("phone", _text(contact.get("phone"))),
                 ("email", _text(contact.get("email"))))
        rows.append({k: v for k, v in cells if v})
    if not rows:
        return {}
    said = f"From Agencies and requests: {_count(len(rows), 'agency', 'agencies')} contacted."
    return {(NRM_FORM, "other_professionals"): Derived(rows, said, (AGENCIES_FORM, "contacts"))}


# The first word of the conversation form's "Interpreter" box when there was none (its hint
# asks for "none"): "None - child speaks English", "no (not needed)", "N/A", "dim angen".
NO_INTERPRETER = frozenset({"none", "no", "not", "n/a", "na", "nil", "-", "dim"})
# Words that say one was offered and not used: what happened, not whether one is needed.
# Words that leave it open: one offered and refused, or not known. Counted as not said.
REFUSED = ("refused", "declined", "did not want", "didn't want", "not known", "unknown",
           "not sure")


def had_interpreter(conversation: Conversation) -> bool | None:
    """Whether an interpreter was there: True when the box names one ("Language Line by
    phone"), False when it says there was none, None when it is empty or says one was refused.
    The language spoken alone says nothing of an interpreter: a conversation in English, or in
    the child's language with a worker who speaks it."""
    said = " ".join(conversation.interpreter.lower().split())
    if not said or any(word in said for word in REFUSED):
        return None
    first = said.replace("(", " ").replace(",", " ").split()[0].strip(".:;")
    return first not in NO_INTERPRETER


def conversation_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """The interpreter and where and how the child was spoken to, from the conversations."""
    talks = sorted(sources.conversations, key=lambda c: c.occurred_at)
    if not talks:
        return {}
    out: dict[Key, Derived] = {}
    with_interpreter = [c for c in talks if had_interpreter(c)]
    count = _count(len(talks), "conversation", "conversations")
    if not with_interpreter and all(had_interpreter(c) is False for c in talks):
        # Every conversation says there was none: that much is known, not whether one is needed.
        out[(TRAFFICKING_FORM, "interpreter_used")] = Derived(
            "no", f"From the conversations: no interpreter in any of {count}.")
    if with_interpreter:
        used = len(with_interpreter)
        said = f"From the conversations: an interpreter was used in {used} of {count}."
        languages = _unique(c.language for c in with_interpreter)
        out[(CHILD_FORM, "interpreter_needed")] = Derived("yes", said)
        out[(TRAFFICKING_FORM, "interpreter_used")] = Derived("yes", said)
        if languages:
            out[(CHILD_FORM, "interpreter_language")] = Derived(", ".join(languages), said)
        details = _unique(
            " ".join(p for p in (c.interpreter.strip(), f"({c.language.strip()})") if p != "()")
            for c in with_interpreter
        )
        out[(TRAFFICKING_FORM, "interpreter_details")] = Derived("; ".join(details), said)
    spoken = _unique(c.language for c in talks)
    if spoken:
        out[(CHILD_FORM, "languages")] = Derived(
            ", ".join(spoken), f"From the {count} recorded in this case: the languages spoken.")
    present = _unique(
        name for c in talks for name in c.present.replace(";", ",").split(",")
    )
    if present:
        out[(TRAFFICKING_FORM, "others_present")] = Derived(
            [{"name": name} for name in present],
            f"From the {count} recorded in this case: who was present.",
        )
    lines = [_conversation_line(c) for c in talks]
    out[(NRM_FORM, "interview_where_how")] = Derived(
        "\n".join(lines), f"From the {count} recorded in this case."
    )
    return out


def child_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """The child's details' yes/no questions the online form asks, from what they list."""
    child = sources.form(CHILD_FORM)
    out: dict[Key, Derived] = {}
    first_language = _text(child.get("languages")).replace(";", ",").split(",")[0].strip()
    if first_language:
        # Only while no conversation names the interpreter's language (an earlier derivation).
        out[(CHILD_FORM, "interpreter_language")] = Derived(
            first_language,
            "The first of the languages the child speaks, in Child's details.",
            (CHILD_FORM, "languages"),
        )
    if _text(child.get("communication_needs")):
        out[(CHILD_FORM, "communication_help")] = Derived(
            "yes", "Other communication needs are described in Child's details.",
            (CHILD_FORM, "communication_needs"),
        )
    if is_answered(child.get("home_office_references")):
        out[(CHILD_FORM, "has_home_office_reference")] = Derived(
            "yes", "A Home Office reference is listed in Child's details.",
            (CHILD_FORM, "home_office_references"),
        )
    return out


def safeguarding_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """Facts of Immediate safeguarding that other questions ask again."""
    safety = sources.form(SAFEGUARDING_FORM)
    out: dict[Key, Derived] = {}
    police_at = safety.get("police_informed_at")
    if is_answered(police_at):
        said = f"The police were told: {_moment(police_at)} (Immediate safeguarding)."
        out[(NRM_FORM, "reported_to_police")] = Derived(
            "yes", said, (SAFEGUARDING_FORM, "police_informed_at")
        )
    reference = _text(safety.get("police_reference"))
    if reference:
        out[(NRM_FORM, "police_reference")] = Derived(
            reference, "From Immediate safeguarding, where the police reference was recorded.",
            (SAFEGUARDING_FORM, "police_reference"),
        )
        out.setdefault((NRM_FORM, "reported_to_police"), Derived(
            "yes", "A police reference is recorded in Immediate safeguarding.",
            (SAFEGUARDING_FORM, "police_reference"),
        ))
    force = _text(safety.get("police_force"))
    if force:
        out[(NRM_FORM, "police_force")] = Derived(
            force, "From Immediate safeguarding, where the police force was recorded.",
            (SAFEGUARDING_FORM, "police_force"),
        )
    photo_at = safety.get("photo_taken_at")
    if is_answered(photo_at):
        said = f"A photo was taken: {_moment(photo_at)} (Immediate safeguarding)."
        out[(SAFEGUARDING_FORM, "photo_taken")] = Derived(
            "yes", said, (SAFEGUARDING_FORM, "photo_taken_at")
        )
    return out


def assessment_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """The referral's indicators seen and professional view, from what was already written."""
    out: dict[Key, Derived] = {}
    defs = sources.definitions
    judgement = _text(sources.form(TRAFFICKING_FORM).get("professional_judgement"))
    if judgement:
        out[(NRM_FORM, "professional_view")] = Derived(
            judgement,
            "From the trafficking assessment, I. Analysis: your professional judgement.",
            (TRAFFICKING_FORM, "professional_judgement"),
            in_pack="From the trafficking assessment: the practitioner's professional judgement",
        )
    concern = _concern(sources)
    if concern:
        # The same view, first written with the matrix: carried until the analysis says more.
        said = "From the risk matrix: your level of concern and what it is based on."
        in_pack = "From the risk matrix: the practitioner's level of concern and its reasons"
        out[(TRAFFICKING_FORM, "professional_judgement")] = Derived(
            concern, said, (MATRIX_FORM, "concern_reason"), in_pack=in_pack
        )
        out.setdefault((NRM_FORM, "professional_view"), Derived(
            concern, said, (MATRIX_FORM, "concern_reason"), in_pack=in_pack
        ))
    if defs is not None:
        matrix = sources.form(MATRIX_FORM)
        summary = summarise(defs.matrix, matrix)
        lines = []
        for block in summary.blocks:
            for indicator_id in block.present:
                indicator = defs.matrix.indicator(indicator_id)
                answer = matrix.get(indicator_id) or {}
                status = "Known" if answer.get("status") == "known" else "Suspected"
                evidence = _text(answer.get("evidence"))
                text = indicator.text if indicator else indicator_id
                lines.append(f"{status}: {text}" + (f". {evidence}" if evidence else ""))
        if lines:
            out[(NRM_FORM, "indicators_seen")] = Derived(
                "\n".join(lines),
                f"From the risk matrix: {_count(len(lines), 'indicator', 'indicators')} "
                "marked known or suspected.",
            )
    return out


def _concern(sources: CaseSources) -> str:
    """The matrix's "your judgement": the level in words, then the reason, as one answer."""
    matrix = sources.form(MATRIX_FORM)
    reason = _text(matrix.get("concern_reason"))
    if not reason:
        return ""
    level = matrix.get("concern_level")
    defs = sources.definitions
    form = defs.form(MATRIX_FORM) if defs is not None else None
    field = form.field("concern_level") if form is not None else None
    words = field.choice_label(str(level)) if field is not None and isinstance(level, str) else ""
    return f"Level of concern: {words}.\n{reason}" if words else reason


# The trafficking assessment's kinds of exploitation, as the NRM form's types. A child's sexual
# exploitation is child sexual exploitation; begging is forced criminality in the NRM's words.
NRM_TYPE_OF_KIND = {
    "labour": "labour_little_or_no_pay",
    "domestic_servitude": "domestic_servitude",
    "sexual": "child_sexual_exploitation",
    "criminal": "forced_criminality",
    "begging": "forced_criminality",
    "benefit_fraud": "forced_fraud",
    "organ_removal": "organ_removal",
    "forced_marriage": "other",
    "other": "other",
}


def exploitation_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """The NRM's types of exploitation, from the kinds ticked in the trafficking assessment."""
    kinds = sources.form(TRAFFICKING_FORM).get("exploitation_kinds")
    if not isinstance(kinds, list) or not kinds:
        return {}
    types: list[str] = []
    for kind in kinds:
        nrm_type = NRM_TYPE_OF_KIND.get(str(kind))
        if nrm_type and nrm_type not in types:
            types.append(nrm_type)
    said = "From the kinds of exploitation ticked in the trafficking assessment, E. Exploitation."
    where = (TRAFFICKING_FORM, "exploitation_kinds")
    out = {(NRM_FORM, "exploitation_types"): Derived(types, said, where)}
    if "forced_marriage" in kinds:
        out[(NRM_FORM, "exploitation_type_other")] = Derived("Forced marriage", said, where)
    return out


def account_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """The referral's account of the exploitation, from the trafficking assessment's: the
    situations, how it began, the tasks and hours, and the online form's yes/no gates that follow
    from what was recorded (indicators seen, other professionals, more than one situation)."""
    assessment = sources.form(TRAFFICKING_FORM)
    out: dict[Key, Derived] = {}
    situations = [
        row for row in assessment.get("exploitation_situations") or []
        if isinstance(row, Mapping) and any(is_answered(v) for v in row.values())
    ]
    if situations:
        said = (f"From the trafficking assessment, E. Exploitation: "
                f"{_count(len(situations), 'situation', 'situations')} recorded.")
        where = (TRAFFICKING_FORM, "exploitation_situations")
        rows = [
            {k: v for k, v in (
                ("summary", "; ".join(filter(None, (
                    _text(r.get("what_happened")),
                    ", ".join(filter(None, (_text(r.get("where")), _text(r.get("country"))))),
                )))),
                ("started", r.get("started")),
                ("ended", r.get("ended")),
            ) if is_answered(v)}
            for r in situations
        ]
        out[(NRM_FORM, "situations")] = Derived(rows, said, where)
        out[(NRM_FORM, "more_than_one_situation")] = Derived(
            "yes" if len(situations) > 1 else "no", said, where
        )
    promised = _text(assessment.get("promises_made"))
    if promised:
        out[(NRM_FORM, "how_it_began")] = Derived(
            promised, "From the trafficking assessment: what the child was told or promised.",
            (TRAFFICKING_FORM, "promises_made"),
        )
    tasks = _text(assessment.get("work_tasks"))
    hours = assessment.get("hours_per_day")
    if tasks:
        if isinstance(hours, int | float) and not isinstance(hours, bool):
            ended = tasks if tasks.endswith((".", "!", "?")) else tasks + "."
            text = f"{ended} About {hours:g} hours a day."
        else:
            text = tasks
        out[(NRM_FORM, "tasks_and_hours")] = Derived(
            text, "From the trafficking assessment: what the child had to do, and the hours.",
            (TRAFFICKING_FORM, "work_tasks"),
        )
    legs = _journey(assessment)
    if legs:
        out[(NRM_FORM, "journey")] = Derived(
            "\n".join(legs),
            "From the trafficking assessment, D. Journey.",
            (TRAFFICKING_FORM, "route"),
        )
    treatment = _treatment(sources, assessment)
    if treatment:
        out[(NRM_FORM, "treatment")] = Derived(
            treatment, "From the trafficking assessment: how the child was controlled.",
            (TRAFFICKING_FORM, "control_methods"),
        )
    last = assessment.get("last_contact_with_exploiters")
    if isinstance(last, str) and last.strip():
        try:
            band = last_contact_band(last, sources.today)
        except ValueError:
            band = ""
        if band:
            out[(NRM_FORM, "last_contact_band")] = Derived(
                band, "From the date of the last contact with the exploiters, in the "
                "trafficking assessment.",
                (TRAFFICKING_FORM, "last_contact_with_exploiters"),
            )
    return out


def places_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """Where the child was exploited (in the UK, outside it, or both) and the towns and countries,
    from the situations of the trafficking assessment marked "In the UK" or "Outside the UK".

    "Did the people who exploited the child take them somewhere?" is left to the practitioner:
    the assessment records who arranged the journey, not whether they were the exploiters.
    """
    rows = [r for r in sources.form(TRAFFICKING_FORM).get("exploitation_situations") or []
            if isinstance(r, Mapping) and r.get("in_uk") in ("uk", "overseas")]
    if not rows:
        return {}
    in_uk = [r for r in rows if r.get("in_uk") == "uk"]
    abroad = [r for r in rows if r.get("in_uk") == "overseas"]
    where = (TRAFFICKING_FORM, "exploitation_situations")
    counts = [f"{_count(len(found), 'situation', 'situations')} {place}"
              for found, place in ((in_uk, "in the UK"), (abroad, "outside the UK")) if found]
    said = f"From the trafficking assessment, E. Exploitation: {' and '.join(counts)}."
    out: dict[Key, Derived] = {
        (NRM_FORM, "exploitation_where"): Derived(
            "uk_and_overseas" if in_uk and abroad else "uk" if in_uk else "overseas", said, where
        )
    }
    towns = [{"town": _text(r.get("where"))} for r in in_uk if _text(r.get("where"))]
    if towns:
        out[(NRM_FORM, "exploitation_places")] = Derived(towns, said, where)
    countries = [
        {k: v for k, v in (("country", _text(r.get("country"))), ("place", _text(r.get("where"))))
         if v}
        for r in abroad if _text(r.get("country")) or _text(r.get("where"))
    ]
    if countries:
        out[(NRM_FORM, "exploitation_places_overseas")] = Derived(countries, said, where)
    return out


def _route_line(row: Mapping[str, Any]) -> str:
    place = ", ".join(filter(None, (_text(row.get("place")), _text(row.get("country")))))
    details = [
        f"arrived {show_approx_date(str(row['arrived']))}" if is_answered(row.get("arrived"))
        else "",
        f"stayed {_text(row.get('how_long'))}" if _text(row.get("how_long")) else "",
        _text(row.get("travelled_how")),
        _with(_text(row.get("who_with"))),
    ]
    said = "; ".join(filter(None, details))
    return f"{place}: {said}" if place and said else place or said


def _with(who: str) -> str:
    return "" if not who else who if who.casefold().startswith("with ") else f"with {who}"


def _journey(assessment: Mapping[str, Any]) -> list[str]:
    """Where the child left from, each place on the way, and the arrival in the UK."""
    left = ", ".join(filter(None, (
        _text(assessment.get("left_home_from")),
        show_approx_date(str(assessment["left_home_on"]))
        if is_answered(assessment.get("left_home_on")) else "",
    )))
    legs = [_route_line(r) for r in assessment.get("route") or [] if isinstance(r, Mapping)]
    arrival = "; ".join(filter(None, (
        show_approx_date(str(assessment["arrived_uk_on"]))
        if is_answered(assessment.get("arrived_uk_on")) else "",
        f"at {_text(assessment.get('port_of_entry'))}"
        if _text(assessment.get("port_of_entry")) else "",
        _text(assessment.get("travel_documents_used")),
    )))
    return [line for line in (
        f"Left home: {left}" if left else "", *legs,
        f"Arrived in the UK: {arrival}" if arrival else "",
    ) if line]


def _treatment(sources: CaseSources, assessment: Mapping[str, Any]) -> str:
    methods = assessment.get("control_methods")
    details = _text(assessment.get("control_details"))
    defs = sources.definitions
    form = defs.form(TRAFFICKING_FORM) if defs else None
    field = form.field("control_methods") if form else None
    labels = [field.choice_label(str(m)) if field else str(m)
              for m in (methods if isinstance(methods, list) else [])]
    lines = [f"How the child was controlled: {'; '.join(labels)}." if labels else "", details]
    return "\n".join(line for line in lines if line)


def family_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """The family's history, which the NRM form asks as "their family", from what section C
    records about the parents and section G about brothers and sisters."""
    assessment = sources.form(TRAFFICKING_FORM)
    siblings = assessment.get("number_of_siblings")
    parts = [
        f"Parental responsibility: {_text(assessment.get('parental_responsibility'))}."
        if _text(assessment.get("parental_responsibility")) else "",
        _text(assessment.get("parents_whereabouts")),
        f"Brothers and sisters: {siblings:g}." if isinstance(siblings, int | float)
        and not isinstance(siblings, bool) else "",
    ]
    text = "\n".join(p for p in parts if p)
    if not text:
        return {}
    return {(TRAFFICKING_FORM, "family_history"): Derived(
        text, "From the trafficking assessment: the parents and family it records.",
        (TRAFFICKING_FORM, "parents_whereabouts"),
    )}


def reference_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """The referrer's own reference for the online form: this case's, unless another is typed."""
    if not sources.reference:
        return {}
    return {(NRM_FORM, "referrer_reference"): Derived(sources.reference, "This case's reference.")}


def gate_derivations(sources: CaseSources) -> dict[Key, Derived]:
    """The online form's "is there any...?" questions, "Yes" where the case records some."""
    out: dict[Key, Derived] = {}
    derived = agency_derivations(sources).get((NRM_FORM, "other_professionals"))
    if derived is not None or is_answered(sources.form(NRM_FORM).get("other_professionals")):
        said = derived.came_from if derived else "Other professionals are listed below."
        out[(NRM_FORM, "other_professionals_involved")] = Derived("yes", said)
    seen = assessment_derivations(sources).get((NRM_FORM, "indicators_seen"))
    if seen is not None or is_answered(sources.form(NRM_FORM).get("indicators_seen")):
        said = seen.came_from if seen else "The indicators seen are described below."
        out[(NRM_FORM, "any_indicators")] = Derived("yes", said)
    return out


# Every derivation the app runs, in order: an earlier one's answer is never replaced by a later's.
PROGRAM_DERIVATIONS: tuple[Derivation, ...] = (
    age_derivations,
    referral_derivations,
    local_authority_derivations,
    profile_derivations,
    agency_derivations,
    conversation_derivations,
    child_derivations,
    safeguarding_derivations,
    assessment_derivations,
    exploitation_derivations,
    account_derivations,
    places_derivations,
    family_derivations,
    reference_derivations,
    gate_derivations,
    people_derivations,
    missing_derivations,
)


def _conversation_line(c: Conversation) -> str:
    parts = [day_and_time(c.occurred_at)]
    if c.place.strip():
        parts.append(f"at {c.place.strip()}")
    if c.present.strip():
        parts.append(f"present: {c.present.strip()}")
    language, typed = c.language.strip(), c.interpreter.strip()
    interpreter = had_interpreter(c)
    if interpreter is False:  # the words typed, where they say more than "none"
        more = f" ({typed})" if typed.lower().strip(" .") not in NO_INTERPRETER else ""
        parts.append(f"no interpreter{more}" + (f", in {language}" if language else ""))
    elif typed:  # one named, or words that leave it open ("refused one"): as typed
        parts.append(f"interpreter: {typed}" + (f" ({language})" if language else ""))
    elif language:
        parts.append(f"in {language}")
    if c.how_the_child_was.strip():
        parts.append(f"how the child was: {c.how_the_child_was.strip()}")
    line = "; ".join(parts)
    return line if line.endswith((".", "!", "?")) else line + "."


def _moment(value: Any) -> str:
    try:
        return day_and_time(datetime.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _unique(texts: Any) -> list[str]:
    out: list[str] = []
    for text in texts:
        text = text.strip()
        if text and text.casefold() not in {o.casefold() for o in out}:
            out.append(text)
    return out


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"

"""A case's answers in the online NRM form's order: the online form's wording for choices, dates
as DD/MM/YYYY, lists as lines, questions the online form would not show left out, required ones
without an answer marked missing, and the band of the last contact worked out from its date."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit_desktop.domain.definitions import (
    Choice,
    Condition,
    Definitions,
    Field,
    FieldType,
    Form,
    Matrix,
    Section,
)
from toolkit_desktop.domain.online_form import last_contact_band, online_form_answers
from toolkit_desktop.domain.online_order import (
    OnlineForm,
    OnlineQuestion,
    Required,
    ShownIf,
    Source,
)
from toolkit_desktop.domain.records import Profile

T = FieldType
TODAY = date(2026, 11, 28)

NRM = Form("nrm_referral", 2, "Referral", (Section("s", "S", "", (
    Field("referrer_name", T.TEXT, "Your name"),
    Field("uk_nation", T.CHOICE, "Nation", choices=(
        Choice("england", "England"), Choice("wales", "Wales"))),
    Field("still_exploited", T.YES_NO_UNKNOWN, "Still exploited?"),
    Field("what_keeps_them_there", T.LONG_TEXT, "What keeps them",
          visible_if=Condition("still_exploited", ("yes",))),
    Field("last_contact", T.APPROX_DATE, "Last contact",
          same_as="trafficking_assessment.last_contact_with_exploiters"),
    Field("last_contact_band", T.CHOICE, "Band", choices=(
        Choice("within_week", "In the last week"), Choice("over_a_year", "Long ago"))),
    Field("types", T.MULTI_CHOICE, "Types", choices=(
        Choice("crime", "Forced into crime"), Choice("other", "Other"))),
    Field("places", T.GROUP, "Places", fields=(
        Field("town", T.TEXT, "Town"), Field("since", T.DATE, "Since"))),
    Field("documents", T.GROUP, "Documents", fields=(
        Field("description", T.TEXT, "What it is"), Field("date", T.DATE, "Date"))),
)),))
CHILD = Form("child", 1, "Child's details", (Section("c", "C", "", (
    Field("date_of_birth", T.DATE, "Date of birth"),
    Field("communication_needs", T.LONG_TEXT, "Other communication needs"),
)),))
TA = Form("trafficking_assessment", 1, "Assessment", (Section("e", "E", "", (
    Field("last_contact_with_exploiters", T.APPROX_DATE, "Last contact"),
)),))
DEFS = Definitions(Matrix("1", "M", ()), {f.id: f for f in (NRM, CHILD, TA)})


def q(number: int, *sources: str, required: Required = Required.YES, **kw) -> OnlineQuestion:
    parsed = []
    for s in sources:
        if s.startswith("derived:"):
            parsed.append(Source(derived=s.removeprefix("derived:")))
        else:
            parsed.append(Source(*s.split(".")))
    page, title = kw.pop("page", "p"), kw.pop("page_title", "Page")
    return OnlineQuestion(number, page, title, f"key-{number}", f"Question {number}", required,
                          tuple(parsed), **kw)


BAND_OPTIONS = (("within_week", "Within the last week"), ("within_month", "Within the last month"),
                ("within_3_months", "Within the last 3 months"), ("over_a_year", "Over a year ago"),
                ("not_sure", "Not sure"))
ORDER = OnlineForm("test", (
    q(1, "nrm_referral.referrer_name", "derived:referrer_from_profile", page_title="You"),
    q(2, "nrm_referral.uk_nation", options=(("england", "England"), ("wales", "Wales (Cymru)"))),
    q(3, "nrm_referral.still_exploited", options=(("yes", "Yes"), ("no", "No"))),
    q(4, "nrm_referral.what_keeps_them_there", required=Required.WHEN_SHOWN,
      shown_if=ShownIf("nrm_referral", "still_exploited", ("yes",))),
    q(5, "derived:last_contact_band_from_date", "nrm_referral.last_contact_band",
      options=BAND_OPTIONS),
    q(6, "nrm_referral.types", options=(("crime", "Forced to commit a crime"), ("other", "Other"))),
    q(7, "nrm_referral.places.town", required=Required.WHEN_SHOWN, most=2,
      shown_if=ShownIf("nrm_referral", "places", answered=True)),
    q(8, "nrm_referral.documents", required=Required.NO),
    q(9, "child.date_of_birth", required=Required.NO, note="Three boxes."),
    q(10, "child.communication_needs", when_answered="Yes"),
    OnlineQuestion(11, "upload", "Files", "upload-file", "Files to upload", Required.NO,
                   not_asked="The files are uploaded in the online form itself."),
))


def answers_of(listed):
    return {a.number: a for a in listed}


def test_an_empty_case_lists_every_question_shown_with_the_required_ones_missing() -> None:
    listed = online_form_answers(DEFS, ORDER, {}, today=TODAY)
    assert [a.number for a in listed] == [1, 2, 3, 5, 6, 8, 9, 10, 11]  # 4 and 7 not shown yet
    missing = [a.number for a in listed if a.missing]
    assert missing == [1, 2, 3, 5, 6, 10]
    by = answers_of(listed)
    assert not by[8].required and not by[8].missing
    assert by[11].asked_here is False and "uploaded in the online form" in by[11].note
    assert by[1].page == "You" and by[1].question == "Question 1"
    assert by[9].go_to == ("child", "date_of_birth") and by[9].note == "Three boxes."


def test_answers_come_in_the_online_forms_words() -> None:
    answers = {
        "nrm_referral": {
            "referrer_name": "  Sam Okafor ",
            "uk_nation": "wales",
            "still_exploited": "yes",
            "what_keeps_them_there": "They hold her passport.",
            "types": ["other", "crime"],
            "places": [{"town": "Leeds", "since": "2026-03-04"}, {"since": "2026-05-01"},
                       {"town": "Hull"}, {"town": "York"}],
            "documents": [{"description": "Police report", "date": "2026-11-02"}],
        },
        "child": {"date_of_birth": "2011-02-03", "communication_needs": "Hearing aid, left ear"},
    }
    by = answers_of(online_form_answers(DEFS, ORDER, answers, today=TODAY))
    assert by[1].answer == "Sam Okafor"
    assert by[1].came_from == "Referral, “Your name”"
    assert by[2].answer == "Wales (Cymru)"
    assert by[3].answer == "Yes"
    assert by[4].answer == "They hold her passport." and by[4].required
    assert by[6].answer == "Other\nForced to commit a crime"
    assert by[7].answer == "Leeds\nHull\nYork"  # one column, one line per row that has it
    assert "takes up to 2" in by[7].note and "lists 3" in by[7].note
    assert by[8].answer == "What it is: Police report; Date: 02/11/2026"
    assert by[9].answer == "03/02/2011"
    assert by[10].answer == "Yes" and by[10].came_from.startswith("Child's details")
    assert not any(a.missing for a in by.values() if a.number != 5)


def test_a_choice_the_online_form_does_not_offer_is_shown_and_explained() -> None:
    answers = {"nrm_referral": {"still_exploited": "not_known"}}
    by = answers_of(online_form_answers(DEFS, ORDER, answers, today=TODAY))
    assert by[3].answer == "Not known" and not by[3].missing
    assert "offers only: Yes, No" in by[3].note
    assert 4 not in by  # asked online only when the child is still exploited


def test_a_hidden_answer_is_not_listed() -> None:
    answers = {"nrm_referral": {"still_exploited": "no", "what_keeps_them_there": "Old text"}}
    listed = online_form_answers(DEFS, ORDER, answers, today=TODAY)
    assert 4 not in [a.number for a in listed]


def test_the_referrer_comes_from_the_profile_only_through_the_worked_out_answers(
    shipped,
) -> None:
    """The list reads the answers as the case works them out: the profile's name while the
    practitioner refers, and never the practitioner's phone beside a colleague's name."""
    from toolkit_desktop.domain.derive_case import PROGRAM_DERIVATIONS
    from toolkit_desktop.domain.derived import CaseSources, derived_answers

    profile = Profile(name="A. Worker", phone="01632 960 000", email="a.worker@example.gov.uk")

    def listed(typed):
        found = derived_answers(CaseSources(typed, TODAY, profile), PROGRAM_DERIVATIONS)
        return {a.number: a for a in online_form_answers(
            shipped, shipped.online_form, found.applied(typed), today=TODAY)}

    mine = listed({})
    assert (mine[79].answer, mine[82].answer) == ("A.", "01632 960 000")
    theirs = listed({"nrm_referral": {"referrer_name": "B. Colleague"}})
    assert theirs[80].answer == "Colleague"
    assert theirs[82].answer == "" and theirs[82].missing


def test_the_last_contact_band_comes_from_the_date_kept_in_the_assessment() -> None:
    answers = {"trafficking_assessment": {"last_contact_with_exploiters": "2026-11-24"},
               "nrm_referral": {"last_contact_band": "over_a_year"}}
    band = answers_of(online_form_answers(DEFS, ORDER, answers, today=TODAY))[5]
    assert band.answer == "Within the last week"  # the date wins over a band chosen before
    assert "24/11/2026" in band.note and "28/11/2026" in band.note
    no_date = {"nrm_referral": {"last_contact_band": "over_a_year"}}
    band = answers_of(online_form_answers(DEFS, ORDER, no_date, today=TODAY))[5]
    assert band.answer == "Over a year ago" and not band.missing


@pytest.mark.parametrize(
    ("stored", "band"),
    [
        ("2026-11-28", "within_week"),
        ("2026-11-21", "within_week"),  # seven days ago
        ("2026-11-20", "within_month"),
        ("2026-10-28", "within_month"),  # a month ago to the day
        ("2026-10-27", "within_3_months"),
        ("2026-11", "within_month"),  # any day of this month is within the last month
        ("2026-10", "within_3_months"),  # 1 October is more than a month ago
        ("2026-05-28", "within_6_months"),
        ("2026-05-27", "within_6_12_months"),
        ("2025-11-28", "within_6_12_months"),
        ("2025-11-27", "over_a_year"),
        ("2024", "over_a_year"),
        ("2025", "not_sure"),  # January 2025 is over a year ago, December 2025 is not
        ("2026-12-25", "within_week"),  # ahead of today: read as recent
        ("2024-02-29", "over_a_year"),
    ],
)
def test_last_contact_band(stored: str, band: str) -> None:
    assert last_contact_band(stored, TODAY) == band


def test_a_month_back_from_the_last_day_of_a_long_month() -> None:
    assert last_contact_band("2026-02-28", date(2026, 3, 31)) == "within_month"
    assert last_contact_band("2026-02-27", date(2026, 3, 31)) == "within_3_months"


def test_the_shipped_order_on_a_case(shipped_definitions) -> None:
    defs = shipped_definitions
    answers = {
        "nrm_referral": {"uk_nation": "scotland", "more_than_one_situation": "no",
                         "exploitation_where": "overseas",
                         "exploitation_places_overseas": [{"country": "Albania"},
                                                          {"country": "France"}],
                         "exploitation_types": ["domestic_servitude"]},
        "child": {"gender": "female", "given_names": "Amira"},
        "trafficking_assessment": {"last_contact_with_exploiters": "2026-09"},
    }
    listed = online_form_answers(defs, defs.online_form, answers, today=TODAY)
    numbers = [a.number for a in listed]
    assert numbers == sorted(numbers)
    assert 16 in numbers and 17 not in numbers  # one situation: the single-dates page
    assert 44 in numbers and 42 not in numbers  # overseas only
    by = answers_of(listed)
    assert by[4].answer == "Scotland"
    assert by[44].answer == "Albania\nFrance"
    assert by[52].answer == (
        "Forced to do unpaid or low paid household work by relatives or strangers")
    assert by[27].answer == "Within the last 3 months"
    assert by[64].answer == "Amira" and by[68].answer == "Female"
    assert by[65].missing and by[65].go_to == ("child", "family_name")
    words = " ".join(f"{a.question} {a.answer} {a.note}" for a in listed).lower()
    for verdict in ("is trafficked", "was trafficked", "not trafficked", "is a victim"):
        assert verdict not in words


def test_the_referrers_name_is_split_for_the_online_forms_two_boxes(shipped) -> None:
    from datetime import date

    from toolkit_desktop.domain.online_form import online_form_answers

    answers = {"nrm_referral": {"referrer_name": "Jo Anne Patel"}}
    listed = {a.number: a for a in online_form_answers(
        shipped, shipped.online_form, answers, today=date(2026, 12, 2))}
    assert (listed[79].answer, listed[80].answer) == ("Jo Anne", "Patel")

"""Page one decides the case: who the child is and their age status, who to call, when the
referral was sent and the reasonable-grounds decision is expected, the decisions in words, what is
overdue on the day, and that the local authority's duty goes on whatever the NRM decides."""

from __future__ import annotations

DUTY = "The local authority's duty to protect the child goes on whatever the NRM decides"


def test_page_one_of_a_first_pack_says_who_to_call_and_what_is_due(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "child", "date_of_birth", "2012-03-04")
    page = workspace.export(case_id).page(0)
    assert "Age" in page and "under 18" in page
    assert "First responder (the referrer) A. Worker, Social worker, Northshire Council" in page
    assert "How to reach them 01234 567890, a.worker@northshire.example" in page
    # The council's own line, worked out from About you for a council's practitioner.
    assert ("Local authority for the child Northshire Council, 01234 567890, "
            "a.worker@northshire.example") in page
    # Making the pack is not making the referral: no date, so no NRM clock yet.
    assert "Date of referral Not yet recorded: record it once the referral is submitted" in page
    assert "expected by Counted from the date of referral." in page
    assert "Reasonable grounds: awaited (nothing recorded yet)." in page
    assert DUTY in page
    assert "Overdue today" not in page


def test_an_overdue_decision_and_a_negative_one_are_on_page_one(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "nrm_referral", "referral_date", "2026-11-02")
    workspace.answer(case_id, "nrm_referral", "uk_nation", "england")
    page = workspace.export(case_id, name="a.pdf").page(0)
    # Five working days from Mon 2 Nov 2026: Mon 9 Nov; the pack is made on 28 Nov.
    assert "Date of referral Mon 2 Nov 2026" in page
    assert "expected by Mon 9 Nov 2026 (the timescale's aim, not a deadline)" in page
    assert "Overdue today: The reasonable-grounds decision was expected by Mon 9 Nov 2026" in page
    workspace.answer(case_id, "trafficking_assessment", "reasonable_grounds_decision", "negative")
    workspace.answer(case_id, "trafficking_assessment", "reasonable_grounds_decision_on",
                     "2026-11-20")
    page = workspace.export(case_id, name="b.pdf").page(0)
    assert "Reasonable grounds: negative, made on Fri 20 Nov 2026." in page
    assert "Overdue today" not in page
    assert DUTY in page
    assert "A negative decision does not end the child's need for protection" in page


def test_the_summary_says_whether_and_when_the_age_assessment_was_concluded(workspace) -> None:
    case_id = workspace.start()
    summary = workspace.export(case_id, name="a.pdf").part("Summary")
    assert "Age-assessment notes Not started" in summary
    workspace.answer(case_id, "age_assessment", "conclusion", "inconclusive")
    summary = workspace.export(case_id, name="b.pdf").part("Summary")
    # A conclusion with no date is not yet a concluded assessment.
    assert "Age-assessment notes Started, not concluded" in summary
    workspace.answer(case_id, "age_assessment", "assessment_concluded_on", "2026-11-20")
    summary = workspace.export(case_id, name="c.pdf").part("Summary")
    assert "Age-assessment notes Concluded on 20 November 2026" in summary

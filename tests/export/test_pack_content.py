"""What the referral pack says: indicators with their evidence, thin referrals shown as thin, the
age presumption, the NRM answers in the online form's order, corrections in the chronology."""

from __future__ import annotations

from toolkit_desktop.services.cases import CORRECTION_KIND

INDICATORS = {
    "no_documents": ("known", "An adult at the airport held her passport", "Border Force officer"),
    "adult_stays_close": ("suspected", "The man answered every question for her", "Social worker"),
    "frequent_moves": ("known", "Stayed at four addresses in two months", "The child"),
}


def test_every_known_or_suspected_indicator_appears_with_its_evidence_and_source(
    workspace,
) -> None:
    case_id = workspace.start()
    for indicator, (status, evidence, source) in INDICATORS.items():
        workspace.answer(case_id, "matrix", indicator,
                         {"status": status, "evidence": evidence, "source": source})
    workspace.answer(case_id, "matrix", "private_fostering",
                     {"status": "not_present", "evidence": "", "source": ""})
    pack = workspace.export(case_id)
    matrix = pack.part("Risk assessment matrix: the practitioner's record")
    for indicator, (_status, evidence, source) in INDICATORS.items():
        text = workspace.defs.matrix.indicator(indicator).text
        assert text in matrix
        assert evidence in matrix
        assert source in matrix
    summary = pack.part("Summary for the decision-maker")
    for _, evidence, _ in INDICATORS.values():
        assert evidence in summary
    assert "Marked not present: Living in an informal (private) fostering arrangement" in matrix


def test_a_thin_referral_lists_what_was_never_considered(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "matrix", "no_documents",
                     {"status": "known", "evidence": "No passport", "source": "Child"})
    pack = workspace.export(case_id)
    matrix = pack.part("Risk assessment matrix: the practitioner's record")
    assert "1 of 57 indicators were considered" in matrix
    for block in ("Exploitation", "Other risk factors", "Adults around the child"):
        assert f"{block} Not considered: no indicator in this block" in matrix
    assert "Not considered: Journey or visa arranged or paid for" in matrix
    assessment = pack.part("Trafficking assessment")
    assert "C. Adults around the child Not started" in assessment
    summary = pack.page(1)
    assert "1 of 57 indicators considered: 1 known, 0 suspected" in summary
    # Wording that would make the software the judge must never appear.
    everything = pack.text.lower()
    verdicts = ("the tool says", "the software says", "score:", "is trafficked", "was trafficked")
    for verdict in verdicts:
        assert verdict not in everything


def test_not_relevant_sections_show_the_reason(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "trafficking_assessment", "_section:g_carers_capacity",
                     {"reason": "The child is in emergency foster care tonight"})
    workspace.answer(case_id, "trafficking_assessment", "left_home_from", "Vinh, Vietnam")
    pack = workspace.export(case_id)
    assessment = pack.part("Trafficking assessment")
    assert "G. Capacity of carers Marked not relevant" in assessment
    assert "Reason: The child is in emergency foster care tonight" in assessment
    assert "D. Journey into and within the UK Partly completed" in assessment
    assert "Vinh, Vietnam" in assessment


def test_disputed_age_states_the_presumption_of_childhood(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "child", "claimed_age", 15)
    workspace.answer(case_id, "age_assessment", "age_disputed", "yes")
    pack = workspace.export(case_id)
    age = pack.part("Age-assessment notes")
    assert "age is disputed" in age
    assert "presumed to be a child" in age
    assert "article 10(3)" in age
    assert "presumed to be a child" in pack.page(1)


def test_a_date_of_birth_over_18_is_never_called_under_18(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "child", "date_of_birth", "2005-01-01")
    pack = workspace.export(case_id)
    summary = pack.part("Summary for the decision-maker")
    assert "The child is under 18" not in summary
    assert "18 or over" in summary and "record it as disputed" in summary
    assert "no consent is needed" not in pack.part("NRM referral answers")


def test_missing_child_sheet_is_a_page_of_its_own(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "immediate_safeguarding", "height", "About 150 cm")
    workspace.answer(case_id, "immediate_safeguarding", "child_safe_at",
                     "2026-11-28T03:05:00+00:00")
    pack = workspace.export(case_id)
    sheet = [
        pack.page(i) for i in range(1, len(pack.pages))
        if "Missing child: description for the police" in pack.page(i)
    ]
    assert len(sheet) == 1
    assert "About 150 cm" in sheet[0]
    assert "Girl, about 15" in sheet[0]
    assert "Child in a safe place" not in sheet[0]  # the steps are on the page before
    steps = pack.part("Immediate safeguarding")
    assert "Child in a safe place 28 November 2026, 03:05" in steps
    assert "Police informed Not recorded yet" in steps


def test_nrm_answers_follow_the_online_form_order(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "nrm_referral", "uk_nation", "wales")
    workspace.answer(case_id, "nrm_referral", "work_before", "Helped on her uncle's farm")
    workspace.answer(case_id, "child", "gender", "female")
    pack = workspace.export(case_id)
    nrm = pack.part("NRM referral answers")
    form = workspace.defs.form("nrm_referral")
    # Sections with an answer come in the form's order; the questions with none are listed
    # together at the end, their sections in the same order.
    answered, not_known = nrm.split("Not known: no answer recorded in this case")
    titles = [s.title for s in form.sections]
    positions = [answered.index(t) for t in titles if t in answered]
    assert len(positions) > 3 and positions == sorted(positions)
    rest = [not_known.index(t) for t in titles if t in not_known]
    assert len(rest) > 3 and rest == sorted(rest)
    assert not_known.index("Police and the authorities") < not_known.index("The child's details")
    assert "Which part of the UK are you referring from? Wales" in nrm
    assert "Gender Female From the child's details" in nrm
    assert "Your name A. Worker From the practitioner's profile" in nrm
    assert "Work the child did before they were exploited Helped on her uncle's farm" in nrm
    assert "How it began" in not_known and "How it began" not in answered


def test_chronology_corrections_point_at_what_they_correct(workspace) -> None:
    case_id = workspace.start()
    workspace.clock.advance(minutes=1)
    first = workspace.service.add_chronology(case_id, "note", "Police took the child to hospital")
    workspace.clock.advance(minutes=1)
    workspace.service.correct_chronology(case_id, first, "It was the GP surgery, not hospital")
    pack = workspace.export(case_id)
    records = pack.part("Conversations with the child, chronology and agencies")
    assert "Police took the child to hospital" in records
    assert "Corrected by entry 2" in records
    assert "It was the GP surgery, not hospital Corrects entry 1" in records
    assert CORRECTION_KIND.capitalize() in records


def test_an_entry_kind_is_printed_in_the_words_the_app_shows(workspace) -> None:
    case_id = workspace.start()
    workspace.clock.advance(minutes=1)
    workspace.service.add_chronology(case_id, "request_sent", "Asked the Home Office for records")
    records = workspace.export(case_id).part(
        "Conversations with the child, chronology and agencies")
    assert "Request sent to an agency" in records  # not "Request sent", as it was


def test_conversations_are_listed_and_cited(workspace) -> None:
    case_id = workspace.start()
    talk = workspace.conversation(case_id, "She said she worked in a nail bar every day")
    workspace.answer(case_id, "matrix", "no_documents",
                     {"status": "known", "evidence": "Told us the boss keeps it", "source": "Child",
                      "conversation_id": talk})
    pack = workspace.export(case_id)
    records = pack.part("Conversations with the child, chronology and agencies")
    assert "Conversation 1:" in records
    assert "She said she worked in a nail bar every day" in records
    matrix = pack.part("Risk assessment matrix: the practitioner's record")
    assert "Child (from Conversation 1)" in matrix


def test_agencies_show_what_was_asked_and_how_long_answers_have_waited(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "agencies", "contacts", [
        {"agency": "Northshire Police", "contacted_on": "2026-11-25",
         "what_was_asked": "Checks on the adult at the airport", "awaiting_answer": "yes"},
        {"agency": "Home Office", "contacted_on": "2026-11-20", "what_was_asked": "Port record",
         "awaiting_answer": "no", "answered_on": "2026-11-21", "answer": "Arrived 19 November"},
    ])
    workspace.answer(case_id, "nrm_referral", "other_professionals",
                     [{"name": "Dr Patel", "role": "GP", "organisation": "Northtown Surgery"}])
    pack = workspace.export(case_id)
    records = pack.part("Conversations with the child, chronology and agencies")
    assert ("Northshire Police Checks on the adult at the airport 25 November 2026 3 days"
            in records)
    assert "Home Office" in records and "Arrived 19 November" in records
    assert "Dr Patel" in records

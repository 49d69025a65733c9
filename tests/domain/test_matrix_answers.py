"""The matrix page's answer rules, without Qt: the version recorded once, drafts kept, clearing."""

from __future__ import annotations

import subprocess
import sys

from toolkit_desktop.domain.matrix_answers import MatrixAnswers

TEXTS = {"evidence": "No passport", "source": "Amira"}


def test_the_first_answer_records_the_matrix_version_once() -> None:
    answers = MatrixAnswers("2026.1")
    assert answers.mark("no_documents", "known", TEXTS) == [
        ("_matrix_version", "2026.1"), ("no_documents", {"status": "known", **TEXTS})]
    assert answers.mark("owes_debt", "suspected", {"evidence": "", "source": ""}) == [
        ("owes_debt", {"status": "suspected", "evidence": "", "source": ""})]
    loaded = MatrixAnswers("2026.2")
    loaded.load({"_matrix_version": "2026.1"})  # an older case keeps the version it used
    assert [field for field, _ in loaded.mark("owes_debt", "known", TEXTS)] == ["owes_debt"]


def test_words_before_a_status_wait_as_a_draft_and_clearing_keeps_them() -> None:
    answers = MatrixAnswers("2026.1")
    assert answers.type("no_documents", TEXTS) == []
    assert answers.waiting("no_documents") and answers.shown("no_documents") == TEXTS
    answers.mark("no_documents", "suspected", TEXTS)
    assert not answers.waiting("no_documents")
    answers.load({**answers.values, "no_documents": {**answers.values["no_documents"],
                                                     "conversation_id": 4}})
    assert answers.mark("no_documents", None, TEXTS) == [("no_documents", None)]
    assert answers.shown("no_documents") == {**TEXTS, "conversation_id": 4}
    assert answers.mark("no_documents", None, TEXTS) == []  # nothing left to clear
    [(_, again)] = answers.mark("no_documents", "known", TEXTS)
    assert again == {"status": "known", **TEXTS, "conversation_id": 4}  # its source kept


def test_the_answer_rules_do_not_load_qt() -> None:
    code = ("import sys, toolkit_desktop.domain.matrix_answers; "
            "print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

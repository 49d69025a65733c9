"""A small valid resources folder in a temporary directory, for tests to break piece by piece."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.forms import DefinitionProblem, DefinitionsError, load_definitions

MATRIX = """\
version: "2026.1"
title: Risk assessment matrix
blocks:
  - id: movement
    title: Movement
    indicators:
      - {id: no_documents, text: No documents, guidance: Ask who holds them.}
      - {id: frequent_moves, text: Moved often, guidance: Ask where they lived.}
  - id: exploitation
    title: Exploitation
    indicators:
      - {id: earns_set_amount, text: Must earn a set amount, guidance: Ask about money.}
  - id: other_risks
    title: Other risk factors
    indicators:
      - {id: withdrawn, text: Withdrawn, guidance: Notice how they are., young_children: Note.}
  - id: adults_around
    title: Adults around the child
    indicators:
      - {id: speaks_for_child, text: Speaks for the child, guidance: See them alone.}
judgement:
  id: judgement
  title: Your judgement
  fields:
    - id: concern_level
      type: choice
      label: Level of concern
      choices:
        - {id: low, label: Low}
        - {id: not_sure, label: Not sure yet}
    - {id: concern_reason, type: long_text, label: What it is based on}
"""

CHILD = """\
id: child
version: 1
title: Child's details
sections:
  - id: names
    title: Names
    fields:
      - {id: given_names, type: text, label: Given names, required_for: [referral]}
      - {id: family_name, type: text, label: Family name}
      - id: aliases
        type: group
        label: Other names
        fields:
          - {id: name, type: text, label: Name}
      - {id: name_as_given, type: text, label: Name as the child says it}
      - {id: name_transliteration, type: text, label: Name in Latin letters}
      - {id: exploited_name, type: text, label: Name used while exploited}
  - id: age
    title: Age
    fields:
      - {id: date_of_birth, type: date, label: Date of birth}
      - {id: claimed_age, type: number, label: Age the child says}
      - {id: nationality, type: text, label: Nationality}
      - {id: interpreter_needed, type: yes_no_unknown, label: "Interpreter needed?"}
      - id: interpreter_language
        type: text
        label: Language
        visible_if: {field: interpreter_needed, equals: [yes]}
"""

AGE_ASSESSMENT = """\
id: age_assessment
version: 1
title: Age-assessment notes
sections:
  - id: conclusion
    title: Conclusion
    fields:
      - {id: claimed_age, type: number, label: Age given, same_as: child.claimed_age}
      - {id: age_disputed, type: yes_no_unknown, label: "Is the age disputed?"}
      - id: conclusion
        type: choice
        label: Conclusion
        choices:
          - {id: child, label: A child}
          - {id: adult, label: An adult}
          - {id: inconclusive, label: Inconclusive}
      - {id: assessed_age, type: number, label: Assessed age}
      - {id: assessed_date_of_birth, type: approx_date, label: Assessed date of birth}
      - {id: assessment_concluded_on, type: date, label: Concluded on}
"""

NRM_REFERRAL = """\
id: nrm_referral
version: 1
title: NRM referral
sections:
  - id: referral
    title: Referral
    fields:
      - {id: referral_date, type: date, label: Date of referral, required_for: [referral]}
      - id: uk_nation
        type: choice
        label: UK nation
        choices:
          - {id: england, label: England}
          - {id: scotland, label: Scotland}
          - {id: wales, label: Wales}
          - {id: northern_ireland, label: Northern Ireland}
      - {id: nationality, type: text, label: Nationality, same_as: child.nationality}
"""

TRAFFICKING_ASSESSMENT = """\
id: trafficking_assessment
version: 1
title: Trafficking assessment
sections:
  - id: k_nrm_referral
    title: Referral and decisions
    fields:
      - id: reasonable_grounds_decision
        type: choice
        label: Reasonable-grounds decision
        choices:
          - {id: awaited, label: Awaited}
          - {id: positive, label: Positive}
          - {id: negative, label: Negative}
      - {id: reasonable_grounds_decision_on, type: date, label: Date of that decision}
      - id: conclusive_grounds_decision
        type: choice
        label: Conclusive-grounds decision
        choices:
          - {id: awaited, label: Awaited}
          - {id: positive, label: Positive}
          - {id: negative, label: Negative}
"""

TIMESCALES = """\
default_nation: england
rules:
  - id: reasonable_grounds
    label: Reasonable-grounds decision expected
    from: referral
    working_days: 5
    in_force_from: "2009-04-01"
  - id: recovery_period
    label: Recovery period
    from: reasonable_grounds_decision
    days: 45
    in_force_from: "2009-04-01"
    in_force_until: "2023-01-29"
  - id: recovery_period
    label: Recovery period
    from: reasonable_grounds_decision
    days: 30
    in_force_from: "2023-01-30"
"""

PROMPTS = """\
- id: start_matrix
  when: matrix_not_started
  text: When the child is safe, go through the risk matrix.
"""

VALID_FILES = {
    "matrix.yaml": MATRIX,
    "forms/child.yaml": CHILD,
    "forms/age_assessment.yaml": AGE_ASSESSMENT,
    "forms/nrm_referral.yaml": NRM_REFERRAL,
    "forms/trafficking_assessment.yaml": TRAFFICKING_ASSESSMENT,
    "timescales.yaml": TIMESCALES,
    "prompts.yaml": PROMPTS,
}


class Resources:
    """A resources folder on disk: write or change a file, then load it."""

    def __init__(self, root: Path) -> None:
        self.dir = root / "resources"
        for relative, text in VALID_FILES.items():
            self.write(relative, text)

    def write(self, relative: str, text: str) -> None:
        """Write one file (dedented), replacing any earlier text."""
        path = self.dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")

    def edit(self, relative: str, change: Callable[[str], str]) -> None:
        """Rewrite one file through `change`, which must alter it."""
        path = self.dir / relative
        before = path.read_text(encoding="utf-8")
        after = change(before)
        assert after != before, "the edit changed nothing: the fixture text moved"
        path.write_text(after, encoding="utf-8")

    def load(self) -> Definitions:
        """Load the folder; fails the test if there is any problem."""
        return load_definitions(self.dir)

    def problems(self) -> tuple[DefinitionProblem, ...]:
        """Every problem loading reports; fails the test if loading succeeds."""
        with pytest.raises(DefinitionsError) as caught:
            load_definitions(self.dir)
        return caught.value.problems


@pytest.fixture
def resources(tmp_path: Path) -> Resources:
    """A valid resources folder to break one piece at a time."""
    return Resources(tmp_path)

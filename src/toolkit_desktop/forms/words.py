"""The definitions' words in another language: one catalogue a language, English text to its
translation, read from `resources/translations/LANG.yaml`.

A catalogue is keyed by the English text itself, as Qt's and gettext's catalogues are, not by a
field's place in its file: a council that moves or renumbers questions keeps every translation
on the question it belongs to, and a question whose English is changed shows in English until it
is translated again, never with the translation of what it used to ask. Keys and texts are matched
with their runs of spaces and line breaks made one space, so re-wrapping a long help text in the
YAML does not lose its translation.

Only what a practitioner reads is translated: titles, labels, help, choices, the matrix's
indicators and guidance, the prompts and the timescales' names. Ids, references and the words of
the Home Office's online form (an English form) are not.

A catalogue that cannot be read is reported by `forms check --language LANG`; the app then shows
the definitions in English, so that the practitioner can still work (as `ui.common.language`
does for the app's own words).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from toolkit_desktop.forms.problems import DefinitionProblem, ProblemCode
from toolkit_desktop.forms.walk import Report, kind
from toolkit_desktop.forms.yaml_reader import read_yaml

TRANSLATIONS_DIR = "translations"
ENGLISH = "en"
PSEUDO = "pseudo"  # tests only: every translatable word of the definitions shows as ⟦word⟧


def _key(text: str) -> str:
    return " ".join(text.split())


class Catalogue:
    """English text -> its translation; English where there is none. Counts what it was asked."""

    def __init__(self, language: str, texts: dict[str, str] | None = None) -> None:
        self.language = language
        self._texts = {_key(english): shown for english, shown in (texts or {}).items()}
        self.asked: set[str] = set()  # every English text looked up (normalised)
        self.missing: set[str] = set()  # those with no translation

    def __call__(self, english: str) -> str:
        """`english` in this catalogue's language."""
        if not english:
            return english
        key = _key(english)
        self.asked.add(key)
        if self.language == PSEUDO:
            return f"⟦{english}⟧"
        shown = self._texts.get(key)
        if shown is None:
            self.missing.add(key)
            return english
        return shown

    def unused(self) -> list[str]:
        """Entries whose English no longer appears in any definition (stale), sorted."""
        return sorted(set(self._texts) - self.asked)


def catalogue_path(resources_dir: Path, language: str) -> Path:
    """Where the catalogue of `language` ("cy", or "cy-GB" read as "cy") is kept."""
    return resources_dir / TRANSLATIONS_DIR / f"{base_language(language)}.yaml"


def base_language(language: str) -> str:
    """"cy-GB" -> "cy"."""
    return language.split("-")[0].lower()


def read_catalogue(
    resources_dir: Path, language: str
) -> tuple[Catalogue | None, list[DefinitionProblem]]:
    """The catalogue of `language`, or None with the problems that stop it being used. English
    and the pseudo language need no file; a language with no file is a problem to report."""
    language = base_language(language) if language != PSEUDO else language
    if language in (ENGLISH, PSEUDO):
        return Catalogue(language), []
    path = catalogue_path(resources_dir, language)
    report = Report(f"{resources_dir.name}/{TRANSLATIONS_DIR}/{path.name}")
    if not path.is_file():
        report.add("", ProblemCode.MISSING_FILE,
                   f"there is no catalogue for the language '{language}': the definitions are "
                   "shown in English")
        return None, report.problems
    data, problems = read_yaml(path, report.file)
    report.problems.extend(problems)
    # A key given twice is reported, and its last translation used, as in the definitions: one
    # slip of a translator's does not put the whole app back into English.
    if data is None or any(p.code is not ProblemCode.DUPLICATE_KEY for p in problems):
        return None, report.problems
    texts = _texts(report, data, language)
    usable = all(p.code is ProblemCode.DUPLICATE_KEY for p in report.problems)
    return (Catalogue(language, texts) if usable else None), report.problems


def _texts(report: Report, data: Any, language: str) -> dict[str, str]:
    m = report.mapping(data, "", required=("language", "texts"), optional=("reviewed",))
    if m is None:
        return {}
    if report.text(m, "language", "") not in ("", language):
        report.add("language", ProblemCode.UNKNOWN_VALUE,
                   f"this file is named for '{language}' but says it is '{m['language']}'")
    raw = m.get("texts")
    if not isinstance(raw, dict):
        report.add("texts", ProblemCode.WRONG_TYPE, f"expected a mapping of keys, got {kind(raw)}")
        return {}
    texts: dict[str, str] = {}
    first_written: dict[str, str] = {}  # normalised key -> the key as written first
    for english, shown in raw.items():
        if not isinstance(english, str) or not isinstance(shown, str) or not shown.strip():
            report.add(f"texts.{english}", ProblemCode.WRONG_TYPE,
                       "each English text needs its translation as text")
            continue
        earlier = first_written.setdefault(_key(english), english)
        if earlier != english:
            # Keys are matched with their spaces and line breaks made one space (see above):
            # these two are one key, and only one translation can be kept.
            report.add(f"texts.{_key(english)}", ProblemCode.DUPLICATE_KEY,
                       f"{earlier!r} and {english!r} are the same text once spaces and line "
                       "breaks are ignored; only the last is used")
        texts[english] = shown.strip()
    return texts


def summary(catalogue: Catalogue, shown_as: str) -> Iterable[str]:
    """Lines for `forms check`: how much is translated, and the entries no text uses any more."""
    asked = len(catalogue.asked)
    done = asked - len(catalogue.missing)
    yield (f"{shown_as}: {done} of {asked} texts of the definitions are translated; the rest "
           "show in English.")
    for stale in catalogue.unused():
        yield f"  no longer in any definition (translate the new English instead): {stale!r}"

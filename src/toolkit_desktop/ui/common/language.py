"""The language the app speaks: Qt's translation system, one catalogue per language, and a pseudo
language that shows which visible words escape translation.

Strings shown on screen go through `translate(context, text)` (Qt's `QCoreApplication.translate`,
under a name `pyside6-lupdate` recognises), or are marked where they are defined with
`QT_TRANSLATE_NOOP` and translated where they are shown. `make translations` collects them into
`ui/translations/toolkit_LANG.ts` (edited in Qt Linguist by a translator) and compiles the `.qm`
files the app loads. Qt's own system is used rather than gettext because its catalogues also
translate Qt's own words (the buttons of its dialogs), and Linguist is what translators of Qt
applications already use.

A language with no catalogue, or a catalogue that cannot be read, leaves the app in English: the
practitioner can still work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from toolkit_desktop.translatable import Marked, Said

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "translations"
CATALOGUE = "toolkit"
ENGLISH = "en"
PSEUDO = "pseudo"  # tests only: every translated word shows as ⟦…⟧

_installed: list[QTranslator] = []


def translate(context: str, text: str) -> str:
    """`text` in the app's language (the English itself when there is no translation)."""
    return QCoreApplication.translate(context, text)


def say(words: str | Said) -> str:
    """Words made outside the ui, in the app's language: a `Said` sentence filled with its values
    (themselves said), words marked with `toolkit_desktop.translatable`, or any other text as it
    is (the practitioner's own, the definitions', which have their own per-language words)."""
    if isinstance(words, Said):
        template = translate(words.text.context, words.text)
        return template.format(**{name: say(value) if isinstance(value, str | Said) else value
                                  for name, value in words.values.items()})
    if isinstance(words, Marked):
        return translate(words.context, words)
    return words


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark `text` for the catalogue where it is defined; `translate` it where it is shown."""
    return text


class PseudoTranslator(QTranslator):
    """Shows every string that went through the translation system as ⟦text⟧: a visible string
    without the brackets escaped translation (tests/ui/shell/test_translation.py)."""

    def translate(  # noqa: D102 (Qt's own)
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧" if source else source

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def catalogue_sources() -> list[Path]:
    """The modules `pyside6-lupdate` reads to make the catalogues (`make translations`): the ui,
    and the plain-Python modules that mark words with `toolkit_desktop.translatable`."""
    package = Path(__file__).resolve().parents[2]
    ui = sorted((package / "ui").rglob("*.py"))
    marked = sorted(
        path for path in package.rglob("*.py")
        if "ui" not in path.relative_to(package).parts[:1]
        and "toolkit_desktop.translatable import" in path.read_text(encoding="utf-8")
    )
    return ui + marked


def catalogue(language: str) -> Path:
    """The compiled catalogue of `language` ("cy", or "cy-GB" read as "cy")."""
    return TRANSLATIONS_DIR / f"{CATALOGUE}_{language.split('-')[0].lower()}.qm"


def install_language(language: str, parent: QObject | None = None) -> bool:
    """Speak `language` from now on (before the windows are built); whether it was found."""
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if app is None or language.split("-")[0].lower() == ENGLISH:
        return language.split("-")[0].lower() == ENGLISH
    if language == PSEUDO:
        translators: list[QTranslator] = [PseudoTranslator(parent or app)]
    else:
        ours = QTranslator(parent or app)
        if not ours.load(str(catalogue(language))):
            return False
        translators = [ours]
        # Qt's own words (Cancel, Yes, the file dialog) where Qt ships them for this language.
        qt_own = QTranslator(parent or app)
        if qt_own.load(QLocale(language), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt_own)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    return True

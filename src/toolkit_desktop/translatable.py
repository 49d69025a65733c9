"""Marks words for the app's translation catalogue in the modules that do not import Qt.

The settings, the policy, the domain and the services say things the practitioner reads (a
setting's label, a case's stage, a refusal). They stay plain Python, so they cannot translate;
they mark their fixed words with `QT_TRANSLATE_NOOP(context, text)`, which `pyside6-lupdate`
collects into the catalogue (`make translations` reads these modules as well as the ui), and the
ui translates them where they are shown, with the same context. A mark changes nothing at run
time: the English is the value.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """`text`, marked for the catalogue under `context`."""
    return text

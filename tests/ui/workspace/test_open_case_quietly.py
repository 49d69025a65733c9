"""Opening a case says nothing on the console: every widget is in the window before Tab is chained.

Qt warns (`QWidget::setTabOrder: 'first' and 'second' must be in the same window`) when the tab
order is set between widgets that are not yet in one window, and such a chain is silently not
made: Tab would then skip or jump. The warnings are captured as Qt logs them.
"""

from __future__ import annotations

from toolkit_desktop.domain.steps import case_steps


def test_opening_a_case_and_visiting_every_step_logs_no_qt_warning(
    start_app, drive, qtbot, existing_vault, qtlog
):
    window = start_app()
    drive.in_new_case(window, "girl, about 15, Dover")
    drive.settle(window)
    for step in case_steps(window.context.definitions):
        window.workspace.go_to_step(step.id)
    drive.settle(window)
    messages = [record.message for record in qtlog.records]
    assert not [m for m in messages if "setTabOrder" in m], messages

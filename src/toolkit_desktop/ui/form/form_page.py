"""A form with the app's own parts above its title, in the same scrolling column.

The chronology sits above the agencies form and the referral pack above the referral form, so a
step reads as one page and scrolls once; a second scroll area inside the form would trap the
keyboard and hide half of each.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QVBoxLayout, QWidget

from toolkit_desktop.domain.definitions import Form
from toolkit_desktop.ui.fields.layout_order import layout_widgets
from toolkit_desktop.ui.form.form_view import FormView


class FormPage(FormView):
    """A `FormView` that can show widgets of its own above the form's title."""

    def __init__(
        self,
        form: Form,
        forms_by_id: Mapping[str, Form] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(form, forms_by_id, parent)
        self._inserted = 0

    def _column(self) -> QVBoxLayout:
        # FormView lays its page out as a row holding one column: title, help, sections.
        row = self.widget().layout()
        parts = layout_widgets(row) if row is not None else []
        column = parts[0] if parts else None
        layout = column.layout() if column is not None else None
        if not isinstance(layout, QVBoxLayout):
            raise TypeError("FormView's page is no longer a column; FormPage needs updating")
        return layout

    def add_above(self, widget: QWidget) -> None:
        """Show `widget` above the form's title, after any added before it."""
        self._column().insertWidget(self._inserted, widget)
        self._inserted += 1
        self.refresh_tab_order()  # the part's controls come before the form's, as they are seen

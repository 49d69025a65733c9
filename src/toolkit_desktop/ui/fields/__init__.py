"""One widget class per field type, and the table that picks one for a field of a form."""

from toolkit_desktop.ui.fields.base import FieldWidget
from toolkit_desktop.ui.fields.table import FIELD_WIDGETS, create_field_widget, field_object_name

__all__ = ["FIELD_WIDGETS", "FieldWidget", "create_field_widget", "field_object_name"]

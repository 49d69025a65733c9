"""The one table that picks the widget for a field of a form, and the names the widgets get.

As ODK Collect's WidgetFactory does, every form goes through `create_field_widget`, so a new field
type is one widget class and one entry in `FIELD_WIDGETS`.
"""

from toolkit_desktop.domain.definitions import Field, FieldType
from toolkit_desktop.ui.fields.base import FieldWidget
from toolkit_desktop.ui.fields.choices import ChoiceWidget, MultiChoiceWidget, YesNoUnknownWidget
from toolkit_desktop.ui.fields.dates import ApproxDateWidget, DateTimeWidget, DateWidget
from toolkit_desktop.ui.fields.group import GroupWidget
from toolkit_desktop.ui.fields.indicator import IndicatorWidget
from toolkit_desktop.ui.fields.text import LongTextWidget, NumberWidget, TextWidget

FIELD_WIDGETS: dict[FieldType, type[FieldWidget]] = {
    FieldType.TEXT: TextWidget,
    FieldType.LONG_TEXT: LongTextWidget,
    FieldType.YES_NO_UNKNOWN: YesNoUnknownWidget,
    FieldType.CHOICE: ChoiceWidget,
    FieldType.MULTI_CHOICE: MultiChoiceWidget,
    FieldType.DATE: DateWidget,
    FieldType.APPROX_DATE: ApproxDateWidget,
    FieldType.DATETIME: DateTimeWidget,
    FieldType.NUMBER: NumberWidget,
    FieldType.GROUP: GroupWidget,
    FieldType.INDICATOR: IndicatorWidget,
}


def field_object_name(form_id: str, field_id: str) -> str:
    """The objectName of a field's widget, how tests and the shell find it: "field:form.field"."""
    return f"field:{form_id}.{field_id}"


def create_field_widget(form_id: str, field: Field) -> FieldWidget:
    """The widget for `field` of form `form_id`, named "field:<form>.<field>"."""
    widget = FIELD_WIDGETS[field.type](field)
    widget.setObjectName(field_object_name(form_id, field.id))
    return widget

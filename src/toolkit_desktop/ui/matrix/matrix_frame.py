"""The parts of the matrix page and how they sit: the keys, the blocks as tabs, the under-ten
caution, the block's help and counts, then the indicator list beside the focused indicator (or,
on the last tab, "Your judgement"). `MatrixPage` adds what the keys do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.definitions import Form, Matrix
from toolkit_desktop.domain.matrix_words import UNDER_TEN
from toolkit_desktop.ui.common.language import say, translate
from toolkit_desktop.ui.common.page_parts import follow_focus
from toolkit_desktop.ui.fields.emphasis import bold
from toolkit_desktop.ui.fields.section import plain_label
from toolkit_desktop.ui.matrix.matrix_detail import IndicatorDetail
from toolkit_desktop.ui.matrix.matrix_judgement import JudgementPanel
from toolkit_desktop.ui.matrix.matrix_list import KEYS_HELP, IndicatorList

SIDE_BY_SIDE_FROM = 560  # the width the list and the guidance need beside each other


class MatrixFrame(QWidget):
    """The matrix page's widgets, laid out; no behaviour of its own."""

    def __init__(self, matrix: Matrix, form: Form, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixPage")
        self.matrix, self.form = matrix, form
        block_ids = {b.id for b in matrix.blocks}
        self.tabs = QTabBar(self, objectName="matrixBlocks")
        self.tabs.setAccessibleName(translate("Matrix", "Parts of the matrix"))
        self.tabs.setExpanding(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        for block in matrix.blocks:
            self.tabs.addTab(block.title)
        self.caution = plain_label(say(UNDER_TEN), self, "matrixUnderTen")  # domain.matrix_words
        bold(self.caution)
        self.block_help = plain_label("", self, "matrixBlockHelp")
        self.counts = plain_label("", self, "matrixCounts")
        self.list = IndicatorList(self)
        self.detail = IndicatorDetail(self)
        split = QSplitter(Qt.Orientation.Horizontal, self, objectName="matrixSplitter")
        self.split = split
        split.setChildrenCollapsible(False)
        split.addWidget(self.list)
        split.addWidget(self.detail)
        chars = self.fontMetrics().averageCharWidth()
        self.list.setMinimumWidth(chars * 28)
        self.detail.setMinimumWidth(chars * 22)
        split.setStretchFactor(0, 11)
        split.setStretchFactor(1, 9)
        self.judgement = JudgementPanel(form, [s for s in form.sections if s.id not in block_ids])
        for section in self.judgement.sections:
            self.tabs.addTab(section.title)
        self.stack = QStackedWidget(self, objectName="matrixStack")
        self.stack.addWidget(split)
        self.stack.addWidget(self.judgement)
        self._lay_out()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # Too narrow for the list and the guidance side by side (150% on a small screen): the
        # guidance and the evidence go under the list, and the page scrolls to whichever has
        # the keyboard.
        narrow = event.size().width() < SIDE_BY_SIDE_FROM
        self.split.setOrientation(
            Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal)

    def _lay_out(self) -> None:
        # The step list and the tabs say where we are; the keys come first, for the newcomer.
        # On a small screen at 150% the page scrolls as a whole rather than squash the list.
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        layout.addWidget(plain_label(translate("Matrix", KEYS_HELP), inner, "matrixKeys"))
        for widget in (self.tabs, self.caution, self.block_help, self.counts, self.stack):
            widget.setParent(inner)
            layout.addWidget(widget, 1 if widget is self.stack else 0)
        self.stack.setMinimumHeight(self.fontMetrics().lineSpacing() * 18)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        self.list.focused.connect(lambda: scroll.ensureWidgetVisible(self.stack, 0, 0))
        follow_focus(scroll)  # E to the evidence: the box typed in comes into sight
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

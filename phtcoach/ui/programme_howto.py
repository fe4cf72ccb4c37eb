"""The Programme page's "How to" tab: the selected template's exercises, one at a time,
each with its drawing and its how-to (set-up, movement, what to feel, faults, easier and
harder versions, what to do if it hurts).

A tab beside the timeline preview rather than more text under it, so the page stays
usable at 1280 x 720; the exercise chooser and the scrolling text are keyboard reachable.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from phtcoach.core.model import Exercise, Template
from phtcoach.ui.design import Space
from phtcoach.ui.howto_view import HowToView

SLUG_ROLE = Qt.ItemDataRole.UserRole
DRAWING_SHARE = 0.4  # of the visible height: the rest is for the title and the how-to
DRAWING_LINES = (4, 16)  # the drawing's height in lines of text: at least, at most


class ProgrammeHowTo(QWidget):
    """Shows the exercises of the template given to `show_template`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeHowTo")
        self._exercises: dict[str, Exercise] = {}
        label = QLabel(self.tr("Exe&rcise"), self)
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(self.tr("Exercise to show"))
        label.setBuddy(self.chooser)
        self.chooser_row = QWidget(self)  # hidden when the template has one exercise
        row = QHBoxLayout(self.chooser_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.chooser, 1)
        self.view = HowToView()
        # A standing figure would fill a 1280 x 720 page's tab: the drawing takes at most a
        # share of the tab's height (`DRAWING_SHARE`), so the how-to text shows below it.
        self.view.drawing.setMaximumHeight(self.fontMetrics().height() * 9)
        self.scroller = QScrollArea(self)
        self.scroller.setWidget(self.view)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and PgUp/PgDn scroll
        self.scroller.setAccessibleName(self.tr("How to do the exercise"))
        self.view.setContentsMargins(Space.S, Space.XS, Space.S, Space.XS)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 6, 0, 0)
        box.addWidget(self.chooser_row)
        box.addWidget(self.scroller, 1)
        self.chooser.currentIndexChanged.connect(lambda _i: self._show_chosen())
        self.scroller.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroller.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_drawing()
        return super().eventFilter(watched, event)

    def _fit_drawing(self) -> None:
        line = self.fontMetrics().height()
        low, high = DRAWING_LINES[0] * line, DRAWING_LINES[1] * line
        share = round(self.scroller.viewport().height() * DRAWING_SHARE)
        self.view.drawing.setMaximumHeight(max(low, min(high, share)))

    def show_template(self, template: Template | None) -> None:
        """The template's exercises in block order, each once; keeps the one shown if it is
        still there."""
        keep = self.current_exercise()
        self._exercises = {}
        if template is not None:
            for b in template.blocks:
                self._exercises.setdefault(b.exercise.slug, b.exercise)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for slug, ex in self._exercises.items():
            self.chooser.addItem(ex.name, slug)
        if keep is not None and keep.slug in self._exercises:
            self.chooser.setCurrentIndex(self.chooser.findData(keep.slug))
        self.chooser.blockSignals(False)
        self.chooser_row.setVisible(len(self._exercises) > 1)
        self._show_chosen()

    def current_exercise(self) -> Exercise | None:
        slug = self.chooser.currentData(SLUG_ROLE)
        return self._exercises.get(slug) if isinstance(slug, str) else None

    def select(self, slug: str) -> None:
        i = self.chooser.findData(slug)
        if i >= 0:
            self.chooser.setCurrentIndex(i)

    def _show_chosen(self) -> None:
        self.view.set_exercise(self.current_exercise())
        self.scroller.verticalScrollBar().setValue(0)

"""The Progress charts' read-out: the day under the pointer (or the keyboard's day) in words.

A mixin of ProgressCharts (charts/progress_charts.py), apart so that the widget keeps to
layout and ranges. The read-out follows the mouse over any plot; Left/Right walk it day by
day and Home/End jump (hover values without a mouse). When the view moves (a range button,
a zoom, a pan) the read-out follows the pointer if it is over the plots, and is cleared
otherwise: a read-out of a day no longer shown, or of the day the pointer left, is stale.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QCursor, QKeyEvent
from PySide6.QtWidgets import QLabel

from phtcoach.charts._pg import pg
from phtcoach.charts.data import ProgressModel
from phtcoach.charts.readout import readout_parts
from phtcoach.charts.theme import ChartTheme
from phtcoach.ui.widgets.fmt import day_text


class KeyFilter(QObject):
    """Left/Right walk the read-out day by day, Home/End jump: hover values without a mouse."""

    def __init__(self, on_key: Callable[[int], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._on_key = on_key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_key(event.key())
        return False


class ReadoutMixin:
    """The read-out, the crosshairs and the keys; ProgressCharts provides the attributes."""

    _model: ProgressModel
    _today: date
    _readout_day: date | None
    _crosshairs: dict[str, Any]
    readout: QLabel
    glw: Any
    plots: dict[str, Any]
    visible_plots: list[str]
    _exercise_name: Callable[[str], str]
    _template_name: Callable[[str], str]
    x_range: Callable[[], tuple[float, float]]  # the days shown, as ProgressCharts has them

    def add_crosshairs(self, t: ChartTheme) -> None:
        """A hidden dashed day line in every plot, moved and shown by the read-out."""
        for name, plot in self.plots.items():
            pen = pg.mkPen(t.muted, width=1, style=Qt.PenStyle.DashLine)
            line = pg.InfiniteLine(angle=90, movable=False, pen=pen)
            line.hide()
            plot.addItem(line, ignoreBounds=True)
            self._crosshairs[name] = line

    def show_readout_at(self, x: float) -> date:
        """Put the crosshair on the day containing `x` and describe that day; returns it."""
        day = self._model.day_of(x)
        first = self._model.first_day or self._today
        day = min(max(day, min(first, self._today)), self._today)
        self.show_readout_for(day)
        return day

    def show_readout_for(self, day: date) -> None:
        self._readout_day = day
        x = self._model.x_of(day)
        for line in self._crosshairs.values():
            line.setPos(x)
            line.show()
        text = self.readout_text(day)
        self.readout.setText(text)
        self.glw.setAccessibleDescription(text)

    def clear_readout(self) -> None:
        """No day read: the crosshairs hidden and the read-out says how to read one."""
        self._readout_day = None
        for line in self._crosshairs.values():
            line.hide()
        self.readout.setText(
            QCoreApplication.translate(
                "ProgressCharts",
                "Point at a day (or focus the charts and use the arrow keys) to read it.",
            )
        )
        self.glw.setAccessibleDescription(
            QCoreApplication.translate(
                "ProgressCharts",
                "Left and Right arrows move the read-out one day; Home and End jump.",
            )
        )

    def readout_text(self, day: date) -> str:
        """Every series' value on `day`, as the hover read-out shows it."""
        v = self._model.values_on(day)
        parts = readout_parts(
            v,
            units=self._model.settings.units,
            exercise_name=self._exercise_name,
            template_name=self._template_name,
        )
        when = day_text(day)  # the one date format (German: "Mi. 2. Dez. 2026")
        if not parts:
            return QCoreApplication.translate("ProgressCharts", "{0}: nothing logged").format(when)
        return f"{when}: " + " · ".join(parts)

    def follow_pointer(self) -> None:
        """After the view moved: read the day now under the pointer, or clear the read-out
        when the pointer is not over a plot (a range button was clicked, say)."""
        x = self._pointer_x()
        if x is None:
            if self._readout_day is not None:
                self.clear_readout()
        else:
            self.show_readout_at(x)

    def _pointer_x(self) -> float | None:
        """The x under the mouse pointer, or None when it is not over a visible plot."""
        viewport = self.glw.viewport()
        if not self.glw.isVisible():
            return None
        local: QPoint = viewport.mapFromGlobal(QCursor.pos())
        if not viewport.rect().contains(local):
            return None
        return self._x_at(self.glw.mapToScene(local))

    def _x_at(self, pos: QPointF) -> float | None:
        for name in self.visible_plots:
            if self.plots[name].vb.sceneBoundingRect().contains(pos):
                # The plots share one x geometry; the pain plot leads the x range, so it
                # has moved first when a pan or a range button is still reaching the others.
                return float(self.plots["pain"].vb.mapSceneToView(pos).x())
        return None

    def _on_mouse_moved(self, event: tuple[Any, ...]) -> None:
        x = self._x_at(event[0])
        if x is not None:
            self.show_readout_at(x)

    def _on_key(self, key: int) -> bool:
        first = self._model.first_day or self._today
        current = self._readout_day
        if current is None:
            lo, hi = self.x_range()
            current = min(self._model.day_of((lo + hi) / 2), self._today)
        if key == Qt.Key.Key_Left:
            self.show_readout_for(max(first, current - timedelta(days=1)))
        elif key == Qt.Key.Key_Right:
            self.show_readout_for(min(self._today, current + timedelta(days=1)))
        elif key == Qt.Key.Key_Home:
            self.show_readout_for(first)
        elif key == Qt.Key.Key_End:
            self.show_readout_for(self._today)
        else:
            return False
        return True

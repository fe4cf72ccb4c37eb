"""The stacked Progress charts: pain on top, then what the tendon was given, on one time axis.

One GraphicsLayoutWidget holds a PlotItem per chart, every x axis linked to the pain plot,
so a zoom, a pan or a range button moves them all and a vertical line through the same
day reads every chart at once. y follows the visible data (`setAutoVisible`), the mouse
moves x only: pain and load keep their meaning while the eye scans time.

This module is the widget: layout and range buttons. What is drawn in the plots is
SeriesPainter's (charts/series_painter.py), the plots' parts are in charts/plot_items.py,
the pointer, the keyboard and the read-out in charts/pointer.py and the read-out's words in
charts/readout.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from phtcoach.charts._pg import pg
from phtcoach.charts.data import DAY_S, RANGE_DAYS, ProgressModel, view_span
from phtcoach.charts.labels import pretty_slug
from phtcoach.charts.plot_items import (
    PLOT_NAMES,
    TITLE_MARGIN,
    TUT_MIN_Y_SPAN,
    TitleItem,
    make_plot,
    style_plot,
)
from phtcoach.charts.pointer import KeyFilter, ReadoutMixin
from phtcoach.charts.range_bar import build_controls
from phtcoach.charts.series_painter import SeriesPainter, has_data
from phtcoach.charts.theme import MIN_POINT_SIZE, ChartTheme, chart_font, theme_for

SYMBOL_MAX_DAYS = 120
ROW_STRETCH = {"pain": 5}
BOTTOM_AXIS_H = 40
SHORT_HISTORY_DAYS = 28  # a history shorter than this opens on "All", not on 3 months


class ProgressCharts(ReadoutMixin, QWidget):
    """Range buttons, a hover read-out and the stacked, x-linked plots."""

    range_changed = Signal(str)  # "4w" / "3m" / "all", or "" after a manual zoom or pan

    def __init__(self, parent: QWidget | None = None, *, render: bool = True) -> None:
        """`render=False` leaves the plots undrawn until the first `set_model` (the
        Progress view does: it shows its getting-started panel until a model has data,
        and drawing the empty model first would style all six plots twice)."""
        super().__init__(parent)
        self.setObjectName("progressCharts")
        if self.font().pointSizeF() < MIN_POINT_SIZE:  # PRODUCT.md: no text below 11 pt
            self.setFont(chart_font(self.font()))
        self._model = ProgressModel.empty()
        self._today = date.today()
        self._range_key = "3m"
        self._range_chosen = False  # a range button clicked: kept over new data
        self._applying = False
        self._readout_day: date | None = None
        self._exercise_names: dict[str, str] = {}
        self._template_names: dict[str, str] = {}
        self._theme: ChartTheme = theme_for(self.palette())
        self._crosshairs: dict[str, Any] = {}

        controls = build_controls(self, self._range_clicked)
        self._controls = controls.row
        self.range_group = controls.group
        self.range_buttons = controls.buttons
        self.readout = controls.readout
        self.glw = pg.GraphicsLayoutWidget()
        self.glw.setObjectName("progressPlots")
        self.glw.setAccessibleName(self.tr("Progress charts"))
        self.glw.setAccessibleDescription(
            self.tr("Left and Right arrows move the read-out one day; Home and End jump.")
        )
        self.glw.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Keyboard users must see where focus is: a highlight frame only while focused.
        self.glw.setFrameShape(QFrame.Shape.NoFrame)
        self.glw.setStyleSheet(
            "#progressPlots { border: 2px solid transparent; }"
            " #progressPlots:focus { border: 2px solid palette(highlight); }"
        )
        self.glw.viewport().setAccessibleName(self.tr("Progress charts"))
        self.glw.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.glw.ci.setSpacing(2)
        self.glw.ci.setContentsMargins(4, 4, 4, 4)
        self._key_filter = KeyFilter(self._on_key, self)
        self.glw.installEventFilter(self._key_filter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._controls)
        layout.addWidget(self.readout)
        # Each plot keeps a readable height; a short window scrolls the stack instead of
        # squeezing six plots to a sliver each.
        self.plot_scroll = QScrollArea(self)
        self.plot_scroll.setObjectName("progressScroll")
        self.plot_scroll.setWidgetResizable(True)
        self.plot_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.plot_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plot_scroll.setWidget(self.glw)
        layout.addWidget(self.plot_scroll, 1)

        self.plots: dict[str, Any] = {name: make_plot(name) for name in PLOT_NAMES}
        # A title row above each plot carries its legend: inside a 60 px plot a legend
        # would hide the very bars it explains.
        self.titles: dict[str, Any] = {name: TitleItem() for name in PLOT_NAMES}
        for title in self.titles.values():
            title.rows_changed.connect(self._update_min_height)
        pain = self.plots["pain"]
        for name in PLOT_NAMES[1:]:
            self.plots[name].setXLink(pain)
        self._tut_vb = pg.ViewBox(enableMenu=False)
        self._tut_vb.setParentItem(self.plots["volume"])
        self._tut_vb.setXLink(pain)
        self._tut_vb.setMouseEnabled(x=True, y=False)
        self._tut_vb.setAutoVisible(y=True)
        self._tut_vb.enableAutoRange(y=True)
        self._tut_vb.setLimits(minYRange=TUT_MIN_Y_SPAN)
        self.plots["volume"].getAxis("right").linkToView(self._tut_vb)
        self._painter = SeriesPainter(self.plots, self._tut_vb)
        self.items: dict[str, Any] = self._painter.items  # series name -> drawn item
        self.plots["volume"].vb.sigResized.connect(self._sync_tut_geometry)
        pain.vb.sigXRangeChanged.connect(self._on_x_range)
        pain.vb.sigResized.connect(self._update_widths)
        self.visible_plots: list[str] = []
        self._mouse_proxy = pg.SignalProxy(
            self.glw.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse_moved
        )
        self._painter.clear()
        if render:
            self._render(preset="3m")

    # ------------------------------------------------------------------ public API

    def set_model(
        self,
        model: ProgressModel,
        today: date,
        *,
        exercise_names: Mapping[str, str] | None = None,
        template_names: Mapping[str, str] | None = None,
    ) -> None:
        """Show `model`; ranges end with `today` (the caller's clock, in the user's zone)."""
        self._model = model
        self._today = today
        if exercise_names is not None:
            self._exercise_names = dict(exercise_names)
        if template_names is not None:
            self._template_names = dict(template_names)
        self._readout_day = None
        key = self._range_key if self._range_chosen and self._range_key else self.default_range()
        self._render(preset=key)
        self.set_range(key)

    def default_range(self) -> str:
        """The range shown until the user picks one: 3 months, or everything while the
        history is shorter than 4 weeks (a few days at the end of 3 months is a sliver)."""
        first = self._model.first_day
        if first is None or (self._today - first).days < SHORT_HISTORY_DAYS:
            return "all"
        return "3m"

    @property
    def model(self) -> ProgressModel:
        return self._model

    def set_range(self, key: str) -> None:
        """Show the last 4 weeks ("4w"), 3 months ("3m") or everything ("all")."""
        self._range_key = key
        self._move_to(key)
        self.range_buttons[key].setChecked(True)
        self._on_x_range()
        self._settle_views()
        self.range_changed.emit(key)

    def _settle_views(self) -> None:
        """Fit y to the new x range now, not in the paint: pyqtgraph otherwise fits each
        auto-ranged view while painting (GraphicsView.paintEvent -> prepareForPaint), and a
        y range that moves there schedules a second paint of all six plots. Settled here,
        a range click is painted once (tests/gui/test_progress_page.py counts the paints)."""
        views = [p.vb for p in self.plots.values()] + [self._tut_vb]
        scene = self.glw.scene()
        for _ in range(3):
            scene.prepareForPaint()  # each view's pending y auto-range
            for vb in views:
                vb.updateMatrix()  # may queue another auto-range: items moved
            if not any(vb._autoRangeNeedsUpdate or vb._matrixNeedsUpdate for vb in views):
                break

    def _range_clicked(self, key: str, _checked: bool = False) -> None:
        self._range_chosen = True
        self.set_range(key)

    def current_range(self) -> str:
        """The range button in force, or "" once the user has zoomed or panned away."""
        return self._range_key

    def x_range(self) -> tuple[float, float]:
        lo, hi = self.plots["pain"].vb.viewRange()[0]
        return float(lo), float(hi)

    # ------------------------------------------------------------------ building

    def _sync_tut_geometry(self) -> None:
        self._tut_vb.setGeometry(self.plots["volume"].vb.geometry())
        self._tut_vb.linkedViewChanged(self.plots["volume"].vb, self._tut_vb.XAxis)

    def _render(self, *, preset: str | None) -> None:
        """(Re)draw every series from the model in the current theme, after moving the
        view to range `preset` (None: the view stays where it is)."""
        self._theme = theme_for(self.palette())
        self._painter.clear()
        self._crosshairs.clear()
        m, t = self._model, self._theme
        self.glw.setBackground(t.background)
        self._preset_range(preset)
        self._painter.draw(m, t, exercise_name=self._exercise_name)
        font = chart_font(self.font())
        for name, plot in self.plots.items():
            legend = self._painter.legend_entries[name]
            style_plot(plot, name, self.titles[name], legend, t, font, m.settings.units)
        self.add_crosshairs(t)
        self.plots["volume"].getAxis("right").setStyle(showValues=True)
        self._relayout()
        self._apply_limits()
        self._update_widths()
        self._update_symbols()
        if self._readout_day is not None:
            self.show_readout_for(self._readout_day)
        else:
            self.clear_readout()

    # ------------------------------------------------------------------ layout and view

    def _preset_range(self, key: str | None) -> None:
        """Move the view to range `key`, about to be shown, before any item is drawn: each
        curve is then clipped and downsampled to it from its first setData, and the
        baseline band's fill is built from the visible points only (from all of them, the
        fill alone cost about a quarter of a second at ten years). No x auto-range: the
        range buttons, or the user's zoom, decide x."""
        for plot in self.plots.values():
            plot.vb.disableAutoRange(axis=pg.ViewBox.XAxis)
        self._tut_vb.disableAutoRange(axis=pg.ViewBox.XAxis)
        if key is not None:
            self._move_to(key)

    def _move_to(self, key: str) -> None:
        """Set the linked x range to range `key` (the pain plot leads the others)."""
        start, end = view_span(key, self._today, self._model.first_day, self._model.tz)
        if (end - start) / DAY_S > SYMBOL_MAX_DAYS:
            # Symbols off before a wider view, or every symbol curve would first build a
            # scatter of the whole wider range (on at most 120 days: after, see set_range).
            self._painter.set_detailed(False)
        self._applying = True
        try:
            self.plots["pain"].setXRange(start, end, padding=0)
        finally:
            self._applying = False

    def _relayout(self) -> None:
        """Only charts with something to show take space; the last one carries the dates."""
        visible = [n for n in PLOT_NAMES if has_data(self._model, n)]
        ci = self.glw.ci
        ci.clear()
        left, _top, right, _bottom = ci.layout.getContentsMargins()
        width = self.glw.viewport().width() - left - right
        for name in visible:
            self.titles[name].fit_to(width)
        for i, name in enumerate(visible):
            ci.addItem(self.titles[name], row=2 * i, col=0)
            ci.layout.setRowStretchFactor(2 * i, 0)
            ci.addItem(self.plots[name], row=2 * i + 1, col=0)
            ci.layout.setRowStretchFactor(2 * i + 1, ROW_STRETCH.get(name, 1))
        # Sized while empty (the charts are shown before their first model), the layout
        # stays at its minimum: it fills the view again only when it is given the view.
        ci.setGeometry(self.glw.range)
        for name in PLOT_NAMES:
            axis = self.plots[name].getAxis("bottom")
            # Dates under the last plot and under Pain: the stack may scroll, and the
            # top of it must still say which days it shows.
            last = name == visible[-1] or name == "pain"
            axis.setStyle(showValues=last)
            axis.setHeight(None if last else 6)
        self.visible_plots = visible
        self._update_min_height()

    def _update_min_height(self) -> None:
        """Every plot keeps its minimum height below its title, however many rows the
        title's legend takes: a short window scrolls the stack instead."""
        line_h = QFontMetrics(chart_font(self.font())).height() + TITLE_MARGIN
        need = sum(
            self.plots[n].minimumHeight() + max(line_h, self.titles[n].minimumHeight()) + 6
            for n in self.visible_plots
        )
        self.glw.setMinimumHeight(int(need) + 2 * BOTTOM_AXIS_H)

    def _apply_limits(self) -> None:
        """Pan and zoom stop a day beyond the widest range button, not at 1970."""
        first = self._model.first_day or self._today
        spans = [view_span(k, self._today, first, self._model.tz) for k in RANGE_DAYS]
        lo = min(s[0] for s in spans) - DAY_S
        hi = max(s[1] for s in spans) + DAY_S
        for plot in self.plots.values():
            plot.vb.setLimits(xMin=lo, xMax=hi, minXRange=3 * DAY_S)
        self._tut_vb.setLimits(xMin=lo, xMax=hi, minXRange=3 * DAY_S)

    def _visible_days(self) -> float:
        lo, hi = self.x_range()
        return max(1e-9, (hi - lo) / DAY_S)

    def _update_widths(self) -> None:
        width_px = self.plots["pain"].vb.width() or 1.0
        px_per_day = width_px / self._visible_days()
        w = float(min(18.0, max(1.0, px_per_day * 0.6)))
        self._painter.set_needle_width(w)

    def _update_symbols(self) -> None:
        """Point symbols and antialiasing only where they help (see SeriesPainter)."""
        self._painter.set_detailed(self._visible_days() <= SYMBOL_MAX_DAYS)

    def _on_x_range(self, *_args: object) -> None:
        if self._applying:
            # A range button: the linked plots have not all moved yet, and symbols switched
            # on now would be built for every point of the old (wider) view; set_range
            # calls this again once every plot shows the new range.
            return
        self._update_widths()
        self._update_symbols()
        self.follow_pointer()  # a read-out of the day the view moved from is stale
        if not self._range_key:
            return
        want = view_span(self._range_key, self._today, self._model.first_day, self._model.tz)
        lo, hi = self.x_range()
        if abs(lo - want[0]) > 3600 or abs(hi - want[1]) > 3600:
            self._range_key = ""
            self.range_group.setExclusive(False)
            for b in self.range_buttons.values():
                b.setChecked(False)
            self.range_group.setExclusive(True)
            self.range_changed.emit("")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if "_painter" in self.__dict__ and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.FontChange,
        ):
            self._render(preset=self._range_key or None)  # keep a manual zoom
            if self._range_key:
                self.set_range(self._range_key)

    # ------------------------------------------------------------------ names

    def _exercise_name(self, slug: str) -> str:
        return self._exercise_names.get(slug) or pretty_slug(slug)

    def _template_name(self, tid: str) -> str:
        return self._template_names.get(tid) or pretty_slug(tid)

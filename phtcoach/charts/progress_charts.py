"""The stacked Progress charts: pain on top, then what the tendon was given, on one time axis.

One GraphicsLayoutWidget holds a PlotItem per chart, every x axis linked to the pain plot,
so a zoom, a pan or a range button moves them all and a vertical line through the same
day reads every chart at once. y follows the visible data (`setAutoVisible`), the mouse
moves x only: pain and load keep their meaning while the eye scans time.

Bars are drawn as "needles" (a PlotDataItem of vertical segments, `connect` as an array)
rather than BarGraphItems: they clip to the view, downsample by peaks, and autoscale to
what is visible like every other curve, which keeps ten years of daily data smooth. Their
pen width follows the zoom so a day's bar keeps about two thirds of a day's width.

Every value drawn comes from ProgressModel (charts/data.py), itself built from
core.analysis only.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from functools import partial
from html import escape
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from phtcoach.charts._pg import date_axis, pg
from phtcoach.charts.data import (
    DAY_S,
    RANGE_DAYS,
    DayValues,
    FloatArray,
    ProgressModel,
    view_span,
)
from phtcoach.charts.labels import kind_label, pretty_slug, verdict_label
from phtcoach.charts.theme import MIN_POINT_SIZE, ChartTheme, chart_font, theme_for
from phtcoach.core.analysis import Verdict
from phtcoach.core.model import KG_PER_LB, ActivityKind, Units

PLOT_NAMES = ("pain", "response", "volume", "load", "activity", "symmetry")
LEFT_AXIS_W = 64
RIGHT_AXIS_W = 56
SYMBOL_MAX_DAYS = 120
DOWNSAMPLE_FACTOR = 1.0  # wider views drop the point symbols: thousands of dots are just noise
PAIN_Y = (-2.6, 10.6)  # room below 0 for the session and activity marks
SESSION_MARK_Y = -0.9
ACTIVITY_MARK_Y = -1.9
ROW_STRETCH = {"pain": 5}
PAIN_MIN_H = 140
PLOT_MIN_H = 110  # below this the y labels of a short plot collide (review at 1280x720)
BOTTOM_AXIS_H = 40


def needle_data(
    x: FloatArray, lo: FloatArray, hi: FloatArray
) -> tuple[FloatArray, FloatArray, np.ndarray]:
    """Vertical segments from lo to hi at each x, as (x, y, connect) for a PlotDataItem."""
    n = len(x)
    xx = np.repeat(np.asarray(x, dtype=np.float64), 2)
    yy = np.empty(2 * n)
    yy[0::2] = lo
    yy[1::2] = hi
    connect = np.zeros(2 * n, dtype=bool)
    connect[0::2] = True
    return xx, yy, connect


def gap_connect(x: FloatArray, max_gap_days: float = 1.5) -> np.ndarray:
    """Connect consecutive daily points only: a missed day is a gap, never a slope."""
    c = np.zeros(len(x), dtype=bool)
    if len(x) > 1:
        c[:-1] = np.diff(x) <= max_gap_days * DAY_S
    return c


class DayAxis(pg.DateAxisItem):  # type: ignore[misc]  # pyqtgraph ships no stubs
    """A DateAxisItem that drops finer ticks crowding a coarser one.

    DateAxisItem steps days from the view's start and adds month starts on their own
    level, so "28, Jan, 02" can land a day apart and the labels overlap at 11 pt.
    """

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation)
        # Day ticks up to three months wide (pyqtgraph switches to months sooner, which at
        # 11 pt leaves three labels under a quarter of a year).
        levels: list[tuple[float, Any]] = list(self.zoomLevels.items())
        self.zoomLevels: OrderedDict[float, Any] = OrderedDict(
            (15 * DAY_S if level is date_axis.MONTH_DAY_ZOOM_LEVEL else spacing, level)
            for spacing, level in levels
        )

    def tickValues(self, min_val: float, max_val: float, size: float) -> list[Any]:
        levels = super().tickValues(min_val, max_val, size)
        taken: list[float] = []
        out = []
        for spacing, values in levels:
            step = float(np.min(np.diff(values))) if len(values) > 1 else spacing
            kept = [v for v in values if all(abs(v - t) >= 0.75 * step for t in taken)]
            taken.extend(kept)
            out.append((spacing, kept))
        return out

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """Day ticks as "14 Sep", month ticks as "Oct 2026", year ticks as "2026": a bare
        "14" or "Oct" beside each other read as one date."""
        if spacing < DAY_S:
            return list(super().tickStrings(values, scale, spacing))
        out: list[str] = []
        for v in values:
            try:
                d = date_axis.utcfromtimestamp(
                    date_axis.adjustTimestampToPreferredUtcOffset(v, self.utcOffset)
                )
            except (OverflowError, ValueError, OSError):
                out.append("")
                continue
            q = QDate(d.year, d.month, d.day)
            if spacing >= 300 * DAY_S:
                out.append(str(d.year))
            elif spacing >= 27 * DAY_S:
                out.append(QLocale().toString(q, "MMM yyyy"))
            else:
                out.append(QLocale().toString(q, "d MMM"))
        return out


class TitleItem(pg.LabelItem):  # type: ignore[misc]  # pyqtgraph ships no stubs
    """A plot's title and legend line that never widens the layout: in a narrow window
    the legend drops whole entries for "+N more" (all of them in the tooltip) rather than
    cutting a name in half at the plot's edge."""

    def __init__(self) -> None:
        super().__init__(justify="left")
        self.setFlag(self.GraphicsItemFlag.ItemClipsChildrenToShape)
        self._heading = ""
        self._entries: list[tuple[str, str, str]] = []
        self._font = QFont()
        self._colour = "#000000"
        self._html = ""
        self.shown_entries = 0

    def set_parts(
        self, heading: str, entries: Sequence[tuple[str, str, str]], font: QFont, colour: str
    ) -> None:
        """Heading in bold, then (glyph, colour, name) entries, as many as fit."""
        self._heading = heading
        self._entries = list(entries)
        self._font = QFont(font)
        self._colour = colour
        names = ", ".join(text for _g, _c, text in self._entries)
        self.setToolTip(f"{heading}: {names}" if names else heading)
        self._fit()

    def full_text(self) -> str:
        return str(self.toolTip())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if hasattr(self, "_html"):  # LabelItem resizes itself inside its own __init__
            self._fit()

    def _fit(self) -> None:
        width = self.size().width()
        if width <= 1:
            width = 1e9  # not laid out yet: show everything, the first resize trims it
        fm = QFontMetrics(self._font)
        bold_font = QFont(self._font)
        bold_font.setBold(True)
        used = QFontMetrics(bold_font).horizontalAdvance(self._heading + "    ") + 12
        more = QCoreApplication.translate("ProgressCharts", "+{0} more")
        shown = 0
        parts: list[str] = []
        for i, (glyph, colour, text) in enumerate(self._entries):
            w = fm.horizontalAdvance(f"{glyph} {text}    ")
            rest = len(self._entries) - i - 1
            tail = fm.horizontalAdvance("… " + more.format(rest)) if rest else 0
            room = width - used - tail - fm.horizontalAdvance(f"{glyph}     ")
            if used + w + tail > width:
                if not parts and room >= fm.horizontalAdvance("M") * 8:
                    # Not even one entry fits: show the first, elided, rather than none.
                    text = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(room))
                    parts.append(f'<span style="color:{colour}">{glyph}</span>&nbsp;{escape(text)}')
                    shown += 1
                break
            parts.append(f'<span style="color:{colour}">{glyph}</span>&nbsp;{escape(text)}')
            used += w
            shown += 1
        hidden = len(self._entries) - shown
        if hidden:
            parts.append("…&nbsp;" + escape(more.format(hidden)))
        html = (
            f'<b style="color:{self._colour}">{escape(self._heading)}</b>&nbsp;&nbsp;&nbsp;'
            + "&nbsp;&nbsp; ".join(parts)
        )
        self.shown_entries = shown
        if html != self._html:
            self._html = html
            size = f"{self._font.pointSizeF():g}pt"
            self.setText(html, size=size, color=self._colour)

    def updateMin(self) -> None:
        super().updateMin()
        self.setMinimumWidth(0)
        height = self._sizeHint[Qt.SizeHint.MinimumSize][1]
        self._sizeHint[Qt.SizeHint.MinimumSize] = (0, height)
        self._sizeHint[Qt.SizeHint.PreferredSize] = (0, height)
        self.updateGeometry()


class _KeyFilter(QObject):
    """Left/Right walk the read-out day by day, Home/End jump: hover values without a mouse."""

    def __init__(self, on_key: Callable[[int], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._on_key = on_key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_key(event.key())
        return False


class ProgressCharts(QWidget):
    """Range buttons, a hover read-out and the stacked, x-linked plots."""

    range_changed = Signal(str)  # "4w" / "3m" / "all", or "" after a manual zoom or pan

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressCharts")
        if self.font().pointSizeF() < MIN_POINT_SIZE:  # PRODUCT.md: no text below 11 pt
            self.setFont(chart_font(self.font()))
        self._model = ProgressModel.empty()
        self._today = date.today()
        self._range_key = "3m"
        self._applying = False
        self._readout_day: date | None = None
        self._exercise_names: dict[str, str] = {}
        self._template_names: dict[str, str] = {}
        self._theme: ChartTheme = theme_for(self.palette())
        self.items: dict[str, Any] = {}  # series name -> drawn item (tests read their data)
        self._needles: list[tuple[Any, str]] = []  # items whose pen width follows the zoom
        self._symbol_items: list[tuple[Any, str, float]] = []  # (item, symbol, size)
        self._detailed: bool | None = None
        self._dashed: list[tuple[Any, QPen]] = []  # (item, its solid pen)
        self._legend_entries: dict[str, list[tuple[str, str, str]]] = {}
        self._crosshairs: dict[str, Any] = {}

        self._build_controls()
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
        self._key_filter = _KeyFilter(self._on_key, self)
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

        self.plots: dict[str, Any] = {name: self._make_plot(name) for name in PLOT_NAMES}
        # A title row above each plot carries its legend: inside a 60 px plot a legend
        # would hide the very bars it explains.
        self.titles: dict[str, Any] = {name: TitleItem() for name in PLOT_NAMES}
        pain = self.plots["pain"]
        for name in PLOT_NAMES[1:]:
            self.plots[name].setXLink(pain)
        self._tut_vb = pg.ViewBox(enableMenu=False)
        self._tut_vb.setParentItem(self.plots["volume"])
        self._tut_vb.setXLink(pain)
        self._tut_vb.setMouseEnabled(x=True, y=False)
        self._tut_vb.setAutoVisible(y=True)
        self._tut_vb.enableAutoRange(y=True)
        self.plots["volume"].getAxis("right").linkToView(self._tut_vb)
        self.plots["volume"].vb.sigResized.connect(self._sync_tut_geometry)
        pain.vb.sigXRangeChanged.connect(self._on_x_range)
        pain.vb.sigResized.connect(self._update_widths)
        self.visible_plots: list[str] = []
        self._mouse_proxy = pg.SignalProxy(
            self.glw.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse_moved
        )
        self._render()

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
        self._render()
        self.set_range(self._range_key or "3m")

    @property
    def model(self) -> ProgressModel:
        return self._model

    def set_range(self, key: str) -> None:
        """Show the last 4 weeks ("4w"), 3 months ("3m") or everything ("all")."""
        start, end = view_span(key, self._today, self._model.first_day, self._model.tz)
        self._range_key = key
        self._applying = True
        try:
            self.plots["pain"].setXRange(start, end, padding=0)
        finally:
            self._applying = False
        self.range_buttons[key].setChecked(True)
        self._on_x_range()
        self.range_changed.emit(key)

    def _range_clicked(self, key: str, _checked: bool = False) -> None:
        self.set_range(key)

    def current_range(self) -> str:
        """The range button in force, or "" once the user has zoomed or panned away."""
        return self._range_key

    def x_range(self) -> tuple[float, float]:
        lo, hi = self.plots["pain"].vb.viewRange()[0]
        return float(lo), float(hi)

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

    def readout_text(self, day: date) -> str:
        """Every series' value on `day`, as the hover read-out shows it."""
        v = self._model.values_on(day)
        parts = self._readout_parts(v)
        when = QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")
        if not parts:
            return self.tr("{0}: nothing logged").format(when)
        return f"{when}: " + " · ".join(parts)

    # ------------------------------------------------------------------ building

    def _build_controls(self) -> None:
        self._controls = QHBoxLayout()
        self._controls.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Show:"))
        self._controls.addWidget(label)
        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        titles = {
            "4w": (self.tr("4 weeks"), self.tr("Show the last 4 weeks")),
            "3m": (self.tr("3 months"), self.tr("Show the last 3 months")),
            "all": (self.tr("All"), self.tr("Show everything logged")),
        }
        self.range_buttons: dict[str, QPushButton] = {}
        for key in RANGE_DAYS:
            text, name = titles[key]
            b = QPushButton(text)
            b.setCheckable(True)
            b.setAccessibleName(name)
            b.setObjectName(f"range_{key}")
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            b.clicked.connect(partial(self._range_clicked, key))
            self.range_group.addButton(b)
            self.range_buttons[key] = b
            self._controls.addWidget(b)
        label.setBuddy(self.range_buttons["4w"])
        self._controls.addStretch(1)
        self.readout = QLabel(self)  # parented first: its font (>= 11 pt) sizes it
        self.readout.setObjectName("progressReadout")
        self.readout.setWordWrap(True)
        self.readout.setAccessibleName(self.tr("Values on the day under the pointer"))
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Room for three lines, so the charts do not jump as the pointer moves across days.
        self.readout.setMinimumHeight(self.readout.fontMetrics().lineSpacing() * 3 + 4)
        self.readout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def _make_plot(self, name: str) -> Any:
        plot = pg.PlotItem(axisItems={"bottom": DayAxis(orientation="bottom")})
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=True, y=False)
        plot.showAxis("right")
        plot.getAxis("left").setWidth(LEFT_AXIS_W)
        plot.getAxis("right").setWidth(RIGHT_AXIS_W)
        plot.getAxis("right").setStyle(showValues=False)
        if name != "volume":  # only there does the right axis carry a scale
            plot.getAxis("right").setTicks([[], []])
        vb = plot.getViewBox()
        if name == "pain":
            plot.setMinimumHeight(PAIN_MIN_H)
            plot.setPreferredHeight(260)
            vb.setYRange(*PAIN_Y, padding=0)
            vb.disableAutoRange(axis=pg.ViewBox.YAxis)
            plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)], []])
        else:
            plot.setMinimumHeight(PLOT_MIN_H)
            plot.setPreferredHeight(PLOT_MIN_H + 20)
            for side in ("left", "right"):  # a short plot has room for a few labels only
                plot.getAxis(side).setStyle(maxTickLevel=0, maxTextLevel=0)
            vb.setAutoVisible(y=True)
            vb.enableAutoRange(axis=pg.ViewBox.YAxis)
        return plot

    def _sync_tut_geometry(self) -> None:
        self._tut_vb.setGeometry(self.plots["volume"].vb.geometry())
        self._tut_vb.linkedViewChanged(self.plots["volume"].vb, self._tut_vb.XAxis)

    def _clear_items(self) -> None:
        for plot in self.plots.values():
            plot.clear()
        for item in list(self._tut_vb.addedItems):
            self._tut_vb.removeItem(item)
        self.items.clear()
        self._needles.clear()
        self._symbol_items.clear()
        self._dashed.clear()
        self._detailed = None  # unknown: the next range check applies it
        self._legend_entries = {name: [] for name in PLOT_NAMES}
        self._crosshairs.clear()

    def _render(self) -> None:
        """(Re)draw every series from the model in the current theme."""
        self._theme = theme_for(self.palette())
        self._clear_items()
        m, t = self._model, self._theme
        self.glw.setBackground(t.background)
        self._draw_pain(m, t)
        self._draw_response(m, t)
        self._draw_volume(m, t)
        self._draw_load(m, t)
        self._draw_activity(m, t)
        self._draw_symmetry(m, t)
        for name, plot in self.plots.items():
            self._style_plot(name, plot, t)
            line = pg.InfiniteLine(
                angle=90, movable=False, pen=pg.mkPen(t.muted, width=1, style=Qt.PenStyle.DashLine)
            )
            line.hide()
            plot.addItem(line, ignoreBounds=True)
            self._crosshairs[name] = line
        self.plots["volume"].getAxis("right").setStyle(showValues=True)
        self._relayout()
        self._apply_limits()
        self._update_widths()
        self._update_symbols()
        if self._readout_day is not None:
            self.show_readout_for(self._readout_day)
        else:
            self.readout.setText(
                self.tr("Point at a day (or focus the charts and use the arrow keys) to read it.")
            )

    def _style_axis(self, axis: Any, t: ChartTheme) -> None:
        font = chart_font(self.font())
        axis.setPen(pg.mkPen(t.muted))
        axis.setTextPen(pg.mkPen(t.foreground))
        axis.setStyle(tickFont=font)
        axis.label.setFont(font)

    def _style_plot(self, name: str, plot: Any, t: ChartTheme) -> None:
        for side in ("left", "bottom", "right"):
            self._style_axis(plot.getAxis(side), t)
        plot.showGrid(x=True, y=True, alpha=0.15)
        labels = {
            "pain": self.tr("pain /10"),
            "response": self.tr("Δ pain"),
            "volume": self.tr("reps"),
            "load": self._unit_label(),
            "activity": self.tr("min"),
            "symmetry": "%",
        }
        headings = {
            "pain": self.tr("Pain"),
            "response": self.tr("24-hour response"),
            "volume": self.tr("Volume"),
            "load": self.tr("Heaviest load per exercise ({0})").format(self._unit_label()),
            "activity": self.tr("Activity minutes"),
            "symmetry": self.tr("Symmetry: affected side as % of the other"),
        }
        title = self.titles[name]
        title.set_parts(
            headings[name], self._legend_entries[name], chart_font(self.font()), t.foreground
        )
        title.setMaximumHeight(QFontMetrics(chart_font(self.font())).height() + 6)
        css = {"color": t.foreground, "font-size": f"{chart_font(self.font()).pointSizeF():g}pt"}
        plot.setLabel("left", labels[name], **css)
        if name == "volume":
            plot.setLabel("right", self.tr("min"), **css)

    def _legend(self, name: str, glyph: str, colour: str, text: str) -> None:
        """One legend entry in the title row of plot `name`: a coloured glyph and a name."""
        self._legend_entries[name].append((glyph, colour, text))

    def _curve(
        self,
        plot: Any,
        key: str,
        x: FloatArray,
        y: FloatArray,
        *,
        pen: Any,
        symbol: str | None = None,
        symbol_size: float = 7,
        colour: str | None = None,
        connect: Any = "all",
        target: Any = None,
        dashed: bool = False,
    ) -> Any:
        """A downsampled, clipped curve; `dashed` lines are dashed only when zoomed in (a
        dashed pen over thousands of points costs more than all the other curves)."""
        item = pg.PlotDataItem(
            x,
            y,
            pen=pen,
            connect=connect,
            symbol=symbol,
            symbolSize=symbol_size,
            symbolBrush=pg.mkBrush(colour) if colour else None,
            symbolPen=None,
            # Peak pairs at about one per pixel: a line drawn denser is the same picture.
            autoDownsampleFactor=DOWNSAMPLE_FACTOR,
        )
        # Clip and downsample only once parented: pyqtgraph looks for the ViewBox on the way.
        (target if target is not None else plot).addItem(item)
        item.setDownsampling(auto=True, method="peak")
        item.setClipToView(True)
        self.items[key] = item
        if symbol is not None:
            self._symbol_items.append((item, symbol, symbol_size))
        if dashed:
            self._dashed.append((item, QPen(pen)))
        return item

    def _needle(
        self,
        plot: Any,
        key: str,
        x: FloatArray,
        lo: FloatArray,
        hi: FloatArray,
        colour: str,
        target: Any = None,
    ) -> Any:
        xx, yy, connect = needle_data(x, lo, hi)
        item = self._curve(
            plot, key, xx, yy, pen=self._needle_pen(colour, 2), connect=connect, target=target
        )
        self._needles.append((item, colour))
        return item

    @staticmethod
    def _needle_pen(colour: str, width: float) -> Any:
        pen = pg.mkPen(colour, width=width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # a bar ends at its value, not a cap beyond
        return pen

    def _marks(
        self, plot: Any, key: str, x: FloatArray, y: float, colour: str, symbol: str, size: float
    ) -> Any:
        """Symbols without a line: sessions, activities, unknown responses."""
        item = pg.PlotDataItem(
            x,
            np.full(len(x), y),
            pen=None,
            symbol=symbol,
            symbolSize=size,
            symbolBrush=pg.mkBrush(colour),
            symbolPen=pg.mkPen(colour),
        )
        # Not clipped: a few thousand symbols draw from one cached pixmap, while clipping
        # would rebuild the scatter on every pan step.
        plot.addItem(item)
        self.items[key] = item
        return item

    # ------------------------------------------------------------------ the charts

    def _draw_pain(self, m: ProgressModel, t: ChartTheme) -> None:
        plot = self.plots["pain"]
        band_colour = QColor(t.band)
        band_colour.setAlpha(70 if t.dark else 55)
        self._legend("pain", "●", t.morning, self.tr("Morning test"))
        self._legend("pain", "■", t.evening, self.tr("Evening"))
        self._legend("pain", "━", t.mean, self.tr("7-day mean"))
        if len(m.band.dates):
            edge = pg.mkPen(band_colour, width=1)
            lower = self._curve(plot, "band_lower", m.band.x, m.band.lower, pen=edge)
            upper = self._curve(plot, "band_upper", m.band.x, m.band.upper, pen=edge)
            fill = pg.FillBetweenItem(lower, upper, brush=pg.mkBrush(band_colour))
            plot.addItem(fill)
            self.items["band"] = fill
            self._legend("pain", "▇", t.band, self.tr("Baseline ±1"))
        self._curve(
            plot,
            "morning",
            m.morning.x,
            m.morning.y,
            pen=pg.mkPen(t.morning, width=1.5),
            symbol="o",
            symbol_size=7,
            colour=t.morning,
            connect=gap_connect(m.morning.x),
        )
        self._curve(
            plot,
            "evening",
            m.evening.x,
            m.evening.y,
            pen=pg.mkPen(t.evening, width=1.5),
            dashed=True,
            symbol="s",
            symbol_size=6,
            colour=t.evening,
            connect=gap_connect(m.evening.x),
        )
        self._curve(plot, "mean7", m.mean7.x, m.mean7.y, pen=pg.mkPen(t.mean, width=3.5))
        if len(m.sessions.x):
            self._marks(plot, "sessions", m.sessions.x, SESSION_MARK_Y, t.session, "t1", 11)
            self._legend("pain", "▲", t.session, self.tr("Session"))
        kinds = sorted(set(m.activities.kinds), key=list(ActivityKind).index)
        kind_arr = np.array([k.value for k in m.activities.kinds], dtype=object)
        for k in kinds:
            self._marks(
                plot,
                f"activity_{k.value}",
                m.activities.x[kind_arr == k.value],
                ACTIVITY_MARK_Y,
                t.activity[k],
                "d",
                10,
            )
        if kinds:
            self._legend("pain", "◆", t.muted, self.tr("Activity"))

    def _draw_response(self, m: ProgressModel, t: ChartTheme) -> None:
        plot = self.plots["response"]
        r = m.responses
        zero = pg.InfiniteLine(pos=0, angle=0, movable=False, pen=pg.mkPen(t.muted))
        plot.addItem(zero, ignoreBounds=True)
        plot.vb.setLimits(minYRange=3.0)
        verdicts = np.array([v.value for v in r.verdicts], dtype=object)
        known = np.isfinite(r.delta)
        names = {
            Verdict.CLEARED: self.tr("back to baseline"),
            Verdict.OK: self.tr("up to 1 above"),
            Verdict.RED: self.tr("red"),
        }
        for v, label in names.items():
            sel = (verdicts == v.value) & known
            if sel.any():
                x = r.x[sel]
                zeros = np.zeros(len(x))
                self._needle(plot, f"response_{v.value}", x, zeros, r.delta[sel], t.verdict[v])
                self._legend("response", "■", t.verdict[v], label)
        # No delta: no morning test (yet), or no baseline to compare with; a morning above
        # 5 is red even then, so it keeps the red colour.
        red = verdicts == Verdict.RED.value
        if (~known & red).any():
            red_x = r.x[~known & red]
            self._marks(plot, "response_red_unknown", red_x, 0.0, t.verdict[Verdict.RED], "x", 10)
        if (~known & ~red).any():
            self._marks(plot, "response_unknown", r.x[~known & ~red], 0.0, t.muted, "x", 9)
            self._legend("response", "✕", t.muted, self.tr("not known"))

    def _draw_volume(self, m: ProgressModel, t: ChartTheme) -> None:
        plot = self.plots["volume"]
        v = m.volume
        self._needle(plot, "reps", v.x, np.zeros(len(v.x)), v.reps, t.morning)
        self._legend("volume", "■", t.morning, self.tr("reps (left)"))
        self._curve(
            plot,
            "tut",
            v.x,
            v.tut_s / 60.0,
            pen=pg.mkPen(t.tut, width=2),
            symbol="o",
            symbol_size=6,
            colour=t.tut,
            target=self._tut_vb,
        )
        self._legend("volume", "●", t.tut, self.tr("minutes under tension (right)"))

    def _draw_load(self, m: ProgressModel, t: ChartTheme) -> None:
        plot = self.plots["load"]
        factor = self._unit_factor()
        symbols = (("o", "●"), ("s", "■"), ("t", "▼"), ("d", "◆"), ("h", "⬢"), ("star", "★"))
        for i, (slug, s) in enumerate(m.load.items()):
            colour = t.exercise_colour(i)
            symbol, glyph = symbols[i % len(symbols)]
            loaded = s.y > 0  # a bodyweight set (0 kg) is no load to chart
            if not loaded.any():
                continue
            self._curve(
                plot,
                f"load_{slug}",
                s.x[loaded],
                s.y[loaded] * factor,
                pen=pg.mkPen(colour, width=2),
                symbol=symbol,
                symbol_size=7,
                colour=colour,
            )
            self._legend("load", glyph, colour, self._exercise_name(slug))

    def _draw_activity(self, m: ProgressModel, t: ChartTheme) -> None:
        plot = self.plots["activity"]
        a = m.activity_minutes
        for k in a.kinds:
            has = a.minutes[k] > 0
            self._needle(
                plot,
                f"minutes_{k.value}",
                a.x[has],
                a.bottom[k][has],
                a.top[k][has],
                t.activity[k],
            )
            self._legend("activity", "■", t.activity[k], self._kind_name(k))

    def _draw_symmetry(self, m: ProgressModel, t: ChartTheme) -> None:
        plot = self.plots["symmetry"]
        ref = pg.InfiniteLine(
            pos=100, angle=0, movable=False, pen=pg.mkPen(t.muted, style=Qt.PenStyle.DashLine)
        )
        plot.addItem(ref, ignoreBounds=True)
        if len(m.symmetry_test):
            c = t.exercise_colour(0)
            self._curve(
                plot,
                "symmetry_test",
                m.symmetry_test.x,
                m.symmetry_test.y,
                pen=pg.mkPen(c, width=2),
                symbol="o",
                colour=c,
            )
            self._legend("symmetry", "●", c, self.tr("bridge test reps"))
        if len(m.symmetry_sets):
            c = t.exercise_colour(1)
            self._curve(
                plot,
                "symmetry_sets",
                m.symmetry_sets.x,
                m.symmetry_sets.y,
                pen=pg.mkPen(c, width=2),
                dashed=True,
                symbol="s",
                colour=c,
            )
            self._legend("symmetry", "■", c, self.tr("session reps"))

    # ------------------------------------------------------------------ layout and view

    def _has_data(self, name: str) -> bool:
        m = self._model
        return {
            "pain": True,
            "response": len(m.responses.x) > 0,
            "volume": len(m.volume.x) > 0,
            "load": any(bool((s.y > 0).any()) for s in m.load.values()),
            "activity": len(m.activity_minutes.x) > 0,
            "symmetry": len(m.symmetry_test) + len(m.symmetry_sets) > 0,
        }[name]

    def _relayout(self) -> None:
        """Only charts with something to show take space; the last one carries the dates."""
        visible = [n for n in PLOT_NAMES if self._has_data(n)]
        ci = self.glw.ci
        ci.clear()
        for i, name in enumerate(visible):
            ci.addItem(self.titles[name], row=2 * i, col=0)
            ci.layout.setRowStretchFactor(2 * i, 0)
            ci.addItem(self.plots[name], row=2 * i + 1, col=0)
            ci.layout.setRowStretchFactor(2 * i + 1, ROW_STRETCH.get(name, 1))
        for name in PLOT_NAMES:
            axis = self.plots[name].getAxis("bottom")
            # Dates under the last plot and under Pain: the stack may scroll, and the
            # top of it must still say which days it shows.
            last = name == visible[-1] or name == "pain"
            axis.setStyle(showValues=last)
            axis.setHeight(None if last else 6)
        self.visible_plots = visible
        title_h = QFontMetrics(chart_font(self.font())).height() + 6
        need = sum(self.plots[n].minimumHeight() + title_h + 6 for n in visible)
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
        for item, colour in self._needles:
            item.setPen(self._needle_pen(colour, w))

    def _update_symbols(self) -> None:
        """Zoomed in: point symbols and antialiased lines. Zoomed out over months or years:
        neither, since thousands of dots read as noise and antialiasing dense zig-zags
        costs about four fifths of a full draw (docs/benchmarks.md)."""
        detailed = self._visible_days() <= SYMBOL_MAX_DAYS
        if detailed == self._detailed:
            return
        self._detailed = detailed
        for item, symbol, size in self._symbol_items:
            item.setSymbol(symbol if detailed else None)
            item.setSymbolSize(size)
        for item, solid in self._dashed:
            pen = QPen(solid)
            if detailed:
                pen.setStyle(Qt.PenStyle.DashLine)
            item.setPen(pen)
        for item in self.items.values():
            if isinstance(item, pg.PlotDataItem) and item.opts["antialias"] != detailed:
                item.opts["antialias"] = detailed
                item.setProperty("styleWasChanged", True)
                item.updateItems(styleUpdate=True)

    def _on_x_range(self, *_args: object) -> None:
        self._update_widths()
        self._update_symbols()
        if self._applying or not self._range_key:
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

    def _on_mouse_moved(self, event: tuple[Any, ...]) -> None:
        pos = event[0]
        for name in self.visible_plots:
            vb = self.plots[name].vb
            if vb.sceneBoundingRect().contains(pos):
                self.show_readout_at(float(vb.mapSceneToView(pos).x()))
                return

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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if "plots" in self.__dict__ and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.FontChange,
        ):
            self._render()
            if self._range_key:
                self.set_range(self._range_key)

    # ------------------------------------------------------------------ read-out text

    def _unit_factor(self) -> float:
        return 1.0 / KG_PER_LB if self._model.settings.units is Units.LB else 1.0

    def _unit_label(self) -> str:
        return self.tr("lb") if self._model.settings.units is Units.LB else self.tr("kg")

    def _exercise_name(self, slug: str) -> str:
        return self._exercise_names.get(slug) or pretty_slug(slug)

    def _template_name(self, tid: str) -> str:
        return self._template_names.get(tid) or pretty_slug(tid)

    def _kind_name(self, kind: ActivityKind) -> str:
        return kind_label(kind)

    def _verdict_name(self, verdict: Verdict) -> str:
        return verdict_label(verdict)

    def _readout_parts(self, v: DayValues) -> list[str]:
        parts: list[str] = []
        if v.morning is not None:
            parts.append(self.tr("Morning test {0}/10").format(_num(v.morning)))
        if v.evening is not None:
            parts.append(self.tr("Evening {0}/10").format(_num(v.evening)))
        if v.mean7 is not None:
            parts.append(self.tr("7-day mean {0}").format(_num(v.mean7)))
        if v.baseline is not None:
            parts.append(self.tr("Baseline {0}").format(_num(v.baseline)))
        if v.sessions:
            names = ", ".join(self._template_name(s) for s in v.sessions)
            parts.append(self.tr("Session: {0}").format(names))
        for verdict, delta in v.responses:
            if delta is None:
                parts.append(self.tr("24 h: {0}").format(self._verdict_name(verdict)))
            else:
                parts.append(
                    self.tr("24 h: {0} ({1})").format(_signed(delta), self._verdict_name(verdict))
                )
        if v.reps is not None:
            parts.append(self.tr("{0} reps").format(_num(v.reps)))
        if v.tut_s is not None:
            parts.append(self.tr("{0} min under tension").format(_num(v.tut_s / 60.0, 1)))
        for slug, kg in v.loads:
            parts.append(
                self.tr("{0} {1} {2}").format(
                    self._exercise_name(slug), _num(kg * self._unit_factor(), 1), self._unit_label()
                )
            )
        for kind, minutes in v.activities:
            parts.append(self.tr("{0} {1} min").format(self._kind_name(kind), _num(minutes)))
        if v.symmetry_test is not None:
            parts.append(self.tr("Bridge test symmetry {0} %").format(_num(v.symmetry_test)))
        if v.symmetry_sets is not None:
            parts.append(self.tr("Session symmetry {0} %").format(_num(v.symmetry_sets)))
        return parts


def _num(x: float, digits: int = 2) -> str:
    """Up to `digits` decimals, no trailing zeros: 3, 2.5, 2.86."""
    text = f"{round(x, digits):.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _signed(x: float) -> str:
    """One decimal and a sign, as the tolerance table shows a change: +0.1, -0.5, 0.0."""
    text = f"{x:+.1f}"
    return "0.0" if text in ("+0.0", "-0.0") else text

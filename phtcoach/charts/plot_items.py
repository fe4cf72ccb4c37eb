"""The pyqtgraph pieces the Progress charts are built from, knowing nothing of the model.

The date axis, the title row, needle geometry, and each plot's own set-up (axes, scale,
heading, labels) keyed by its name. Kept out of the widget so each piece can be made and
checked alone (tests build a DayAxis or a TitleItem without a ProgressCharts), and so the
widget reads as the assembly of its parts rather than their internals.

Bars are drawn as "needles" (a PlotDataItem of vertical segments, `connect` as an array)
rather than BarGraphItems: they clip to the view, downsample by peaks, and autoscale to
what is visible like every other curve, which keeps ten years of daily data smooth.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from html import escape
from typing import Any, ClassVar

import numpy as np
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics

from phtcoach.charts._pg import date_axis, pg
from phtcoach.charts.readout import unit_label
from phtcoach.charts.series import FloatArray
from phtcoach.charts.theme import ChartTheme
from phtcoach.charts.time_axis import DAY_S
from phtcoach.core.model import Units

PLOT_NAMES = ("pain", "response", "volume", "load", "activity", "symmetry")
LEFT_AXIS_W = 64
RIGHT_AXIS_W = 56
PAIN_Y = (-2.6, 10.6)  # room below 0 for the session and activity marks
PAIN_MIN_H = 140
TITLE_MARGIN = 4  # the title text's document margins, left and right (top and bottom too)
PLOT_MIN_H = 110  # below this the y labels of a short plot collide (review at 1280x720)
# The least y span each auto-ranged plot shows (Δ pain, reps, kg or lb, minutes, %).
MIN_Y_SPAN = {"response": 3.0, "volume": 10.0, "load": 5.0, "activity": 30.0, "symmetry": 20.0}
TUT_MIN_Y_SPAN = 2.0  # minutes under tension, the volume plot's right-hand scale


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

    # The stacked plots share one x range and width, so their date axes ask for the same
    # ticks on every frame; a range click back to a range seen before asks again. Ticks
    # over years cost pyqtgraph about 10 ms (a time-zone conversion per candidate day), so
    # they are worked out once per (range, zoom level, spacing, offset) for all the axes
    # together. The zoom level is still chosen per axis (it depends on the axis's font).
    _tick_cache: ClassVar[OrderedDict[tuple[Any, ...], list[Any]]] = OrderedDict()
    TICK_CACHE_SIZE = 16

    def tickValues(self, min_val: float, max_val: float, size: float) -> list[Any]:
        self.setZoomLevelForDensity((max_val - min_val) / size)
        level = self.zoomLevel
        key = (min_val, max_val, id(level), self.minSpacing, self.utcOffset)
        cache = DayAxis._tick_cache
        hit = cache.get(key)
        if hit is not None:
            cache.move_to_end(key)
            return [(spacing, list(values)) for spacing, values in hit]
        levels = level.tickValues(min_val, max_val, minSpc=self.minSpacing)
        out = self._thinned(levels)
        cache[key] = out
        while len(cache) > self.TICK_CACHE_SIZE:
            cache.popitem(last=False)
        return [(spacing, list(values)) for spacing, values in out]

    @staticmethod
    def _thinned(levels: list[Any]) -> list[Any]:
        """Each level without the ticks closer than 3/4 of its step to a coarser one."""
        taken = np.empty(0)
        out = []
        for spacing, values in levels:
            vals = np.asarray(values, dtype=np.float64)
            step = float(np.min(np.diff(vals))) if len(vals) > 1 else spacing
            if taken.size and vals.size:
                i = np.searchsorted(taken, vals)
                left = taken[np.clip(i - 1, 0, taken.size - 1)]
                right = taken[np.clip(i, 0, taken.size - 1)]
                near = np.minimum(np.abs(vals - left), np.abs(vals - right))
                keep = near >= 0.75 * step
            else:
                keep = np.ones(len(vals), dtype=bool)
            kept = [v for v, k in zip(values, keep.tolist(), strict=True) if k]
            taken = np.sort(np.concatenate([taken, vals[keep]]))
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
    """A plot's title and legend that never widens the layout: in a narrow window the
    legend wraps onto more rows, whole entries at a time, so every series drawn is named
    (a name is elided only when it alone is wider than the plot, the tooltip keeps it)."""

    rows_changed = Signal()  # the legend took more or fewer rows: the stack's height moves

    def __init__(self) -> None:
        super().__init__(justify="left")
        self.setFlag(self.GraphicsItemFlag.ItemClipsChildrenToShape)
        self.item.document().setDocumentMargin(TITLE_MARGIN / 2)  # Qt's 4 px: a taller stack
        self._heading = ""
        self._entries: list[tuple[str, str, str]] = []
        self._font = QFont()
        self._colour = "#000000"
        self._html = ""
        self.shown_entries = 0
        self.rows = 1
        self.width_hint = 0.0  # the width expected before the first layout (0: unknown)

    def set_parts(
        self, heading: str, entries: Sequence[tuple[str, str, str]], font: QFont, colour: str
    ) -> None:
        """Heading in bold, then (glyph, colour, name) entries, on as many rows as it takes."""
        self._heading = heading
        self._entries = list(entries)
        self._font = QFont(font)
        self._colour = colour
        names = ", ".join(text for _g, _c, text in self._entries)
        self.setToolTip(f"{heading}: {names}" if names else heading)
        self._fit()

    def full_text(self) -> str:
        return str(self.toolTip())

    def legend_names(self) -> list[str]:
        """The names of the entries, as given (the text shown may elide one, never drop it)."""
        return [text for _g, _c, text in self._entries]

    def fit_to(self, width: float) -> None:
        """Wrap for `width` now, before the layout gives it: the stack then gets its height
        in the same layout pass, not in a second one (and a second paint) after it."""
        self.width_hint = width
        self._fit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if hasattr(self, "_html"):  # LabelItem resizes itself inside its own __init__
            self._fit()

    def _fit(self) -> None:
        width = self.size().width()
        if width <= 1:  # not laid out yet: the width expected, else one row until resized
            width = self.width_hint or 1e9
        width -= TITLE_MARGIN
        fm = QFontMetrics(self._font)
        bold_font = QFont(self._font)
        bold_font.setBold(True)
        gap = fm.horizontalAdvance("\u00a0" * 4)
        used = QFontMetrics(bold_font).horizontalAdvance(self._heading) + gap
        rows: list[list[str]] = [[]]
        for glyph, colour, text in self._entries:
            w = fm.horizontalAdvance(f"{glyph}\u00a0{text}") + gap
            if used + w > width and (rows[-1] or used > 0):
                rows.append([])  # a new row (the first entry too, if beside the heading)
                used = 0
            if w > width:  # wider than the plot on a row of its own: elide this one name
                room = int(width - gap - fm.horizontalAdvance(f"{glyph}\u00a0"))
                text = fm.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))
            rows[-1].append(f'<span style="color:{colour}">{glyph}</span>&nbsp;{escape(text)}')
            used += w
        head = f'<b style="color:{self._colour}">{escape(self._heading)}</b>'
        sep = "&nbsp;" * 4
        lines = [sep.join([head, *rows[0]]), *(sep.join(r) for r in rows[1:])]
        html = "<br>".join(lines)
        self.shown_entries = len(self._entries)
        if html != self._html:
            self._html = html
            size = f"{self._font.pointSizeF():g}pt"
            self.setText(html, size=size, color=self._colour)
            if len(lines) != self.rows:
                self.rows = len(lines)
                self.rows_changed.emit()

    def updateMin(self) -> None:
        super().updateMin()
        self.setMinimumWidth(0)
        height = self._sizeHint[Qt.SizeHint.MinimumSize][1]
        self._sizeHint[Qt.SizeHint.MinimumSize] = (0, height)
        self._sizeHint[Qt.SizeHint.PreferredSize] = (0, height)
        self.setMaximumHeight(height)  # the rows it needs, no more: the plots take the rest
        self.updateGeometry()


def make_plot(name: str) -> Any:
    """One plot of the stack: the date axis, fixed axis widths so every plot's x lines up,
    and x-only mouse (pain keeps its 0-10 scale, the others follow the visible data)."""
    # The view box without its context menu (the plots have none: setMenuEnabled below),
    # which pyqtgraph would otherwise build for each of the six plots.
    plot = pg.PlotItem(
        viewBox=pg.ViewBox(enableMenu=False),
        axisItems={"bottom": DayAxis(orientation="bottom")},
    )
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
        # A day or two of data still reads as a chart: no y range of a fraction of a rep.
        vb.setLimits(minYRange=MIN_Y_SPAN[name])
    return plot


def style_plot(
    plot: Any,
    name: str,
    title: TitleItem,
    legend: Sequence[tuple[str, str, str]],
    t: ChartTheme,
    font: QFont,
    units: Units,
) -> None:
    """Plot `name`'s axes, grid, labels and title row (its heading and `legend`)."""
    for side in ("left", "bottom", "right"):
        _style_axis(plot.getAxis(side), t, font)
    plot.showGrid(x=True, y=True, alpha=0.15)
    labels = {
        "pain": _tr("pain /10"),
        "response": _tr("Δ pain"),
        "volume": _tr("reps"),
        "load": unit_label(units),
        "activity": _tr("min"),
        "symmetry": "%",
    }
    headings = {
        "pain": _tr("Pain"),
        "response": _tr("24-hour response"),
        "volume": _tr("Volume"),
        "load": _tr("Heaviest load per exercise ({0})").format(unit_label(units)),
        "activity": _tr("Activity minutes"),
        "symmetry": _tr("Symmetry: affected side as % of the other"),
    }
    title.set_parts(headings[name], legend, font, t.foreground)
    css = {"color": t.foreground, "font-size": f"{font.pointSizeF():g}pt"}
    plot.setLabel("left", labels[name], **css)
    if name == "volume":
        plot.setLabel("right", _tr("min"), **css)


def _style_axis(axis: Any, t: ChartTheme, font: QFont) -> None:
    axis.setPen(pg.mkPen(t.muted))
    axis.setTextPen(pg.mkPen(t.foreground))
    axis.setStyle(tickFont=font)
    axis.label.setFont(font)


def _tr(text: str) -> str:
    # The context the widget's own tr() used when it held these strings.
    return QCoreApplication.translate("ProgressCharts", text)

"""What the Progress plots show: every series of the model drawn into the stacked plots.

The widget (charts/progress_charts.py) owns the plots, the range and the pointer; this
module owns what is drawn in them and how a drawing adapts to the zoom (needle widths,
point symbols, dashes, antialiasing). Keeping the two apart lets the widget read as
layout and interaction, and lets a new series be added here without touching the widget.

Every value drawn comes from ProgressModel (charts/data.py), itself built from
core.analysis only. Strings keep the "ProgressCharts" translation context they had when
the widget drew the series itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPen

from phtcoach.charts._pg import pg
from phtcoach.charts.data import ProgressModel
from phtcoach.charts.labels import kind_label
from phtcoach.charts.plot_items import PLOT_NAMES, gap_connect, needle_data
from phtcoach.charts.readout import unit_factor
from phtcoach.charts.series import FloatArray
from phtcoach.charts.theme import ChartTheme
from phtcoach.core.analysis import Verdict
from phtcoach.core.model import ActivityKind

DOWNSAMPLE_FACTOR = 1.0  # wider views drop the point symbols: thousands of dots are just noise
SESSION_MARK_Y = -0.9  # below the pain scale's 0 (plot_items.PAIN_Y leaves the room)
ACTIVITY_MARK_Y = -1.9

_CTX = "ProgressCharts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def has_data(m: ProgressModel, name: str) -> bool:
    """Whether plot `name` has anything to show: an empty plot takes no room."""
    return {
        "pain": True,
        "response": len(m.responses.x) > 0,
        "volume": len(m.volume.x) > 0,
        "load": any(bool((s.y > 0).any()) for s in m.load.values()),
        "activity": len(m.activity_minutes.x) > 0,
        "symmetry": len(m.symmetry_test) + len(m.symmetry_sets) > 0,
    }[name]


class SeriesPainter:
    """Draws a model into the plots and remembers what it drew, so a zoom can restyle the
    items in place instead of drawing everything again."""

    def __init__(self, plots: Mapping[str, Any], tut_vb: Any) -> None:
        self._plots = plots
        self._tut_vb = tut_vb  # the volume plot's right-hand scale (minutes under tension)
        self.items: dict[str, Any] = {}  # series name -> drawn item (tests read their data)
        self.legend_entries: dict[str, list[tuple[str, str, str]]] = {}
        self._needles: list[tuple[Any, str]] = []  # items whose pen width follows the zoom
        self._symbol_items: list[tuple[Any, str, float]] = []  # (item, symbol, size)
        self._detailed: bool | None = None
        self._dashed: list[tuple[Any, QPen]] = []  # (item, its solid pen)

    def clear(self) -> None:
        for plot in self._plots.values():
            plot.clear()
        for item in list(self._tut_vb.addedItems):
            self._tut_vb.removeItem(item)
        self.items.clear()
        self._needles.clear()
        self._symbol_items.clear()
        self._dashed.clear()
        self._detailed = None  # unknown: the next range check applies it
        self.legend_entries = {name: [] for name in PLOT_NAMES}

    def draw(self, m: ProgressModel, t: ChartTheme, *, exercise_name: Callable[[str], str]) -> None:
        """Every series of `m` in theme `t`; call `clear()` first."""
        self._draw_pain(m, t)
        self._draw_response(m, t)
        self._draw_volume(m, t)
        self._draw_load(m, t, exercise_name)
        self._draw_activity(m, t)
        self._draw_symmetry(m, t)

    # ------------------------------------------------------------------ following the zoom

    def set_needle_width(self, width: float) -> None:
        """Bars keep about two thirds of a day's width whatever the zoom."""
        for item, colour in self._needles:
            item.setPen(self._needle_pen(colour, width))

    def set_detailed(self, detailed: bool) -> None:
        """Zoomed in: point symbols and antialiased lines. Zoomed out over months or years:
        neither, since thousands of dots read as noise and antialiasing dense zig-zags
        costs about four fifths of a full draw (docs/benchmarks.md)."""
        if detailed == self._detailed:
            return
        self._detailed = detailed
        for item, symbol, size in self._symbol_items:
            if detailed:
                item.opts["symbolSize"] = size  # set before the symbol: one scatter build
                item.setSymbol(symbol)
            else:
                item.setSymbol(None)
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

    # ------------------------------------------------------------------ drawing items

    def _legend(self, name: str, glyph: str, colour: str, text: str) -> None:
        """One legend entry in the title row of plot `name`: a coloured glyph and a name."""
        self.legend_entries[name].append((glyph, colour, text))

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
            pen=pen,
            connect=connect,
            symbol=None,  # set_detailed adds it once the view is known to be narrow
            symbolSize=symbol_size,
            symbolBrush=pg.mkBrush(colour) if colour else None,
            symbolPen=None,
            # Peak pairs at about one per pixel: a line drawn denser is the same picture.
            autoDownsampleFactor=DOWNSAMPLE_FACTOR,
            # No clamping of values far outside the view (pyqtgraph's guard for extreme
            # zooms, which y here never allows): with it, each y fit after a range click
            # re-clipped every curve a second time.
            dynamicRangeLimit=None,
        )
        # Clip and downsample only once parented: pyqtgraph looks for the ViewBox on the way.
        # The data comes last, so it is clipped and downsampled from the first draw on:
        # given at construction, a curve of years would build a scatter of every point and
        # rebuild it on each step of the parenting (about a third of a second at ten years).
        (target if target is not None else plot).addItem(item)
        item.setDownsampling(auto=True, method="peak")
        item.setClipToView(True)
        item.setData(x, y)
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
        item = pg.ScatterPlotItem(
            pxMode=True,
            symbol=symbol,
            size=size,
            brush=pg.mkBrush(colour),
            pen=pg.mkPen(colour),
        )
        # Not clipped: a few thousand symbols draw from one cached pixmap, while clipping
        # would rebuild the scatter on every pan step. One scatter item, its data set once
        # after parenting (a PlotDataItem would rebuild its scatter on each parenting step).
        plot.addItem(item)
        item.setData(x=x, y=np.full(len(x), y))
        self.items[key] = item
        return item

    # ------------------------------------------------------------------ one chart each

    def _draw_pain(self, m: ProgressModel, t: ChartTheme) -> None:
        plot = self._plots["pain"]
        band_colour = QColor(t.band)
        band_colour.setAlpha(70 if t.dark else 55)
        self._legend("pain", "●", t.morning, _tr("Morning test"))
        self._legend("pain", "■", t.evening, _tr("Evening"))
        self._legend("pain", "━", t.mean, _tr("7-day mean"))
        if len(m.band.dates):
            edge = pg.mkPen(band_colour, width=1)
            lower = self._curve(plot, "band_lower", m.band.x, m.band.lower, pen=edge)
            upper = self._curve(plot, "band_upper", m.band.x, m.band.upper, pen=edge)
            # Between the curves as drawn (clipped and downsampled to the view), which
            # redraw on every range change: the data items themselves only signal a new
            # data set, so a fill between them would keep every day of the history.
            fill = pg.FillBetweenItem(lower.curve, upper.curve, brush=pg.mkBrush(band_colour))
            plot.addItem(fill)
            self.items["band"] = fill
            self._legend("pain", "▇", t.band, _tr("Baseline ±1"))
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
            self._legend("pain", "▲", t.session, _tr("Session"))
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
            self._legend("pain", "◆", t.activity[k], kind_label(k))  # each colour named

    def _draw_response(self, m: ProgressModel, t: ChartTheme) -> None:
        plot = self._plots["response"]
        r = m.responses
        zero = pg.InfiniteLine(pos=0, angle=0, movable=False, pen=pg.mkPen(t.muted))
        plot.addItem(zero, ignoreBounds=True)
        verdicts = np.array([v.value for v in r.verdicts], dtype=object)
        known = np.isfinite(r.delta)
        names = {
            Verdict.CLEARED: _tr("back to baseline"),
            Verdict.OK: _tr("up to 1 above"),
            Verdict.RED: _tr("red"),
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
            self._legend("response", "✕", t.verdict[Verdict.RED], _tr("red, change not known"))
        if (~known & ~red).any():
            self._marks(plot, "response_unknown", r.x[~known & ~red], 0.0, t.muted, "x", 9)
            self._legend("response", "✕", t.muted, _tr("not known"))

    def _draw_volume(self, m: ProgressModel, t: ChartTheme) -> None:
        plot = self._plots["volume"]
        v = m.volume
        self._needle(plot, "reps", v.x, np.zeros(len(v.x)), v.reps, t.morning)
        self._legend("volume", "■", t.morning, _tr("reps (left)"))
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
        self._legend("volume", "●", t.tut, _tr("minutes under tension (right)"))

    def _draw_load(
        self, m: ProgressModel, t: ChartTheme, exercise_name: Callable[[str], str]
    ) -> None:
        plot = self._plots["load"]
        factor = unit_factor(m.settings.units)
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
            self._legend("load", glyph, colour, exercise_name(slug))

    def _draw_activity(self, m: ProgressModel, t: ChartTheme) -> None:
        plot = self._plots["activity"]
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
            self._legend("activity", "■", t.activity[k], kind_label(k))

    def _draw_symmetry(self, m: ProgressModel, t: ChartTheme) -> None:
        plot = self._plots["symmetry"]
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
            self._legend("symmetry", "●", c, _tr("bridge test reps"))
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
            self._legend("symmetry", "■", c, _tr("session reps"))
        even_x = np.union1d(m.symmetry_test.x, m.symmetry_sets.x)
        if len(even_x):
            # Unseen points keep the 100 % line in the y range: the distance to even matters.
            clear = pg.mkPen(0, 0, 0, 0)
            self._curve(plot, "symmetry_even", even_x, np.full(len(even_x), 100.0), pen=clear)
            self._legend("symmetry", "┄", t.muted, _tr("100 % = both sides equal"))

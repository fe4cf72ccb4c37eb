"""The report's charts, drawn as vectors with QPainter from the Progress page's own series
(charts/data.py's ProgressModel): morning and evening pain over the baseline band, and the
24-hour response of each session. Plain and printable: white ground, thin lines, the
Progress page's colour-blind-safe colours, a legend in words.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from phtcoach.charts.data import ProgressModel
from phtcoach.charts.theme import BLUE, BLUISH_GREEN, GREY, ORANGE, VERMILLION
from phtcoach.core.analysis import Verdict

VERDICT_COLOUR = {
    Verdict.CLEARED: BLUISH_GREEN,
    Verdict.OK: ORANGE,
    Verdict.RED: VERMILLION,
}


@dataclass(frozen=True, slots=True)
class Frame:
    """The plot area of a chart over local days [first, last] and values [lo, hi]."""

    area: QRectF
    first: date
    last: date
    lo: float
    hi: float

    def x(self, d: date) -> float:
        span = max((self.last - self.first).days, 1)
        return self.area.left() + self.area.width() * ((d - self.first).days + 0.5) / (span + 1)

    def y(self, v: float) -> float:
        return self.area.bottom() - self.area.height() * (v - self.lo) / (self.hi - self.lo)

    @property
    def day_w(self) -> float:
        return self.area.width() / ((self.last - self.first).days + 1)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def _font(unit: float, pt: float = 8.0) -> QFont:
    f = QFont("DejaVu Sans")
    f.setPixelSize(max(1, round(pt * unit)))
    return f


def _pen(colour: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidthF(width)
    pen.setStyle(style)
    return pen


def _axes(p: QPainter, f: Frame, unit: float, ticks: Sequence[float], y_title: str) -> None:
    """Grid lines and labels on the y axis, a date label every week on the x axis."""
    p.setFont(_font(unit))
    for v in ticks:
        y = f.y(v)
        p.setPen(_pen("#DDDDDD", 0.5 * unit))
        p.drawLine(QPointF(f.area.left(), y), QPointF(f.area.right(), y))
        p.setPen(QColor("#333333"))
        r = QRectF(f.area.left() - 26 * unit, y - 6 * unit, 22 * unit, 12 * unit)
        p.drawText(r, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), f"{v:g}")
    days = (f.last - f.first).days + 1
    step = 7 * max(1, math.ceil(days / 7 / 12))  # at most about 12 labels
    d = f.first + timedelta(days=(7 - f.first.weekday()) % 7)  # the first Monday
    while d <= f.last:
        x = f.x(d)
        p.setPen(_pen("#EEEEEE", 0.5 * unit))
        p.drawLine(QPointF(x, f.area.top()), QPointF(x, f.area.bottom()))
        p.setPen(QColor("#333333"))
        r = QRectF(x - 24 * unit, f.area.bottom() + 2 * unit, 48 * unit, 12 * unit)
        p.drawText(
            r,
            int(Qt.AlignmentFlag.AlignHCenter),
            QLocale().toString(QDate(d.year, d.month, d.day), _tr("d MMM")),
        )
        d += timedelta(days=step)
    p.setPen(_pen("#333333", 0.75 * unit))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(f.area)
    p.save()
    p.translate(f.area.left() - 32 * unit, f.area.center().y())
    p.rotate(-90)
    p.drawText(
        QRectF(-60 * unit, -8 * unit, 120 * unit, 12 * unit),
        int(Qt.AlignmentFlag.AlignCenter),
        y_title,
    )
    p.restore()


def _legend(p: QPainter, r: QRectF, unit: float, entries: Sequence[tuple[str, str, str]]) -> None:
    """One line of (kind, colour, words) above the plot: line, dash, ring, band or bar."""
    p.setFont(_font(unit))
    x = r.left() + 36 * unit
    y = r.top() + 6 * unit
    for kind, colour, words in entries:
        if kind == "band":
            p.fillRect(QRectF(x, y - 4 * unit, 16 * unit, 8 * unit), _alpha(colour, 70))
        elif kind == "bar":
            p.fillRect(QRectF(x + 4 * unit, y - 4 * unit, 8 * unit, 8 * unit), QColor(colour))
        elif kind == "ring":
            p.setPen(_pen(colour, 0.8 * unit))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(x + 8 * unit, y), 2 * unit, 2 * unit)
        elif kind == "dash":
            p.setPen(_pen(colour, 1.2 * unit, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, y), QPointF(x + 16 * unit, y))
        else:
            p.setPen(_pen(colour, 1.5 * unit))
            p.drawLine(QPointF(x, y), QPointF(x + 16 * unit, y))
            p.setBrush(QColor(colour))
            p.drawEllipse(QPointF(x + 8 * unit, y), 2 * unit, 2 * unit)
        p.setPen(QColor("#000000"))
        w = p.fontMetrics().horizontalAdvance(words)
        p.drawText(QPointF(x + 20 * unit, y + 3 * unit), words)
        x += 30 * unit + w


def _alpha(colour: str, a: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(a)
    return c


def _runs(dates: Sequence[date], max_gap: int = 3) -> list[list[int]]:
    """Indices of `dates` split where more than `max_gap` days pass without a value."""
    runs: list[list[int]] = []
    for i, d in enumerate(dates):
        if runs and (d - dates[runs[-1][-1]]).days <= max_gap:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _in(dates: Sequence[date], first: date, last: date) -> list[int]:
    return [i for i, d in enumerate(dates) if first <= d <= last]


def pain_chart(
    model: ProgressModel, first: date, last: date, unit: float, p: QPainter, r: QRectF
) -> None:
    """Morning test and evening pain (0-10) with the baseline band (baseline +/- 1)."""
    area = QRectF(r.left() + 40 * unit, r.top() + 18 * unit, r.width() - 48 * unit, 0)
    area.setBottom(r.bottom() - 16 * unit)
    f = Frame(area, first, last, 0.0, 10.0)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    band = model.band
    keep = _in(band.dates, first, last)
    for run in _runs([band.dates[i] for i in keep]):
        idx = [keep[i] for i in run]
        upper = [QPointF(f.x(band.dates[i]), f.y(float(band.upper[i]))) for i in idx]
        lower = [QPointF(f.x(band.dates[i]), f.y(float(band.lower[i]))) for i in reversed(idx)]
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_alpha(BLUISH_GREEN, 60))
        p.drawPolygon(QPolygonF(upper + lower))
        path = QPainterPath()
        for j, i in enumerate(idx):
            pt = QPointF(f.x(band.dates[i]), f.y(float(band.baseline[i])))
            path.moveTo(pt) if j == 0 else path.lineTo(pt)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(_pen(BLUISH_GREEN, 1.0 * unit, Qt.PenStyle.DashLine))
        p.drawPath(path)
    _axes(p, f, unit, [0, 2, 4, 6, 8, 10], _tr("pain 0-10"))
    for series, colour, width in ((model.evening, ORANGE, 1.0), (model.morning, BLUE, 1.5)):
        keep = _in(series.dates, first, last)
        for run in _runs([series.dates[i] for i in keep]):
            idx = [keep[i] for i in run]
            pts = [QPointF(f.x(series.dates[i]), f.y(float(series.y[i]))) for i in idx]
            p.setPen(_pen(colour, width * unit))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolyline(QPolygonF(pts))
            p.setBrush(QBrush(QColor(colour)))
            p.setPen(Qt.PenStyle.NoPen)
            for pt in pts:
                p.drawEllipse(pt, 1.6 * unit, 1.6 * unit)
    _legend(
        p,
        r,
        unit,
        [
            ("line", BLUE, _tr("Morning test")),
            ("line", ORANGE, _tr("Evening pain")),
            ("dash", BLUISH_GREEN, _tr("Baseline")),
            ("band", BLUISH_GREEN, _tr("Baseline ± 1 (above: red)")),
        ],
    )


def response_chart(
    model: ProgressModel, first: date, last: date, unit: float, p: QPainter, r: QRectF
) -> None:
    """Each session's next-morning test minus its baseline, coloured by the verdict."""
    resp = model.responses
    keep = _in(resp.dates, first, last)
    known = [float(resp.delta[i]) for i in keep if not math.isnan(float(resp.delta[i]))]
    lo = min([-3.0, *known])
    hi = max([3.0, *known])
    lo, hi = math.floor(lo), math.ceil(hi)
    area = QRectF(r.left() + 40 * unit, r.top() + 18 * unit, r.width() - 48 * unit, 0)
    area.setBottom(r.bottom() - 16 * unit)
    f = Frame(area, first, last, lo, hi)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    step = 1 if hi - lo <= 8 else 2
    _axes(p, f, unit, list(range(lo, hi + 1, step)), _tr("next morning − baseline"))
    margin = float(model.settings.red_margin)
    p.setPen(_pen(VERMILLION, 0.8 * unit, Qt.PenStyle.DashLine))
    p.drawLine(QPointF(area.left(), f.y(margin)), QPointF(area.right(), f.y(margin)))
    p.setPen(_pen("#333333", 0.8 * unit))
    p.drawLine(QPointF(area.left(), f.y(0)), QPointF(area.right(), f.y(0)))
    per_day: dict[date, int] = {}
    w = max(min(f.day_w * 0.8, 8 * unit), 1.0 * unit)
    for i in keep:
        d = resp.dates[i]
        k = per_day.get(d, 0)
        per_day[d] = k + 1
        delta = float(resp.delta[i])
        x = f.x(d) - w / 2 + k * w * 0.35  # a second session that day sits beside the first
        if math.isnan(delta):
            p.setPen(_pen(GREY, 0.8 * unit))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(x + w / 2, f.y(0)), 1.8 * unit, 1.8 * unit)
            continue
        top, bottom = sorted((f.y(delta), f.y(0)))
        colour = VERDICT_COLOUR.get(resp.verdicts[i], GREY)
        p.fillRect(QRectF(x, top, w, max(bottom - top, 1.5 * unit)), QColor(colour))
    _legend(
        p,
        r,
        unit,
        [
            ("bar", BLUISH_GREEN, _tr("Cleared")),
            ("bar", ORANGE, _tr("Not cleared")),
            ("bar", VERMILLION, _tr("Red")),
            ("dash", VERMILLION, _tr("Red above +{margin}").format(margin=f"{margin:g}")),
            ("ring", GREY, _tr("No morning test or no baseline")),
        ],
    )

"""A small page flow for the report: headings, paragraphs, tables and charts laid out
top to bottom on pages of a paint device, then painted with "Page n of N" footers.

Everything is measured on the device it is painted on (a QPdfWriter), so what fits on a
page while laying out fits when painting. A chart and its caption, and a heading and what
follows it, are never split across pages; a long table continues on the next page under
a repeated header row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextDocument,
)

BODY_PT = 10.5
TABLE_PT = 10.0
SMALL_PT = 8.5
FONT_FAMILY = "DejaVu Sans"
RULE_GREY = "#999999"
HEADER_FILL = "#E8E8E8"
ZEBRA_FILL = "#F6F6F6"

Paint = Callable[[QPainter, QRectF], None]


@dataclass(frozen=True, slots=True)
class _Item:
    y: float
    height: float
    paint: Paint


@dataclass
class Column:
    title: str
    weight: float = 1.0  # share of the table's width
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


@dataclass
class Flow:
    """Lay blocks out on `device`'s pages (margins in points), then `render` them."""

    device: QPagedPaintDevice
    title: str
    margin_pt: float = 48.0
    pages: list[list[_Item]] = field(default_factory=lambda: [[]])
    _y: float = 0.0

    def __post_init__(self) -> None:
        self.u = self.device.logicalDpiY() / 72.0  # device units per point
        self.left = self.margin_pt * self.u
        self.top = self.margin_pt * self.u
        self.width = self.device.width() - 2 * self.left
        self.bottom = self.device.height() - self.margin_pt * self.u - 18 * self.u  # footer
        self._y = self.top

    # ------------------------------------------------------------------ fonts and text

    def font(self, pt: float = BODY_PT, *, bold: bool = False) -> QFont:
        f = QFont(FONT_FAMILY)
        f.setPointSizeF(pt)
        f.setBold(bold)
        return f

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def text_height(self, text: str, font: QFont, width: float) -> float:
        flags = int(Qt.TextFlag.TextWordWrap)
        return self.metrics(font).boundingRect(QRectF(0, 0, width, 1e7), flags, text).height()

    def document(self, html: str, width: float, pt: float = BODY_PT) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDefaultFont(self.font(pt))
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        doc.setTextWidth(width)
        return doc

    # ------------------------------------------------------------------ placing

    @property
    def room(self) -> float:
        return self.bottom - self._y

    def new_page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])
        self._y = self.top

    def space(self, pt: float) -> None:
        self._y = min(self._y + pt * self.u, self.bottom)

    def place(self, height: float, paint: Paint, *, keep: float = 0.0) -> None:
        """Put a block of `height` here, or on a new page when it (plus `keep`) won't fit."""
        if height + keep > self.room and self.pages[-1]:
            self.new_page()
        self.pages[-1].append(_Item(self._y, height, paint))
        self._y += height

    # ------------------------------------------------------------------ blocks

    def heading(self, text: str, *, size: float = 14.0, keep_pt: float = 90.0) -> None:
        """A heading kept on the same page as at least `keep_pt` of what follows."""
        font = self.font(size, bold=True)
        h = self.text_height(text, font, self.width)
        self.space(6)
        self.place(h, _text_painter(text, font), keep=keep_pt * self.u)
        self.space(4)

    def paragraph(self, html: str, *, pt: float = BODY_PT) -> None:
        doc = self.document(html, self.width, pt)
        h = doc.size().height()

        def paint(p: QPainter, r: QRectF) -> None:
            p.save()
            p.translate(r.topLeft())
            doc.drawContents(p)
            p.restore()

        self.place(h, paint)
        self.space(4)

    def chart(self, height_pt: float, draw: Paint, caption: str) -> None:
        """A chart and its caption together on one page."""
        font = self.font(SMALL_PT + 0.5)
        ch = self.text_height(caption, font, self.width)
        gap = 4 * self.u
        chart_h = height_pt * self.u

        def paint(p: QPainter, r: QRectF) -> None:
            draw(p, QRectF(r.left(), r.top(), r.width(), chart_h))
            cap = QRectF(r.left(), r.top() + chart_h + gap, r.width(), ch)
            _text_painter(caption, font, QColor("#333333"))(p, cap)

        self.place(chart_h + gap + ch, paint)
        self.space(8)

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> None:
        """Rows with a header row; the header is repeated on each page the table reaches."""
        font = self.font(TABLE_PT)
        bold = self.font(TABLE_PT, bold=True)
        total = sum(c.weight for c in columns)
        widths = [self.width * c.weight / total for c in columns]
        pad = 3 * self.u

        def row_height(cells: Sequence[str], f: QFont) -> float:
            return 2 * pad + max(
                self.text_height(t or " ", f, w - 2 * pad)
                for t, w in zip(cells, widths, strict=True)
            )

        header = [c.title for c in columns]
        hh = row_height(header, bold)
        header_paint = _row_painter(header, widths, columns, bold, pad, HEADER_FILL)
        if not rows:
            return
        first_h = row_height(rows[0], font)
        self.place(hh, header_paint, keep=first_h)
        for i, cells in enumerate(rows):
            h = row_height(cells, font)
            if h > self.room:
                self.new_page()
                self.place(hh, header_paint)
            fill = ZEBRA_FILL if i % 2 else None
            self.place(h, _row_painter(cells, widths, columns, font, pad, fill))
        self.space(8)

    # ------------------------------------------------------------------ painting

    def render(self, painter: QPainter, on_page: Callable[[int], None] | None = None) -> int:
        """Paint every page (the device's first page must be current); returns the count."""
        pages = [p for p in self.pages if p] or [[]]
        n = len(pages)
        foot = self.font(SMALL_PT)
        for i, items in enumerate(pages):
            if i:
                self.device.newPage()
            for it in items:
                it.paint(painter, QRectF(self.left, it.y, self.width, it.height))
            y = self.device.height() - self.margin_pt * self.u
            r = QRectF(self.left, y, self.width, 12 * self.u)
            painter.setFont(foot)
            painter.setPen(QColor("#555555"))
            painter.drawText(r, int(Qt.AlignmentFlag.AlignLeft), self.title)
            footer = QCoreApplication.translate("Report", "Page {page} of {pages}")
            painter.drawText(
                r, int(Qt.AlignmentFlag.AlignRight), footer.format(page=i + 1, pages=n)
            )
            if on_page is not None:
                on_page(i)
        return n


def _text_painter(text: str, font: QFont, colour: QColor | None = None) -> Paint:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setFont(font)
        p.setPen(colour or QColor("#000000"))
        p.drawText(r, int(Qt.TextFlag.TextWordWrap), text)

    return paint


def _row_painter(
    cells: Sequence[str],
    widths: Sequence[float],
    columns: Sequence[Column],
    font: QFont,
    pad: float,
    fill: str | None,
) -> Paint:
    def paint(p: QPainter, r: QRectF) -> None:
        if fill is not None:
            p.fillRect(r, QColor(fill))
        p.setFont(font)
        p.setPen(QColor("#000000"))
        x = r.left()
        for text, w, col in zip(cells, widths, columns, strict=True):
            cell = QRectF(x + pad, r.top() + pad, w - 2 * pad, r.height() - 2 * pad)
            p.drawText(cell, int(col.align) | int(Qt.TextFlag.TextWordWrap), text)
            x += w
        pen = QPen(QColor(RULE_GREY))
        pen.setWidthF(0.5 * pad / 3)
        p.setPen(pen)
        p.drawLine(r.bottomLeft(), r.bottomRight())

    return paint

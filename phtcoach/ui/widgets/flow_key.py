"""A key of swatches and words that wraps between whole items: `FlowLayout` lays widgets
out left to right and starts a new row where one does not fit (optionally balancing the rows,
so a last item is never alone); `key_item` is one swatch-and-words item kept on one line.
The pain scale's zone key and the diary calendar's legend are both built from these."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QWidget

from phtcoach.ui.design import Space

__all__ = ["SWATCH_PX", "FlowLayout", "Swatch", "key_item"]

SWATCH_PX = 14  # a key's colour square


class FlowLayout(QLayout):
    """Items left to right, a new line when the next one does not fit (height for width).

    Each item stays whole (a key's "range meaning" pair never breaks inside), so a key
    reads as one row when there is room and wraps between items when there is not.
    `balanced`: a key that needs more than one line shares its items out evenly over as
    few lines as greedy filling needs (2 + 2, not 3 + 1 with the last item alone).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        h_gap: int = 12,
        v_gap: int = 4,
        balanced: bool = False,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._h_gap = h_gap
        self._v_gap = v_gap
        self._balanced = balanced
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All items on one line: what the key asks for when there is room."""
        w = sum(i.sizeHint().width() for i in self._items)
        w += self._h_gap * max(0, len(self._items) - 1)
        h = max((i.sizeHint().height() for i in self._items), default=0)
        m = self.contentsMargins()
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest item: narrower than that, an item itself would be cut."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def lines(self) -> list[list[QLayoutItem]]:
        """The items line by line as last laid out (tests and screenshots read this)."""
        rows: dict[int, list[QLayoutItem]] = {}
        for item in self._items:
            rows.setdefault(item.geometry().top(), []).append(item)
        return [rows[k] for k in sorted(rows)]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m: QMargins = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        width = self._balanced_width(area.width()) if self._balanced else area.width()
        x, y, line_h = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.x() + width:
                x, y, line_h = area.x(), y + line_h + self._v_gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._h_gap
            line_h = max(line_h, hint.height())
        return y + line_h - rect.y() + m.bottom()

    def _line_count(self, width: int) -> int:
        lines, x = 1, 0
        for item in self._items:
            w = item.sizeHint().width()
            if x > 0 and x + w > width:
                lines, x = lines + 1, 0
            x += w + self._h_gap
        return lines

    def _balanced_width(self, width: int) -> int:
        """The narrowest width that still needs no more lines than `width` does."""
        lines = self._line_count(width)
        if lines <= 1:
            return width
        lo = max((i.sizeHint().width() for i in self._items), default=0)
        hi = max(lo, width)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._line_count(mid) <= lines:
                hi = mid
            else:
                lo = mid + 1
        return hi


class Swatch(QWidget):
    """A key's small square of colour, outlined in the theme's text colour (read when it is
    painted, so it follows a light/dark switch); a see-through colour is laid over the
    theme's base, as a tinted calendar day is. Colour is never the key's only word."""

    def __init__(self, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = QColor(colour)
        self.setFixedSize(SWATCH_PX, SWATCH_PX)

    def colour(self) -> QColor:
        return QColor(self._colour)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        box = self.rect().adjusted(0, 0, -1, -1)
        p.fillRect(box, self.palette().color(QPalette.ColorRole.Base))  # under a see-through tint
        p.fillRect(box, self._colour)
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        p.drawRect(box)
        p.end()


def key_item(mark: QWidget, words: str, parent: QWidget) -> QWidget:
    """One item of a key: its mark, then its words, kept together on one line."""
    item = QWidget(parent)
    row = QHBoxLayout(item)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(Space.XS)
    mark.setParent(item)
    row.addWidget(mark, 0, Qt.AlignmentFlag.AlignVCenter)
    label = QLabel(words, item)
    row.addWidget(label)
    item.setAccessibleName(words)
    return item

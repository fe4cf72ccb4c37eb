"""The Diary calendar's key: small swatch + label items in a row that wraps between items.

A rich-text paragraph wrapped mid-phrase at 1920 px ("Tint: morning test" on one line, its
swatches on the next); here each meaning is one unbreakable item, and a flow layout puts
as many items on a line as fit, so the key reads as one tidy row at any width.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QLayoutItem, QWidget

from phtcoach.ui.widgets.pain_scale import AMBER_MAX, GREEN_MAX, ZONE_FILL, Zone

SWATCH_PX = 14


class FlowLayout(QLayout):
    """Items left to right, a new line when the next one does not fit (height for width)."""

    def __init__(self, parent: QWidget | None = None, *, h_gap: int = 12, v_gap: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._h_gap = h_gap
        self._v_gap = v_gap
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
        x, y, line_h = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line_h = area.x(), y + line_h + self._v_gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._h_gap
            line_h = max(line_h, hint.height())
        return y + line_h - rect.y() + m.bottom()


class CalendarLegend(QWidget):
    """What the calendar's marks mean: logged days, the morning-test tints, days to come."""

    def __init__(self, tint_alpha: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarLegend")
        self._alpha = tint_alpha
        self.flow = FlowLayout(self)
        self._parts: list[str] = []
        logged = QLabel("15", self)
        f = QFont(logged.font())
        f.setBold(True)
        f.setUnderline(True)
        logged.setFont(f)
        self._item(logged, self.tr("something logged"))
        for zone, words in (
            (Zone.GREEN, self.tr("morning test 0-{g}").format(g=GREEN_MAX)),
            (Zone.AMBER, self.tr("morning test {g1}-{a}").format(g1=GREEN_MAX + 1, a=AMBER_MAX)),
            (Zone.RED, self.tr("morning test {a1}-10").format(a1=AMBER_MAX + 1)),
        ):
            self._item(self._swatch(zone), words)
        future = QLabel("15", self)
        future.setEnabled(False)  # drawn in the theme's disabled text colour, as the calendar
        self._item(future, self.tr("days still to come"))
        # The calendar's own context: the translation the key had before it became a widget.
        self.setAccessibleName(QCoreApplication.translate("PastDays", "Calendar legend"))
        self.setAccessibleDescription(self.text())

    def text(self) -> str:
        """The whole key as one sentence (the accessible description; tests read it)."""
        return "; ".join(self._parts)

    def _item(self, mark: QWidget, words: str) -> None:
        item = QWidget(self)
        row = QHBoxLayout(item)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignVCenter)
        label = QLabel(words, item)
        row.addWidget(label)
        item.setAccessibleName(words)
        self.flow.addWidget(item)
        self._parts.append(words)

    def _swatch(self, zone: Zone) -> QFrame:
        box = QFrame(self)
        box.setFixedSize(SWATCH_PX, SWATCH_PX)
        c = QColor(ZONE_FILL[zone][0])
        c.setAlpha(self._alpha)
        box.setAutoFillBackground(True)
        pal = box.palette()
        pal.setColor(QPalette.ColorRole.Window, c)
        box.setPalette(pal)
        box.setFrameShape(QFrame.Shape.Box)
        return box

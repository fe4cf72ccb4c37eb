"""The Diary calendar's key: small swatch + words items in a row that wraps between items.

A rich-text paragraph wrapped mid-phrase at 1920 px ("Tint: morning test" on one line, its
swatches on the next); here each meaning is one unbreakable item, and a flow layout puts
as many items on a line as fit, so the key reads as one tidy row when there is room.

No mark is a sample day number: "15 something logged" read as fifteen things logged. A
logged day is bold and underlined in the calendar, and so are the words "Days with
entries"; a day to come is greyed, and its swatch is the calendar's grey; the morning-test
tints share one item, "Morning test" and three tinted swatches. Each item's tooltip (and
the key's accessible description) says what the mark means in a sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from phtcoach.ui.design import Space
from phtcoach.ui.widgets.flow_key import SWATCH_PX, FlowLayout, Swatch, key_item
from phtcoach.ui.widgets.pain_zones import AMBER_MAX, GREEN_MAX, ZONE_FILL, Zone

__all__ = ["CalendarLegend", "FutureSwatch"]


class FutureSwatch(QWidget):
    """The swatch of days to come: the calendar's grey (the palette's disabled text colour,
    read when painted, so it follows a light/dark switch), outlined like the tint swatches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(SWATCH_PX, SWATCH_PX)

    def colour(self) -> QColor:
        return self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        box = self.rect().adjusted(0, 0, -1, -1)
        p.fillRect(box, self.colour())
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        p.drawRect(box)
        p.end()


class CalendarLegend(QWidget):
    """What the calendar's marks mean: days with entries, the morning-test tints, days to
    come. One row when it fits; a margin below it keeps it off the window's edge."""

    def __init__(self, tint_alpha: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarLegend")
        self._alpha = tint_alpha
        self.flow = FlowLayout(self, h_gap=Space.L, v_gap=Space.XS)
        self.flow.setContentsMargins(0, Space.XS, 0, Space.S)
        self._parts: list[str] = []
        self._explained: list[str] = []

        logged = self.tr("Days with entries")
        self.logged = QLabel(logged, self)
        f = QFont(self.logged.font())
        f.setBold(True)
        f.setUnderline(True)  # the words look as a logged day does in the calendar
        self.logged.setFont(f)
        self._add(self.logged, logged, self.tr("Days with entries are bold and underlined."))
        self.tints = self._tints_item()
        ranges = self._ranges()
        self._add(
            self.tints,
            " ".join((self.tr("Morning test"), *ranges.values())),
            self.tr("A day's morning test tints it: green {g}, amber {a}, red {r}.").format(
                **ranges
            ),
        )
        future = self.tr("Days still to come")
        self._add(
            key_item(FutureSwatch(), future, self),
            future,
            self.tr("Days still to come are greyed."),
        )
        # The calendar's own context: the translation the key had before it became a widget.
        self.setAccessibleName(QCoreApplication.translate("PastDays", "Calendar legend"))
        self.setAccessibleDescription(" ".join(self._explained))

    def text(self) -> str:
        """The key's words, item by item (tests read it; each item's tooltip explains it)."""
        return "; ".join(self._parts)

    def explanation(self) -> str:
        """What the marks mean, in sentences (the key's accessible description)."""
        return " ".join(self._explained)

    # ------------------------------------------------------------------ internals

    @staticmethod
    def _ranges() -> dict[str, str]:
        return {
            "g": f"0-{GREEN_MAX}",
            "a": f"{GREEN_MAX + 1}-{AMBER_MAX}",
            "r": f"{AMBER_MAX + 1}-10",
        }

    def _add(self, item: QWidget, words: str, explained: str) -> None:
        item.setAccessibleName(words)
        item.setAccessibleDescription(explained)
        item.setToolTip(explained)
        self.flow.addWidget(item)
        self._parts.append(words)
        self._explained.append(explained)

    def _tints_item(self) -> QWidget:
        """'Morning test' then a tinted swatch and its range for each zone: one item."""
        item = QWidget(self)
        row = QHBoxLayout(item)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(Space.XS)
        row.addWidget(QLabel(self.tr("Morning test"), item))
        ranges = self._ranges()
        for zone, key in ((Zone.GREEN, "g"), (Zone.AMBER, "a"), (Zone.RED, "r")):
            c = QColor(ZONE_FILL[zone][0])
            c.setAlpha(self._alpha)
            row.addSpacing(Space.XS)
            row.addWidget(Swatch(c, item), 0, Qt.AlignmentFlag.AlignVCenter)
            row.addWidget(QLabel(ranges[key], item))
        return item

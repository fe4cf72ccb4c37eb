"""The rating inputs of the floor view: the 0-10 scale row (eleven large buttons under a
title, holding one value or none). The panel's number boxes are in `rating_fields`.

The scale is a widget of its own because two screens rate on it: the rating panel (pain
during, effort) and the session summary (pain after). A pain scale colours its buttons by
zone and says the zone in each button's name and tip, so colour is never the only sign.

The eleven buttons share the row's width equally, and their digits are as large as asked
but never larger than "10" fits in a button (measured with the font's metrics), so no
digit is ever clipped, however narrow the panel or the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.progression import GREEN_MAX
from phtcoach.ui.rating_style import CHECKED_TEXT, PANEL_TEXT, ZONE_COLOURS

WIDEST = "10"  # the widest text on the scale
DIGIT_PAD_PX = 12  # a button's 2 px border each side and 4 px of air around "10"
LINE_PAD_PX = 8  # the same above and below the digits
MIN_DIGIT_PX = 8  # below this the row is too narrow to rate on anyway
MARKER = "▶ "  # before the title of the scale the digit keys rate


def fit_digit_px(wanted: int, font: QFont, width: int, height: int) -> int:
    """The largest bold pixel size up to `wanted` whose "10" fits a `width` x `height` button
    (its border and some air included)."""
    f = QFont(font)
    f.setBold(True)
    px = max(MIN_DIGIT_PX, wanted)
    while px > MIN_DIGIT_PX:
        f.setPixelSize(px)
        m = QFontMetrics(f)
        if m.horizontalAdvance(WIDEST) + DIGIT_PAD_PX <= width and (
            height <= 0 or m.height() + LINE_PAD_PX <= height
        ):
            break
        px -= 1
    return px


def pain_zone(pain: int, ceiling: int) -> str:
    """The traffic light of a pain score: 0-2 green, up to the ceiling amber, above red."""
    if pain <= GREEN_MAX:
        return "green"
    return "amber" if pain <= ceiling else "red"


class ScaleRow(QWidget):
    """Eleven large buttons 0-10 with a title; one value or None."""

    value_changed = Signal(object)

    def __init__(
        self,
        title: str,
        what: str,
        parent: QWidget | None = None,
        *,
        marker: bool = True,
        centred: bool = False,
    ) -> None:
        """`marker` shows which scale the digit keys rate (the panel has two); `centred`
        puts the title in the middle above the row (a page with one scale)."""
        super().__init__(parent)
        self._title = title
        self._marker = marker
        self._value: int | None = None
        self._what = what
        self._digit_px = 17
        self._shown_px = 0
        self._fitting = False
        self.setAccessibleName(title)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(4)
        self.label = QLabel(title, self)
        self.label.setMinimumWidth(10)
        self.label.setStyleSheet(f"color: {PANEL_TEXT};")
        if centred:
            self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The marker of the scale the digit keys rate: a column of its own, kept (empty)
        # when the scale is not the active one, so both titles start at the same x.
        self.marker = QLabel(MARKER, self)
        self.marker.setStyleSheet(f"color: {PANEL_TEXT};")
        keep = self.marker.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.marker.setSizePolicy(keep)
        self.marker.setVisible(False)
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.setSpacing(0)
        if marker:
            heading.addWidget(self.marker)
        heading.addWidget(self.label, 1)
        self._column.addLayout(heading)
        self._row = QHBoxLayout()
        self._row.setSpacing(4)
        self._column.addLayout(self._row, 1)
        self.buttons: list[QPushButton] = []
        for n in range(11):
            b = QPushButton(str(n), self)
            b.setCheckable(True)
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            # Equal shares of the row whatever the digits' size; the digits fit the share.
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
            b.setAccessibleName(self.tr("{0} {1} out of 10").format(what, n))
            b.clicked.connect(lambda _c=False, v=n: self.set_value(v, user=True))
            self._row.addWidget(b, 1)
            self.buttons.append(b)
        self._active = False
        self._zones: list[str] = []
        self._zone_css = [""] * 11
        self._sync()
        self._restyle()

    # ------------------------------------------------------------------ size

    def set_digit_px(self, px: int, spacing: int | None = None) -> None:
        """The digits' wanted size (shrunk only to fit a button) and the gap between buttons."""
        self._digit_px = px
        if spacing is not None:
            self._row.setSpacing(spacing)
            self._column.setSpacing(spacing)
        self._fit()

    def digit_px(self) -> int:
        """The digits' size as shown (at most the wanted one)."""
        return self._shown_px

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            n = len(self.buttons)
            share = (self.width() - self._row.spacing() * (n - 1)) // n
            height = min(b.height() for b in self.buttons) if self.isVisible() else 0
            px = fit_digit_px(self._digit_px, self.font(), share, height)
            if px != self._shown_px:
                self._shown_px = px
                self._restyle()
        finally:
            self._fitting = False

    def _restyle(self) -> None:
        size = (
            f"QPushButton {{ font-size: {self._shown_px or self._digit_px}px;"
            " font-weight: bold; padding: 0; }"
        )
        for b, css in zip(self.buttons, self._zone_css, strict=True):
            b.setStyleSheet(size + css)

    def zones(self) -> list[str]:
        """The traffic light of each button ([] for a scale without zones, like effort)."""
        return list(self._zones)

    def set_ceiling(self, ceiling: int) -> None:
        """Colour the buttons by pain zone; the zone is also in each button's name and tip,
        so colour is never the only sign."""
        names = {
            "green": self.tr("green zone"),
            "amber": self.tr("acceptable, up to your ceiling"),
            "red": self.tr("above your ceiling"),
        }
        self._zones = [pain_zone(n, ceiling) for n in range(11)]
        for n, (b, zone) in enumerate(zip(self.buttons, self._zones, strict=True)):
            colour = ZONE_COLOURS[zone]
            self._zone_css[n] = (
                f"QPushButton {{ color: {colour}; border-color: {colour}; }}"
                f"QPushButton:checked {{ background: {colour}; color: {CHECKED_TEXT};"
                f" border-color: {PANEL_TEXT}; }}"
            )
            b.setToolTip(names[zone])
            b.setAccessibleName(
                self.tr("{0} {1} out of 10, {2}").format(self._what, n, names[zone])
            )
        self._restyle()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None, *, user: bool = False) -> None:
        self._value = value
        self._sync()
        if user:
            self.value_changed.emit(value)

    def set_active(self, active: bool) -> None:
        self._active = active
        self._sync()

    def _sync(self) -> None:
        for n, b in enumerate(self.buttons):
            b.setChecked(n == self._value)
        self.marker.setVisible(self._marker and self._active)
        shown = self.tr("not rated") if self._value is None else f"{self._value}/10"
        self.label.setText(f"{self._title}: {shown}")
        self.setAccessibleDescription(
            self.tr("not rated")
            if self._value is None
            else self.tr("{0} out of 10").format(self._value)
        )

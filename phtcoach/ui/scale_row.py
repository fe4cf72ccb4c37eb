"""The rating inputs of the floor view: the 0-10 scale row (eleven large buttons under a
title, holding one value or none) and the seconds-per-rep box.

The scale is a widget of its own because two screens rate on it: the rating panel (pain
during, effort) and the session summary (pain after). A pain scale colours its buttons by
zone and says the zone in each button's name and tip, so colour is never the only sign.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.progression import GREEN_MAX
from phtcoach.ui.rating_style import CHECKED_TEXT, PANEL_TEXT, ZONE_COLOURS


def pain_zone(pain: int, ceiling: int) -> str:
    """The traffic light of a pain score: 0-2 green, up to the ceiling amber, above red."""
    if pain <= GREEN_MAX:
        return "green"
    return "amber" if pain <= ceiling else "red"


class ScaleRow(QWidget):
    """Eleven large buttons 0-10 with a title; one value or None."""

    value_changed = Signal(object)

    def __init__(
        self, title: str, what: str, parent: QWidget | None = None, *, marker: bool = True
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._marker = marker
        self._value: int | None = None
        self._what = what
        self.setAccessibleName(title)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.label = QLabel(title, self)
        self.label.setMinimumWidth(10)
        self.label.setStyleSheet(f"color: {PANEL_TEXT};")
        column.addWidget(self.label)
        row = QHBoxLayout()
        row.setSpacing(4)
        column.addLayout(row, 1)
        self.buttons: list[QPushButton] = []
        for n in range(11):
            b = QPushButton(str(n), self)
            b.setCheckable(True)
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            b.setMinimumWidth(10)
            b.setAccessibleName(self.tr("{0} {1} out of 10").format(what, n))
            b.clicked.connect(lambda _c=False, v=n: self.set_value(v, user=True))
            row.addWidget(b, 1)
            self.buttons.append(b)
        self._active = False
        self._zones: list[str] = []
        self._sync()

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
            b.setStyleSheet(
                f"QPushButton {{ color: {colour}; border-color: {colour}; }}"
                f"QPushButton:checked {{ background: {colour}; color: {CHECKED_TEXT};"
                f" border-color: {PANEL_TEXT}; }}"
            )
            b.setToolTip(names[zone])
            b.setAccessibleName(
                self.tr("{0} {1} out of 10, {2}").format(self._what, n, names[zone])
            )

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
        marker = ("▶ " if self._active else "    ") if self._marker else ""
        shown = self.tr("not rated") if self._value is None else f"{self._value}/10"
        self.label.setText(f"{marker}{self._title}: {shown}")
        self.setAccessibleDescription(
            self.tr("not rated")
            if self._value is None
            else self.tr("{0} out of 10").format(self._value)
        )


class HoldSpinBox(QDoubleSpinBox):
    """Seconds per rep: "15 s" for whole seconds, "15.5 s" only when there is a fraction."""

    def textFromValue(self, value: float) -> str:
        if abs(value - round(value)) < 1e-9:
            return str(round(value))
        return f"{value:.1f}"

"""The pain zones: the Silbernagel traffic light of PROTOCOL.md (0-2 green, 3-5 amber, above
5 red), its fills, and what a rating means for this user in words (acceptable up to their
ceiling, `Settings.acceptable_ceiling`), with the key shown under a pain scale. Colour is
never the only sign: every zone has its words. The pain scale, the Diary's calendar and
legend, the sparkline and the advice light all take their zones from here."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSizePolicy, QWidget

from phtcoach.ui.design import LIGHT, Space
from phtcoach.ui.widgets.flow_key import FlowLayout, Swatch, key_item

GREEN_MAX = 2
AMBER_MAX = 5


class Zone(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


# Fill colours with the text colour that keeps >= 4.5:1 contrast on them.
ZONE_FILL: dict[Zone, tuple[str, str]] = {
    zone: (getattr(LIGHT, zone.value).fill, getattr(LIGHT, zone.value).on_fill) for zone in Zone
}  # the design's traffic-light fills: the same in both themes


def zone_of(pain: float) -> Zone:
    if pain <= GREEN_MAX:
        return Zone.GREEN
    if pain <= AMBER_MAX:
        return Zone.AMBER
    return Zone.RED


def zone_words(zone: Zone) -> str:
    """The zone in words, for labels and screen readers."""
    translate = QCoreApplication.translate
    if zone is Zone.GREEN:
        return translate("PainScale", "green, safe")
    if zone is Zone.AMBER:
        return translate("PainScale", "amber, acceptable")
    return translate("PainScale", "red, too much")


def band_words(pain: int, ceiling: int) -> str:
    """What a rating means for this user: green, acceptable up to their ceiling, too much."""
    translate = QCoreApplication.translate
    if pain <= GREEN_MAX:
        return translate("PainScale", "green, safe")
    if pain <= ceiling:
        return translate("PainScale", "acceptable (your ceiling {c}/10)").format(c=ceiling)
    if pain <= AMBER_MAX:
        return translate("PainScale", "too much to train")
    return translate("PainScale", "red, too much")


def legend_parts(ceiling: int) -> list[tuple[Zone, str]]:
    """The key's items, each a range and what it means for this ceiling, with its zone:
    '0-2 green', '3 acceptable (your ceiling)', '4-5 too much to train', '6-10 red'."""
    translate = QCoreApplication.translate
    lo = GREEN_MAX + 1
    ok = f"{lo}" if ceiling == lo else f"{lo}-{ceiling}"
    parts = [
        (Zone.GREEN, translate("PainScale", "0-2 green")),
        (Zone.AMBER, translate("PainScale", "{range} acceptable (your ceiling)").format(range=ok)),
    ]
    if ceiling < AMBER_MAX:
        hi = f"{AMBER_MAX}" if ceiling + 1 == AMBER_MAX else f"{ceiling + 1}-{AMBER_MAX}"
        parts.append(
            (Zone.AMBER, translate("PainScale", "{range} too much to train").format(range=hi))
        )
    parts.append((Zone.RED, translate("PainScale", "6-10 red")))
    return parts


# --------------------------------------------------------------------------- keys


class ZoneKey(QWidget):
    """The scale's key under its buttons: one item per range, a swatch of the zone's colour
    and the range's meaning ("4-5 too much to train"), left-aligned with the status line.
    Items never break inside; when the row is too narrow the key wraps between them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoneLegend")
        self.flow = FlowLayout(self, h_gap=Space.M, v_gap=2, balanced=True)
        # Any width (the buttons set the scale's): the key wraps rather than widen the form.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._words: list[str] = []

    def set_parts(self, parts: list[tuple[Zone, str]]) -> None:
        if [w for _z, w in parts] == self._words:
            return
        while (old := self.flow.takeAt(0)) is not None:
            widget = old.widget()
            if widget is not None:
                widget.deleteLater()
        for zone, words in parts:
            self.flow.addWidget(key_item(Swatch(QColor(ZONE_FILL[zone][0])), words, self))
        self._words = [w for _z, w in parts]
        self.setAccessibleName(self.text())
        self.updateGeometry()

    def text(self) -> str:
        """The key as one line (what a screen reader is told; tests read it)."""
        return " · ".join(self._words)

    def words(self) -> list[str]:
        return list(self._words)

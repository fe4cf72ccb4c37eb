"""Chart colours and fonts, derived from the widget's palette.

Colours are the Okabe-Ito set (distinguishable with the common colour-vision
deficiencies); each series also differs by symbol or line style, so nothing depends on
colour alone. Light and dark variants swap the few colours that lose contrast on a dark
(or light) background. Text is never below 11 pt (PRODUCT.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette

from phtcoach.core.analysis import Verdict
from phtcoach.core.model import ActivityKind

MIN_POINT_SIZE = 11.0

# Okabe & Ito (2008), "Color Universal Design".
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#999999"


@dataclass(frozen=True, slots=True)
class ChartTheme:
    dark: bool
    background: str
    foreground: str
    muted: str  # grid, reference lines, unknown values
    morning: str
    evening: str
    mean: str
    band: str  # baseline band fill (alpha applied by the chart)
    session: str
    tut: str
    verdict: dict[Verdict, str]
    activity: dict[ActivityKind, str]
    series_cycle: tuple[str, ...]  # load per exercise, symmetry

    def exercise_colour(self, index: int) -> str:
        return self.series_cycle[index % len(self.series_cycle)]


def _activity_colours(dark: bool) -> dict[ActivityKind, str]:
    return {
        ActivityKind.RUN: VERMILLION,
        ActivityKind.RIDE: SKY_BLUE if dark else BLUE,
        ActivityKind.WALK: BLUISH_GREEN,
        ActivityKind.HIKE: YELLOW if dark else "#8C7B00",  # yellow darkened for white paper
        ActivityKind.SWIM: BLUE if dark else SKY_BLUE,
        ActivityKind.ELLIPTICAL: REDDISH_PURPLE,
        ActivityKind.CLIMB: ORANGE,
        ActivityKind.STRENGTH: "#DDDDDD" if dark else "#444444",
        ActivityKind.OTHER: GREY,
    }


def is_dark(palette: QPalette) -> bool:
    """Dark when the window colour is darker than its text (what the system theme chose)."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


def theme_for(palette: QPalette) -> ChartTheme:
    """The chart theme matching a widget's palette (background and text straight from it)."""
    dark = is_dark(palette)
    bg = palette.color(QPalette.ColorRole.Base)  # charts are content, like a list or a table
    fg = palette.color(QPalette.ColorRole.Text)
    muted = QColor.fromRgbF(  # halfway between text and background: grid, references
        (fg.redF() + bg.redF()) / 2, (fg.greenF() + bg.greenF()) / 2, (fg.blueF() + bg.blueF()) / 2
    )
    return ChartTheme(
        dark=dark,
        background=bg.name(),
        foreground=fg.name(),
        muted=muted.name(),
        morning=SKY_BLUE if dark else BLUE,
        evening=ORANGE,
        mean="#F2F2F2" if dark else "#222222",
        band=BLUISH_GREEN,
        session=REDDISH_PURPLE,
        tut=ORANGE,
        verdict={
            Verdict.CLEARED: BLUISH_GREEN,
            Verdict.OK: ORANGE,
            Verdict.RED: VERMILLION,
            Verdict.NO_BASELINE: GREY,
            Verdict.PENDING: GREY,
            Verdict.MISSED: GREY,
        },
        activity=_activity_colours(dark),
        series_cycle=(
            (SKY_BLUE, ORANGE, BLUISH_GREEN, REDDISH_PURPLE, YELLOW, VERMILLION)
            if dark
            else (BLUE, ORANGE, BLUISH_GREEN, REDDISH_PURPLE, VERMILLION, SKY_BLUE)
        ),
    )


def chart_font(base: QFont) -> QFont:
    """The widget's font, raised to at least 11 pt for axis ticks and legends."""
    font = QFont(base)
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    return font

"""The app's one visual language: type scale, spacing, colours, cards, tables, focus rings.

Every screen takes its sizes and colours from here instead of choosing its own. The values
and what they were taken from are written up in docs/design.md; the contrast promises
(>= 4.5:1 for text on both themes, >= 7:1 on the runner) are checked by
tests/ui/test_design.py over the tables below. The icon set is the line icons under
assets/icons/nav, drawn in the theme's text colour (`ui.nav_icons`).

- **Type scale:** title, heading, lead, body and caption, as multiples of the user's own font
  (the settings' text size scales them all; nothing is ever below 11 pt). The runner's giant
  digits are measured against the window instead (`floor_style.COUNTDOWN_FRACTION`).
- **Spacing:** steps of 4 px; pages, cards and forms use the named steps.
- **Colours:** the phase colours of the runner (dark, AAA) and the traffic-light colours in
  two variants per theme: a *fill* (a filled badge or button, with its own text colour) and
  a *text* colour that reads on the page's background.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QLayout,
    QTableView,
    QWidget,
)

from phtcoach.ui import design_style

MIN_POINT_SIZE = 11.0  # PRODUCT.md: no text below 11 pt

# --------------------------------------------------------------------------- type scale


class TextStyle(StrEnum):
    TITLE = "title"  # a page's title: one per page
    HEADING = "heading"  # a card's or a section's heading
    LEAD = "lead"  # the line that matters most inside a card (a start button's detail)
    BODY = "body"
    CAPTION = "caption"  # rule lines, hints, the units under a number


TYPE_SCALE: dict[TextStyle, tuple[float, QFont.Weight]] = {
    TextStyle.TITLE: (1.6, QFont.Weight.Bold),
    TextStyle.HEADING: (1.25, QFont.Weight.DemiBold),
    TextStyle.LEAD: (1.1, QFont.Weight.Normal),
    TextStyle.BODY: (1.0, QFont.Weight.Normal),
    TextStyle.CAPTION: (0.9, QFont.Weight.Normal),
}
_STYLE_PROPERTY = "phtcoachTextStyle"


def text_font(style: TextStyle, base: QFont | None = None) -> QFont:
    """The font of a step of the type scale over `base` (the application's font)."""
    font = QFont(base if base is not None else QApplication.font())
    scale, weight = TYPE_SCALE[style]
    font.setPointSizeF(max(MIN_POINT_SIZE, font.pointSizeF() * scale))
    font.setWeight(weight)
    return font


def set_text_style(widget: QWidget, style: TextStyle) -> None:
    """Give `widget` a step of the type scale; it follows later text-size changes."""
    widget.setProperty(_STYLE_PROPERTY, style.value)
    widget.setFont(text_font(style))


def text_style_of(widget: QWidget) -> TextStyle | None:
    value = widget.property(_STYLE_PROPERTY)
    return TextStyle(value) if isinstance(value, str) and value else None


def refresh_theme(app: QApplication) -> None:
    """After the application's palette changed (light <-> dark, live): a widget with its own
    style sheet keeps the colours it was polished with, so each one is polished again (its
    `palette(...)` references then resolve to the new colours), and every widget that
    computes colours itself is asked to (`theme_changed()`)."""
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
    for widget in app.allWidgets():
        hook = getattr(widget, "theme_changed", None)
        if callable(hook):
            hook()


def refresh_text_styles(app: QApplication) -> None:
    """After the application's font changed: every styled widget takes its new size."""
    base = app.font()
    for widget in app.allWidgets():
        style = text_style_of(widget)
        if style is not None:
            widget.setFont(text_font(style, base))
        design_style.give_label_air(widget)


# --------------------------------------------------------------------------- spacing


class Space(IntEnum):
    XS = 4
    S = 8
    M = 12
    L = 16
    XL = 24
    XXL = 32


RADIUS = 8  # cards, buttons drawn by us, the warning boxes
PAGE_MARGINS = (Space.XL, Space.L, Space.XL, Space.L)  # left, top, right, bottom
CARD_PADDING = (Space.L, Space.M, Space.L, Space.M)
READING_WIDTH = 760  # px: a column of prose or a form never runs wider than this


_L = TypeVar("_L", bound=QLayout)


def page_layout(layout: _L) -> _L:
    """A page's outer layout: the page margins, and M between its blocks."""
    layout.setContentsMargins(*PAGE_MARGINS)
    layout.setSpacing(Space.M)
    return layout


def card_layout(layout: _L) -> _L:
    layout.setContentsMargins(*CARD_PADDING)
    layout.setSpacing(Space.S)
    return layout


# --------------------------------------------------------------------------- colours


@dataclass(frozen=True, slots=True)
class Tone:
    """A traffic-light colour: `fill` behind `on_fill` text, `text` on the page."""

    fill: str
    on_fill: str
    text: str


@dataclass(frozen=True, slots=True)
class Colours:
    window: str  # the page
    base: str  # cards, fields, tables
    text: str
    muted: str  # captions and rule lines (still >= 4.5:1 on window and base)
    border: str  # card and table outlines (no text on them)
    focus: str  # the focus ring
    green: Tone
    amber: Tone
    red: Tone
    info: Tone


LIGHT = Colours(
    window="#EFEFEF",  # Fusion's light window
    base="#FFFFFF",
    text="#000000",
    muted="#4F565E",
    border="#C4C7CC",
    focus="#1A5FB4",
    green=Tone("#2E7D32", "#FFFFFF", "#1E6B23"),
    amber=Tone("#F9A825", "#000000", "#8A5300"),
    red=Tone("#C62828", "#FFFFFF", "#B71C1C"),
    info=Tone("#455A64", "#FFFFFF", "#37474F"),
)
DARK = Colours(
    window="#202328",
    base="#1E2126",
    text="#E8EAED",
    muted="#AEB4BB",
    border="#3C424A",
    focus="#8AB4F8",
    green=Tone("#2E7D32", "#FFFFFF", "#7BD88A"),
    amber=Tone("#F9A825", "#000000", "#FFC857"),
    red=Tone("#C62828", "#FFFFFF", "#FF8A80"),
    info=Tone("#546E7A", "#FFFFFF", "#B0BEC5"),
)
# Dark only (the light theme keeps Fusion's): a check box's or radio button's outline and an
# arrow that can't be used, >= 3:1 on the page, cards, buttons and tab panes (WCAG 1.4.11).
DARK_CONTROL = "#9AA0A6"


def is_dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(widget: QWidget | None = None) -> Colours:
    """The colour set of the theme `widget` (or the application) is shown in."""
    return DARK if is_dark(widget) else LIGHT


# The runner's floor: dark whatever the theme, every text pair >= 7:1 (WCAG AAA).
BACKGROUND = "#0E1116"
TEXT = "#F2F4F8"  # on the background
TEXT_DIM = "#C2C9D3"  # secondary text on the background (still 11:1)
NOTICE = "#FFD27A"  # discreet notices (no sound device, screen saver not paused)
BAND_TEXT = "#0B0D12"  # on every band colour
TRACK = "#2A303A"  # progress bar groove (no text on it)
HOLD = "#FFB020"  # amber
RAISE = "#38D67A"  # green
LOWER = "#5CB3FF"  # blue
REST = "#A3ACB9"  # grey
GET_READY = "#B9A2FF"  # violet
SWITCH = "#FF8FD0"  # pink: clearly not work, not rest
EFFORT = "#FF9270"  # coral: timed work and running
PAUSED_BAND = "#262B33"  # a dark band with light text: a pause never reads as a hold


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour '#RRGGBB'."""
    c = QColor(hex_colour)
    if not c.isValid():
        raise ValueError(f"not a colour: {hex_colour!r}")

    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio (1..21) between two colours."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# --------------------------------------------------------------------------- cards, tables


TONES = ("green", "amber", "red", "info")


def card_style(selector: str, *, tone: str | None = None) -> str:
    """A card in the application's theme: the base colour, a thin outline (or a 2 px one in
    a tone's colour: "green", "amber", "red", "info"), rounded corners."""
    c = colours()
    border = getattr(c, tone).fill if tone in TONES else c.border
    width = 2 if tone in TONES else 1
    return (
        f"{selector} {{ background: {c.base}; border: {width}px solid {border};"
        f" border-radius: {RADIUS}px; }}"
    )


class Card(QFrame):
    """A framed block of a page (advice, a question, a warning...): `card_style` with the
    card padding, redrawn in the new colours when the theme changes."""

    def __init__(self, name: str, parent: QWidget | None = None, *, tone: str | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._tone = tone
        self._paint_card()

    def set_tone(self, tone: str | None) -> None:
        if tone != self._tone:
            self._tone = tone
            self._paint_card()

    def _paint_card(self) -> None:
        qss = card_style(f"QFrame#{self.objectName()}", tone=self._tone)
        if qss != self.styleSheet():  # a style sheet change is itself a palette change
            self.setStyleSheet(qss)

    def theme_changed(self) -> None:
        self._paint_card()


def style_table(view: QTableView) -> None:
    """Tables: whole-row selection, alternating rows, no grid, rows as tall as their text,
    bold headers that say what a column holds; keyboard moves by row."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    row = view.fontMetrics().height() + Space.S
    view.verticalHeader().setDefaultSectionSize(row)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)
    header.setFont(font)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)

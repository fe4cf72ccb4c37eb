"""Fusion's small controls made visible on a dark palette, for `app_style.FocusRingStyle`.

WCAG 1.4.11 asks >= 3:1 for the parts of a control that say what it is and what state it is
in. Fusion takes them from the palette in ways that hold in the light and fail in the dark:

- a check box's or radio button's outline is a shade darker than the *window*, which on a
  dark page is darker still: the indicator all but vanishes;
- an arrow (a number field's up and down, a menu button's, a tree's) is the text colour at
  60 % opacity, and an arrow that can't be used half of that again;
- a dialog's Close icon and the calendar's month arrows are black pictures from Fusion's
  light resources.

So, when the palette a control is drawn with is dark (and only then: the light look is
Fusion's own), the indicators are drawn by Fusion from an option whose window colour makes
its outline the design's control colour (the check mark, geometry and antialiasing are
Fusion's); the arrows are drawn opaque, in the text colour, or in the control colour when
they can't be used; and those black icons are recoloured when they are drawn, so a window
built in the light theme follows a live switch to dark.
"""

from __future__ import annotations

from typing import ClassVar, Literal

import shiboken6
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QLabel,
    QStyle,
    QStyleOption,
    QStyleOptionSpinBox,
    QWidget,
)

PE = QStyle.PrimitiveElement
SP = QStyle.StandardPixmap
Direction = Literal["up", "down", "left", "right"]
ARROWS: dict[QStyle.PrimitiveElement, Direction] = {
    PE.PE_IndicatorArrowUp: "up",
    PE.PE_IndicatorArrowDown: "down",
    PE.PE_IndicatorArrowLeft: "left",
    PE.PE_IndicatorArrowRight: "right",
}
INDICATORS = (PE.PE_IndicatorCheckBox, PE.PE_IndicatorRadioButton)
# Black glyphs among Fusion's standard icons; anything with colour in it is left alone.
GLYPHS = (
    SP.SP_DialogCloseButton,
    SP.SP_ArrowLeft,
    SP.SP_ArrowRight,
    SP.SP_ArrowUp,
    SP.SP_ArrowDown,
    SP.SP_ArrowBack,
    SP.SP_ArrowForward,
)


def is_dark_palette(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def indicator_option(
    element: QStyle.PrimitiveElement, option: QStyleOption, outline: str
) -> QStyleOption:
    """A copy of a check box's or radio button's `option` from which Fusion draws its outline
    in (about) `outline`: Fusion's is the window colour darkened by 1.4 and lightened by 1.1
    for a check box, darkened by 1.5 for a radio button."""
    copy = type(option)(option)
    palette = QPalette(option.palette)
    factor = 150 if element == PE.PE_IndicatorRadioButton else 127
    palette.setColor(QPalette.ColorRole.Window, QColor(outline).lighter(factor))
    copy.palette = palette
    return copy


def _dpi_scale(option: QStyleOption) -> float:
    return max(1.0, option.fontMetrics.fontDpi() / 96.0)


def draw_arrow(
    painter: QPainter,
    option: QStyleOption,
    rect: QRect,
    direction: Direction,
    colour: QColor,
    *,
    grow: float = 0.0,
) -> None:
    """Fusion's arrow (an 8 x 4 triangle centred in `rect`, scaled with the DPI), opaque in
    `colour`; `grow` px wider (and half that taller) to cover one Fusion drew already."""
    if rect.width() <= 1 or rect.height() <= 1:
        return
    scale = _dpi_scale(option)
    size = min(int(8 * scale), rect.width(), rect.height())
    width, height = size + grow, size * 8 // 14 + grow / 2
    if direction in ("left", "right"):
        width, height = height, width
    c = QRectF(rect).center()
    box = QRectF(c.x() - width / 2, c.y() - height / 2, width, height)
    points = {
        "up": (box.bottomLeft(), box.bottomRight(), QPointF(c.x(), box.top())),
        "down": (box.topLeft(), box.topRight(), QPointF(c.x(), box.bottom())),
        "left": (box.topRight(), box.bottomRight(), QPointF(box.left(), c.y())),
        "right": (box.topLeft(), box.bottomLeft(), QPointF(box.right(), c.y())),
    }[direction]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(list(points))
    painter.restore()


def draw_spin_arrows(
    style: QStyle,
    option: QStyleOptionSpinBox,
    painter: QPainter,
    widget: QWidget | None,
    dim: str,
) -> None:
    """A number field's up and down arrows over Fusion's: the text colour, or `dim` for one
    that can't step (at its limit, or the field is disabled)."""
    if option.buttonSymbols != QAbstractSpinBox.ButtonSymbols.UpDownArrows:
        return
    enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
    text = option.palette.color(QPalette.ColorRole.ButtonText)
    sc, flag = QStyle.SubControl, QAbstractSpinBox.StepEnabledFlag
    steps: tuple[tuple[QStyle.SubControl, QAbstractSpinBox.StepEnabledFlag, Direction], ...] = (
        (sc.SC_SpinBoxUp, flag.StepUpEnabled, "up"),
        (sc.SC_SpinBoxDown, flag.StepDownEnabled, "down"),
    )
    for sub, step, direction in steps:
        rect = style.subControlRect(QStyle.ComplexControl.CC_SpinBox, option, sub, widget)
        if direction == "up":
            rect = rect.adjusted(0, 0, 0, 1)  # as Fusion centres it
        live = enabled and bool(option.stepEnabled & step)
        draw_arrow(painter, option, rect, direction, text if live else QColor(dim), grow=2)


# --------------------------------------------------------------------------- icons


def _is_black_glyph(image: QImage) -> bool:
    """Every visible pixel is a dark grey: a glyph, not a coloured picture."""
    seen = False
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.alpha() < 64:
                continue
            if c.hsvSaturation() > 40 or c.lightness() > 110:
                return False
            seen = True
    return seen


def _tinted(pixmap: QPixmap, colour: QColor) -> QPixmap:
    out = QPixmap(pixmap)
    painter = QPainter(out)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(out.rect(), colour)
    painter.end()
    return out


class GlyphIconEngine(QIconEngine):
    """One of Fusion's black glyph icons, drawn in the palette's text colour (`role`) while
    the application's palette is dark, and as Fusion's own while it is light."""

    _clones: ClassVar[list[GlyphIconEngine]] = []

    def __init__(self, icon: QIcon, role: QPalette.ColorRole) -> None:
        super().__init__()
        self._icon = QIcon(icon)
        self._role = role
        self._glyph: bool | None = None

    def _black(self) -> bool:
        if self._glyph is None:
            self._glyph = _is_black_glyph(self._icon.pixmap(QSize(16, 16), 1.0).toImage())
        return self._glyph

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = self._icon.pixmap(size, scale, mode, state)
        palette = QApplication.palette()
        if pixmap.isNull() or not is_dark_palette(palette) or not self._black():
            return pixmap
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        return _tinted(pixmap, palette.color(group, self._role))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return self._icon.actualSize(size, mode, state)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return self._icon.availableSizes(mode, state)

    def iconName(self) -> str:
        return self._icon.name()

    def isNull(self) -> bool:
        return self._icon.isNull()

    def key(self) -> str:
        return "phtcoachGlyph"

    def clone(self) -> QIconEngine:
        # Qt owns the copy (it clones when an icon shared by two QIcons is changed), but the
        # Python half must outlive this call or Qt's next call into it crashes: held here
        # until Qt has deleted it.
        GlyphIconEngine._clones = [e for e in GlyphIconEngine._clones if shiboken6.isValid(e)]
        engine = GlyphIconEngine(self._icon, self._role)
        GlyphIconEngine._clones.append(engine)
        return engine


def glyph_icon(which: QStyle.StandardPixmap, icon: QIcon, widget: QWidget | None) -> QIcon:
    """`icon` (Fusion's standard icon `which`) as one that follows the theme, if it is one of
    the black glyphs: in the calendar's month bar (the selection colour) in the selected text
    colour, elsewhere in the button text colour."""
    if which not in GLYPHS or icon.isNull():
        return icon
    role = (
        QPalette.ColorRole.HighlightedText
        if isinstance(widget, QCalendarWidget)
        else QPalette.ColorRole.ButtonText
    )
    return QIcon(GlyphIconEngine(icon, role))


LABEL_AIR = 2  # px right of a form label's text


def give_label_air(widget: object) -> None:
    """A form label (one with a buddy, "&To") is laid out exactly as wide as its text's
    rounded advance, yet the text's own width is fractional and a glyph may reach a pixel
    past it: the painter then clips the text to the label ("To" was drawn "Tc"). A label is
    given a little more width when it is polished and again when the text size changes."""
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        widget.setMinimumWidth(0)
        widget.setMinimumWidth(widget.sizeHint().width() + LABEL_AIR)

"""The application's style: Fusion, with focus rings anyone can see and, on a dark palette,
controls that show (`design_style` draws those). `ui.theme` installs it once per
application; its sizes and colours are the design's (`ui.design`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionSpinBox,
    QTableView,
    QWidget,
)

from phtcoach.ui import design_style
from phtcoach.ui.design import DARK_CONTROL, Space, colours

FOCUS_RING_PX = 2


class FocusRingStyle(QProxyStyle):
    """Fusion, with a focus ring anyone can see: a 2 px line in the theme's focus colour
    around the control that has the keyboard (Fusion's own is a faint 1 px tint). On a dark
    palette, check boxes, radio buttons, arrows and the black glyph icons are drawn so that
    they show (`design_style`)."""

    _RINGED = (
        QStyle.PrimitiveElement.PE_PanelButtonCommand,
        QStyle.PrimitiveElement.PE_PanelButtonTool,
        QStyle.PrimitiveElement.PE_FrameLineEdit,
    )

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            self._ring(option.rect, painter, widget, inset=0)
            return
        if design_style.is_dark_palette(option.palette):
            if element in design_style.ARROWS:
                colour = option.palette.color(QPalette.ColorRole.WindowText)
                direction = design_style.ARROWS[element]
                design_style.draw_arrow(painter, option, option.rect, direction, colour)
                return
            if element in design_style.INDICATORS:
                option = design_style.indicator_option(element, option, DARK_CONTROL)
        super().drawPrimitive(element, option, painter, widget)
        if element in self._RINGED and option.state & QStyle.StateFlag.State_HasFocus:
            self._ring(option.rect, painter, widget, inset=1)

    _RINGED_COMPLEX = (
        QStyle.ComplexControl.CC_SpinBox,  # spin boxes, time and date fields
        QStyle.ComplexControl.CC_ComboBox,
    )

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if (
            control == QStyle.ComplexControl.CC_SpinBox
            and isinstance(option, QStyleOptionSpinBox)
            and design_style.is_dark_palette(option.palette)
        ):
            design_style.draw_spin_arrows(self, option, painter, widget, DARK_CONTROL)
        if control in self._RINGED_COMPLEX and option.state & QStyle.StateFlag.State_HasFocus:
            self._ring(option.rect, painter, widget, inset=1)

    def standardIcon(
        self,
        standard_icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        """Fusion's icon; its black glyphs (Close, the calendar's arrows) in the text colour
        while the theme is dark."""
        icon = super().standardIcon(standard_icon, option, widget)
        return design_style.glyph_icon(standard_icon, icon, widget)

    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: Any = None, widget: Any = None
    ) -> int:
        """Table cells keep `Space.S` of air each side of their text (Fusion gives 3 px, so
        "Automatic, at start" ran into the next column)."""
        if metric == QStyle.PixelMetric.PM_FocusFrameHMargin and isinstance(widget, QTableView):
            return Space.S - 1  # the item's text margin is this + 1
        return super().pixelMetric(metric, option, widget)

    def polish(self, target: Any) -> Any:  # QWidget, QApplication or QPalette overloads
        design_style.give_label_air(target)
        return super().polish(target)

    @staticmethod
    def _ring(rect: QRect, painter: QPainter, widget: QWidget | None, *, inset: int) -> None:
        if rect.width() < 4 or rect.height() < 4:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(QColor(colours(widget).focus))
        pen.setWidth(FOCUS_RING_PX)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = FOCUS_RING_PX / 2 + inset
        r = QRectF(rect).adjusted(half, half, -half, -half)
        painter.drawRoundedRect(r, 4, 4)
        painter.restore()


def install_style(app: QApplication) -> None:
    """Fusion with the focus rings, once per application."""
    if not isinstance(app.style(), FocusRingStyle):
        app.setStyle(FocusRingStyle("Fusion"))

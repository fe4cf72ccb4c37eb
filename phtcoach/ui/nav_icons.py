"""The sidebar's page icons, drawn from the SVG assets in the theme's colours.

Apart from the main window because drawing an icon (recolouring an SVG, rendering it into
pixmaps for the normal and the selected state) has nothing to do with routing between
pages; a theme switch can redraw the icons without knowing about the window.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from phtcoach import paths


def _svg_pixmap(svg: str, colour: QColor, size: int) -> QPixmap:
    """The nav icons draw in `currentColor`, which Qt's SVG renderer paints black."""
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour.name()).encode()))
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pm)
    renderer.render(painter)
    painter.end()
    return pm


def nav_icon(page: str, palette: QPalette, size: int = 48) -> QIcon:
    """A page's sidebar icon in the theme's text colour, white-on-highlight when selected."""
    path = paths.asset("icons", "nav", f"{page}.svg")
    if not path.exists():
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    icon = QIcon()
    icon.addPixmap(_svg_pixmap(svg, palette.color(QPalette.ColorRole.WindowText), size))
    selected = _svg_pixmap(svg, palette.color(QPalette.ColorRole.HighlightedText), size)
    icon.addPixmap(selected, QIcon.Mode.Selected)
    return icon

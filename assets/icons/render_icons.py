"""Render phtcoach.svg to the PNG sizes desktops and PyInstaller want.

Run from the repository root after editing the SVG:
    .venv/bin/python assets/icons/render_icons.py
PNGs are committed so that packaging and the window icon never depend on the SVG plugin.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent


def main() -> int:
    app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(HERE / "phtcoach.svg"))
    if not renderer.isValid():
        print("render_icons: phtcoach.svg is not valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = HERE / f"phtcoach-{size}.png"
        if not image.save(str(out)):
            print(f"render_icons: could not write {out}", file=sys.stderr)
            return 1
        print(out.relative_to(HERE.parent.parent))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

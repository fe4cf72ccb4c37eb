"""How to do an exercise, on screen: its drawing (start and end positions) and its how-to
in sections. The Programme page, the runner's lead-in panel and the card over the rating
panel all show an exercise through these two widgets, so they always say the same.

The drawings are SVGs stroked in `currentColor`; Qt's SVG renderer paints that black, so
the colour is substituted with the widget's text colour (or a colour given) before
rendering: the same file reads on the light page, a dark theme and the dark runner.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from phtcoach.core.model import Exercise
from phtcoach.services.programme import illustration_path

GAP_UNITS = 40.0  # the gap between the start and end panels in the SVGs (make_illustrations)


class ExerciseDrawing(QWidget):
    """The start and end positions, captioned. Side by side when that is bigger, one above
    the other in a tall narrow space (the runner's side panel)."""

    def __init__(self, parent: QWidget | None = None, *, colour: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseDrawing")
        self._colour = colour  # None: the palette's text colour, following the theme
        self._svg = ""
        self._renderers: dict[str, QSvgRenderer] = {}
        self._path: Path | None = None
        self._prefer_side_by_side = True
        self.setAccessibleName(self.tr("Drawing of the start and end positions"))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # ------------------------------------------------------------------ content

    @property
    def path(self) -> Path | None:
        """The SVG shown, None when the exercise has no drawing."""
        return self._path

    def has_drawing(self) -> bool:
        return self._path is not None

    def set_exercise(self, exercise: Exercise | None) -> None:
        path = illustration_path(exercise) if exercise is not None else None
        self._path = path
        self._svg = path.read_text(encoding="utf-8") if path is not None else ""
        self._renderers.clear()
        name = exercise.name if exercise is not None else ""
        self.setAccessibleDescription(
            self.tr("%1: the start position, then the end position.").replace("%1", name)
            if path is not None
            else ""
        )
        self.setVisible(path is not None)
        self.updateGeometry()
        self.update()

    def set_colour(self, colour: str | None) -> None:
        self._colour = colour
        self.update()

    def set_stacked_when_narrow(self, allowed: bool) -> None:
        """Allow one above the other (tall narrow spaces); otherwise always side by side."""
        self._prefer_side_by_side = not allowed
        self.update()

    def renderer(self) -> QSvgRenderer | None:
        """The drawing in the current colour (rendered SVGs are cached per colour)."""
        if not self._svg:
            return None
        colour = self._colour or self.palette().color(QPalette.ColorRole.WindowText).name()
        r = self._renderers.get(colour)
        if r is None:
            r = QSvgRenderer(QByteArray(self._svg.replace("currentColor", colour).encode()))
            self._renderers[colour] = r
        return r

    # ------------------------------------------------------------------ geometry

    def _view(self) -> tuple[float, float]:
        r = self.renderer()
        if r is None:
            return (1.0, 1.0)
        box = r.viewBoxF()
        return (max(1.0, box.width()), max(1.0, box.height()))

    def _caption_h(self) -> int:
        return self.fontMetrics().height() + 4

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if not self.has_drawing():
            return 0
        w, h = self._view()
        return round(width * h / w) + self._caption_h()

    def sizeHint(self) -> QSize:
        return QSize(360, self.heightForWidth(360))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 60 if self.has_drawing() else 0)

    def stacked(self) -> bool:
        """One above the other (the space is tall and narrow enough to make that bigger)."""
        first, second = self.layout_boxes()
        return second.top() > first.top()

    def layout_boxes(self) -> list[QRectF]:
        """Where the start and end panels are drawn in the widget (for tests and paint)."""
        w, h = self._view()
        half = (w - GAP_UNITS) / 2
        cap = self._caption_h()
        width, height = float(self.width()), float(self.height())
        side = min(width / w, max(1.0, height - cap) / h)
        stacked = min(width / half, max(1.0, height - 2 * cap) / (2 * h))
        if self._prefer_side_by_side or side >= stacked:
            s = side
            x0, y0 = (width - w * s) / 2, max(0.0, (height - h * s - cap) / 2)
            return [
                QRectF(x0, y0, half * s, h * s),
                QRectF(x0 + (half + GAP_UNITS) * s, y0, half * s, h * s),
            ]
        s = stacked
        x0, y0 = (width - half * s) / 2, max(0.0, (height - 2 * (h * s + cap)) / 2)
        return [
            QRectF(x0, y0, half * s, h * s),
            QRectF(x0, y0 + h * s + cap, half * s, h * s),
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        r = self.renderer()
        if r is None:
            return
        w, h = self._view()
        half = (w - GAP_UNITS) / 2
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        boxes = self.layout_boxes()
        text = self._colour or self.palette().color(QPalette.ColorRole.WindowText).name()
        p.setPen(QColor(text))
        cap = self._caption_h()
        stacked = boxes[1].top() > boxes[0].top()
        if not stacked:  # the whole drawing, with the arrow between the two positions
            r.render(p, QRectF(boxes[0].topLeft(), boxes[1].bottomRight()))
        for box, x, caption in zip(
            boxes, (0.0, half + GAP_UNITS), (self.tr("Start"), self.tr("End")), strict=True
        ):
            if stacked:  # each half on its own (the renderer does not clip to a view box)
                p.save()
                p.setClipRect(box)
                r.setViewBox(QRectF(x, 0, half, h))
                r.render(p, box)
                p.restore()
            p.drawText(
                QRectF(box.left(), box.bottom(), box.width(), cap),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                caption,
            )
        r.setViewBox(QRectF(0, 0, w, h))
        p.end()


# --------------------------------------------------------------------------- text


def _steps(items: tuple[str, ...], ordered: bool) -> str:
    tag = "ol" if ordered else "ul"
    body = "".join(f"<li>{escape(s)}</li>" for s in items)
    return f"<{tag} style='margin-top:2px; margin-bottom:4px'>{body}</{tag}>"


def _tr(text: str) -> str:
    return QCoreApplication.translate("HowToView", text)


def howto_html(exercise: Exercise) -> str:
    """The how-to in sections, as rich text (headings translated, content as written)."""
    how = exercise.how_to
    if how is None:
        if exercise.instructions:
            return f"<p>{escape(exercise.instructions)}</p>"
        return f"<p>{escape(_tr('No how-to for this exercise yet.'))}</p>"
    parts: list[str] = []
    if how.cues:
        cues = " · ".join(escape(c) for c in how.cues)
        parts.append(f"<p><b>{escape(_tr('Key cues:'))}</b> {cues}</p>")
    sections: tuple[tuple[str, tuple[str, ...] | str, bool], ...] = (
        (_tr("Set-up"), how.setup, True),
        (_tr("Movement"), how.movement, True),
        (_tr("What you should feel"), how.feel, False),
        (_tr("Common faults"), how.faults, False),
        (_tr("Easier"), how.easier, False),
        (_tr("Harder"), how.harder, False),
        (_tr("If it hurts"), how.if_it_hurts, False),
    )
    for title, value, ordered in sections:
        if not value:
            continue
        parts.append(f"<p style='margin-top:8px; margin-bottom:0'><b>{escape(title)}</b></p>")
        if isinstance(value, tuple):
            parts.append(_steps(value, ordered))
        else:
            parts.append(f"<p style='margin-top:2px'>{escape(value)}</p>")
    return "".join(parts)


class HowToView(QWidget):
    """An exercise's name, drawing and full how-to, one below the other (put it in a
    scroll area where it may be taller than the space)."""

    def __init__(self, parent: QWidget | None = None, *, colour: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("howToView")
        self._exercise: Exercise | None = None
        self.title = QLabel(self)
        self.title.setObjectName("howToTitle")
        self.title.setWordWrap(True)
        f = QFont(self.title.font())
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.title.setFont(f)
        self.drawing = ExerciseDrawing(self, colour=colour)
        self.text = QLabel(self)
        self.text.setObjectName("howToText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if colour is not None:
            for lab in (self.title, self.text):
                lab.setStyleSheet(f"color: {colour}; background: transparent;")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.drawing)
        box.addWidget(self.text)
        box.addStretch(1)

    @property
    def exercise(self) -> Exercise | None:
        return self._exercise

    def set_exercise(self, exercise: Exercise | None) -> None:
        self._exercise = exercise
        self.title.setText(exercise.name if exercise is not None else "")
        self.drawing.set_exercise(exercise)
        self.text.setText(howto_html(exercise) if exercise is not None else "")
        name = exercise.name if exercise is not None else ""
        self.text.setAccessibleName(self.tr("How to do %1").replace("%1", name))
        self.text.setAccessibleDescription(self.text.text())

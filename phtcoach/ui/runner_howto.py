"""How to do the exercise, in the runner: a side panel before an exercise's first set, and
the full how-to over the rating panel after a set.

- The side panel (`HowToPanel`) shows the drawing and the three key cues of the exercise
  about to start. It is shown by default only while waiting for Space and during the
  lead-in or rest before an exercise's first set, and goes away as the first set starts.
  It sits beside the countdown, never above or below it, so the digits keep their third
  of the height.
- While the rating panel is open, H (or its "How to (H)" button) lays the exercise's full
  how-to over the rating panel (`HowToCard`); H again goes back to the rating. The rating
  panel has the right-hand side then, so the side panel waits until it has slid away.

`RunnerHowTo` decides what is shown; the runner calls `sync` after each engine event and
`toggle` for H. The user's H choice holds until the phase moves on to another exercise or
into or out of the "before the first set" stretch.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from phtcoach.core.model import Exercise
from phtcoach.services.session_run import SessionRun
from phtcoach.ui.howto_view import ExerciseDrawing, HowToView
from phtcoach.ui.rating_panel import RatingPanel
from phtcoach.ui.rating_style import BUTTON_BORDER, PANEL_BG, PANEL_DIM, PANEL_TEXT
from phtcoach.ui.text.words import bullets_html

SIDE_FRACTION = 0.28  # of the runner's width: the countdown keeps its size beside it
MIN_SIDE_WIDTH = 300


def _label(parent: QWidget, colour: str, *, bold: bool = False) -> QLabel:
    lab = QLabel(parent)
    lab.setWordWrap(True)
    lab.setStyleSheet(f"color: {colour}; background: transparent;")
    f = QFont(lab.font())
    f.setBold(bold)
    lab.setFont(f)
    return lab


def _px(label: QLabel, px: int) -> None:
    f = QFont(label.font())
    f.setPixelSize(max(15, px))
    label.setFont(f)


class HowToPanel(QFrame):
    """The side panel: the exercise's name, drawing and key cues, big enough to read from
    the mat before getting into position."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("howToPanel")
        self.setAccessibleName(self.tr("How to"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(
            f"#howToPanel {{ background: {PANEL_BG}; border-left: 2px solid {BUTTON_BORDER}; }}"
        )
        self._exercise: Exercise | None = None
        self.heading = _label(self, PANEL_DIM)
        self.heading.setText(self.tr("How to"))
        self.title = _label(self, PANEL_TEXT, bold=True)
        self.title.setAccessibleName(self.tr("Exercise"))
        self.drawing = ExerciseDrawing(self, colour=PANEL_TEXT)
        self.drawing.set_stacked_when_narrow(True)
        self.cues = _label(self, PANEL_TEXT, bold=True)
        self.cues.setTextFormat(Qt.TextFormat.RichText)
        self.cues.setAccessibleName(self.tr("Key cues"))
        self.hint = _label(self, PANEL_DIM)
        self.hint.setText(self.tr("H: hide the how-to"))
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.title)
        box.addWidget(self.drawing, 1)
        box.addWidget(self.cues)
        box.addWidget(self.hint)
        self.hide()

    @property
    def exercise(self) -> Exercise | None:
        return self._exercise

    def set_exercise(self, exercise: Exercise) -> None:
        if exercise == self._exercise:
            return
        self._exercise = exercise
        self.title.setText(exercise.name)
        self.drawing.set_exercise(exercise)
        how = exercise.how_to
        cues = list(how.cues[:3]) if how is not None else []
        if not cues and exercise.instructions:
            cues = [exercise.instructions[:120] + ("…" if len(exercise.instructions) > 120 else "")]
        self.cues.setText(bullets_html(cues))
        self.cues.setAccessibleDescription("; ".join(cues))
        self.setAccessibleDescription(f"{exercise.name}. " + "; ".join(cues))

    def scale_to(self, height: int, width: int) -> None:
        """Text follows the runner's height; the width is a share of the runner's."""
        h = max(400, height)
        _px(self.heading, round(h * 0.024))
        _px(self.title, round(h * 0.032))
        _px(self.cues, round(h * 0.036))
        _px(self.hint, round(h * 0.024))
        self.setFixedWidth(max(MIN_SIDE_WIDTH, round(width * SIDE_FRACTION)))


class HowToCard(QFrame):
    """The full how-to, laid over the rating panel (a child of it, covering it)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("howToCard")
        self.setAccessibleName(self.tr("How to do the exercise"))
        self.setStyleSheet(
            f"#howToCard {{ background: {PANEL_BG}; border-left: 2px solid {BUTTON_BORDER}; }}"
        )
        self.hint = _label(self, PANEL_DIM)
        self.hint.setText(self.tr("H: back to the rating · ↑/↓ scroll"))
        self.view = HowToView(colour=PANEL_TEXT)
        self.scroller = QScrollArea(self)
        self.scroller.setWidget(self.view)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setStyleSheet(
            f"QScrollArea {{ background: {PANEL_BG}; }}"
            f"QScrollBar:vertical {{ background: {PANEL_BG}; width: 10px; border: none; }}"
            f"QScrollBar::handle:vertical {{ background: {BUTTON_BORDER}; border-radius: 4px;"
            " min-height: 30px; }"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
        )
        self.scroller.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroller.setAccessibleName(self.tr("How to do the exercise"))
        box = QVBoxLayout(self)
        box.addWidget(self.hint)
        box.addWidget(self.scroller, 1)
        self.hide()

    def show_for(self, exercise: Exercise) -> None:
        self.view.set_exercise(exercise)
        self.scroller.verticalScrollBar().setValue(0)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.scroller.setFocus(Qt.FocusReason.OtherFocusReason)


class RunnerHowTo(QObject):
    """What the runner shows of the how-to, and when (see the module doc)."""

    def __init__(
        self,
        side: HowToPanel,
        rating: RatingPanel,
        run_of: Callable[[], SessionRun | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._side = side
        self._rating = rating
        self._run_of = run_of
        self.card = HowToCard(rating)
        self._context: tuple[object, ...] | None = None
        self._choice: bool | None = None  # the user's H for the current context
        self._first_work: tuple[object, dict[int, int]] | None = None
        rating.installEventFilter(self)
        rating.how_to_requested.connect(self.toggle)

    @property
    def side_shown(self) -> bool:
        return not self._side.isHidden()

    @property
    def card_shown(self) -> bool:
        return not self.card.isHidden()

    # ------------------------------------------------------------------ decisions

    def _target(self, run: SessionRun) -> tuple[int | None, bool]:
        """(the block whose exercise to show, shown by default?)"""
        if run.finished:
            return (None, False)
        if not run.started:
            return (0, True)  # waiting for Space: the first exercise, before its first set
        eng = run.engine
        phase = eng.current_phase
        if phase is None:
            return (None, False)
        if phase.kind.is_work:
            return (phase.block_index, False)
        phases = eng.timeline.phases
        nxt = next((i for i in range(eng.phase_index, len(phases)) if phases[i].kind.is_work), None)
        if nxt is None:
            return (phase.block_index, False)
        block = phases[nxt].block_index
        return (block, nxt == self._first_work_index(run, block))

    def _first_work_index(self, run: SessionRun, block: int) -> int:
        tl = run.engine.timeline
        if self._first_work is None or self._first_work[0] is not tl:
            first: dict[int, int] = {}
            for i, ph in enumerate(tl.phases):
                if ph.kind.is_work:
                    first.setdefault(ph.block_index, i)
            self._first_work = (tl, first)
        return self._first_work[1].get(block, -1)

    def _exercise(self, run: SessionRun, block: int | None) -> Exercise | None:
        blocks = run.template.blocks
        return blocks[block].exercise if block is not None and 0 <= block < len(blocks) else None

    # ------------------------------------------------------------------ actions

    def sync(self) -> None:
        """Show or hide the side panel for the session as it stands now."""
        run = self._run_of()
        block, auto = (None, False) if run is None else self._target(run)
        context = (id(run), block, auto)
        if context != self._context:
            self._context = context
            self._choice = None
        want = auto if self._choice is None else self._choice
        exercise = None if run is None else self._exercise(run, block)
        rating_up = not self._rating.isHidden()
        show = want and exercise is not None and not rating_up
        if show and exercise is not None:
            self._side.set_exercise(exercise)
        if show != self.side_shown:
            self._side.setVisible(show)
        if not rating_up and self.card_shown:
            self.card.hide()

    def toggle(self) -> None:
        """H: over an open rating, the full how-to of the set just done (or back to the
        rating); otherwise the side panel on or off."""
        run = self._run_of()
        if run is None:
            return
        if self._rating.is_open:
            if self.card_shown:
                self.hide_card()
                return
            rec = self._rating.record
            exercise = self._exercise(run, rec.block_index) if rec is not None else None
            if exercise is not None:
                self.card.show_for(exercise)
            return
        self._choice = not self.side_shown
        self.sync()

    def hide_card(self) -> None:
        self.card.hide()
        runner = self._rating.parentWidget()
        if runner is not None:
            runner.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The rating panel slid in or away (the side panel waits for it), or was resized
        (the card covers it)."""
        kind = event.type()
        if watched is self._rating:
            if kind in (QEvent.Type.Show, QEvent.Type.Hide):
                self.sync()
            elif kind == QEvent.Type.Resize and self.card_shown:
                self.card.setGeometry(self._rating.rect())
        return False

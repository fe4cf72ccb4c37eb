"""The runner's last page: what was done, the pain after (0-10) and the way back, plus the
dark palette and the "before Space" description the runner shares with it.

A session with no work done says so and offers to discard it, so it never counts as
training; a set still waiting to be saved is shown until it is on disk.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.model import SessionRecord, SessionStatus, SetRecord
from phtcoach.core.timeline import Timeline
from phtcoach.core.words import figure, plural
from phtcoach.services.run_options import count_sets
from phtcoach.ui.floor_style import (
    BACKGROUND,
    MIN_TEXT_PX,
    NEXT_FRACTION,
    NOTICE,
    SMALL_FRACTION,
    TEXT,
    TEXT_DIM,
)
from phtcoach.ui.floor_text import format_duration, format_length, phase_word, side_text
from phtcoach.ui.rating_style import LEVEL_COLOURS, controls_style
from phtcoach.ui.scale_row import ScaleRow
from phtcoach.ui.text.words import inline, translate

TITLE_FRACTION = 0.075  # of the height: between the floor's phase word and its set line
DIGIT_FRACTION = 0.045  # the 0-10 digits (shrunk only to fit their buttons)
SCALE_FRACTION = 0.1  # the buttons' height: with the column's width, near square
COLUMN_PER_HEIGHT = 1.2  # the column's widest, as a multiple of the height


def _centred(parent: QWidget, name: str) -> QLabel:
    """A line of the summary: centred in the column, wrapped when long."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def dark_palette(widget: QWidget) -> None:
    """The runner is dark whatever the theme (a bright screen in a dim room dazzles)."""
    pal = widget.palette()
    for role, colour in (
        (QPalette.ColorRole.Window, BACKGROUND),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Base, "#2A303A"),
        (QPalette.ColorRole.AlternateBase, "#1A1F27"),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.Button, "#2A303A"),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.Highlight, NOTICE),
        (QPalette.ColorRole.HighlightedText, BACKGROUND),
        (QPalette.ColorRole.ToolTipBase, "#1A1F27"),
        (QPalette.ColorRole.ToolTipText, TEXT),
        (QPalette.ColorRole.PlaceholderText, TEXT_DIM),
    ):
        pal.setColor(role, QColor(colour))
    widget.setPalette(pal)
    widget.setAutoFillBackground(True)


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """A text of the screen before Space; a plural one ('%n set(s)') takes `n` (lupdate
    reads its forms through this tr alias)."""
    del disambiguation
    return translate("Runner", text, n)


def first_phases_text(timeline: Timeline) -> str:
    """'2 sets · first: get ready 5 s, then hold 5 s' for the screen before Space."""
    parts = [
        f"{inline(phase_word(p.kind))} {format_length(p.duration_s)}" for p in timeline.phases[:2]
    ]
    n = count_sets(timeline)
    sets = _tr("%n set(s)", "", n)
    then = QCoreApplication.translate("Runner", ", then ")
    return f"{sets} · " + QCoreApplication.translate("Runner", "first: {0}").format(
        then.join(parts)
    )


class SummaryPage(QWidget):
    """After the session: what was done, the pain after (0-10), and the way back.

    Laid out like the floor view: one centred column, its text sized by the window's
    height, and no wider than `COLUMN_PER_HEIGHT` times the height, so the 0-10 row keeps
    square buttons at 1920 wide instead of running from edge to edge."""

    back = Signal()
    pain_after_chosen = Signal(int)
    discard = Signal()  # a session with no work done: throw it away

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runnerSummary")
        dark_palette(self)
        self.column = QWidget(self)
        self.column.setObjectName("summaryColumn")
        self.title = _centred(self.column, "summaryTitle")
        self.stats = _centred(self.column, "summaryStats")
        self.stats.setAccessibleName(self.tr("Session summary"))
        self.sets = _centred(self.column, "summarySets")
        self.sets.setAccessibleName(self.tr("Sets done"))
        self.pain = ScaleRow(
            self.tr("Pain after the session"),
            self.tr("Pain after"),
            self.column,
            marker=False,
            centred=True,
        )
        self.pain.label.setObjectName("summaryScale")
        self.pain.value_changed.connect(self._pain_changed)
        self.saved = _centred(self.column, "summaryHint")
        self.saved.setAccessibleName(self.tr("Saved"))
        self.back_button = QPushButton(self.tr("Back to Today (Enter)"), self.column)
        self.back_button.setObjectName("backToToday")
        self.back_button.setAccessibleName(self.tr("Back to Today"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.discard_button = QPushButton(self.tr("Discard this session (D)"), self.column)
        self.discard_button.setObjectName("backToToday")
        self.discard_button.setAccessibleName(self.tr("Discard this session"))
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self.discard)
        self.discard_button.hide()
        self.error = _centred(self.column, "summaryError")
        self.error.hide()

        self._box = QVBoxLayout(self.column)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addStretch(1)
        for w in (self.title, self.stats, self.sets):
            self._box.addWidget(w)
        self._gap_scale = self._gap()
        self._box.addWidget(self.pain)
        self._box.addWidget(self.saved)
        self._box.addWidget(self.error)
        self._gap_buttons = self._gap()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self._box.addLayout(buttons)
        self._box.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addStretch(1)
        outer.addWidget(self.column)
        outer.addStretch(1)
        self._height = 0
        self.scale_to(720)

    def _gap(self) -> QSpacerItem:
        gap = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self._box.addSpacerItem(gap)
        return gap

    def show_for(
        self,
        record: SessionRecord,
        sets: list[SetRecord],
        sets_planned: int,
        elapsed_s: float,
        *,
        pending: int = 0,
    ) -> None:
        done = record.status is SessionStatus.COMPLETED
        worked = any(s.performed_reps > 0 for s in sets) or pending > 0
        if pending:
            title = plural(self.tr("Saving… %n set(s) not saved yet", "", pending), pending)
        elif not worked:
            title = self.tr("No work recorded")
        elif done:
            title = self.tr("Session complete")
        else:
            title = self.tr("Session ended early")
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.discard_button.setVisible(
            not worked and record.status is not SessionStatus.IN_PROGRESS
        )
        for w in (self.pain, self.saved):
            w.setVisible(worked)
        self.stats.setText(self._stats_text(sets, sets_planned, elapsed_s))
        lines = [self._set_line(s) for s in sets]
        if not worked:
            lines = [
                self.tr(
                    "No set was done, so this session does not count as training and waits "
                    "for no 24-hour check. Discard it (D), or keep it in the Diary."
                )
            ]
        self.sets.setText("\n".join(lines))
        self.pain.set_value(record.pain_after)
        if record.pain_after is not None:
            self.saved.setText(self.tr("Saved: pain after {0}/10").format(record.pain_after))
        else:
            self.saved.setText(self.tr("Type 0-9 (T = 10): saved at once"))

    def _stats_text(self, sets: list[SetRecord], planned: int, elapsed_s: float) -> str:
        """'3 of 3 sets · 24 reps · 240 s under tension · 9:05'."""
        reps = sum(s.performed_reps for s in sets)
        tut = sum(s.time_under_tension_s for s in sets)
        return " · ".join(
            (
                plural(self.tr("{0} of %n set(s)", "", planned), planned).format(len(sets)),
                plural(self.tr("%n rep(s)", "", reps), reps),
                self.tr("{0} s under tension").format(figure(tut, 0)),
                format_duration(elapsed_s),
            )
        )

    def _set_line(self, s: SetRecord) -> str:
        """'Set 1 left: 8 reps (8.6, 10, 9.5 s) · pain 2/10, effort 5/10': each hold as a
        person reads it (stored to the millisecond, shown to a tenth)."""
        side = side_text(s.side)
        where = f" {side.lower()}" if side else ""
        reps = s.performed_reps
        if s.hold_s:
            holds = ", ".join(figure(h) for h in s.hold_s)
            line = plural(self.tr("Set {0}{1}: %n rep(s) ({2} s)", "", reps), reps)
            line = line.format(s.set_no, where, holds)
        else:
            line = plural(self.tr("Set {0}{1}: %n rep(s)", "", reps), reps).format(s.set_no, where)
        rated = []
        if s.pain_during is not None:
            rated.append(self.tr("pain {0}/10").format(s.pain_during))
        if s.rpe is not None:
            rated.append(self.tr("effort {0}/10").format(s.rpe))
        return line + (" · " + ", ".join(rated) if rated else "")

    def handle_key(self, event: QKeyEvent) -> bool:
        """Digits 0-9 and T (10) rate the pain after; True when used."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        key = event.key()
        if key == Qt.Key.Key_D and self.discard_button.isVisible():
            self.discard.emit()
            return True
        if not self.pain.isVisible():
            return False
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            value = key - Qt.Key.Key_0
        elif key == Qt.Key.Key_T:
            value = 10
        else:
            return False
        self.pain.set_value(int(value), user=True)
        return True

    def show_saved(self, pain: int) -> None:
        self.error.hide()
        self.saved.setText(self.tr("Saved: pain after {0}/10").format(pain))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def scale_to(self, height: int) -> None:
        """Text by the runner's height, like the floor view's (`floor_style` fractions)."""
        h = max(400, height)
        if h == self._height:
            return
        self._height = h
        title = max(MIN_TEXT_PX, round(h * TITLE_FRACTION))
        lead = max(MIN_TEXT_PX, round(h * NEXT_FRACTION))
        small = max(MIN_TEXT_PX, round(h * SMALL_FRACTION))
        step = max(4, round(h * 0.008))  # the floor view's spacing
        self._box.setSpacing(step)
        self._gap_scale.changeSize(0, 4 * step, QSizePolicy.Policy.Minimum)
        self._gap_buttons.changeSize(0, 3 * step, QSizePolicy.Policy.Minimum)
        self.pain.set_digit_px(round(h * DIGIT_FRACTION), spacing=step)
        bold = QFont(self.font())
        bold.setPixelSize(lead)
        bold.setBold(True)
        label_h = QFontMetrics(bold).height()
        self.pain.setFixedHeight(round(h * SCALE_FRACTION) + label_h + step)
        self.setStyleSheet(
            controls_style(h) + f"QLabel {{ color: {TEXT}; font-size: {small}px; }}"
            f"#summaryTitle {{ font-size: {title}px; font-weight: bold; }}"
            f"#summaryStats, #summaryScale {{ font-size: {lead}px; }}"
            f"#summaryScale {{ font-weight: bold; }}"
            f"#summarySets, #summaryHint {{ color: {TEXT_DIM}; }}"
            f"#summaryError {{ color: {LEVEL_COLOURS['red']}; }}"
            f"#backToToday {{ font-size: {small}px; padding: {step}px {3 * step}px;"
            f" color: {TEXT}; background: #2A303A; border: 2px solid #4A5260;"
            f" border-radius: 8px; }}"
            f"#backToToday:focus {{ border-color: {NOTICE}; }}"
        )
        self._fit_column()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scale_to(self.height())
        self._fit_column()

    def _fit_column(self) -> None:
        """The column's width: the floor view's margins, at most `COLUMN_PER_HEIGHT` x h."""
        h = max(400, self.height())
        margin = round(h * 0.025)
        self.column.setFixedWidth(
            max(1, min(self.width() - 2 * margin, round(h * COLUMN_PER_HEIGHT)))
        )

    def _pain_changed(self, value: object) -> None:
        if isinstance(value, int):
            self.pain_after_chosen.emit(value)

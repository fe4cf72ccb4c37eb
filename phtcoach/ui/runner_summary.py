"""The runner's last page: what was done, the pain after (0-10) and the way back, plus the
dark palette and the "before Space" description the runner shares with it.

A session with no work done says so and offers to discard it, so it never counts as
training; a set still waiting to be saved is shown until it is on disk.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from phtcoach.core.model import SessionRecord, SessionStatus, SetRecord
from phtcoach.core.timeline import Timeline
from phtcoach.services.run_options import count_sets
from phtcoach.ui.floor_style import BACKGROUND, NOTICE, TEXT, TEXT_DIM
from phtcoach.ui.floor_text import format_duration, format_length, phase_word, side_text
from phtcoach.ui.rating_style import controls_style
from phtcoach.ui.scale_row import ScaleRow
from phtcoach.ui.text.words import inline


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


def first_phases_text(timeline: Timeline) -> str:
    """'2 sets · first: get ready 5 s, then hold 5 s' for the screen before Space."""

    translate = QCoreApplication.translate
    parts = [
        f"{inline(phase_word(p.kind))} {format_length(p.duration_s)}" for p in timeline.phases[:2]
    ]
    n = count_sets(timeline)
    sets = translate("Runner", "{0} sets").format(n) if n != 1 else translate("Runner", "1 set")
    then = translate("Runner", ", then ")
    return f"{sets} · " + translate("Runner", "first: {0}").format(then.join(parts))


class SummaryPage(QWidget):
    """After the session: what was done, the pain after (0-10), and the way back."""

    back = Signal()
    pain_after_chosen = Signal(int)
    discard = Signal()  # a session with no work done: throw it away

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runnerSummary")
        dark_palette(self)
        self.title = QLabel(self)
        self.title.setObjectName("summaryTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stats = QLabel(self)
        self.stats.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stats.setWordWrap(True)
        self.stats.setAccessibleName(self.tr("Session summary"))
        self.sets = QLabel(self)
        self.sets.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sets.setWordWrap(True)
        self.sets.setAccessibleName(self.tr("Sets done"))
        self.prompt = QLabel(self.tr("Pain after the session (0-10)"), self)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pain = ScaleRow(self.tr("Pain after"), self.tr("Pain after"), self, marker=False)
        self.pain.value_changed.connect(self._pain_changed)
        self.saved = QLabel(self)
        self.saved.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.saved.setAccessibleName(self.tr("Saved"))
        self.back_button = QPushButton(self.tr("Back to Today (Enter)"), self)
        self.back_button.setObjectName("backToToday")
        self.back_button.setAccessibleName(self.tr("Back to Today"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.discard_button = QPushButton(self.tr("Discard this session (D)"), self)
        self.discard_button.setObjectName("backToToday")
        self.discard_button.setAccessibleName(self.tr("Discard this session"))
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self.discard)
        self.discard_button.hide()
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #FF9A8F;")
        self.error.setWordWrap(True)
        self.error.hide()

        box = QVBoxLayout(self)
        box.addStretch(1)
        for w in (self.title, self.stats, self.sets):
            box.addWidget(w)
        box.addSpacing(24)
        box.addWidget(self.prompt)
        box.addWidget(self.pain)
        box.addWidget(self.saved)
        box.addWidget(self.error)
        box.addSpacing(16)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addStretch(1)
        self.scale_to(720)

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
            title = self.tr("Saving… {0} set(s) not saved yet").format(pending)
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
        for w in (self.prompt, self.pain, self.saved):
            w.setVisible(worked)
        reps = sum(s.performed_reps for s in sets)
        tut = sum(s.time_under_tension_s for s in sets)
        self.stats.setText(
            self.tr("{0} of {1} sets · {2} reps · {3} s under tension · {4}").format(
                len(sets), sets_planned, reps, round(tut), format_duration(elapsed_s)
            )
        )
        lines = []
        for s in sets:
            side = side_text(s.side)
            rated = []
            if s.pain_during is not None:
                rated.append(self.tr("pain {0}/10").format(s.pain_during))
            if s.rpe is not None:
                rated.append(self.tr("effort {0}/10").format(s.rpe))
            holds = ", ".join(f"{h:g}" for h in s.hold_s)
            line = self.tr("Set {0}{1}: {2} reps ({3} s)").format(
                s.set_no, f" {side.lower()}" if side else "", s.performed_reps, holds
            )
            lines.append(line + (" · " + ", ".join(rated) if rated else ""))
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
        h = max(400, height)
        big = max(24, round(h * 0.07))
        text = max(15, round(h * 0.03))
        self.pain.setMinimumHeight(round(h * 0.09))
        self.setStyleSheet(
            controls_style(h) + f"QLabel {{ color: {TEXT}; font-size: {text}px; }}"
            f"#summaryTitle {{ font-size: {big}px; font-weight: bold; }}"
            f"#backToToday {{ font-size: {text}px; padding: 8px 24px; color: {TEXT};"
            f" background: #2A303A; border: 2px solid #4A5260; border-radius: 8px; }}"
            f"#backToToday:focus {{ border-color: {NOTICE}; }}"
        )

    def _pain_changed(self, value: object) -> None:
        if isinstance(value, int):
            self.pain_after_chosen.emit(value)

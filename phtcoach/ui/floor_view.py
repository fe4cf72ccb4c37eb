"""The floor view: what a person in a bridge two or three metres away can read at a glance.

Dark whatever the theme (a bright screen in a dim room dazzles, and coloured fields read
better on black). The phase colour fills a wide band, so the phase is known from the
corner of the eye before any word is read; inside it the countdown is the largest thing
on screen (more than a third of the height) and the phase word the next largest.

This module lays the screen out and sizes its text; the colours and size fractions are in
`floor_style`, the words and number formats in `floor_text`, and the painted band and
eliding header in `floor_parts`.

Fonts follow the window's height on every resize, and shrink only when the text would not
fit the width (a portrait window).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from phtcoach.core.model import SessionStatus, Units
from phtcoach.core.timeline import Phase
from phtcoach.ui.floor_parts import ElidedLabel, PhaseBand
from phtcoach.ui.floor_style import (
    BACKGROUND,
    BAND_TEXT,
    COUNTDOWN_FRACTION,
    DONE,
    FLASH_MS,
    GET_READY,
    INFO_FRACTION,
    MIN_FLASH_GAP_MS,
    MIN_TEXT_PX,
    NEXT_FRACTION,
    NOTICE,
    NOTICE_FRACTION,
    PAUSED_BAND,
    PAUSED_COUNT,
    PAUSED_TEXT,
    REST,
    SMALL_FRACTION,
    TEXT,
    TEXT_DIM,
    TRACK,
    WORD_FRACTION,
    phase_colour,
)
from phtcoach.ui.floor_text import (
    counts_up,
    format_count,
    format_countdown,
    format_duration,
    next_text,
    phase_word,
    position_text,
)
from phtcoach.ui.text.words import key_hints


def _tr(text: str) -> str:
    return QCoreApplication.translate("FloorView", text)


# --------------------------------------------------------------------------- widgets


def _label(parent: QWidget, name: str, colour: str, *, bold: bool = False) -> QLabel:
    lab = QLabel(parent)
    lab.setObjectName(name)
    lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
    lab.setStyleSheet(f"color: {colour}; background: transparent;")
    lab.setTextFormat(Qt.TextFormat.PlainText)
    f = lab.font()
    f.setBold(bold)
    lab.setFont(f)
    return lab


def _tabular(font: QFont) -> QFont:
    """Digits of equal width, so a countdown does not wobble from 11 to 10."""
    f = QFont(font)
    f.setFeature(QFont.Tag("tnum"), 1)
    return f


class FloorView(QWidget):
    """The whole floor screen; the runner feeds it phases and times."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorView")
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), QColor(BACKGROUND))
        self.setPalette(pal)
        self.setStyleSheet(f"#floorView {{ background: {BACKGROUND}; }}")

        self.header = ElidedLabel(self)
        self.header.setObjectName("header")
        self.header.setStyleSheet(f"color: {TEXT_DIM}; background: transparent;")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setAccessibleName(_tr("Exercise and session"))
        self.header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.notice = _label(self, "notice", NOTICE)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.notice.setAccessibleName(_tr("Notices"))
        self.band = PhaseBand(self)
        self.word = _label(self.band, "phaseWord", BAND_TEXT, bold=True)
        self.word.setAccessibleName(_tr("Phase"))
        self.countdown = _label(self.band, "countdown", BAND_TEXT, bold=True)
        self.countdown.setFont(_tabular(self.countdown.font()))
        self.countdown.setAccessibleName(_tr("Time left in this phase"))
        self.info = _label(self, "position", TEXT, bold=True)
        self.info.setAccessibleName(_tr("Set, rep and side"))
        self.next = _label(self, "next", TEXT_DIM)
        self.next.setAccessibleName(_tr("What comes next"))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("sessionProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(_tr("Session progress"))
        self.progress.setStyleSheet(
            f"QProgressBar {{ background: {TRACK}; border: none; border-radius: 3px; }}"
            f"QProgressBar::chunk {{ background: {TEXT_DIM}; border-radius: 3px; }}"
        )
        self.elapsed = _label(self, "elapsed", TEXT_DIM)
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.elapsed.setFont(_tabular(self.elapsed.font()))
        self.elapsed.setAccessibleName(_tr("Time elapsed"))
        self.remaining = _label(self, "remaining", TEXT_DIM)
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.remaining.setFont(_tabular(self.remaining.font()))
        self.remaining.setAccessibleName(_tr("Time remaining"))
        self.hints = _label(self, "keyHints", TEXT_DIM)
        self.hints.setWordWrap(True)
        self.hints.setAccessibleName(_tr("Keyboard keys"))

        self.word.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # The countdown takes whatever height the band has: its ink, not its line height
        # (which includes room for descenders digits never use), must reach 1/3.
        self.countdown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        for lab in (self.header, self.info, self.next, self.hints):
            lab.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Notices (one a line) keep their natural width, up to 3/4 of the row: they matter
        # more than the header they squeeze.
        self.notice.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        band_box = QVBoxLayout(self.band)
        band_box.setContentsMargins(0, 0, 0, 0)
        band_box.setSpacing(0)
        band_box.addStretch(1)
        band_box.addWidget(self.word)
        band_box.addWidget(self.countdown, 20)
        band_box.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.notice)
        self.notice.hide()
        times = QHBoxLayout()
        times.addWidget(self.elapsed)
        times.addStretch(1)
        times.addWidget(self.remaining)

        self._box = QVBoxLayout(self)
        self._box.addLayout(top)
        self._box.addWidget(self.band, 1)
        self._box.addWidget(self.info)
        self._box.addWidget(self.next)
        self._box.addWidget(self.progress)
        self._box.addLayout(times)
        self._box.addWidget(self.hints)

        self._countdown_sample = "00"  # the widest text this phase will show, for sizing
        self._counts_up = False
        self._word_text = ""
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(lambda: self.band.set_flashing(False))
        self._last_flash_ms: float | None = None
        self._paused = False
        self._apply_fonts()

    # ------------------------------------------------------------------ content

    @property
    def paused(self) -> bool:
        return self._paused

    def _set_paused_look(self, paused: bool) -> None:
        self._paused = paused
        word = PAUSED_TEXT if paused else BAND_TEXT
        count = PAUSED_COUNT if paused else BAND_TEXT
        self.word.setStyleSheet(f"color: {word}; background: transparent;")
        self.countdown.setStyleSheet(f"color: {count}; background: transparent;")

    def show_idle(self, title: str, total_s: float, summary: str) -> None:
        """Before Space: the template, its length, its first phase, and how to start."""
        self._set_paused_look(False)
        self.band.set_colour(GET_READY)
        self.band.set_phase_fraction(0)
        self.header.setText(_tr("Ready · session length {0}").format(format_duration(total_s)))
        self._set_word(title)
        self._countdown_sample = "0:00:00" if total_s >= 3600 else "00:00"
        self._set_countdown(
            format_duration(total_s), _tr("Session length {0}").format(format_duration(total_s))
        )
        self._counts_up = False
        self.info.setText(summary)
        self.next.setText(_tr("Press Space to start"))
        self.set_times(0, total_s, 0.0)
        self._apply_fonts()

    def show_phase(
        self,
        phase: Phase,
        duration_s: float,
        upcoming: Phase | None,
        *,
        paused: bool,
        header: str,
        units: Units | None = None,
    ) -> None:
        """A new phase (or a pause/resume): colour, word, position (with the load in
        `units`), next. Also tells screen readers, once per change, what the phase is."""
        self._set_paused_look(paused)
        self.band.set_colour(PAUSED_BAND if paused else phase_colour(phase.kind))
        self.header.setText(header)
        word = phase_word(phase.kind)
        self._countdown_sample = "0:00" if duration_s > 60 else "00"
        self._counts_up = counts_up(phase.kind)
        position = position_text(phase, units)
        if paused:
            self._set_word(_tr("PAUSED"))
            self.info.setText(" · ".join(x for x in (word, position) if x))
            self.next.setText(_tr("Press Space to resume"))
        else:
            self._set_word(word)
            self.info.setText(position)
            self.next.setText(next_text(upcoming, phase))
        seconds = max(0, math.ceil(duration_s - 1e-6))
        desc = _tr("{0}, {1} seconds. {2}. {3}").format(
            word.capitalize(), seconds, position, self.next.text()
        )
        self.word.setAccessibleDescription(desc)
        self.countdown.setAccessibleDescription(
            _tr("{0} seconds, counted aloud").format(seconds)
            if self._counts_up
            else _tr("{0} seconds in this phase, counting down").format(seconds)
        )
        self._apply_fonts()

    def show_done(self, status: SessionStatus, elapsed_s: float, message: str) -> None:
        self._set_paused_look(False)
        self.band.set_colour(DONE if status is SessionStatus.COMPLETED else REST)
        self.band.set_phase_fraction(0)
        self._set_word(
            _tr("SESSION DONE") if status is SessionStatus.COMPLETED else _tr("ENDED EARLY")
        )
        self._countdown_sample = "00:00"
        self._set_countdown(
            format_duration(elapsed_s), _tr("Session time {0}").format(format_duration(elapsed_s))
        )
        self.info.setText(message)
        self.next.setText("")
        self.remaining.setText("")
        # The big clock now shows the session time: the line under it said a second less
        # (its last tick before the end), so it goes rather than disagree.
        self.elapsed.setText("")
        self.word.setAccessibleDescription(self.word.text() + ". " + message)
        self._apply_fonts()

    def set_remaining(self, remaining_s: float, phase_duration_s: float) -> None:
        """The countdown text (called by the display timer; screen readers are not told)."""
        if self._counts_up:
            text = format_count(phase_duration_s - remaining_s, phase_duration_s)
        else:
            text = format_countdown(remaining_s)
        self.countdown.setText(text)
        if phase_duration_s > 0:
            self.band.set_phase_fraction(1 - remaining_s / phase_duration_s)

    def set_times(self, elapsed_s: float, remaining_s: float, progress: float) -> None:
        self.progress.setValue(round(max(0.0, min(1.0, progress)) * 1000))
        self.elapsed.setText(_tr("{0} elapsed").format(format_duration(elapsed_s)))
        self.remaining.setText(_tr("{0} left").format(format_duration(remaining_s)))
        self.progress.setAccessibleDescription(
            _tr("{0} percent done").format(round(progress * 100))
        )

    def set_hints(self, text: str) -> None:
        self.hints.setText(key_hints(text))

    def set_notice(self, text: str) -> None:
        self.notice.setVisible(bool(text))
        self.notice.setText(text)
        self.notice.setToolTip(text)
        self.notice.setAccessibleDescription(text)

    def flash(self, now_ms: float) -> bool:
        """Brighten the band briefly; at most 3 times a second (never a strobe)."""
        if self._last_flash_ms is not None and now_ms - self._last_flash_ms < MIN_FLASH_GAP_MS:
            return False
        self._last_flash_ms = now_ms
        self.band.set_flashing(True)
        self._flash_timer.start(FLASH_MS)
        return True

    # ------------------------------------------------------------------ sizing

    def _set_word(self, text: str) -> None:
        self._word_text = text
        self.word.setText(text)
        self.word.setAccessibleName(text)

    def _set_countdown(self, text: str, description: str) -> None:
        self.countdown.setText(text)
        self.countdown.setAccessibleDescription(description)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        h = max(1, self.height())
        w = max(1, self.width())
        usable = w * 0.92
        self._size_ink(self.countdown, h * COUNTDOWN_FRACTION, "0", self._countdown_sample, usable)
        self._size_ink(self.word, h * WORD_FRACTION, "H", self._word_text or "HOLD", usable)
        self._size(self.info, h * INFO_FRACTION, self.info.text(), usable)
        self._size(self.next, h * NEXT_FRACTION, self.next.text(), usable)
        for lab in (self.header, self.elapsed, self.remaining, self.hints):
            self._size(lab, h * SMALL_FRACTION, "", usable)
        self._size(self.notice, h * NOTICE_FRACTION, "", usable)
        self.progress.setFixedHeight(max(8, round(h * 0.018)))
        self.notice.setMaximumWidth(round(w * 0.75))
        m = round(h * 0.025)
        self._box.setContentsMargins(m, m // 2, m, m // 2)
        self._box.setSpacing(max(2, round(h * 0.008)))
        self._box.activate()

    @staticmethod
    def _size_ink(label: QLabel, px: float, glyph: str, sample: str, max_width: float) -> None:
        """Font size whose `glyph` is `px` tall in ink; shrunk only to fit `max_width`."""
        f = QFont(label.font())
        f.setPixelSize(100)
        ink = max(1, QFontMetrics(f).tightBoundingRect(glyph).height())
        size = max(MIN_TEXT_PX, math.ceil(px * 100 / ink))
        f.setPixelSize(size)
        while QFontMetrics(f).tightBoundingRect(glyph).height() < px and size < 4000:
            size += 1
            f.setPixelSize(size)
        width = QFontMetrics(f).horizontalAdvance(sample) if sample else 0
        if width > max_width:
            f.setPixelSize(max(MIN_TEXT_PX, math.floor(size * max_width / width)))
        if f != label.font():
            label.setFont(f)

    @staticmethod
    def _size(label: QLabel, px: float, sample: str, max_width: float) -> None:
        f = QFont(label.font())
        size = max(MIN_TEXT_PX, round(px))
        f.setPixelSize(size)
        if sample:
            width = QFontMetrics(f).horizontalAdvance(sample)
            if width > max_width:
                f.setPixelSize(max(MIN_TEXT_PX, math.floor(size * max_width / width)))
        if f != label.font():
            label.setFont(f)

"""The floor view: what a person in a bridge two or three metres away can read at a glance.

Dark whatever the theme (a bright screen in a dim room dazzles, and coloured fields read
better on black). The phase colour fills a wide band, so the phase is known from the
corner of the eye before any word is read; inside it the countdown is the largest thing
on screen (more than a third of the height) and the phase word the next largest. Text on
the band is near-black, text on the background near-white: every pair is at least 7:1
(WCAG AAA), checked by a test over `PHASE_COLOURS`.

Fonts follow the window's height on every resize, and shrink only when the text would not
fit the width (a portrait window).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from phtcoach.core.model import SessionStatus, Side
from phtcoach.core.timeline import TEMPO_KINDS, Phase, PhaseKind

# --------------------------------------------------------------------------- colours

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
DONE = RAISE

PHASE_COLOURS: dict[PhaseKind, str] = {
    PhaseKind.LEAD_IN: GET_READY,
    PhaseKind.HOLD: HOLD,
    PhaseKind.TOP_PAUSE: HOLD,  # a pause inside a rep is a hold at the top or bottom
    PhaseKind.BOTTOM_PAUSE: HOLD,
    PhaseKind.UP: RAISE,
    PhaseKind.DOWN: LOWER,
    PhaseKind.REST: REST,
    PhaseKind.SET_REST: REST,
    PhaseKind.EXERCISE_REST: REST,
    PhaseKind.SWITCH_SIDES: SWITCH,
    PhaseKind.WORK: EFFORT,
    PhaseKind.WALK: RAISE,
    PhaseKind.RUN: EFFORT,
}

FLASH_MIX = 0.45  # a flash mixes the band this far towards white (brighter, same hue)
FLASH_MS = 140
MIN_FLASH_GAP_MS = 334  # at most 3 flashes a second: a cue every 300 ms must not strobe

# Paused: a dark band with light text, so a pause never reads as a hold from across the room.
PAUSED_BAND = "#262B33"
PAUSED_TEXT = TEXT
PAUSED_COUNT = TEXT_DIM  # the frozen countdown, dimmed

# Sizes as fractions of the floor view's height. The countdown and phase word are measured
# by their ink (the tight box of "0" and "H"), not the font's em, which is about 40 % taller:
# PRODUCT.md asks for digits >= 1/3 and the word >= 1/10 of the window.
COUNTDOWN_FRACTION = 0.345  # >= 1/3 (PRODUCT.md)
WORD_FRACTION = 0.105  # >= 1/10
INFO_FRACTION = 0.06
NEXT_FRACTION = 0.042
SMALL_FRACTION = 0.03
NOTICE_FRACTION = 0.022  # discreet: it must not compete with the countdown
MIN_TEXT_PX = 15  # 11 pt at 96 dpi: nothing smaller anywhere


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


def flash_colour(hex_colour: str) -> str:
    c = QColor(hex_colour)
    mix = [round(v + (255 - v) * FLASH_MIX) for v in (c.red(), c.green(), c.blue())]
    return QColor(*mix).name()


def phase_colour(kind: PhaseKind) -> str:
    return PHASE_COLOURS.get(kind, REST)


# --------------------------------------------------------------------------- text


def counts_up(kind: PhaseKind) -> bool:
    """Tempo phases show the second being counted aloud (the voice says "lower", "2",
    "3"...), so eye and ear agree; every other phase counts down to its end."""
    return kind in TEMPO_KINDS


def format_count(elapsed_s: float, duration_s: float) -> str:
    """The counted second of a tempo phase: 1 during its first second, up to its length."""
    total = max(1, math.ceil(duration_s - 1e-6))
    return str(max(1, min(total, math.floor(elapsed_s + 1e-6) + 1)))


def format_countdown(remaining_s: float) -> str:
    """Whole seconds rounded up ("5" for 4.2 s left), m:ss above a minute."""
    s = max(0, math.ceil(remaining_s - 1e-6))
    if s > 60:
        return f"{s // 60}:{s % 60:02d}"
    return str(s)


def format_duration(seconds: float) -> str:
    """m:ss for elapsed / remaining session time (h:mm:ss past an hour)."""
    s = max(0, round(seconds))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def format_length(seconds: float) -> str:
    """A phase length for "Next: rest 5 s" / "Next: rest 1:30"."""
    s = max(0, round(seconds))
    return f"{s} s" if s < 60 else format_duration(s)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FloorView", text)


def side_text(side: Side) -> str:
    if side is Side.LEFT:
        return _tr("Left")
    if side is Side.RIGHT:
        return _tr("Right")
    return ""


def phase_word(kind: PhaseKind) -> str:
    words = {
        PhaseKind.LEAD_IN: _tr("GET READY"),
        PhaseKind.HOLD: _tr("HOLD"),
        PhaseKind.REST: _tr("REST"),
        PhaseKind.UP: _tr("UP"),
        PhaseKind.TOP_PAUSE: _tr("PAUSE"),
        PhaseKind.DOWN: _tr("LOWER"),
        PhaseKind.BOTTOM_PAUSE: _tr("PAUSE"),
        PhaseKind.SET_REST: _tr("REST"),
        PhaseKind.EXERCISE_REST: _tr("REST"),
        PhaseKind.SWITCH_SIDES: _tr("SWITCH SIDES"),
        PhaseKind.WORK: _tr("WORK"),
        PhaseKind.WALK: _tr("WALK"),
        PhaseKind.RUN: _tr("RUN"),
    }
    return words[kind]


def position_text(p: Phase) -> str:
    """'Set 1/2 · Rep 3/5 · Left' (what the rests and lead-ins refer to, said plainly)."""
    parts: list[str] = []
    if p.kind in (PhaseKind.LEAD_IN, PhaseKind.SWITCH_SIDES, PhaseKind.EXERCISE_REST):
        parts.append(p.exercise_name)
    elif p.kind is PhaseKind.SET_REST:
        parts.append(_tr("Set {0}/{1} done").format(p.set, p.sets_total))
    else:
        if p.set is not None:
            parts.append(_tr("Set {0}/{1}").format(p.set, p.sets_total))
        if p.rep is not None:
            rep = _tr("Rep {0}/{1}").format(p.rep, p.reps_total)
            parts.append(rep + _tr(" done") if p.kind is PhaseKind.REST else rep)
    side = side_text(p.side)
    if side:
        parts.append(side)
    return " · ".join(parts)


def _starts_set(upcoming: Phase, current: Phase | None) -> bool:
    if not upcoming.kind.is_work:
        return False
    if current is None or not (current.kind.is_work or current.kind is PhaseKind.REST):
        return True
    key = (current.block_index, current.side, current.set)
    return key != (upcoming.block_index, upcoming.side, upcoming.set)


def next_text(upcoming: Phase | None, current: Phase | None = None) -> str:
    """'Next: rest 5 s'; the start of a set also names the set and side."""
    if upcoming is None:
        return _tr("Next: done")
    word = phase_word(upcoming.kind).lower()
    if upcoming.kind is PhaseKind.SWITCH_SIDES or _starts_set(upcoming, current):
        side = side_text(upcoming.side)
        if upcoming.set is not None:
            word = _tr("set {0}: {1}").format(upcoming.set, word)
        if side:
            word = f"{word} ({side.lower()})"
    return _tr("Next: {0} {1}").format(word, format_length(upcoming.duration_s))


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


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit (text() keeps the whole of it)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setPen(self.palette().color(self.foregroundRole()))
        p.setFont(self.font())
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        p.drawText(rect, int(self.alignment()), text)
        p.end()


class PhaseBand(QWidget):
    """The coloured field behind the phase word and countdown; flashes on cues."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseBand")
        self._colour = GET_READY
        self._flashing = False
        self._phase_fraction = 0.0  # elapsed part of the phase, drawn as a strip at the bottom
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    @property
    def colour(self) -> str:
        return self._colour

    @property
    def shown_colour(self) -> str:
        return flash_colour(self._colour) if self._flashing else self._colour

    @property
    def flashing(self) -> bool:
        return self._flashing

    def set_colour(self, colour: str) -> None:
        if colour != self._colour:
            self._colour = colour
            self.update()

    def set_flashing(self, on: bool) -> None:
        if on != self._flashing:
            self._flashing = on
            self.update()

    def set_phase_fraction(self, fraction: float) -> None:
        fraction = max(0.0, min(1.0, fraction))
        if abs(fraction - self._phase_fraction) > 1e-3:
            self._phase_fraction = fraction
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect())
        radius = min(r.height(), r.width()) * 0.05
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(self.shown_colour))
        p.drawRoundedRect(r, radius, radius)
        # The phase's progress as a dark strip along the bottom edge: no text crosses it.
        strip = max(6.0, r.height() * 0.025)
        if self._phase_fraction > 0:
            track = QRectF(r.left() + radius, r.bottom() - strip * 2, r.width() - 2 * radius, strip)
            done = QRectF(track.left(), track.top(), track.width() * self._phase_fraction, strip)
            p.setBrush(QColor(BAND_TEXT))
            p.setOpacity(0.55)
            p.drawRoundedRect(done, strip / 2, strip / 2)
        p.end()


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
    ) -> None:
        """A new phase (or a pause/resume): colour, word, position, next. Also tells
        screen readers, once per change, what the phase is."""
        self._set_paused_look(paused)
        self.band.set_colour(PAUSED_BAND if paused else phase_colour(phase.kind))
        self.header.setText(header)
        word = phase_word(phase.kind)
        self._countdown_sample = "0:00" if duration_s > 60 else "00"
        self._counts_up = counts_up(phase.kind)
        position = position_text(phase)
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
        self.hints.setText(text)

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

"""The floor view's readability rules: contrast, sizes, formats, and a flash that never strobes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from phtcoach.core.model import KG_PER_LB, SessionStatus, Side, Units
from phtcoach.core.timeline import PhaseKind, compile_timeline
from phtcoach.ui import floor_style as fv
from phtcoach.ui import rating_style as rp
from phtcoach.ui.floor_style import contrast_ratio, flash_colour
from phtcoach.ui.floor_text import (
    counts_up,
    format_count,
    format_countdown,
    format_duration,
    next_text,
    position_text,
)
from phtcoach.ui.floor_view import FloorView
from tests.gui.runner_helpers import QT_NOISE, programme

pytestmark = QT_NOISE
AAA = 7.0


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    with pytest.raises(ValueError, match="not a colour"):
        contrast_ratio("nope", "#000000")


@pytest.mark.parametrize("kind", list(PhaseKind))
def test_band_text_is_aaa_on_every_phase_colour_and_its_flash(kind: PhaseKind) -> None:
    colour = fv.phase_colour(kind)
    assert contrast_ratio(fv.BAND_TEXT, colour) >= AAA
    assert contrast_ratio(fv.BAND_TEXT, flash_colour(colour)) >= AAA
    assert contrast_ratio(colour, fv.BACKGROUND) >= 3.0  # the band stands out from the dark


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        (fv.TEXT, fv.BACKGROUND),
        (fv.TEXT_DIM, fv.BACKGROUND),
        (fv.NOTICE, fv.BACKGROUND),
        (fv.BAND_TEXT, fv.DONE),
        (rp.PANEL_TEXT, rp.PANEL_BG),
        (rp.PANEL_DIM, rp.PANEL_BG),
        (rp.PANEL_TEXT, rp.BUTTON_BG),
        (rp.CHECKED_TEXT, rp.CHECKED_BG),
        *((c, rp.PANEL_BG) for c in rp.LEVEL_COLOURS.values()),
    ],
)
def test_text_colour_pairs_are_aaa(text: str, ground: str) -> None:
    assert contrast_ratio(text, ground) >= AAA


def test_phase_families_have_distinct_colours() -> None:
    colours = {
        fv.phase_colour(k)
        for k in (
            PhaseKind.HOLD,
            PhaseKind.UP,
            PhaseKind.DOWN,
            PhaseKind.REST,
            PhaseKind.LEAD_IN,
            PhaseKind.SWITCH_SIDES,
        )
    }
    assert len(colours) == 6


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (5.0, "5"),
        (4.2, "5"),
        (4.0, "4"),
        (0.001, "1"),
        (0.0, "0"),
        (-1, "0"),
        (59.5, "60"),
        (60.0, "60"),
        (60.2, "1:01"),
        (75.0, "1:15"),
        (600.0, "10:00"),
    ],
)
def test_countdown_rounds_up_to_whole_seconds(seconds: float, text: str) -> None:
    assert format_countdown(seconds) == text


def test_durations() -> None:
    assert format_duration(155) == "2:35"
    assert format_duration(3725) == "1:02:05"
    assert format_duration(0.4) == "0:00"


def test_position_and_next_texts() -> None:
    tl = compile_timeline(programme().template("iso-5x5"), affected_side=Side.RIGHT)
    p = tl.phases
    assert position_text(p[1]) == "Set 1/2 · Rep 1/5 · Right"
    assert position_text(p[2]) == "Set 1/2 · Rep 1/5 done · Right"
    set_rest = next(x for x in p if x.kind is PhaseKind.SET_REST)
    assert position_text(set_rest) == "Set 1/2 done · Right"
    assert next_text(p[1], p[0]) == "Next: set 1, hold (right) 5 s"
    assert next_text(p[2], p[1]) == "Next: rest 5 s"
    assert next_text(p[3], p[2]) == "Next: hold 5 s"  # the next rep of the same set
    after_rest = p[p.index(set_rest) + 1]
    assert next_text(after_rest, set_rest) == "Next: set 2, hold (right) 5 s"
    assert next_text(set_rest, p[p.index(set_rest) - 1]) == "Next: rest 1:00"
    assert next_text(None) == "Next: done"


def test_the_load_stands_beside_the_set_in_the_users_unit() -> None:
    tl = compile_timeline(programme().template("eccentric-10s-loaded"), affected_side=Side.LEFT)
    up = tl.phases[1]
    kg = up.load_kg
    assert kg > 0
    assert (
        position_text(up, Units.KG)
        == f"Set 1/{up.sets_total} · Rep 1/{up.reps_total} · {kg:g} kg · Left"
    )
    assert f" · {round(kg / KG_PER_LB, 1):g} lb · " in position_text(up, Units.LB)
    assert " kg" not in position_text(up)  # no unit given, no load
    plain = compile_timeline(programme().template("eccentric-10s"), affected_side=Side.LEFT)
    assert "kg" not in position_text(plain.phases[1], Units.KG)  # an unloaded block


def test_tempo_phases_count_up_with_the_voice() -> None:
    assert counts_up(PhaseKind.DOWN)
    assert counts_up(PhaseKind.UP)
    assert not counts_up(PhaseKind.HOLD)
    assert not counts_up(PhaseKind.REST)
    # The voice says "lower" at 0 s, "2" at 1 s, "3" at 2 s: the screen shows the same.
    assert [format_count(t, 3.0) for t in (0.0, 0.9, 1.0, 2.5, 2.999, 3.0)] == [
        "1", "1", "2", "3", "3", "3",
    ]  # fmt: skip


def test_tempo_phase_display_matches_the_spoken_count(qtbot: QtBot) -> None:
    view = FloorView()
    qtbot.addWidget(view)
    tl = compile_timeline(programme().template("eccentric-10s"), affected_side=Side.LEFT)
    down = next(i for i, p in enumerate(tl.phases) if p.kind is PhaseKind.DOWN)
    phase = tl.phases[down]
    view.show_phase(phase, phase.duration_s, tl.phases[down + 1], paused=False, header="x")
    view.set_remaining(phase.duration_s - 2.5, phase.duration_s)
    assert view.countdown.text() == "3"
    spoken = [c.say for c in tl.cues if c.phase_index == down and c.at_s <= phase.start_s + 2.5]
    assert spoken[-1] == "3"
    assert "counted aloud" in view.countdown.accessibleDescription()


def test_flash_is_brief_and_at_most_three_per_second(qtbot: QtBot) -> None:
    view = FloorView()
    qtbot.addWidget(view)
    assert view.flash(1000.0)
    assert view.band.flashing
    assert view.band.shown_colour == flash_colour(view.band.colour)
    assert not view.flash(1100.0)  # 10 cues a second would be a strobe: most are skipped
    assert not view.flash(1333.0)
    assert view.flash(1334.0)
    qtbot.waitUntil(lambda: not view.band.flashing, timeout=1000)
    starts = [t for t in range(0, 3000, 50) if view.flash(5000.0 + t)]
    assert len(starts) <= 3 * 3


def ink(label: QLabel, glyph: str) -> int:
    """How tall `glyph` is really drawn (the font's em is ~40 % taller than a digit)."""
    return QFontMetrics(label.font()).tightBoundingRect(glyph).height()


def assert_digits_fit(label: QLabel) -> None:
    """The digits' ink lies inside the label (a centred line taller than the label would
    still show digits whole, as long as their ink is inside)."""
    fm = QFontMetrics(label.font())
    h = label.height()
    baseline = (h - fm.height()) / 2 + fm.ascent()
    assert baseline - fm.tightBoundingRect(label.text()).height() >= 0
    assert baseline <= h


def test_fonts_follow_the_height_and_fit_the_width(qtbot: QtBot) -> None:
    view = FloorView()
    qtbot.addWidget(view)
    tl = compile_timeline(programme().template("iso-5x5"), affected_side=Side.LEFT)
    view.show()
    for w, h in ((1280, 720), (1920, 1080), (1280, 800)):
        view.resize(w, h)
        view.show_phase(tl.phases[1], 5.0, tl.phases[2], paused=False, header="x")
        view.set_remaining(5.0, 5.0)
        assert ink(view.countdown, "0") >= h / 3
        assert ink(view.word, "H") >= h / 10
        assert view.hints.font().pixelSize() >= fv.MIN_TEXT_PX
        assert_digits_fit(view.countdown)
    # A narrow portrait window: the words shrink to fit instead of being clipped.
    view.resize(500, 1000)
    switch = next(p for p in tl.phases if p.kind is PhaseKind.LEAD_IN)
    view.show_phase(switch, 75.0, tl.phases[1], paused=False, header="x")
    view.set_remaining(75.0, 75.0)
    fm = QFontMetrics(view.countdown.font())
    assert fm.horizontalAdvance(view.countdown.text()) <= view.width()
    fm = QFontMetrics(view.word.font())
    assert fm.horizontalAdvance(view.word.text()) <= view.width()


def test_paused_never_looks_like_a_hold(qtbot: QtBot) -> None:
    view = FloorView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    tl = compile_timeline(programme().template("iso-5x5"), affected_side=Side.LEFT)
    hold = next(p for p in tl.phases if p.kind is PhaseKind.HOLD)
    view.show_phase(hold, hold.duration_s, None, paused=False, header="x")
    assert view.band.colour == fv.HOLD
    assert view.word.text() == "HOLD"
    assert not view.paused
    view.show_phase(hold, hold.duration_s, None, paused=True, header="x")
    assert view.paused
    assert view.word.text() == "PAUSED"
    assert view.band.colour == fv.PAUSED_BAND
    assert view.band.colour not in fv.PHASE_COLOURS.values()
    # A dark band: light text on it, the frozen countdown dimmer than the word, both AAA.
    assert fv.PAUSED_TEXT in view.word.styleSheet()
    assert fv.PAUSED_COUNT in view.countdown.styleSheet()
    assert fv.PAUSED_COUNT != fv.PAUSED_TEXT
    assert contrast_ratio(fv.PAUSED_TEXT, fv.PAUSED_BAND) >= AAA
    assert contrast_ratio(fv.PAUSED_COUNT, fv.PAUSED_BAND) >= AAA
    # Far from the hold's amber even to a glance: the luminances differ a lot.
    assert contrast_ratio(fv.PAUSED_BAND, fv.HOLD) >= 5.0
    view.show_phase(hold, hold.duration_s, None, paused=False, header="x")
    assert view.band.colour == fv.HOLD
    assert fv.BAND_TEXT in view.countdown.styleSheet()


def test_countdown_uses_tabular_digits(qtbot: QtBot) -> None:
    view = FloorView()
    qtbot.addWidget(view)
    fm = QFontMetrics(view.countdown.font())
    widths = {fm.horizontalAdvance(str(d)) for d in range(10)}
    assert len(widths) == 1


def test_the_done_screen_shows_one_session_time(qtbot: QtBot) -> None:
    """The done screen said "9:05" on the big clock and "9:04 elapsed" under it: the line
    kept the display timer's last tick before the end."""
    view = FloorView()
    qtbot.addWidget(view)
    view.set_times(544.4, 0.6, 0.999)
    view.show_done(SessionStatus.COMPLETED, 545.0, "Well done.")
    assert view.countdown.text() == "9:05"
    assert view.elapsed.text() in ("", "9:05 elapsed")


def test_a_phase_just_begun_shows_its_whole_track(qtbot: QtBot) -> None:
    """2 s into a 150 s rest the strip was a lone dot in the band's corner: the track the
    strip fills is drawn faintly, end to end."""
    from PySide6.QtGui import QColor

    from phtcoach.ui.floor_parts import PhaseBand

    band = PhaseBand()
    qtbot.addWidget(band)
    band.resize(700, 460)
    band.set_phase_fraction(0.013)
    image = band.grab().toImage()
    strip = max(6.0, 460 * 0.025)
    y = round(460 - strip * 1.5)
    far_end = image.pixelColor(round(700 * 0.9), y)
    assert far_end != QColor(band.colour)  # the track reaches the far end
    assert image.pixelColor(round(700 * 0.9), y - round(strip * 2)) == QColor(band.colour)


def test_key_hints_wrap_between_items_and_never_start_with_a_dot(qtbot: QtBot) -> None:
    """At 1280 the hint line wrapped to "· Esc end · F11 full screen" and split "F11 /
    full screen": a line break may come only after a separator."""
    view = FloorView()
    qtbot.addWidget(view)
    view.set_hints("Space pause · ← back · → next · H how to · Esc end · F11 full screen")
    text = view.hints.text()
    breakable = [i for i, ch in enumerate(text) if ch == " "]
    assert breakable and all(text[i - 1] == "·" for i in breakable)
    assert "F11\u00a0full\u00a0screen" in text

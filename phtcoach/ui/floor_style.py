"""The floor view's look: its colours, how big its text is, and the contrast arithmetic.

Kept apart from the widget so the readability promises can be read (and tested) in one
place: the phase colour fills a wide band, text on the band is near-black and text on the
background near-white, and every pair is at least 7:1 (WCAG AAA), checked by a test over
`PHASE_COLOURS`. The runner's dark palette and its summary page use the same colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from phtcoach.core.timeline import PhaseKind
from phtcoach.ui.design import (
    BACKGROUND,
    BAND_TEXT,
    EFFORT,
    GET_READY,
    HOLD,
    LOWER,
    NOTICE,
    PAUSED_BAND,
    RAISE,
    REST,
    SWITCH,
    TEXT,
    TEXT_DIM,
    TRACK,
    contrast_ratio,
    relative_luminance,
)

# Re-exported: the runner's modules read their colours from here.
__all__ = [
    "BACKGROUND",
    "BAND_TEXT",
    "EFFORT",
    "GET_READY",
    "HOLD",
    "LOWER",
    "NOTICE",
    "PAUSED_BAND",
    "RAISE",
    "REST",
    "SWITCH",
    "TEXT",
    "TEXT_DIM",
    "TRACK",
    "contrast_ratio",
    "relative_luminance",
]

# --------------------------------------------------------------------------- colours

# The colours themselves belong to the app's one visual language (`ui.design`).
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

PAUSED_TEXT = TEXT
PAUSED_COUNT = TEXT_DIM  # the frozen countdown, dimmed

# --------------------------------------------------------------------------- sizes

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

# --------------------------------------------------------------------------- arithmetic


def flash_colour(hex_colour: str) -> str:
    c = QColor(hex_colour)
    mix = [round(v + (255 - v) * FLASH_MIX) for v in (c.red(), c.green(), c.blue())]
    return QColor(*mix).name()


def phase_colour(kind: PhaseKind) -> str:
    return PHASE_COLOURS.get(kind, REST)

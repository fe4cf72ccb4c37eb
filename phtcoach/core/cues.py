"""The cue vocabulary shared by the timeline compiler and the audio layer.

The timeline only ever emits sounds from `SOUNDS` and words from `PHRASES`; the audio
layer ships one clip per entry (`assets/sounds/<sound>.wav`, `assets/sounds/voice/<clip>.wav`)
and a test checks that every entry has its file.
"""

from __future__ import annotations

from enum import StrEnum


class Sound(StrEnum):
    START = "start"  # a work phase begins (hold, up, work, run...)
    TICK = "tick"  # each tempo second inside a phase
    COUNTDOWN = "countdown"  # each of the last 3 seconds of a phase
    PHASE = "phase"  # a phase change inside a rep (up -> top pause -> down)
    REST = "rest"  # a rest begins
    SET_END = "set_end"  # the last rep of a set is done
    SESSION_END = "session_end"  # the whole session is done


SOUNDS: tuple[str, ...] = tuple(s.value for s in Sound)

WORDS: tuple[str, ...] = (
    "get ready",
    "hold",
    "up",
    "lower",
    "pause",
    "rest",
    "switch sides",
    "left side",
    "right side",
    "work",
    "walk",
    "run",
    "next exercise",
    "last set",
    "last rep",
    "set done",
    "session complete",
    "paused",
    "resume",
)
NUMBERS: tuple[str, ...] = tuple(str(n) for n in range(1, 61))
PHRASES: tuple[str, ...] = WORDS + NUMBERS


def clip_name(phrase: str) -> str:
    """File stem of the recorded clip for a phrase: 'switch sides' -> 'switch_sides'."""
    return phrase.replace(" ", "_")

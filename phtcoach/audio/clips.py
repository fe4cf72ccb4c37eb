"""The cue clips as the mixer plays them: every tone and word decoded once, at the stream's rate.

Apart from the player because it is the part that needs numpy (through `mixer`): the player
imports this module only when it preloads, so start-up pays for none of it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from phtcoach.audio.cues import tone_path, voice_path
from phtcoach.audio.mixer import RATE, Clip, read_clip, resample
from phtcoach.core.cues import PHRASES, SOUNDS

log = logging.getLogger(__name__)


def decode_all(assets: Path, tones: dict[str, Clip], words: dict[str, Clip]) -> list[Path]:
    """Fill `tones` and `words` with every clip that decodes; returns the files that did not
    (the player plays what it has: a missing word must not stop a session)."""
    missing: list[Path] = []
    for clips, paths in (
        (tones, {s: tone_path(assets, s) for s in SOUNDS}),
        (words, {p: voice_path(assets, p) for p in PHRASES}),
    ):
        for name, path in paths.items():
            try:
                clips[name] = read_clip(path)
            except (OSError, ValueError) as e:
                missing.append(path)
                log.debug("sound file unusable: %s", e)
    if missing:
        log.warning("%d sound files missing or unusable, e.g. %s", len(missing), missing[0])
    return missing


def at_rate(
    tones: Mapping[str, Clip], words: Mapping[str, Clip], rate: int
) -> tuple[dict[str, Clip], dict[str, Clip]]:
    """The clips for a stream at `rate` (the clips' own 48 kHz unless the device refuses it)."""
    if rate == RATE:
        return dict(tones), dict(words)
    return (
        {k: resample(v, RATE, rate) for k, v in tones.items()},
        {k: resample(v, RATE, rate) for k, v in words.items()},
    )

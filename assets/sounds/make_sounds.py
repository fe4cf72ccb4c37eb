#!/usr/bin/env python3
"""Regenerate the cue tones and voice clips in this folder (a developer tool, never run by the app).

    .venv/bin/python assets/sounds/make_sounds.py          # needs numpy, espeak-ng and sox
    .venv/bin/python assets/sounds/make_sounds.py --lang de   # the German voice, voice/de/

Why the sounds are shaped the way they are (the user lies on the floor 1-2 m from a laptop):
- Every tone sits between 500 Hz and 2 kHz, where small laptop speakers are loud and the ear is
  sensitive, and each kind has its own pitch so a cue is recognised without looking.
- Tones are struck, bell-like partials with a 1-3 ms attack and an exponential decay: the onset is
  sharp (cue timing is the attack), the short tones' energy is mostly gone within ~100 ms so a
  word spoken at the same instant stays intelligible, and raised-cosine fades avoid clicks.
- Levels are set by role: starts and the session end are loudest, ticks are a quiet metronome.
- Voice clips are trimmed of leading silence so the word starts with the cue, and of trailing
  silence to keep the assets small; then normalised so every word is equally loud.
- The phrases are `phtcoach.core.cues.PHRASES`: the cue words, the numbers, and the short name
  each built-in exercise is announced by (`EXERCISE_NAMES`); the script refuses to run while an
  exercise of assets/protocols/exercises.json has no spoken name.
- Another language (`--lang de`) writes `voice/<lang>/` with the same file names: each phrase is
  its translation in context "cues" of assets/i18n/phtcoach_<lang>.ts (numbers as digits, which
  the voice reads in its language); the app falls back to the English clip of any phrase missing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

from phtcoach.core.cues import EXERCISE_NAMES, PHRASES, Sound, clip_name  # noqa: E402

RATE = 48_000
# Speech needs no more than 24 kHz (espeak-ng itself speaks at 22.05 kHz): half the bytes of
# 48 kHz clips in the package; the player resamples to the stream's rate when it loads them.
VOICE_RATE = 24_000
VOICE = "en-gb"  # espeak-ng's British English voice: the clearest of its built-in English voices
VOICES = {"en": VOICE, "de": "de"}  # espeak-ng voice per language we ship
# German words are longer ("siebenundfünfzig"): a little faster keeps every clip under 1.2 s.
RATES = {"en": 160, "de": 175}
WPM = 160
# Trim thresholds for `sox silence`: the first sample above 0.5 % of full scale starts the word.
LEAD_THRESHOLD = "0.5%"
TAIL_THRESHOLD = "1%"


@dataclass(frozen=True)
class Note:
    """One struck note inside a tone: pitch, when it starts, how loud, how long it rings."""

    freq: float
    start_s: float
    gain: float = 1.0
    decay_s: float = 0.12


@dataclass(frozen=True)
class Tone:
    notes: tuple[Note, ...]
    length_s: float
    peak_dbfs: float
    partials: tuple[float, ...] = (1.0, 0.35, 0.12)  # harmonic amplitudes: bright, not harsh
    attack_s: float = 0.003
    fade_s: float = 0.015


def hz(semitones_from_a4: int) -> float:
    """Equal-tempered pitch: musical intervals between the cues make them pleasant together."""
    return 440.0 * 2 ** (semitones_from_a4 / 12)


C5, E5, F5, G5, A5, C6, D6, F6, G6, B6 = (hz(n) for n in (3, 7, 8, 10, 12, 15, 17, 20, 22, 26))

TONES: dict[Sound, Tone] = {
    # A dry, high, quiet metronome tick: the tempo second inside a phase.
    Sound.TICK: Tone(
        (Note(B6, 0.0, decay_s=0.012),),
        0.045,
        -14.0,
        partials=(1.0, 0.1),
        attack_s=0.001,
        fade_s=0.008,
    ),
    # A short pip for the last three seconds of a phase.
    Sound.COUNTDOWN: Tone((Note(C6, 0.0, decay_s=0.07),), 0.16, -5.0),
    # A soft high blip for a change inside a rep (up -> top pause -> down): heard often, so gentle.
    Sound.PHASE: Tone((Note(G6, 0.0, decay_s=0.06),), 0.18, -8.0, partials=(1.0, 0.2)),
    # Work begins: a rising fifth, bright and loud.
    Sound.START: Tone((Note(G5, 0.0, 0.7, 0.08), Note(D6, 0.09, 1.0, 0.14)), 0.36, -1.0),
    # Rest begins: a falling third, mellow (fewer partials) and a little quieter.
    Sound.REST: Tone(
        (Note(E5, 0.0, 0.6, 0.10), Note(C5, 0.13, 1.0, 0.18)),
        0.48,
        -3.0,
        partials=(1.0, 0.45, 0.08),
    ),
    # A set is done: a double strike on A5, like a boxing-round bell.
    Sound.SET_END: Tone((Note(A5, 0.0, 1.0, 0.09), Note(A5, 0.16, 1.0, 0.14)), 0.42, -2.0),
    # The session is done: a rising F-major arpeggio ringing into a chord, top note loudest.
    Sound.SESSION_END: Tone(
        (
            Note(F5, 0.0, 0.45, 0.35),
            Note(A5, 0.08, 0.5, 0.35),
            Note(C6, 0.16, 0.55, 0.35),
            Note(F6, 0.24, 1.0, 0.3),
        ),
        0.6,
        -1.0,
    ),
}


def render(tone: Tone) -> np.ndarray:
    """Float samples in [-1, 1] peaking at the tone's level."""
    n = round(tone.length_s * RATE)
    t = np.arange(n) / RATE
    out = np.zeros(n)
    for note in tone.notes:
        local = t - note.start_s
        on = local >= 0
        lt = local[on]
        attack = np.clip(lt / tone.attack_s, 0.0, 1.0)
        attack = 0.5 - 0.5 * np.cos(np.pi * attack)
        voice = np.zeros_like(lt)
        for k, amp in enumerate(tone.partials, start=1):
            # Higher partials die faster, as in a struck bar: the tail is a purer, softer tone.
            voice += amp * np.sin(2 * np.pi * note.freq * k * lt) * np.exp(-lt * k / note.decay_s)
        out[on] += note.gain * attack * voice
    fade = round(tone.fade_s * RATE)
    ramp = 0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, fade))
    out[-fade:] *= ramp[::-1]
    out[0] = 0.0
    scaled: np.ndarray = out * (10 ** (tone.peak_dbfs / 20) / float(np.max(np.abs(out))))
    return scaled


def write_wav(path: Path, samples: np.ndarray) -> None:
    pcm = np.round(np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())


def make_voice(phrase: str, out: Path, tmp: Path, voice: str = VOICE, wpm: int = WPM) -> None:
    raw, trimmed = tmp / "raw.wav", tmp / "trimmed.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(wpm), "-w", str(raw), phrase], check=True)
    # -R: sox dithers with a fixed seed, so regenerating gives byte-identical files (clean diffs).
    # silence: cut up to the first sample over the threshold, then (reversed) the trailing silence.
    # highpass: drop rumble a laptop speaker cannot play anyway, so normalising gains real loudness.
    subprocess.run(
        ["sox", "-R", str(raw), str(trimmed),
         "silence", "1", "0.001", LEAD_THRESHOLD,
         "reverse", "silence", "1", "0.02", TAIL_THRESHOLD, "reverse",
         "highpass", "100", "rate", "-v", str(VOICE_RATE)],
        check=True,
    )  # fmt: skip
    # A second pass because `fade` needs a known length: 2 ms in / 10 ms out so cut edges do not
    # click, then peak-normalise so every word is equally loud.
    subprocess.run(
        ["sox", "-R", str(trimmed), "-r", str(VOICE_RATE), "-c", "1", "-b", "16", str(out),
         "fade", "h", "0.002", "-0", "0.01", "norm", "-1"],
        check=True,
    )  # fmt: skip


def unnamed_exercises() -> list[str]:
    """Built-in exercises the voice cannot announce (no entry in `EXERCISE_NAMES`)."""
    doc = json.loads((REPO / "assets" / "protocols" / "exercises.json").read_text("utf-8"))
    return [e["slug"] for e in doc["exercises"] if e["slug"] not in EXERCISE_NAMES]


def spoken(lang: str) -> dict[str, str]:
    """Each phrase as said in `lang`: the English itself, else its translation (context
    "cues" of the language's .ts file); numbers stay digits for the voice to read out."""
    if lang == "en":
        return {p: p for p in PHRASES}
    import xml.etree.ElementTree as ET

    ts = REPO / "assets" / "i18n" / f"phtcoach_{lang}.ts"
    words: dict[str, str] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        if ctx.findtext("name") == "cues":
            for m in ctx.iter("message"):
                tr = m.find("translation")
                if tr is not None and tr.get("type") is None and (tr.text or "").strip():
                    words[m.findtext("source") or ""] = tr.text or ""
    missing = [p for p in PHRASES if not p.isdigit() and p not in words]
    if missing:
        raise SystemExit(f"no {lang} translation (context 'cues' of {ts.name}) for {missing}")
    return {p: p if p.isdigit() else words[p] for p in PHRASES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tones-only", action="store_true", help="skip the voice clips")
    parser.add_argument("--lang", choices=sorted(VOICES), default="en", help="the voice's language")
    args = parser.parse_args(argv)
    if args.lang != "en":
        return make_language(args.lang)

    unnamed = unnamed_exercises()
    if unnamed and not args.tones_only:
        raise SystemExit(f"no spoken name in phtcoach/core/cues.py EXERCISE_NAMES for {unnamed}")
    missing = set(Sound) - set(TONES)
    if missing:
        raise SystemExit(f"no tone defined for {sorted(missing)}")
    for sound, tone in TONES.items():
        write_wav(HERE / f"{sound.value}.wav", render(tone))
    if args.tones_only:
        return 0

    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} not found: apt-get install -y espeak-ng sox")
    voice_dir = HERE / "voice"
    voice_dir.mkdir(exist_ok=True)
    wanted = {f"{clip_name(p)}.wav" for p in PHRASES}
    for stale in voice_dir.glob("*.wav"):
        if stale.name not in wanted:
            stale.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        for phrase in PHRASES:
            make_voice(phrase, voice_dir / f"{clip_name(phrase)}.wav", Path(tmp))
    total = sum(p.stat().st_size for p in HERE.rglob("*.wav"))
    print(f"{len(TONES)} tones, {len(PHRASES)} voice clips, {total / 1e6:.2f} MB")
    return 0


def make_language(lang: str) -> int:
    """The voice clips of another language only (the tones are shared): voice/<lang>/*.wav."""
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} not found: apt-get install -y espeak-ng sox")
    said = spoken(lang)
    voice_dir = HERE / "voice" / lang
    voice_dir.mkdir(parents=True, exist_ok=True)
    wanted = {f"{clip_name(p)}.wav" for p in PHRASES}
    for stale in voice_dir.glob("*.wav"):
        if stale.name not in wanted:
            stale.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        for phrase in PHRASES:
            out = voice_dir / f"{clip_name(phrase)}.wav"
            make_voice(said[phrase], out, Path(tmp), VOICES[lang], RATES[lang])
    total = sum(p.stat().st_size for p in voice_dir.glob("*.wav"))
    print(f"{len(PHRASES)} {lang} voice clips, {total / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

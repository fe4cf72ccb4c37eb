"""The timeline as a terminal table, for `phtcoach timeline` and for reading a plan by eye.

Presentation only, in the command line's language (`core.words.translate`: English unless
`--lang` or the setting chose another): kept apart from the compiler so the schedule's rules
are not interleaved with column widths. Phase kinds and sides are words here, not the JSON's
enum values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from phtcoach.core.timeline_phases import Cue, to_ms
from phtcoach.core.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from phtcoach.core.timeline import Timeline


def format_clock(seconds: float) -> str:
    """mm:ss (with tenths when not whole), for offsets and lengths in the table."""
    ms = to_ms(seconds)
    m, rem = divmod(ms, 60_000)
    s, frac = divmod(rem, 1000)
    text = f"{m:02d}:{s:02d}"
    return f"{text}.{frac // 100}" if frac else text


def format_text(timeline: Timeline) -> str:
    """A terminal table of the session: when, what, which set/rep/side, the load, and what
    is heard."""
    by_phase: dict[int, list[Cue]] = {}
    for c in timeline.cues:
        by_phase.setdefault(c.phase_index, []).append(c)
    head = (
        translate("timeline", "START"),
        translate("timeline", "LENGTH"),
        translate("timeline", "PHASE"),
        translate("timeline", "EXERCISE"),
        translate("timeline", "SET"),
        translate("timeline", "REP"),
        translate("timeline", "SIDE"),
        translate("timeline", "LOAD"),
        translate("timeline", "CUES"),
    )
    summary = translate(
        "timeline", "total {total} · {phases} phases · {cues} cues · affected side {side}"
    ).format(
        total=format_clock(timeline.total_s),
        phases=len(timeline.phases),
        cues=len(timeline.cues),
        side=_word(timeline.affected_side.value),
    )
    lines = [
        f"{timeline.template_id}: {timeline.template_name}",
        summary,
        "",
        f"{head[0]:>8}  {head[1]:>7}  {head[2]:<13} {head[3]:<36} {head[4]:>5} {head[5]:>5}"
        f"  {head[6]:<5}  {head[7]:>7}  {head[8]}",
    ]
    for i, p in enumerate(timeline.phases):
        set_txt = f"{p.set}/{p.sets_total}" if p.set is not None else "-"
        rep_txt = f"{p.rep}/{p.reps_total}" if p.rep is not None else "-"
        load_txt = f"{p.load_kg:g} kg" if p.load_kg > 0 else "-"
        lines.append(
            f"{format_clock(p.start_s):>8}  {p.duration_s:>5g} s  {_word(p.kind.value):<13} "
            f"{_clip(p.exercise_name, 36):<36} {set_txt:>5} {rep_txt:>5}  "
            f"{_word(p.side.value):<5}  {load_txt:>7}  {_cue_words(by_phase.get(i, []))}"
        )
    end = translate("timeline", "end")
    lines.append(f"{format_clock(timeline.total_s):>8}  {end}")
    return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _cue_words(cues: list[Cue]) -> str:
    """Spoken words as they are, silent cues as [sound]; runs of the same token as 'x N'."""
    tokens = [
        translate("cues", c.say) if c.say is not None else f"[{_word(c.sound.value)}]" for c in cues
    ]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j] == tokens[i]:
            j += 1
        out.append(tokens[i] if j - i == 1 else f"{tokens[i]} x{j - i}")
        i = j
    return ", ".join(out)


WORDS = (  # the phase kinds, sides and sounds as the table shows them (translated by value)
    QT_TRANSLATE_NOOP("timeline", "lead_in"),
    QT_TRANSLATE_NOOP("timeline", "hold"),
    QT_TRANSLATE_NOOP("timeline", "rest"),
    QT_TRANSLATE_NOOP("timeline", "up"),
    QT_TRANSLATE_NOOP("timeline", "top_pause"),
    QT_TRANSLATE_NOOP("timeline", "down"),
    QT_TRANSLATE_NOOP("timeline", "bottom_pause"),
    QT_TRANSLATE_NOOP("timeline", "set_rest"),
    QT_TRANSLATE_NOOP("timeline", "exercise_rest"),
    QT_TRANSLATE_NOOP("timeline", "switch_sides"),
    QT_TRANSLATE_NOOP("timeline", "work"),
    QT_TRANSLATE_NOOP("timeline", "walk"),
    QT_TRANSLATE_NOOP("timeline", "run"),
    QT_TRANSLATE_NOOP("timeline", "left"),
    QT_TRANSLATE_NOOP("timeline", "right"),
    QT_TRANSLATE_NOOP("timeline", "both"),
    QT_TRANSLATE_NOOP("timeline", "start"),
    QT_TRANSLATE_NOOP("timeline", "tick"),
    QT_TRANSLATE_NOOP("timeline", "countdown"),
    QT_TRANSLATE_NOOP("timeline", "phase"),
    QT_TRANSLATE_NOOP("timeline", "set_end"),
    QT_TRANSLATE_NOOP("timeline", "session_end"),
)


def _word(value: str) -> str:
    return translate("timeline", value)

"""Play a cue schedule through the real QtCuePlayer, on deadline timers; run as a subprocess.

    python tests/audio/play_schedule.py OUT.json start:0 tick:0.5 countdown/3:1 ...
    (SOUND[/WORD]:SECONDS from cue zero; a word needs --voice)

Loads every clip, turns keep-awake on (as the runner does at session start), waits
`--lead` seconds, then plays each cue at its deadline measured from one monotonic zero (never
chained intervals). Writes {"report": ..., "late_s": [...], "played_at": [...]} to OUT.json,
`played_at` being each play() call's time.monotonic() (the system-wide clock, so a recorder in
another process can measure the latency).

`--plan` hands each cue to `schedule()` `--ahead` seconds before it falls due (as the runner
does) instead of calling play() at its deadline; `due_at` (the monotonic instant each cue
must be heard, i.e. when the screen changes) is written too, so the recording can be
compared with it in absolute terms, and `screen_at`: when a deadline timer for each cue
fired, i.e. when the runner's screen would change (its own cue timer, run alongside).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from phtcoach.audio.cues import ScheduledCue, make_cue_player  # noqa: E402
from phtcoach.audio.qt_player import QtCuePlayer  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("cues", nargs="+", help="SOUND[/WORD]:SECONDS")
    parser.add_argument("--lead", type=float, default=1.0)
    parser.add_argument("--voice", action="store_true")
    parser.add_argument("--plan", action="store_true")
    parser.add_argument("--ahead", type=float, default=0.3)
    args = parser.parse_args()
    cues: list[tuple[str | None, str | None, float]] = []
    for c in args.cues:
        spec, at = c.rsplit(":", 1)
        sound, _, word = spec.partition("/")
        cues.append((sound or None, word or None, float(at)))

    app = QCoreApplication([])
    player = make_cue_player(volume=100, voice=args.voice, ticks=True, assets=REPO / "assets")
    result: dict[str, object] = {"report": dict(player.report()), "late_s": [], "played_at": []}
    if not isinstance(player, QtCuePlayer):
        args.out.write_text(json.dumps(result))
        return 3

    player.keep_awake(True)

    zero = time.monotonic() + args.lead
    result["due_at"] = [zero + at for _, _, at in cues]
    late: list[float] = []
    played_at: list[float] = []
    screen_at: list[float] = []
    screen = QTimer()
    screen.setSingleShot(True)
    screen.setTimerType(Qt.TimerType.PreciseTimer)

    def arm_screen() -> None:
        if len(screen_at) < len(cues):
            due = zero + cues[len(screen_at)][2]
            screen.start(max(0, math.ceil((due - time.monotonic()) * 1000)))

    def change_screen() -> None:
        screen_at.append(time.monotonic())
        arm_screen()

    screen.timeout.connect(change_screen)
    arm_screen()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)

    def arm() -> None:
        due = zero + cues[len(late)][2] - (args.ahead if args.plan else 0.0)
        timer.start(max(0, math.ceil((due - time.monotonic()) * 1000)))

    def fire() -> None:
        sound, word, at = cues[len(late)]
        now = time.monotonic()
        late_s = now - (zero + at)
        if args.plan:
            late_s += args.ahead
            player.schedule([ScheduledCue(zero + at, sound, word, len(late))])
        else:
            player.play(sound, word, late_s=late_s)
        played_at.append(now)
        late.append(late_s)
        if len(late) < len(cues):
            arm()
        else:
            QTimer.singleShot(800 + round(args.ahead * 1000), app.quit)  # the last rings out

    timer.timeout.connect(fire)
    arm()
    app.exec()
    player.keep_awake(False)
    player.close()
    result["late_s"] = late
    result["played_at"] = played_at
    result["screen_at"] = screen_at
    args.out.write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

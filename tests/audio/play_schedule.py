"""Play a cue schedule through the real QtCuePlayer, on deadline timers; run as a subprocess.

    python tests/audio/play_schedule.py OUT.json start:0 tick:0.5 ...   (seconds from cue zero)

Waits for every clip to load, turns keep-awake on (as the runner does at session start), waits
`--lead` seconds, then plays each cue at its deadline measured from one monotonic zero (never
chained intervals). Writes {"report": ..., "late_s": [...]} to OUT.json.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from phtcoach.audio.cues import make_cue_player  # noqa: E402
from phtcoach.audio.qt_player import QtCuePlayer  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("cues", nargs="+", help="SOUND:SECONDS")
    parser.add_argument("--lead", type=float, default=1.0)
    parser.add_argument("--voice", action="store_true")
    args = parser.parse_args()
    cues = [(c.split(":")[0], float(c.split(":")[1])) for c in args.cues]

    app = QCoreApplication([])
    player = make_cue_player(volume=100, voice=args.voice, ticks=True, assets=REPO / "assets")
    result: dict[str, object] = {"report": dict(player.report()), "late_s": []}
    if not isinstance(player, QtCuePlayer):
        args.out.write_text(json.dumps(result))
        return 3

    waited = QElapsedTimer()
    waited.start()
    while not player.loaded and waited.elapsed() < 5000:
        app.processEvents()
        time.sleep(0.005)
    player.keep_awake(True)

    zero = time.monotonic() + args.lead
    late: list[float] = []
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)

    def arm() -> None:
        if len(late) == len(cues):
            QTimer.singleShot(800, app.quit)  # let the last tone ring out
            return
        due = zero + cues[len(late)][1]
        timer.start(max(0, math.ceil((due - time.monotonic()) * 1000)))

    def fire() -> None:
        sound, at = cues[len(late)]
        late_s = time.monotonic() - (zero + at)
        player.play(sound, late_s=late_s)
        late.append(late_s)
        arm()

    timer.timeout.connect(fire)
    arm()
    app.exec()
    player.keep_awake(False)
    player.close()
    result["late_s"] = late
    args.out.write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

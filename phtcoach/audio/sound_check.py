"""The self-test's sound check: one short tone through the chosen output, waited for.

`phtcoach --self-test` uses it so that an installed package proves its sound path works
(the packaging test records it through a virtual sound card), not only that it starts.
"""

from __future__ import annotations

import time

from phtcoach.audio.cues import CuePlayer

SOUND_CHECK_TONE = "start"
"""The tone `--self-test` plays when there is a sound output (0.36 s, the session's "go")."""

SOUND_CHECK_TIMEOUT_MS = 2000
"""The output must have taken the whole tone by then, or the sound check failed."""

SOUND_CHECK_TAIL_MS = 150
"""After the last sample left the mixer: the sink's buffer and the server's latency, so the end
of the tone is heard before the stream closes."""


def sound_check(player: CuePlayer) -> str:
    """Play one short tone and wait until the output has taken all of it.

    "played": the device took the whole tone. "skipped": visual-only (no output, no sound
    files), nothing to check. "failed": there is an output but the tone did not play (the
    stream refused to start, died, or stopped pulling). Needs a running QCoreApplication.
    """
    player.preload()  # the device decision and the clips (a no-op when done already)
    if not player.available:
        return "skipped"  # before the import: QtMultimedia may be what is missing
    from PySide6.QtCore import QEventLoop, QTimer

    from phtcoach.audio.qt_player import QtCuePlayer

    if not isinstance(player, QtCuePlayer):
        return "skipped"
    player.play(SOUND_CHECK_TONE)
    loop = QEventLoop()
    deadline = time.monotonic() + SOUND_CHECK_TIMEOUT_MS / 1000
    outcome = ["failed"]

    def check() -> None:
        if not player.available or player.output is None:
            loop.quit()  # the stream failed: the player went visual-only
        elif not player.mixer.busy:
            outcome[0] = "played"
            loop.quit()
        elif time.monotonic() > deadline:
            loop.quit()  # it stopped pulling

    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if outcome[0] == "played":
        QTimer.singleShot(SOUND_CHECK_TAIL_MS, loop.quit)
        loop.exec()
    return outcome[0]

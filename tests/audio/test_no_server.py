"""With no sound server at all, the real Qt player degrades to visual-only and never raises.

Runs in a subprocess so that the no-server environment is certain (a developer's desktop has
PulseAudio or PipeWire running) and Qt's "pa_context_connect() failed" warning stays out of
this process's Qt log.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from phtcoach.audio.cues import NO_DEVICE_MESSAGE
from phtcoach.paths import assets_dir

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from phtcoach.audio.cues import make_cue_player
from phtcoach.audio import qt_output
from phtcoach.audio.qt_player import QtCuePlayer

# Starting a QAudioSink with no server aborts the process in Qt 6.11 (pa_context_get_state
# assertion): the player must never even build one here.
made = []
real_sink_output = qt_output.SinkOutput
def spy(*args, **kwargs):
    made.append(True)
    return real_sink_output(*args, **kwargs)
qt_output.SinkOutput = spy

app = QCoreApplication([])
assets = Path(sys.argv[1])
factory = make_cue_player(volume=80, voice=True, ticks=True, assets=assets)
heard = []
factory.set_status_listener(lambda ok, msg: heard.append([ok, msg]))
factory.play("start", "hold")  # before preload: it preloads, finds no device, says so
factory.keep_awake(True)

direct = QtCuePlayer(assets)
direct.preload()
direct.play("start", "hold")
direct.keep_awake(True)
direct.keep_awake(False)
direct_state = [direct.available, direct.status_message, direct.report()]
direct.close()

for _ in range(20):
    app.processEvents()
    time.sleep(0.01)

print(json.dumps({
    "factory": [type(factory).__name__, factory.available, factory.status_message,
                factory.report()],
    "told": heard,
    "direct": direct_state,
    "sinks_made": len(made),
}))
"""


def no_server_env(tmp: Path) -> dict[str, str]:
    """An environment in which neither PulseAudio nor PipeWire can be found or autospawned."""
    runtime = tmp / "runtime"
    runtime.mkdir(mode=0o700)
    client_conf = tmp / "client.conf"
    client_conf.write_text("autospawn = no\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PULSE_", "PIPEWIRE_"))}
    env.update(
        PULSE_SERVER=f"unix:{runtime / 'no-such-socket'}",
        PULSE_CLIENTCONFIG=str(client_conf),
        PIPEWIRE_REMOTE=str(runtime / "no-such-pipewire"),
        XDG_RUNTIME_DIR=str(runtime),
        PYTHONPATH=str(REPO),
    )
    return env


def test_no_sound_server_gives_visual_only_mode(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(assets_dir())],
        env=no_server_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    # The factory builds the Qt player cheaply; its preload (here: forced by the first play)
    # finds no device, goes visual-only and tells the UI's status listener.
    assert result["factory"] == [
        "QtCuePlayer",
        False,
        NO_DEVICE_MESSAGE,
        {"audio": "visual-only", "device": None, "clips": 0},
    ]
    assert result["told"] == [[False, NO_DEVICE_MESSAGE]]
    assert result["direct"] == [
        False,
        NO_DEVICE_MESSAGE,
        {"audio": "visual-only", "device": None, "clips": 0},
    ]
    assert result["sinks_made"] == 0

"""What the first paint needs loads neither numpy nor pyqtgraph (issue 13: start-up).

The window's start-up path (`app.run_gui`, the composition root the `phtcoach` command
runs) is driven in a fresh process to the first painted frame of Today; the modules loaded
then are listed. numpy (the cue mixer, the charts) and pyqtgraph (the Progress page) cost
hundreds of milliseconds to import and are loaded only after the first paint: the sounds by
`player.preload()` on the first idle turn, the charts when Progress is first shown.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("numpy", "pyqtgraph")

PROBE = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from phtcoach import app
import phtcoach.ui.first_paint as first_paint

seen = {}
windows = []
deferred = first_paint.after_first_paint

def snapshot():
    # The first turn after Today's first frame, before anything deferred to it runs.
    seen["modules"] = sorted(m for m in sys.modules if m.split(".")[0] in %(heavy)r)
    seen["built"] = [k for k in windows[0].pages if windows[0].is_built(k)]
    QTimer.singleShot(0, QCoreApplication.quit)

def spy(widget, *callbacks):
    names = [getattr(c, "__name__", "?") for c in callbacks]
    if "preload" not in names:  # a screen's own deferred work (Today's flare card)
        return deferred(widget, *callbacks)
    seen["deferred"] = names
    deferred(widget, snapshot, *callbacks)

first_paint.after_first_paint = spy
status = app.run_gui(Path(sys.argv[1]), argv=["phtcoach"], on_window=windows.append)
print(json.dumps({"status": status, **seen}))
"""


def first_paint(data: Path, probe: str = PROBE) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PHTCOACH_DATA_DIR"}
    env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)})
    proc = subprocess.run(
        [sys.executable, "-c", probe % {"heavy": HEAVY}, str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_the_first_paint_loads_no_numpy_and_no_pyqtgraph(tmp_path: Path) -> None:
    result = first_paint(tmp_path / "d")
    assert result["status"] == 0
    assert result["modules"] == []
    assert result["built"] == ["today"]  # the other pages wait for their first visit
    assert result["deferred"] == ["preload", "build_pages_when_idle"]


@pytest.mark.parametrize("heavy", HEAVY)
def test_the_probe_sees_an_eager_import(tmp_path: Path, heavy: str) -> None:
    """The guard can fail: the same probe, with the window importing `heavy` while it is
    built (as it did when the cue player imported the mixer), reports it."""
    eager = PROBE.replace(
        "import phtcoach.ui.first_paint as first_paint",
        "import phtcoach.ui.first_paint as first_paint\n"
        "import phtcoach.ui.main_window as mw\n"
        "_init = mw.MainWindow.__init__\n"
        f"def _eager(self, *a, **k):\n    import {heavy}\n    _init(self, *a, **k)\n"
        "mw.MainWindow.__init__ = _eager",
    )
    result = first_paint(tmp_path / "d", eager)
    assert heavy in result["modules"]  # type: ignore[operator]

"""Start-up pays nothing for sound: building the player imports no numpy and decodes nothing.

`make_cue_player` runs while the window is being built; numpy alone takes tens of ms to
import and the clips as long again to decode. Both belong in `preload()`, which the app calls
after the first paint. Checked in a fresh interpreter (this one has numpy loaded already),
with no sound server so the answer does not depend on the machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from phtcoach.paths import assets_dir
from tests.audio.test_no_server import no_server_env

SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from phtcoach.audio.cues import make_cue_player

HEAVY = ("numpy", "phtcoach.audio.mixer")
app = QCoreApplication([])
if sys.argv[2] == "eager":
    import phtcoach.audio.mixer  # what an eager player would do: the check must see it
player = make_cue_player(volume=80, voice=True, ticks=True, assets=Path(sys.argv[1]))
built = [m for m in HEAVY if m in sys.modules]
clips_before = len(getattr(player, "tones", {})) + len(getattr(player, "words", {}))
player.preload()
player.preload()  # idempotent
print(json.dumps({
    "type": type(player).__name__,
    "heavy_at_construction": built,
    "clips_before_preload": clips_before,
    "heavy_after_preload": [m for m in HEAVY if m in sys.modules],
}))
player.close()
"""


def run(tmp: Path, mode: str) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(assets_dir()), mode],
        env=no_server_env(tmp),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_building_the_player_imports_no_numpy_and_decodes_nothing(tmp_path: Path) -> None:
    result = run(tmp_path, "lazy")
    assert result["type"] == "QtCuePlayer"
    assert result["heavy_at_construction"] == []
    assert result["clips_before_preload"] == 0
    assert result["heavy_after_preload"] == ["numpy", "phtcoach.audio.mixer"]


def test_the_check_sees_an_eager_import(tmp_path: Path) -> None:
    result = run(tmp_path, "eager")
    assert result["heavy_at_construction"] == ["numpy", "phtcoach.audio.mixer"]

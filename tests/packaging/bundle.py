"""Helpers of the bundle test: where the bundle is, how big, and how to run it in isolation.

The bundle is `dist/phtcoach/` as `make package` builds it; `make package-test` rebuilds it when
a source is newer and runs the test with PHTCOACH_BUNDLE pointing at it. Without that variable
the test skips: it is not part of `make test` (it needs PyInstaller and a 25-60 s build).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ENV_BUNDLE = "PHTCOACH_BUNDLE"

REPORT: list[str] = []
"""Lines for pytest's summary (see conftest.py): the size, the self-test's JSON."""


def bundle_dir() -> Path | None:
    """The bundle folder named by PHTCOACH_BUNDLE (relative to the repository), else None."""
    named = os.environ.get(ENV_BUNDLE)
    if not named:
        return None
    path = Path(named)
    return path if path.is_absolute() else REPO / path


def executable(bundle: Path) -> Path:
    return bundle / ("phtcoach.exe" if sys.platform == "win32" else "phtcoach")


def disk_usage_mib(folder: Path) -> float:
    """What `du -s` says (allocated blocks; links counted once, never followed), in MiB."""
    du = shutil.which("du")
    if du is not None and sys.platform != "win32":
        out = subprocess.run([du, "-sk", str(folder)], capture_output=True, text=True, check=True)
        return int(out.stdout.split()[0]) / 1024
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    return total / 2**20


def sources_newer_than(stamp: Path) -> list[Path]:
    """The sources that went into the bundle and changed after it was built."""
    built = stamp.stat().st_mtime
    roots = [REPO / "phtcoach", REPO / "assets"]
    files = [REPO / "packaging" / "phtcoach.spec"]
    for root in roots:
        files += [p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return [p for p in files if p.stat().st_mtime > built]


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment the bundle runs in: a throwaway HOME and XDG dirs, offscreen Qt, no
    sound server unless `extra` names one (PULSE_SERVER), and nothing of ours (PHTCOACH_*,
    QT_*, LD_LIBRARY_PATH) leaking in from the developer's shell or the test run."""
    drop = ("PHTCOACH_", "QT_", "PULSE_", "XDG_", "PYTHON", "LD_LIBRARY_PATH")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(drop) and k not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    runtime = home / "run"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    # No PulseAudio autospawn from the test: the client reads this file instead of ~/.config.
    client_conf = home / "pulse-client.conf"
    client_conf.write_text("autospawn = no\n", encoding="utf-8")
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_RUNTIME_DIR=str(runtime),
        PULSE_CLIENTCONFIG=str(client_conf),
        QT_QPA_PLATFORM="offscreen",
    )
    env.update(extra)
    return env


def missing_libraries(bundle: Path, optional: tuple[str, ...]) -> list[str]:
    """Linux: `ldd` lines "X => not found" of every library in the bundle, but the `optional`
    ones (libraries of plugins only a desktop that has them loads). Empty elsewhere."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    missing: set[str] = set()
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        if not (".so" in path.name or path == executable(bundle)):
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
        for line in out.stdout.splitlines():
            if "not found" in line:
                lib = line.split("=>")[0].strip()
                if not lib.startswith(optional):
                    missing.add(f"{path.relative_to(bundle)}: {lib}")
    return sorted(missing)

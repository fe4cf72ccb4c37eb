"""Take every screenshot of docs/screenshots/screens.py in both themes at 1280 x 720 and
1920 x 1080: `make screenshots` (a few minutes), or

    .venv/bin/python docs/screenshots/take.py [--out DIR] [--sizes 1280x720,...] [--themes dark]

It writes a demo data folder (what `phtcoach demo-data` writes, in the fixed WORK folder,
emptied first, so a path a picture shows is the same every run), then, for each size, starts
a private Xvfb of that size and, for each theme, runs the real app on it
(`phtcoach.app.run_gui`, the composition root, platform xcb) on a fresh copy of the demo
folder. The theme is set as the
user sets it (the settings, through the app state); the window fills the screen's available
area; shoot.py then visits every screen and captures the X screen. Needs Xvfb
(Debian: apt-get install xvfb); no sound card (the app is given a silent player) and no
desktop session (a private D-Bus bus with a stand-in screen saver, when dbus-run-session is
there, so the runner has no "screen saver could not be paused" notice).

The files are `<screen>-<theme>-<width>.png`. Then the README's other pictures
(`screens.EXTRAS`, readme_shots.py), light at 1280 x 720, each set in its own run: the
report's first page (`phtcoach report`), a reminder, a red flag, the app in German
(`--lang de`) and the start on a damaged database. Open them and look.

Every run shows the same moment: the demo history ends on SHOT_AT's day, the app's clock
starts at SHOT_AT and the time zone is SHOT_TZ, so the pictures change only when the app
does (not an evening check-in "at 02:30" because the script ran at night).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), str(ROOT)]  # screens/shoot beside this file; tests.fakes

from screens import (  # noqa: E402
    EXTRA_SIZE,
    EXTRA_THEME,
    EXTRAS,
    RUNS,
    SHOTS,
    SIZES,
    THEMES,
    file_name,
)

CHILD_TIMEOUT_S = 300
SHOT_AT = datetime(2026, 12, 3, 18, 40, tzinfo=UTC)  # a Thursday evening, after the session
SHOT_TZ = "UTC"
WORK = Path("/tmp/phtcoach-screenshots")  # fixed: the Backups dialog shows the data path


# --------------------------------------------------------------------------- the parent


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="take.py", description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, default=HERE, help="where the PNGs go")
    p.add_argument("--sizes", default=",".join(f"{w}x{h}" for w, h in SIZES))
    p.add_argument("--themes", default=",".join(THEMES))
    p.add_argument("--no-extras", action="store_true", help="not the README's other pictures")
    p.add_argument("--child", nargs=2, metavar=("DATA_DIR", "THEME"), help=argparse.SUPPRESS)
    p.add_argument("--run", default="all", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.child:
        return child(Path(args.child[0]), args.child[1], args.out, args.run)
    if shutil.which("Xvfb") is None:
        print("take.py: Xvfb missing (Debian: apt-get install xvfb)", file=sys.stderr)
        return 2
    sizes = [tuple(int(n) for n in s.split("x")) for s in args.sizes.split(",")]
    themes = args.themes.split(",")
    started = time.monotonic()
    work = WORK
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    os.environ["TZ"] = SHOT_TZ  # here and in every child: the pictures' clock
    time.tzset()
    demo = work / "demo"
    _demo_data(demo)
    (demo / "phtcoach.lock").unlink(missing_ok=True)
    wanted = [file_name(s.name, t, w) for s in SHOTS for t in themes for w, _h in sizes]
    for name in wanted:
        (args.out / name).unlink(missing_ok=True)  # a failed shot is missing, not stale
    failed = 0
    for width, height in sizes:
        with Xvfb(width, height) as display:
            for theme in themes:
                data = work / f"data-{theme}-{width}"
                shutil.copytree(demo, data)
                print(f"{width} x {height}, {theme}:", flush=True)
                failed += _run_child(data, theme, args.out, display, work)
    if not args.no_extras:
        wanted += [e.file for e in EXTRAS]
        failed += _extras(demo, args.out, work)
    missing = [name for name in wanted if not (args.out / name).exists()]
    print(
        f"{len(wanted) - len(missing)} screenshots in {args.out}, "
        f"{time.monotonic() - started:.0f} s"
    )
    if missing:
        print("missing: " + ", ".join(missing), file=sys.stderr)
    return 1 if failed or missing else 0


def _demo_data(out: Path) -> None:
    """What `phtcoach demo-data --out OUT` writes, ending on SHOT_AT's day."""
    from phtcoach.demo_data import DEMO_SEED, DEMO_WEEKS, make_demo_dir
    from tests.fakes import FakeClock

    make_demo_dir(out, weeks=DEMO_WEEKS, seed=DEMO_SEED, clock=FakeClock(start=SHOT_AT))


def _extras(demo: Path, out: Path, work: Path) -> int:
    """The README's other pictures, each run on a fresh copy of the demo folder."""
    for e in EXTRAS:
        (out / e.file).unlink(missing_ok=True)
    report = work / "report.pdf"
    last_day = SHOT_AT.date().isoformat()
    _cli(work, "report", "--data-dir", str(demo), "--out", str(report), "--to", last_day)
    (demo / "phtcoach.lock").unlink(missing_ok=True)
    failed = 0
    width, height = EXTRA_SIZE
    with Xvfb(width, height) as display:
        for run in RUNS:
            data = work / f"data-{run}"
            shutil.copytree(demo, data)
            if run == "startup":
                _cli(work, "backup", "--data-dir", str(data))  # the backup to restore
                (data / "phtcoach.lock").unlink(missing_ok=True)
                _damage(data / "phtcoach.sqlite3")
            print(f"{width} x {height}, {EXTRA_THEME}, {run}:", flush=True)
            failed += _run_child(data, EXTRA_THEME, out, display, work, run, report)
    return failed


def _damage(db: Path) -> None:
    """The database cut in half, as a crash or a bad copy leaves it."""
    if not db.exists():
        raise RuntimeError(f"no database at {db}")
    raw = db.read_bytes()
    db.write_bytes(raw[: len(raw) // 2 + 100])
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)


def _cli(work: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "phtcoach", *args], check=True, cwd=ROOT, env=_env(work))


def _env(work: Path) -> dict[str, str]:
    """Nothing of the real user's: HOME and the XDG folders in the work folder, English."""
    env = dict(os.environ)
    home = work / "home"
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local/state"),
        LANGUAGE="en",
    )
    for name in ("PHTCOACH_DATA_DIR", "DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    return env


def _run_child(
    data: Path,
    theme: str,
    out: Path,
    display: str,
    work: Path,
    run: str = "all",
    report: Path | None = None,
) -> int:
    env = _env(work)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    if report is not None:
        env["PHTCOACH_SHOTS_REPORT"] = str(report)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--out", str(out)]
    cmd += ["--child", str(data), theme, "--run", run]
    if shutil.which("dbus-run-session"):
        cmd = ["dbus-run-session", "--", *cmd]
    try:
        done = subprocess.run(
            cmd, env=env, cwd=ROOT, timeout=CHILD_TIMEOUT_S, stderr=subprocess.PIPE, text=True
        )
    except subprocess.TimeoutExpired:
        print(f"take.py: {theme} at {display} took over {CHILD_TIMEOUT_S} s", file=sys.stderr)
        return 1
    for line in done.stderr.splitlines():
        if "Failed to set fd limit" not in line:  # dbus-daemon without that right: harmless
            print(line, file=sys.stderr)
    return 1 if done.returncode else 0


class Xvfb:
    """A private X server of one size on a free display number, stopped on exit."""

    def __init__(self, width: int, height: int) -> None:
        self.size = f"{width}x{height}x24"
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> str:
        for n in range(90, 140):
            if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
                break
        else:
            raise RuntimeError("no free X display number")
        self.proc = subprocess.Popen(
            ["Xvfb", f":{n}", "-screen", "0", self.size, "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                return f":{n}"
            time.sleep(0.05)
        raise RuntimeError(f"Xvfb :{n} did not start")

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


# --------------------------------------------------------------------------- the child


def child(data: Path, theme: str, out: Path, run: str = "all") -> int:
    """One app run: `run_gui` on `data`, with a clock that moves when shoot.py says. `run`:
    "all" (every screen of SHOTS) or one of screens.RUNS (readme_shots.py); "de" starts the
    app as `--lang de` does."""
    import readme_shots  # type: ignore[import-not-found]
    from shoot import drive_later  # type: ignore[import-not-found]

    from phtcoach import app
    from phtcoach.audio import cues
    from phtcoach.qt_app import configure_logging, make_qapplication
    from tests.fakes import FakeClock

    # No sound card here: the silent player the tests use, where the app would build its own.
    cues.make_cue_player = lambda **_kw: cues.NullCuePlayer()  # type: ignore[assignment]
    configure_logging()
    make_qapplication(sys.argv)
    keeper = _stand_in_screen_saver()
    clock = FakeClock(start=SHOT_AT)
    if os.environ.get("PHTCOACH_SHOTS_REPORT"):
        readme_shots.REPORT_PDF = Path(os.environ["PHTCOACH_SHOTS_REPORT"])
    if run == "startup":
        readme_shots.answer_restore_later(out)
    status = app.run_gui(
        data,
        argv=sys.argv,
        clock=clock,
        lang="de" if run == "de" else "en",
        on_window=lambda window: drive_later(window, clock, out, theme, run),
    )
    del keeper
    return status


def _stand_in_screen_saver() -> object | None:
    """On the private session bus: an org.freedesktop.ScreenSaver that grants every Inhibit,
    as a desktop's would (the runner asks it while a session runs)."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return None
    from PySide6.QtCore import ClassInfo, QObject, Slot
    from PySide6.QtDBus import QDBusConnection

    @ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
    class ScreenSaver(QObject):
        @Slot(str, str, result="uint")
        def Inhibit(self, _app: str, _reason: str) -> int:
            return 1

        @Slot("uint")
        def UnInhibit(self, _cookie: int) -> None:
            pass

        # The app sends the cookie back as a D-Bus int ('i'), not the uint ('u') it got.
        @Slot(int, name="UnInhibit")
        def un_inhibit_int(self, _cookie: int) -> None:
            pass

    bus = QDBusConnection.sessionBus()
    saver = ScreenSaver()
    if not bus.registerService("org.freedesktop.ScreenSaver") or not bus.registerObject(
        "/org/freedesktop/ScreenSaver", saver, QDBusConnection.RegisterOption.ExportAllSlots
    ):
        print("take.py: no stand-in screen saver on the session bus", file=sys.stderr)
    return saver


if __name__ == "__main__":
    raise SystemExit(main())

"""Composition root: the one place that knows every layer and wires them together.

The CLI calls into here for everything that needs a data dir; the GUI path additionally
builds the Qt application, the cue player and the main window. Nothing imports this module
except `phtcoach.cli` (a test enforces the direction). What it wires lives beside it:
`qt_app` (logging, the QApplication), `single_instance` (a second launch raises the first
window), `demo_data` (the demo history for `--demo` and `demo-data`).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from phtcoach import APP_NAME, __version__, i18n, paths
from phtcoach.context import AppContext
from phtcoach.core.clock import Clock, SystemClock, SystemLocalTime
from phtcoach.qt_app import make_qapplication
from phtcoach.services import Services
from phtcoach.services.backups import apply_pending_restore
from phtcoach.storage.lock import InstanceLock
from phtcoach.storage.migrations import SCHEMA_VERSION
from phtcoach.storage.repository import open_store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from phtcoach.startup import StartupQuestions
    from phtcoach.ui.main_window import MainWindow


def open_context(
    root: Path, clock: Clock, *, lock: bool = True, demo: bool = False, auto_backup: bool = True
) -> AppContext:
    """Lock the data dir (single instance), open and migrate the database, read settings."""
    instance_lock = None
    if lock:
        instance_lock = InstanceLock(paths.lock_path(root))
        root.mkdir(parents=True, exist_ok=True)
        instance_lock.acquire()
    try:
        # A restore the user asked for while the app ran: now, before anything opens it.
        restored = apply_pending_restore(root, clock) if lock else None
        store = open_store(root, clock, auto_backup=auto_backup)
    except BaseException:
        if instance_lock is not None:
            instance_lock.release()
        raise
    services = Services(store, clock, local_tz())
    services.backups.restored_at_start = restored
    return AppContext(root=root, store=store, services=services, lock=instance_lock, demo=demo)


def local_tz() -> tzinfo:
    """The user's local time zone, with its DST rules (the diary's days are local days)."""
    return SystemLocalTime()


# --------------------------------------------------------------------------- the window


def run_gui(
    root: Path,
    *,
    demo: bool = False,
    start: str | None = None,
    argv: list[str] | None = None,
    clock: Clock | None = None,
    on_window: Callable[[MainWindow], None] | None = None,
    lang: str | None = None,
    questions: StartupQuestions | None = None,
) -> int:
    """The app. Returns the process exit status.

    `clock` (default: the system's) and `on_window` (called once the window is shown) let
    a test run the real app on its own time and act where a person would press a key.
    `questions` asks about a data dir that cannot be opened as it is (`startup`); by default
    the window's dialogs, or stderr where nothing can be shown (offscreen).
    """
    from phtcoach.single_instance import ask_running_instance_to_raise
    from phtcoach.startup import Printed, open_at_start
    from phtcoach.storage.lock import AlreadyRunningError

    app = make_qapplication(argv or sys.argv)
    # The start's questions come before the settings can be read: --lang, else the system's.
    i18n.use_language(i18n.choose(lang, None))
    if questions is None:
        from phtcoach.ui.startup_dialogs import StartupDialogs

        headless = app.platformName() in ("offscreen", "minimal")
        questions = Printed() if headless else StartupDialogs()
    try:
        opened = open_at_start(
            root, clock or SystemClock(), local_tz(), questions, open_context, demo=demo
        )
    except AlreadyRunningError as exc:
        if ask_running_instance_to_raise(root):
            print(f"{APP_NAME} is already running on {root}: raised its window.", file=sys.stderr)
            return 0
        _fatal(app, str(exc))
        return 1
    if opened is None:
        return 1
    ctx = opened
    try:
        i18n.apply(ctx.services, lang)
        return _run_window(app, ctx, start=start, on_window=on_window)
    finally:
        ctx.close()


def _fatal(app: QApplication, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    print(f"phtcoach: {message}", file=sys.stderr)
    if app.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, APP_NAME, message)


def _run_window(
    app: QApplication,
    ctx: AppContext,
    *,
    start: str | None,
    on_window: Callable[[MainWindow], None] | None,
) -> int:
    from phtcoach.audio.cues import make_cue_player
    from phtcoach.single_instance import serve_raise_requests
    from phtcoach.ui.backups_dialog import report_startup_restore
    from phtcoach.ui.first_paint import after_first_paint
    from phtcoach.ui.main_window import MainWindow
    from phtcoach.ui.startup_dialogs import report_skipped_backup
    from phtcoach.ui.state import AppState
    from phtcoach.ui.tray import install_tray

    state = AppState(ctx.services, root=ctx.root, demo=ctx.demo)
    s = state.settings
    player = make_cue_player(volume=s.volume, voice=s.voice, ticks=s.ticks, device=s.output_device)
    window = MainWindow(state, player)
    tray = install_tray(window, state)  # the tray icon, reminders, "keep running in the tray"

    # A second launch on this data dir raises this window (the server lives as long as app).
    serve_raise_requests(app, ctx.root, window.bring_to_front)
    window.show()
    # After the first paint: the sounds (numpy, the clips, the device) and then the other
    # pages, one per event-loop turn. The runner preloads itself too if a session comes first.
    after_first_paint(window.today, player.preload, window.build_pages_when_idle)
    report_startup_restore(window, ctx.services.backups, ctx.services.tz)
    report_skipped_backup(window, ctx.services.backups)
    if start:
        window.open_runner(start)
    else:
        window.offer_resume()
    tray.start()  # what is due now: shown at start, then on time
    if on_window is not None:
        on_window(window)
    status = app.exec()
    tray.close()
    player.close()
    return int(status)


# --------------------------------------------------------------------------- self-test


def self_test(
    root: Path, started: float, lang: str | None = None, *, page: str | None = None
) -> dict[str, Any]:
    """Open the window, paint it once, load the sounds and the database, play one short tone
    when there is a sound output: one JSON-able dict, "ok" false if any of it failed.

    `startup_ms` runs from `started` (phtcoach.cli's first line) to the window's first
    painted frame. With `page` ("progress", say), that page is then asked for as a click in
    the sidebar would, and `page_ms` is the time from the request to its first painted frame
    (the page built on that first visit, as it is for the user)."""
    if not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ) and sys.platform.startswith("linux"):
        # A packaging smoke test often runs where there is no screen: paint offscreen.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_qapplication(sys.argv)
    clock = SystemClock()
    ctx = open_context(root, clock)
    try:
        i18n.apply(ctx.services, lang)
        from phtcoach.audio.cues import make_cue_player
        from phtcoach.ui.first_paint import until_painted
        from phtcoach.ui.main_window import MainWindow
        from phtcoach.ui.state import AppState

        state = AppState(ctx.services, root=ctx.root)
        s = state.settings
        # The output the user chose, so the sound check tests what sessions will use.
        player = make_cue_player(volume=s.volume, voice=False, ticks=False, device=s.output_device)
        window = MainWindow(state, player)
        window.resize(1280, 720)
        window.show()
        painted = until_painted(window.today)
        startup_ms = (time.perf_counter() - started) * 1000.0
        pixmap = window.grab()  # the frame as a picture: proves it holds pixels
        painted = painted and not pixmap.isNull() and pixmap.width() > 0
        page_ms = None
        page_painted = True
        if page is not None:
            asked = time.perf_counter()
            if window.current_page() == page:
                window.pages[page].update()  # Today is already shown: its next frame
            else:
                window.show_page(page)
            page_painted = until_painted(window.pages[page])
            page_ms = (time.perf_counter() - asked) * 1000.0
        # The charts load lazily (pyqtgraph): build and paint them too, so a package that lacks
        # a piece of them fails here, not when the user first opens Progress.
        window.progress.refresh()
        charts = window.progress.view is not None and not window.progress.grab().isNull()
        from phtcoach.audio.sound_check import sound_check

        player.preload()  # what the app does after its first paint
        audio = player.report()
        heard = sound_check(player)
        result: dict[str, Any] = {
            "ok": painted and page_painted and charts and heard != "failed",
            "startup_ms": round(startup_ms, 1),
        }
        if page is not None:
            result["page"] = page
            result["page_ms"] = round(page_ms or 0.0, 1)
        result.update(
            {
                "db": str(ctx.store.path),
                "schema": SCHEMA_VERSION,
                "version": __version__,
                "templates": len(state.programme.templates),
                "platform": app.platformName(),
                **dict(audio),
                "sound_check": heard,
            }
        )
        if not painted:
            result["error"] = "the main window did not paint"
        elif not page_painted:
            result["error"] = f"the {page} page did not paint"
        elif not charts:
            result["error"] = "the progress charts did not paint"
        elif heard == "failed":
            result["error"] = f"the sound check tone did not play on {audio['device']}"
        window.close()
        player.close()
        _delete_now(app, window)
        return result
    finally:
        ctx.close()


def _delete_now(app: QApplication, window: QWidget) -> None:
    """Destroy the window (and its charts) while Qt is whole: left to interpreter exit, the
    C++ objects go in no particular order and pyqtgraph's items can crash the process."""
    from PySide6.QtCore import QEvent

    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False)

"""Screen saver inhibition: every platform path answers with None or a reason, never raises."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from phtcoach.ui import inhibit
from phtcoach.ui.inhibit import SleepInhibitor

ROOT = Path(__file__).resolve().parents[2]


def test_without_a_session_bus_it_gives_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    inh = SleepInhibitor(platform="linux")
    assert inh.inhibit() == "no D-Bus session bus"
    assert not inh.active
    assert inh.reason == "no D-Bus session bus"
    inh.release()
    inh.release()


def test_windows_without_windll_gives_a_reason() -> None:
    inh = SleepInhibitor(platform="win32")
    reason = inh.inhibit()
    assert reason is not None
    assert "SetThreadExecutionState" in reason


def test_windows_sets_and_clears_the_execution_state(monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes

    calls: list[int] = []

    class Kernel32:
        @staticmethod
        def SetThreadExecutionState(flags: int) -> int:
            calls.append(flags)
            return 1

    class WinDll:
        kernel32 = Kernel32()

    monkeypatch.setattr(ctypes, "windll", WinDll(), raising=False)
    inh = SleepInhibitor(platform="win32")
    assert inh.inhibit() is None
    assert inh.methods == ("SetThreadExecutionState",)
    inh.release()
    assert calls == [0x80000003, 0x80000000]


def test_macos_without_caffeinate_gives_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inhibit.shutil, "which", lambda _name: None)
    assert SleepInhibitor(platform="darwin").inhibit() == "caffeinate was not found"


def test_macos_runs_caffeinate_until_released(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = tmp_path / "caffeinate"
    fake.write_text(f'#!/bin/sh\necho "$@" > {tmp_path}/args\nexec sleep 30\n')
    fake.chmod(0o755)
    monkeypatch.setattr(inhibit.shutil, "which", lambda _name: str(fake))
    started: list[subprocess.Popen[bytes]] = []
    real_popen = subprocess.Popen

    def popen(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        proc = real_popen(*args, **kwargs)  # type: ignore[call-overload]
        started.append(proc)
        return proc  # type: ignore[no-any-return]

    monkeypatch.setattr(inhibit.subprocess, "Popen", popen)
    inh = SleepInhibitor(platform="darwin")
    assert inh.inhibit() is None
    assert inh.active
    assert inh.inhibit() is None  # a second call keeps the first
    assert len(started) == 1
    args = tmp_path / "args"
    deadline = time.monotonic() + 10
    while not args.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert args.read_text().split() == ["-d", "-i", "-w", str(os.getpid())]
    assert started[0].poll() is None
    inh.release()
    assert started[0].poll() is not None  # release waited for it to end
    assert not inh.active


def test_a_failing_method_never_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(self: SleepInhibitor) -> list[str]:
        raise OSError("bus exploded")

    monkeypatch.setattr(SleepInhibitor, "_dbus", boom)
    assert SleepInhibitor(platform="linux").inhibit() == "OSError: bus exploded"


FAKE_SERVICE = textwrap.dedent(
    """
    from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
    from PySide6.QtDBus import QDBusConnection

    @ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
    class ScreenSaver(QObject):
        @Slot(str, str, result=int)
        def Inhibit(self, app, reason):
            print("inhibit", app, "|", reason, flush=True)
            return 42

        @Slot(int)
        def UnInhibit(self, cookie):
            print("uninhibit", cookie, flush=True)

    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    obj = ScreenSaver()
    bus.registerObject(
        "/org/freedesktop/ScreenSaver", obj, QDBusConnection.RegisterOption.ExportAllSlots
    )
    print("ready", bus.registerService("org.freedesktop.ScreenSaver"), flush=True)
    app.exec()
    """
)

CLIENT = textwrap.dedent(
    """
    from PySide6.QtCore import QCoreApplication
    from phtcoach.ui.inhibit import SleepInhibitor

    app = QCoreApplication([])
    inh = SleepInhibitor(platform="linux")
    print("reason", inh.inhibit(), flush=True)
    print("methods", ",".join(inh.methods), flush=True)
    inh.release()
    """
)


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="dbus-daemon is not installed")
def test_dbus_screensaver_inhibit_and_uninhibit(tmp_path: Path) -> None:
    """Against a private session bus with a fake org.freedesktop.ScreenSaver (subprocesses:
    a process keeps its first session-bus connection for good)."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    service: subprocess.Popen[str] | None = None
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        env = {
            **os.environ,
            "DBUS_SESSION_BUS_ADDRESS": address,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
        }
        service = subprocess.Popen(
            [sys.executable, "-c", FAKE_SERVICE],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert service.stdout is not None
        assert service.stdout.readline().strip() == "ready True"
        client = subprocess.run(
            [sys.executable, "-c", CLIENT],
            capture_output=True,
            text=True,
            env=env,
            timeout=30,
            check=True,
        )
        assert "reason None" in client.stdout
        assert "methods org.freedesktop.ScreenSaver" in client.stdout
        assert service.stdout.readline().strip() == (
            "inhibit PHT Coach | Guided exercise session in progress"
        )
        assert service.stdout.readline().strip() == "uninhibit 42"
    finally:
        for proc in (service, daemon):
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=5)
                if proc.stdout is not None:
                    proc.stdout.close()

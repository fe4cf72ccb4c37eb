"""Keep the screen on and the machine awake while a session runs.

The user is on the floor two metres away and cannot touch the laptop mid-hold: a screen
saver that blanks the countdown, or a suspend that stops the sound, ruins the session. Each
platform has its own polite way to ask; where none answers (no D-Bus session bus in a
container, a desktop without the service) the runner shows the reason discreetly instead
of failing. Nothing here ever raises: inhibition is a courtesy, not a precondition.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger("phtcoach.inhibit")

APP_NAME = "PHT Coach"
REASON = "Guided exercise session in progress"

# (service, object path, interface): the freedesktop screen saver (GNOME, KDE, Xfce...)
# keeps the screen on; PowerManagement (KDE, Xfce) keeps the machine from suspending.
_DBUS_TARGETS: tuple[tuple[str, str, str], ...] = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    (
        "org.freedesktop.PowerManagement",
        "/org/freedesktop/PowerManagement/Inhibit",
        "org.freedesktop.PowerManagement.Inhibit",
    ),
)

# Windows SetThreadExecutionState flags.
_ES_CONTINUOUS = 0x80000000
_ES_SYSTEM_REQUIRED = 0x00000001
_ES_DISPLAY_REQUIRED = 0x00000002


class ScreenInhibitor(Protocol):
    """What the runner needs: `inhibit()` answers None or why not; `release()` undoes it."""

    def inhibit(self) -> str | None: ...

    def release(self) -> None: ...


@dataclass(frozen=True, slots=True)
class _Held:
    """One granted inhibition and how to give it back."""

    name: str
    release: Callable[[], None]


def _tr(text: str) -> str:
    """The reasons are shown on the floor view, so they are said in the user's language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SleepInhibitor", text)


class SleepInhibitor:
    """Asks the platform to keep the display on; `inhibit()` returns None or why it could not.

    Safe to call `inhibit()` twice (the second call keeps the first inhibition) and
    `release()` any number of times.
    """

    def __init__(self, *, platform: str | None = None) -> None:
        self._platform = platform or sys.platform
        self._held: list[_Held] = []
        self._reason: str | None = None

    @property
    def active(self) -> bool:
        return bool(self._held)

    @property
    def methods(self) -> tuple[str, ...]:
        """What is holding the screen on now (e.g. 'org.freedesktop.ScreenSaver')."""
        return tuple(h.name for h in self._held)

    @property
    def reason(self) -> str | None:
        """Why the last `inhibit()` got nothing, or None."""
        return self._reason

    def inhibit(self) -> str | None:
        if self._held:
            return None
        try:
            if self._platform.startswith("win"):
                problems = self._windows()
            elif self._platform == "darwin":
                problems = self._macos()
            else:
                problems = self._dbus()
        except Exception as e:  # a courtesy must never stop a session
            log.debug("inhibit failed", exc_info=True)
            problems = [f"{type(e).__name__}: {e}"]
        if self._held:
            self._reason = None
            log.info("screen saver paused via %s", ", ".join(self.methods))
            return None
        self._reason = "; ".join(problems) or _tr("no method available")
        log.info("screen saver could not be paused: %s", self._reason)
        return self._reason

    def release(self) -> None:
        held, self._held = self._held, []
        for h in reversed(held):
            try:
                h.release()
            except Exception:
                log.debug("releasing %s failed", h.name, exc_info=True)

    # ------------------------------------------------------------------ platforms

    def _dbus(self) -> list[str]:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
        except ImportError as e:
            return [f"QtDBus is not available ({e})"]
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") and not os.environ.get("XDG_RUNTIME_DIR"):
            return [_tr("no D-Bus session bus")]
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return [_tr("no D-Bus session bus")]
        problems: list[str] = []
        for service, path, interface in _DBUS_TARGETS:
            iface = QDBusInterface(service, path, interface, bus)
            if not iface.isValid():
                problems.append(_tr("%1 is not running").replace("%1", service))
                continue
            reply = iface.call("Inhibit", APP_NAME, REASON)
            if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
                problems.append(f"{service}: {reply.errorMessage() or 'no reply'}")
                continue
            cookie = reply.arguments()[0]

            def release(
                iface: QDBusInterface = iface, cookie: object = cookie, service: str = service
            ) -> None:
                answer = iface.call("UnInhibit", cookie)
                if answer.type() == QDBusMessage.MessageType.ErrorMessage:
                    log.debug("%s UnInhibit: %s", service, answer.errorMessage())

            self._held.append(_Held(service, release))
        return problems

    def _windows(self) -> list[str]:
        import ctypes

        windll = getattr(ctypes, "windll", None)
        if windll is None:
            return [_tr("SetThreadExecutionState is not available")]
        kernel32 = windll.kernel32
        flags = _ES_CONTINUOUS | _ES_SYSTEM_REQUIRED | _ES_DISPLAY_REQUIRED
        if not kernel32.SetThreadExecutionState(flags):
            return [_tr("SetThreadExecutionState refused")]
        self._held.append(
            _Held(
                "SetThreadExecutionState", lambda: kernel32.SetThreadExecutionState(_ES_CONTINUOUS)
            )
        )
        return []

    def _macos(self) -> list[str]:
        exe = shutil.which("caffeinate")
        if exe is None:
            return [_tr("caffeinate was not found")]
        # -d keeps the display on, -i the system awake; -w ends it with us even after a crash.
        proc = subprocess.Popen(
            [exe, "-d", "-i", "-w", str(os.getpid())],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

        def release() -> None:
            proc.terminate()
            try:
                proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                proc.kill()

        self._held.append(_Held("caffeinate", release))
        return []

"""How a reminder reaches the user, chosen once at start: a tray message, else the desktop's
notification service (freedesktop, over D-Bus), else a banner at the top of the window.

Each path is a `Notifier`: `notify(kind, title, body)` shows it, and `activated(kind)` says
the user clicked it (the tray then opens the right form). Tests inject the banner, which
works everywhere, including the offscreen platform where there is no tray.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from phtcoach import APP_ID, APP_NAME
from phtcoach.core.reminders import ReminderKind
from phtcoach.ui.design import Space

log = logging.getLogger("phtcoach.reminders")

TRAY, DBUS, BANNER = "tray", "dbus", "banner"
MESSAGE_MS = 15000  # how long a tray message stays up

_FDN_SERVICE = "org.freedesktop.Notifications"
_FDN_PATH = "/org/freedesktop/Notifications"


def about_line(path: str) -> str:
    """About's sentence on how reminders arrive (and whether the tray can keep the app)."""
    if not path:
        return ""
    text = {
        TRAY: QCoreApplication.translate("Reminders", "Reminders: tray notifications"),
        DBUS: QCoreApplication.translate("Reminders", "Reminders: desktop notifications"),
        BANNER: QCoreApplication.translate("Reminders", "Reminders: a banner in this window"),
    }[path]
    if path != TRAY:
        text += ". " + QCoreApplication.translate(
            "Reminders",
            "This desktop has no tray, so PHT Coach cannot keep running when its window is closed.",
        )
    return f"<p>{text}</p>"


def reminder_text(kind: ReminderKind, slot: str) -> tuple[str, str]:
    """Title and body of a reminder."""
    translate = QCoreApplication.translate
    if kind is ReminderKind.MORNING:
        return (
            translate("Reminders", "Morning check-in"),
            translate("Reminders", "Time for the morning test and today's pain score."),
        )
    if kind is ReminderKind.EVENING:
        return (
            translate("Reminders", "Evening check-in"),
            translate("Reminders", "How was the tendon today? Log the evening pain score."),
        )
    return (
        translate("Reminders", "Isometrics"),
        translate("Reminders", "Time for your isometrics (%1).").replace("%1", slot),
    )


class Notifier(QObject):
    """Signal `activated(ReminderKind)`: the user clicked the reminder.

    The base class only writes the reminder to the log; each path below shows it."""

    activated = Signal(object)
    path = ""

    def notify(self, kind: ReminderKind, title: str, body: str) -> None:
        log.info("reminder (%s): %s. %s", kind.value, title, body)

    def close(self) -> None:
        """Take down anything still shown."""


class TrayNotifier(Notifier):
    """A tray balloon; clicking it opens the form of the last reminder shown."""

    path = TRAY

    def __init__(self, tray: QSystemTrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self._last: ReminderKind | None = None
        tray.messageClicked.connect(self._clicked)

    def notify(self, kind: ReminderKind, title: str, body: str) -> None:
        self._last = kind
        self._tray.showMessage(title, body, self._tray.icon(), MESSAGE_MS)

    def _clicked(self) -> None:
        if self._last is not None:
            self.activated.emit(self._last)


class DBusNotifier(Notifier):
    """org.freedesktop.Notifications: Notify with a "default" action; ActionInvoked opens
    the form of the notification clicked."""

    path = DBUS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtDBus import QDBusConnection

        self._bus = QDBusConnection.sessionBus()
        self._sent: dict[int, ReminderKind] = {}
        # The stubs say bytes, but PySide6 only accepts SLOT()'s str here (tried on a bus).
        self._bus.connect(  # type: ignore[call-overload]
            _FDN_SERVICE,
            _FDN_PATH,
            _FDN_SERVICE,
            "ActionInvoked",
            self,
            SLOT("_on_action(uint,QString)"),
        )

    @staticmethod
    def available() -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build without D-Bus (Windows, macOS)
            return False
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        reply = bus.interface().isServiceRegistered(_FDN_SERVICE)
        return bool(reply.isValid() and reply.value())

    def notify(self, kind: ReminderKind, title: str, body: str) -> None:
        from PySide6.QtDBus import QDBus, QDBusInterface, QDBusMessage

        iface = QDBusInterface(_FDN_SERVICE, _FDN_PATH, _FDN_SERVICE, self._bus)
        open_text = QCoreApplication.translate("Reminders", "Open")
        args = [APP_NAME, 0, APP_ID, title, body, ["default", open_text], {}, -1]
        reply = iface.callWithArgumentList(QDBus.CallMode.Block, "Notify", args)
        if reply.type() == QDBusMessage.MessageType.ErrorMessage:
            log.warning("desktop notification failed: %s", reply.errorMessage())
            return
        out = reply.arguments()
        if out:
            self._sent[int(out[0])] = kind

    @Slot("uint", str)
    def _on_action(self, notification_id: int, action: str) -> None:
        kind = self._sent.pop(int(notification_id), None)
        if kind is not None and action == "default":
            self.activated.emit(kind)


class ReminderBanner(QFrame):
    """A small bar at the top of the window: the reminder, Open, and Dismiss."""

    open_requested = Signal(object)  # ReminderKind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Reminder"))
        self.setStyleSheet(
            "QFrame#reminderBanner { background: palette(alternate-base);"
            " border-bottom: 1px solid palette(mid); }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(Space.M, Space.S, Space.M, Space.S)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the reminder's form"))
        self.open_button.clicked.connect(self._open)
        row.addWidget(self.open_button)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"), self)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the reminder"))
        self.dismiss_button.clicked.connect(self._next)
        row.addWidget(self.dismiss_button)
        self._queue: list[tuple[ReminderKind, str]] = []
        self.hide()

    def add(self, kind: ReminderKind, text: str) -> None:
        """Show `text` (a kind already waiting is replaced by the newer reminder)."""
        self._queue = [q for q in self._queue if q[0] is not kind]
        self._queue.append((kind, text))
        self._show_first()

    def pending(self) -> list[ReminderKind]:
        return [k for k, _ in self._queue]

    def _show_first(self) -> None:
        if not self._queue:
            self.hide()
            return
        text = self._queue[0][1]
        if len(self._queue) > 1:
            text += " " + self.tr("(%1 more)").replace("%1", str(len(self._queue) - 1))
        self.label.setText(text)
        self.show()

    def _open(self) -> None:
        if self._queue:
            kind = self._queue[0][0]
            self._next()
            self.open_requested.emit(kind)

    def _next(self) -> None:
        if self._queue:
            self._queue.pop(0)
        self._show_first()
        if not self.isHidden():
            self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)


class BannerNotifier(Notifier):
    """Reminders in the window itself, where the desktop offers nothing better."""

    path = BANNER

    def __init__(self, window: QMainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self.banner = ReminderBanner()
        self.banner.open_requested.connect(self.activated)
        # Above the sidebar and the pages: wrap the window's central widget once.
        central = window.takeCentralWidget()
        holder = QWidget()
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.banner)
        if central is not None:
            col.addWidget(central, 1)
        window.setCentralWidget(holder)

    def notify(self, kind: ReminderKind, title: str, body: str) -> None:
        self.banner.add(kind, f"<b>{title}</b> · {body}")
        QApplication.alert(self._window)  # a minimised window asks for attention

    def close(self) -> None:
        self.banner.hide()


def choose_notifier(window: QMainWindow, tray: QSystemTrayIcon | None) -> Notifier:
    """The best path this desktop offers: the tray, the notification service, the banner."""
    if tray is not None:
        return TrayNotifier(tray, window)
    if DBusNotifier.available():
        return DBusNotifier(window)
    return BannerNotifier(window)

"""One window per data dir: a second launch on it raises the first one's window.

The instance lock (`storage.lock`) is what refuses the second launch; this is the Qt side
that lets it hand over instead of failing: the running app listens on a local socket named
after the data dir (`serve_raise_requests`), and a launch that finds the lock held asks it
to raise its window (`ask_running_instance_to_raise`). QtNetwork is imported only here, in
the functions, never by the commands without a window.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)


def instance_server_name(root: Path) -> str:
    """One local-socket name per data dir, so a second launch can raise the first window."""
    digest = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    return f"phtcoach-{digest}"


def ask_running_instance_to_raise(root: Path) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(instance_server_name(root))
    if not sock.waitForConnected(500):
        return False
    sock.write(b"raise\n")
    sock.waitForBytesWritten(500)
    sock.disconnectFromServer()
    return True


def serve_raise_requests(
    parent: QObject, root: Path, bring_to_front: Callable[[], None]
) -> QLocalServer:
    """Listen on `root`'s socket (the server owned by `parent`): each launch that connects
    calls `bring_to_front`. When it cannot listen, a second launch reports the held lock."""
    from PySide6.QtNetwork import QLocalServer

    server = QLocalServer(parent)
    name = instance_server_name(root)
    QLocalServer.removeServer(name)  # a stale socket from a crashed run
    if server.listen(name):

        def raise_window() -> None:
            conn = server.nextPendingConnection()
            if conn is not None:
                conn.disconnectFromServer()
            log.info("another launch on this data folder: window raised")
            bring_to_front()

        server.newConnection.connect(raise_window)
    return server

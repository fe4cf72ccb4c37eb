"""Guard against a broken Qt binding: PySide6 6.12.0 on Python 3.11 leaks a reference to
None on every void call and aborts the process after a few thousand calls (pinned out in
pyproject.toml; this test catches a resolver or a new release bringing it back)."""

from __future__ import annotations

import subprocess
import sys


def test_void_qt_calls_do_not_leak_none() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtGui import QColor\n"
        "c = QColor()\n"
        "before = sys.getrefcount(None)\n"
        "for i in range(20000):\n"
        "    c.setRed(i % 255)\n"
        "print(sys.getrefcount(None) - before)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-500:]
    assert abs(int(run.stdout.strip())) < 100

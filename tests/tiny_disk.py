"""A really full disk for the tests that need one: a small tmpfs mounted for one test.

Mounting needs root (or a user namespace); where it is not allowed the test is skipped with
the reason, and the same behaviour is covered by the tests that inject the failure instead.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import pytest


@contextmanager
def tmpfs(where: Path, size: str = "2m") -> Iterator[Path]:
    """A `size` tmpfs mounted at `where` for the block, unmounted afterwards."""
    if not sys.platform.startswith("linux") or shutil.which("mount") is None:
        pytest.skip("a real full disk needs Linux's mount (the injected failure covers this)")
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip() or 'not root'})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def fill(disk: Path, leave: int = 0) -> Path:
    """A filler file on `disk` leaving about `leave` bytes free; with 0, every last byte
    (until the kernel says ENOSPC). Delete it to give the space back."""
    filler = disk / f"filler-{len(os.listdir(disk))}"
    block = 4096
    with filler.open("wb", buffering=0) as f:
        for _ in range(max(0, (shutil.disk_usage(disk).free - leave) // block)):
            if not _write(f, b"\0" * block):
                return filler
        if leave == 0:
            for size in (1 << 16, 4096, 512, 1):
                while _write(f, b"\0" * size):
                    pass
            try:
                os.fsync(f.fileno())
            except OSError as e:
                if e.errno != errno.ENOSPC:
                    raise
    return filler


def _write(f: BinaryIO, data: bytes) -> bool:
    """False once the disk is full."""
    try:
        f.write(data)
    except OSError as e:
        if e.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        return False
    return True

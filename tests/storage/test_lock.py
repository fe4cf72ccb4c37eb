"""Single instance: a second holder fails at once, and a dead holder frees the lock."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from phtcoach import paths
from phtcoach.storage.errors import StorageError
from phtcoach.storage.lock import AlreadyRunningError, InstanceLock

REPO = Path(__file__).resolve().parents[2]

HOLDER = """
import sys
from pathlib import Path
from phtcoach.storage.lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
lock.acquire()
print("locked", flush=True)
sys.stdin.read()  # hold until killed
"""


def test_second_lock_in_the_same_process_fails(data_dir: Path) -> None:
    path = paths.lock_path(data_dir)
    first = InstanceLock(path)
    first.acquire()
    try:
        with pytest.raises(AlreadyRunningError) as err:
            InstanceLock(path).acquire()
        assert isinstance(err.value, StorageError)
        assert str(path) in str(err.value)
        assert f"process {os.getpid()}" in str(err.value)
        assert first.held
        first.acquire()  # re-acquiring one's own lock is a no-op
    finally:
        first.release()
    second = InstanceLock(path)
    second.acquire()  # free again after release
    second.release()
    second.release()  # releasing twice is harmless
    assert not second.held


def test_context_manager_releases_even_on_error(data_dir: Path) -> None:
    path = paths.lock_path(data_dir)
    with pytest.raises(RuntimeError), InstanceLock(path):
        raise RuntimeError
    with InstanceLock(path) as lock:
        assert lock.held
    assert not lock.held


def test_lock_creates_its_directory(tmp_path: Path) -> None:
    with InstanceLock(tmp_path / "new" / "dir" / "phtcoach.lock") as lock:
        assert lock.path.exists()


def test_lock_held_by_another_process_until_it_is_killed(data_dir: Path) -> None:
    path = paths.lock_path(data_dir)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyRunningError, match=f"process {child.pid}"):
            InstanceLock(path).acquire()
    finally:
        child.kill()  # no clean-up code runs: the OS must drop the lock itself
        child.wait(timeout=10)
        if child.stdin:
            child.stdin.close()
        if child.stdout:
            child.stdout.close()
    with InstanceLock(path) as lock:
        assert lock.held


def test_a_command_holding_the_lock_is_named_to_the_next_taker(data_dir: Path) -> None:
    path = paths.lock_path(data_dir)
    with InstanceLock(path, holder="phtcoach import"):
        with pytest.raises(AlreadyRunningError) as err:
            InstanceLock(path).acquire()
        assert (err.value.pid, err.value.holder) == (os.getpid(), "phtcoach import")
        assert f"in use by `phtcoach import` (process {os.getpid()})" in str(err.value)
        assert "try again when it has finished" in str(err.value)
    path.write_text("4321\n")  # a lock file from before holders were named: the app's
    with InstanceLock(path):
        path.write_text("4321\n")
        with pytest.raises(AlreadyRunningError, match=r"already running .*\(process 4321\)"):
            InstanceLock(path).acquire()

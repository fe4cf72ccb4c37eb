"""Fixtures for the storage suite: a fake clock and a fresh store in the test's data dir."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from phtcoach.storage.repository import Store, open_store
from tests.fakes import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    s = open_store(data_dir, clock)
    yield s
    s.close()

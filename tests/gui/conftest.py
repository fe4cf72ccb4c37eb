"""Fixtures the screens' suites share."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from phtcoach.app import open_context
from phtcoach.context import AppContext
from tests.fakes import FakeClock


@pytest.fixture
def ctx(data_dir: Path, clock: FakeClock) -> Iterator[AppContext]:
    """The app's services on a fresh data dir, on the test's clock (a suite may override
    `clock`)."""
    c = open_context(data_dir, clock)
    yield c
    c.close()

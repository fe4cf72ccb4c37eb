"""The services on the test-wide fake clock and fresh store (UTC, so a test's days are the
clock's days)."""

from __future__ import annotations

from datetime import UTC

import pytest

from phtcoach.services import Services
from phtcoach.storage.repository import Store
from tests.fakes import FakeClock


@pytest.fixture
def services(store: Store, clock: FakeClock) -> Services:
    return Services(store, clock, UTC)

"""SystemLocalTime follows the system's DST rules where a fixed offset would not."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from phtcoach.core.clock import SystemLocalTime


@pytest.fixture
def london() -> Iterator[None]:
    if not os.path.exists("/usr/share/zoneinfo/Europe/London"):
        pytest.skip("no system time-zone database")
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/London"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.mark.usefixtures("london")
def test_offsets_on_both_sides_of_the_spring_change() -> None:
    tz = SystemLocalTime()
    winter = datetime(2026, 3, 28, 7, 0, tzinfo=tz)
    summer = datetime(2026, 3, 30, 7, 0, tzinfo=tz)
    assert winter.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    assert summer.utcoffset().total_seconds() == 3600  # type: ignore[union-attr]
    assert summer.astimezone(UTC) == datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
    assert summer.tzname() == "BST"


@pytest.mark.usefixtures("london")
def test_from_utc_round_trip() -> None:
    tz = SystemLocalTime()
    for hour in range(24):
        utc = datetime(2026, 10, 25, hour, 30, tzinfo=UTC)  # the autumn change day
        local = utc.astimezone(tz)
        assert local.astimezone(UTC) == utc
    assert datetime(2026, 10, 25, 0, 30, tzinfo=UTC).astimezone(tz).hour == 1  # BST
    assert datetime(2026, 10, 25, 2, 30, tzinfo=UTC).astimezone(tz).hour == 2  # GMT

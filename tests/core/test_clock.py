"""SystemLocalTime follows the system's DST rules where a fixed offset would not."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

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


# --------------------------------------------------------------------------- the day cache

ZONES = {  # zone -> a day inside each of its changes in 2026 (spring, autumn)
    "Europe/Berlin": (datetime(2026, 3, 29), datetime(2026, 10, 25)),
    "America/New_York": (datetime(2026, 3, 8), datetime(2026, 11, 1)),
    # a 30-minute change, at 02:00 local: a half-hour gap and a repeated half hour
    "Australia/Lord_Howe": (datetime(2026, 4, 5), datetime(2026, 10, 4)),
}


@pytest.fixture(params=sorted(ZONES))
def zone(request: pytest.FixtureRequest) -> Iterator[str]:
    name: str = request.param
    if not os.path.exists(f"/usr/share/zoneinfo/{name}"):
        pytest.skip("no system time-zone database")
    old = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    yield name
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def _around(day: datetime) -> list[datetime]:
    """Every 10 minutes from two days before `day` to two days after, naive."""
    start = day - timedelta(days=2)
    return [start + timedelta(minutes=10 * i) for i in range(5 * 24 * 6)]


def test_the_cache_answers_as_the_c_library_across_changes(zone: str) -> None:
    """A warm cache gives what a fresh zone computes for every instant and wall time near
    each change: UTC -> local (fromutc), local -> offset for both folds (gaps included)."""
    cached = SystemLocalTime()
    moments = [m for day in ZONES[zone] for m in _around(day)]
    for order in (moments, moments[::-1], random.Random(7).sample(moments, len(moments))):
        for m in order:
            utc = m.replace(tzinfo=UTC)
            got = utc.astimezone(cached)
            want = utc.astimezone(SystemLocalTime())  # a fresh zone: nothing cached yet
            assert (got.replace(tzinfo=None), got.fold) == (want.replace(tzinfo=None), want.fold)
            assert got.utcoffset() == want.utcoffset(), (zone, utc)
            for fold in (0, 1):
                wall = m.replace(fold=fold)
                assert cached.utcoffset(wall) == SystemLocalTime().utcoffset(wall), (zone, wall)


def test_the_cache_follows_a_change_of_zone(zone: str) -> None:
    tz = SystemLocalTime()
    summer = datetime(2026, 7, 1, 12, 0)
    here = tz.utcoffset(summer)
    os.environ["TZ"] = "UTC"
    time.tzset()
    assert tz.utcoffset(summer) == timedelta(0)
    assert datetime(2026, 7, 1, 12, 0, tzinfo=UTC).astimezone(tz).hour == 12
    os.environ["TZ"] = zone
    time.tzset()
    assert tz.utcoffset(summer) == here


def test_a_steady_day_is_answered_from_the_cache(
    zone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The point of the cache: once a day is known, no more C-library calls for it."""
    tz = SystemLocalTime()
    utc = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    wall = utc.astimezone(tz).replace(tzinfo=None)  # the same day in every zone here
    tz.utcoffset(wall)

    def refuse(*_args: object) -> None:
        raise AssertionError("asked the C library again")

    monkeypatch.setattr(time, "mktime", refuse)
    monkeypatch.setattr(time, "localtime", refuse)
    assert tz.utcoffset(wall + timedelta(minutes=17)) == tz.utcoffset(wall)
    assert (utc + timedelta(minutes=5)).astimezone(tz).tzinfo is tz

"""The user's settings: the thresholds of the rules (PROTOCOL.md), the runner, the desktop.

One frozen dataclass validated on construction, like the rest of the model: every bad value
raises `ValidationError` naming the field and its range. Stored one JSON value per field
(`storage.settings_repo`), upgraded between versions by `storage.settings_upgrade`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from phtcoach.core.checks import check_enum, check_int, check_slug, check_text
from phtcoach.core.enums import MorningTest, Side
from phtcoach.core.errors import ValidationError


class Units(StrEnum):
    KG = "kg"
    LB = "lb"


class Theme(StrEnum):
    SYSTEM = "system"  # follow the desktop's light/dark choice, live
    LIGHT = "light"
    DARK = "dark"


class Language(StrEnum):
    SYSTEM = "system"  # the desktop's language when we have it, else English
    EN = "en"
    DE = "de"


REMINDER_TIMES_MAX = 6  # isometric reminders a day: "several times a day", not a nag
_CLOCK_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def check_clock_time(name: str, value: object, *, optional: bool = False) -> str:
    """A local time of day "HH:MM" (24-hour); "" means off where `optional`."""
    if optional and value == "":
        return ""
    if not isinstance(value, str) or not _CLOCK_RE.match(value):
        allowed = "a time 00:00 to 23:59" + (", or empty for off" if optional else "")
        raise ValidationError(name, value, allowed)
    return value


@dataclass(frozen=True, slots=True)
class Settings:
    """User settings that the rules, the runner and the desktop read."""

    affected_side: Side = Side.LEFT
    affected_first: bool = True
    acceptable_ceiling: int = 3  # PROTOCOL.md: default 3/10, configurable 3-5
    response_window_h: int = 24  # 24-hour rule window, 24-36 h
    baseline_days: int = 7
    hold_sessions_after_red: int = 2  # rule 2: hold or go back for the next 2-3 sessions
    spike_warn_pct: int = 30  # load-spike guard: > 30 % 2-week rise
    red_margin: int = 1  # rule 2: a morning test more than this above baseline is red
    red_above: int = 5  # rule 2: a morning test above this is red whatever the baseline
    trend_step: int = 1  # rule 3: a weekly mean this much above last week's freezes progress
    stage_green_days: int = 7  # rule 5: green days (of the last 14) for a stage advance, 7-14
    baseline_min_mornings: int = 3  # mornings before there is any baseline *(design)*
    morning_test: MorningTest = MorningTest.SL_BRIDGE_3
    lead_in_s: int = 5
    rest_extra_s: int = 0  # added to every rest between sets and exercises
    switch_sides_s: int = 10  # the pause to change legs on single-leg work
    voice: bool = True
    ticks: bool = True
    volume: int = 80  # percent
    flash: bool = True
    output_device: str = ""  # a QMediaDevices id; "" is the system's default output
    units: Units = Units.KG
    backups_keep: int = 10
    current_template: str = "iso-5x5"
    theme: Theme = Theme.SYSTEM
    font_scale_pct: int = 100
    language: Language = Language.SYSTEM
    reminders: bool = True
    remind_morning: str = "08:00"  # "" = no morning reminder
    remind_evening: str = "21:00"
    remind_isometrics: tuple[str, ...] = ("11:00", "15:00")
    keep_in_tray: bool = False  # closing the window leaves the app (and reminders) running

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "affected_side", check_enum("settings.affected_side", self.affected_side, Side)
        )
        if self.affected_side is Side.BOTH:
            raise ValidationError("settings.affected_side", "both", "left or right")
        check_int("settings.acceptable_ceiling", self.acceptable_ceiling, 3, 5)
        check_int("settings.response_window_h", self.response_window_h, 24, 36)
        check_int("settings.baseline_days", self.baseline_days, 3, 28)
        check_int("settings.hold_sessions_after_red", self.hold_sessions_after_red, 2, 3)
        check_int("settings.spike_warn_pct", self.spike_warn_pct, 10, 100)
        check_int("settings.red_margin", self.red_margin, 1, 3)
        check_int("settings.red_above", self.red_above, 4, 7)
        check_int("settings.trend_step", self.trend_step, 1, 3)
        check_int("settings.stage_green_days", self.stage_green_days, 7, 14)
        check_int("settings.baseline_min_mornings", self.baseline_min_mornings, 3, 7)
        if self.baseline_min_mornings > self.baseline_days:
            raise ValidationError(
                "settings.baseline_min_mornings",
                self.baseline_min_mornings,
                f"3 to the baseline's {self.baseline_days} days",
            )
        object.__setattr__(
            self,
            "morning_test",
            check_enum("settings.morning_test", self.morning_test, MorningTest),
        )
        check_int("settings.lead_in_s", self.lead_in_s, 0, 60)
        check_int("settings.rest_extra_s", self.rest_extra_s, 0, 120)
        check_int("settings.switch_sides_s", self.switch_sides_s, 3, 60)
        check_int("settings.volume", self.volume, 0, 100)
        check_text("settings.output_device", self.output_device, 500)
        object.__setattr__(self, "units", check_enum("settings.units", self.units, Units))
        check_int("settings.backups_keep", self.backups_keep, 1, 100)
        check_slug("settings.current_template", self.current_template)
        object.__setattr__(self, "theme", check_enum("settings.theme", self.theme, Theme))
        check_int("settings.font_scale_pct", self.font_scale_pct, 80, 200)
        object.__setattr__(
            self, "language", check_enum("settings.language", self.language, Language)
        )
        check_clock_time("settings.remind_morning", self.remind_morning, optional=True)
        check_clock_time("settings.remind_evening", self.remind_evening, optional=True)
        times = self.remind_isometrics
        if isinstance(times, list):  # JSON gives lists
            times = tuple(times)
            object.__setattr__(self, "remind_isometrics", times)
        if not isinstance(times, tuple):
            raise ValidationError("settings.remind_isometrics", times, "a list of times")
        if len(times) > REMINDER_TIMES_MAX:
            raise ValidationError(
                "settings.remind_isometrics", len(times), f"at most {REMINDER_TIMES_MAX} times"
            )
        for t in times:
            check_clock_time("settings.remind_isometrics", t)
        if len(set(times)) != len(times):
            raise ValidationError("settings.remind_isometrics", times, "each time once")
        object.__setattr__(self, "remind_isometrics", tuple(sorted(times)))
        for name in ("affected_first", "voice", "ticks", "flash", "reminders", "keep_in_tray"):
            if not isinstance(getattr(self, name), bool):
                raise ValidationError(f"settings.{name}", getattr(self, name), "true or false")

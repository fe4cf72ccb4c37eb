"""Dates and times as the user's locale writes them, and the QDate <-> date bridge."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def day_text(d: date, *, long: bool = False) -> str:
    """'Mon 2 Mar 2026', or 'Monday 2 March 2026' with `long`, in the user's language."""
    return QLocale().toString(qdate(d), date_format(long=long))


def date_format(*, long: bool = False) -> str:
    """Qt's date pattern in the user's language: 'dddd d MMMM yyyy', German 'dddd, d. MMMM yyyy'."""
    if long:
        return QCoreApplication.translate("DateFormat", "dddd d MMMM yyyy")
    return QCoreApplication.translate("DateFormat", "ddd d MMM yyyy")


def short_day(d: date) -> str:
    """'Mon 2 Mar': lists of recent days do not need the year."""
    return QLocale().toString(qdate(d), QCoreApplication.translate("DateFormat", "ddd d MMM"))


def weekday_text(d: date) -> str:
    return QLocale().toString(qdate(d), "ddd")


TIME_FORMAT = "HH:mm"  # Qt's pattern for every time field; `time_text` writes the same


def time_text(at: datetime, tz: tzinfo | None = None) -> str:
    """Local wall-clock 'HH:MM' of a stored UTC instant (tz None: the system's zone)."""
    return at.astimezone(tz).strftime("%H:%M")


def lower_first(text: str) -> str:
    """A label inside a sentence: 'Pull a tied shoe...' -> 'pull a tied shoe...'; only the first
    letter, so German nouns later in the label keep their capital."""
    return text[:1].lower() + text[1:]


def day_time_text(at: datetime, tz: tzinfo | None = None) -> str:
    """'Wed 2 Dec 18:30': a stored UTC instant as its local day (as `short_day` writes it) and
    wall-clock time (tz None: the system's zone)."""
    return f"{short_day(at.astimezone(tz).date())} {time_text(at, tz)}"

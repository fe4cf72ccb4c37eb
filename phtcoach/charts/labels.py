"""Display names shared by the charts, the read-out and the tolerance table (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from phtcoach.core.analysis import Verdict
from phtcoach.core.model import ActivityKind

_CTX = "ProgressLabels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def kind_label(kind: ActivityKind) -> str:
    names = {
        ActivityKind.RUN: _tr("Run"),
        ActivityKind.RIDE: _tr("Ride"),
        ActivityKind.WALK: _tr("Walk"),
        ActivityKind.HIKE: _tr("Hike"),
        ActivityKind.SWIM: _tr("Swim"),
        ActivityKind.ELLIPTICAL: _tr("Elliptical"),
        ActivityKind.CLIMB: _tr("Climb"),
        ActivityKind.STRENGTH: _tr("Strength"),
        ActivityKind.OTHER: _tr("Other activity"),
    }
    return names[kind]


def kind_labels() -> dict[ActivityKind, str]:
    return {k: kind_label(k) for k in ActivityKind}


def verdict_label(verdict: Verdict) -> str:
    names = {
        Verdict.CLEARED: _tr("back to baseline"),
        Verdict.OK: _tr("up to 1 above baseline"),
        Verdict.RED: _tr("red"),
        Verdict.PENDING: _tr("waiting for the morning test"),
        Verdict.MISSED: _tr("no morning test"),
        Verdict.NO_BASELINE: _tr("no baseline yet"),
    }
    return names[verdict]


def pretty_slug(slug: str) -> str:
    """A readable fallback for an id the caller gave no display name for."""
    text = slug.replace("-", " ").replace("_", " ").strip()
    return text[:1].upper() + text[1:]

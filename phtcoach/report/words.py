"""The report's fixed words: the disclaimer and the rules it names, marked for translation
(context "Report"; `make i18n` extracts them) and translated where they are laid out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from phtcoach.core.words import QT_TRANSLATE_NOOP

DISCLAIMER = QT_TRANSLATE_NOOP(
    "Report",
    "PHT Coach gives education and structure, not diagnosis. This report lists what its user "
    "logged and the advice the app's rules gave from it (PROTOCOL.md: Silbernagel's pain-"
    "monitoring model and the staged programme of Goom et al. 2016). It is not a medical "
    "record; please judge it with your own examination.",
)

RULE_WORDS = (
    (
        "rule-1",
        QT_TRANSLATE_NOOP(
            "Report", "pain during a set above the acceptable ceiling: next set one step easier"
        ),
    ),
    (
        "rule-2",
        QT_TRANSLATE_NOOP(
            "Report",
            "24-hour check: next morning test above baseline + margin or above the red "
            "limit is red; hold or go back one step for the next sessions",
        ),
    ),
    (
        "rule-3",
        QT_TRANSLATE_NOOP(
            "Report",
            "this week's mean morning test a point or more above last week's: freeze "
            "progression, one set fewer",
        ),
    ),
    (
        "rule-4",
        QT_TRANSLATE_NOOP(
            "Report",
            "step up only when every session at the current dosage in 7 days was "
            "green or amber and cleared",
        ),
    ),
    (
        "rule-5",
        QT_TRANSLATE_NOOP(
            "Report", "stage advance when the exit criteria are met, proposed to the user"
        ),
    ),
    ("rule-6", QT_TRANSLATE_NOOP("Report", "red flags: stop and see a clinician")),
    (
        "load-spike",
        QT_TRANSLATE_NOOP(
            "Report", "activity volume up more than the set percentage over two weeks"
        ),
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)

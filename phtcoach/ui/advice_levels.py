"""How an advice level looks and reads, and the two small widgets that show it.

The colour, glyph, word and meaning of each level and the title of each rule, then the
traffic light and the finding row built from them. They sit apart from the advice card
because they are the card's vocabulary, not its layout: the card arranges them and
decides what to offer, these say what a level or a rule is called and how it is drawn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from phtcoach.core.progression import Finding, Level
from phtcoach.ui.design import Space, Tone, colours
from phtcoach.ui.text import finding_text
from phtcoach.ui.text.words import unbroken_units
from phtcoach.ui.widgets.pain_zones import ZONE_FILL, Zone

LEVEL_FILL: dict[Level, str] = {
    Level.GREEN: ZONE_FILL[Zone.GREEN][0],
    Level.AMBER: ZONE_FILL[Zone.AMBER][0],
    Level.RED: ZONE_FILL[Zone.RED][0],
    Level.INFO: "#607d8b",
    Level.PENDING: "#78909c",
}
NEUTRAL_FILL = "#78909c"
# A shape per level as well as a colour: the level must read without colour vision.
LEVEL_GLYPH: dict[Level, str] = {
    Level.GREEN: "✓",
    Level.AMBER: "⚠",
    Level.RED: "✗",
    Level.INFO: "ℹ",
    Level.PENDING: "◔",
}


def rule_title(rule: str) -> str:
    """The rule id of a finding as the muted line under its message."""
    translate = QCoreApplication.translate
    titles = {
        "rule-1-set-pain": translate("AdviceCard", "Rule 1 (pain during a set)"),
        "rule-2-24h": translate("AdviceCard", "Rule 2 (24-hour response)"),
        "rule-2-hold": translate("AdviceCard", "Rule 2 (holding after a red morning)"),
        "rule-2-pending": translate("AdviceCard", "Rule 2 (waiting for the 24-hour check)"),
        "rule-3-weekly": translate("AdviceCard", "Rule 3 (weekly trend)"),
        "rule-4-step-up": translate("AdviceCard", "Rule 4 (step up)"),
        "rule-5-stage": translate("AdviceCard", "Rule 5 (stage advance)"),
        "rule-6-red-flags": translate("AdviceCard", "Rule 6 (red flags)"),
        "rule-6-note": translate("AdviceCard", "Rule 6 (a note that may be a red flag)"),
        "load-spike-run": translate("AdviceCard", "Load-spike guard (running minutes)"),
        "load-spike-all": translate("AdviceCard", "Load-spike guard (all activity minutes)"),
        "acwr": translate("AdviceCard", "Acute:chronic ratio (information only)"),
        "morning-missing": translate("AdviceCard", "Morning test"),
        "baseline-missing": translate("AdviceCard", "Baseline"),
        "prescribed": translate("AdviceCard", "Prescribed plan (step-ups are the prescriber's)"),
    }
    return titles.get(rule, rule)


def level_word(level: Level) -> str:
    translate = QCoreApplication.translate
    words = {
        Level.GREEN: translate("AdviceCard", "Green"),
        Level.AMBER: translate("AdviceCard", "Amber"),
        Level.RED: translate("AdviceCard", "Red"),
        Level.INFO: translate("AdviceCard", "Info"),
        Level.PENDING: translate("AdviceCard", "Waiting"),
    }
    return words[level]


def rule_level_word(level: Level) -> str:
    """The level as the last word of a rule line ("Rule 2 (24-hour response) · green"): its
    own translations, since a language's nouns keep their capitals ("info" is "Hinweis")."""
    translate = QCoreApplication.translate
    words = {
        Level.GREEN: translate("RuleLine", "green"),
        Level.AMBER: translate("RuleLine", "amber"),
        Level.RED: translate("RuleLine", "red"),
        Level.INFO: translate("RuleLine", "info"),
        Level.PENDING: translate("RuleLine", "waiting"),
    }
    return words[level]


def level_meaning(level: Level) -> str:
    translate = QCoreApplication.translate
    meanings = {
        Level.GREEN: translate("AdviceCard", "on track"),
        Level.AMBER: translate("AdviceCard", "hold the load"),
        Level.RED: translate("AdviceCard", "ease off"),
        Level.INFO: translate("AdviceCard", "for information"),
        Level.PENDING: translate("AdviceCard", "for this morning's test"),
    }
    return meanings[level]


LEVEL_TONE: dict[Level, str] = {
    Level.GREEN: "green",
    Level.AMBER: "amber",
    Level.RED: "red",
    Level.INFO: "info",
    Level.PENDING: "info",
}


def level_text_colour(level: Level, widget: QWidget | None = None) -> str:
    """A level's colour for a glyph or words on the page (>= 4.5:1 in either theme)."""
    tone: Tone = getattr(colours(widget), LEVEL_TONE[level])
    return tone.text


def muted_colour(widget: QWidget) -> str:
    """The theme's muted text (>= 4.5:1 on page and card): the rule lines under messages."""
    return colours(widget).muted


class TrafficLight(QWidget):
    """A filled circle in the level's colour; the word beside it carries the meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill = NEUTRAL_FILL
        self.setFixedSize(56, 56)
        self.setAccessibleName(self.tr("Traffic light"))

    def set_fill(self, fill: str, description: str) -> None:
        self._fill = fill
        self.setAccessibleDescription(description)
        self.update()

    def fill(self) -> str:
        return self._fill

    def sizeHint(self) -> QSize:
        return QSize(56, 56)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(self.palette().color(self.foregroundRole()), 2))
        p.setBrush(QColor(self._fill))
        p.drawEllipse(QRectF(self.rect()).adjusted(3, 3, -3, -3))
        p.end()


class FindingRow(QWidget):
    """One finding: a level tag and the message, the rule in a muted line underneath."""

    def __init__(
        self,
        finding: Finding,
        names: Mapping[str, str],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.finding = finding
        words = finding_text(finding, names, today)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, Space.XS // 2, 0, Space.XS // 2)
        self.dot = dot = QLabel(LEVEL_GLYPH[finding.level], self)
        self.restyle()
        dot.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        dot.setFixedWidth(dot.fontMetrics().horizontalAdvance("⚠") + 6)
        row.addWidget(dot)
        col = QVBoxLayout()
        col.setSpacing(0)
        # Plain text: stage criteria come one per line, and ">= 90 %" must not read as markup.
        self.message = QLabel(unbroken_units(words), self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.message)
        self.rule = QLabel(
            self.tr("{rule} · {level}").format(
                rule=rule_title(finding.rule), level=rule_level_word(finding.level)
            ),
            self,
        )
        self.rule.setObjectName("ruleLine")
        self.rule.setStyleSheet(f"color: {muted_colour(self)};")
        col.addWidget(self.rule)
        row.addLayout(col, 1)
        self.setAccessibleName(f"{level_word(finding.level)}: {words}")

    def restyle(self) -> None:
        """The level glyph in the theme's tone (again after a light <-> dark switch)."""
        colour = level_text_colour(self.finding.level, self)
        self.dot.setStyleSheet(f"color: {colour}; font-weight: bold;")

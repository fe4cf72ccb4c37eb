"""The Today screen's traffic-light card: the day's advice, the rules behind it, the next step.

The light is a circle *and* a word, the rule that fired sits under each message in a muted
line ("Rule 2 (24-hour response)"), and red flags come first in a framed box: the user and
their physio must be able to see why the app said what it said (PROTOCOL.md). A proposed
step changes nothing by itself: `accept_requested` is emitted and the screen saves the
plan only then.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.progression import Advice, Finding, Level, Step, StepKind
from phtcoach.ui.widgets.feedback import error_colour
from phtcoach.ui.widgets.pain_scale import ZONE_FILL, Zone

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
    tr = QCoreApplication.translate
    titles = {
        "rule-1-set-pain": tr("AdviceCard", "Rule 1 (pain during a set)"),
        "rule-2-24h": tr("AdviceCard", "Rule 2 (24-hour response)"),
        "rule-2-hold": tr("AdviceCard", "Rule 2 (holding after a red morning)"),
        "rule-2-pending": tr("AdviceCard", "Rule 2 (waiting for the 24-hour check)"),
        "rule-3-weekly": tr("AdviceCard", "Rule 3 (weekly trend)"),
        "rule-4-step-up": tr("AdviceCard", "Rule 4 (step up)"),
        "rule-5-stage": tr("AdviceCard", "Rule 5 (stage advance)"),
        "rule-6-red-flags": tr("AdviceCard", "Rule 6 (red flags)"),
        "load-spike-run": tr("AdviceCard", "Load-spike guard (running minutes)"),
        "load-spike-all": tr("AdviceCard", "Load-spike guard (all activity minutes)"),
        "acwr": tr("AdviceCard", "Acute:chronic ratio (information only)"),
        "morning-missing": tr("AdviceCard", "Morning test"),
        "baseline-missing": tr("AdviceCard", "Baseline"),
    }
    return titles.get(rule, rule)


def level_word(level: Level) -> str:
    tr = QCoreApplication.translate
    words = {
        Level.GREEN: tr("AdviceCard", "Green"),
        Level.AMBER: tr("AdviceCard", "Amber"),
        Level.RED: tr("AdviceCard", "Red"),
        Level.INFO: tr("AdviceCard", "Info"),
        Level.PENDING: tr("AdviceCard", "Waiting"),
    }
    return words[level]


def level_meaning(level: Level) -> str:
    tr = QCoreApplication.translate
    meanings = {
        Level.GREEN: tr("AdviceCard", "on track"),
        Level.AMBER: tr("AdviceCard", "hold the load"),
        Level.RED: tr("AdviceCard", "ease off"),
        Level.INFO: tr("AdviceCard", "for information"),
        Level.PENDING: tr("AdviceCard", "for this morning's test"),
    }
    return meanings[level]


def _muted(widget: QWidget) -> str:
    c = widget.palette().color(widget.foregroundRole())
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, 170)"


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

    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        dot = QLabel(LEVEL_GLYPH[finding.level], self)
        dot.setStyleSheet(f"color: {LEVEL_FILL[finding.level]}; font-weight: bold;")
        dot.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        dot.setFixedWidth(dot.fontMetrics().horizontalAdvance("⚠") + 6)
        row.addWidget(dot)
        col = QVBoxLayout()
        col.setSpacing(0)
        # Plain text: stage criteria come one per line, and ">= 90 %" must not read as markup.
        self.message = QLabel(finding.message, self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.message)
        self.rule = QLabel(
            self.tr("{rule} · {level}").format(
                rule=rule_title(finding.rule), level=level_word(finding.level).lower()
            ),
            self,
        )
        self.rule.setObjectName("ruleLine")
        self.rule.setStyleSheet(f"color: {_muted(self)};")
        col.addWidget(self.rule)
        row.addLayout(col, 1)
        self.setAccessibleName(f"{level_word(finding.level)}: {finding.message}")


class AdviceCard(QFrame):
    """The card; `set_advice` fills it, `set_welcome` shows the first-run lesson instead."""

    accept_requested = Signal(object)  # Step
    not_now_requested = Signal(object)  # Step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adviceCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Today's advice"))
        self._advice: Advice | None = None
        self._step: Step | None = None
        self._rows: list[FindingRow] = []

        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        self.light = TrafficLight(self)
        top.addWidget(self.light, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.level_label = QLabel(self)
        lf = QFont(self.font())
        lf.setPointSizeF(self.font().pointSizeF() * 1.3)
        lf.setBold(True)
        self.level_label.setFont(lf)
        titles.addWidget(self.level_label)
        self.headline = QLabel(self)
        hf = QFont(self.font())
        hf.setPointSizeF(self.font().pointSizeF() * 1.25)
        self.headline.setFont(hf)
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        titles.addWidget(self.headline)
        self.headline_rule = QLabel(self)
        self.headline_rule.setObjectName("ruleLine")
        titles.addWidget(self.headline_rule)
        top.addLayout(titles, 1)
        root.addLayout(top)

        self.red_flags = QLabel(self)
        self.red_flags.setObjectName("redFlags")
        self.red_flags.setWordWrap(True)
        self.red_flags.hide()
        root.addWidget(self.red_flags)

        self.findings_box = QWidget(self)
        self._findings_layout = QVBoxLayout(self.findings_box)
        self._findings_layout.setContentsMargins(0, 4, 0, 0)
        self._findings_layout.setSpacing(4)
        root.addWidget(self.findings_box)

        self.step_box = QFrame(self)
        self.step_box.setObjectName("stepBox")
        self.step_box.setFrameShape(QFrame.Shape.StyledPanel)
        step_layout = QVBoxLayout(self.step_box)
        self.step_title = QLabel(self.step_box)
        sf = QFont(self.font())
        sf.setBold(True)
        self.step_title.setFont(sf)
        self.step_title.setWordWrap(True)
        step_layout.addWidget(self.step_title)
        self.step_reason = QLabel(self.step_box)
        self.step_reason.setWordWrap(True)
        step_layout.addWidget(self.step_reason)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Accept"), self.step_box)
        self.accept_button.setAutoDefault(True)
        self.accept_button.clicked.connect(self._accept)
        self.not_now_button = QPushButton(self.tr("&Not now"), self.step_box)
        self.not_now_button.setAutoDefault(True)
        self.not_now_button.clicked.connect(self._not_now)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.not_now_button)
        buttons.addStretch(1)
        step_layout.addLayout(buttons)
        self.step_box.hide()
        root.addWidget(self.step_box)

        self.disclaimer = QLabel(
            self.tr("Education and structure, not diagnosis: your clinician has the last word."),
            self,
        )
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setObjectName("ruleLine")
        root.addWidget(self.disclaimer)

    # ------------------------------------------------------------------ API

    def advice(self) -> Advice | None:
        return self._advice

    def step(self) -> Step | None:
        """The step currently offered with Accept / Not now (None when none is)."""
        return self._step

    def finding_rows(self) -> list[FindingRow]:
        return list(self._rows)

    def text(self) -> str:
        """Everything the card says, for tests and for copying into a message to a physio."""
        parts = [self.level_label.text(), self.headline.text(), self.headline_rule.text()]
        if self.red_flags.isVisibleTo(self):
            parts.append(self.red_flags.text())
        for r in self.finding_rows():
            parts += [r.message.text(), r.rule.text()]
        if self.step_box.isVisibleTo(self):
            parts += [self.step_title.text(), self.step_reason.text()]
        return "\n".join(p for p in parts if p)

    def set_advice(
        self,
        advice: Advice,
        *,
        names: Mapping[str, str],
        current: str,
        offer_step: bool = True,
    ) -> None:
        """Show `advice`; `names` maps template ids to display names, `current` is the plan."""
        self._advice = advice
        self._restyle()
        fill = LEVEL_FILL[advice.level]
        word = level_word(advice.level)
        self.light.set_fill(fill, word)
        self.level_label.setText(
            self.tr("{word}: {meaning}").format(word=word, meaning=level_meaning(advice.level))
        )
        self.headline.setText(advice.headline)
        lead = next((f for f in advice.findings if f.message == advice.headline), None)
        self.headline_rule.setText("" if lead is None else rule_title(lead.rule))
        self.headline_rule.setVisible(lead is not None)

        if advice.red_flags:
            items = "".join(f"<li>{_esc(f)}</li>" for f in advice.red_flags)
            self.red_flags.setText(
                "<b>"
                + _esc(self.tr("⚠ Red flag: stop and see a clinician before training again."))
                + f"</b><ul style='margin:0'>{items}</ul>"
            )
            self.red_flags.setAccessibleName(
                self.tr("Red flags: stop and see a clinician. {flags}").format(
                    flags="; ".join(advice.red_flags)
                )
            )
            self.red_flags.show()
        else:
            self.red_flags.hide()

        self._clear_findings()
        for f in advice.findings:
            if f is lead:
                continue
            row = FindingRow(f, self.findings_box)
            self._findings_layout.addWidget(row)
            self._rows.append(row)

        self._show_step(advice.next_step, names, current, offer_step)
        if self.step_reason.text() == advice.headline:
            self.step_reason.hide()
        self.setAccessibleDescription(advice.headline)

    def set_welcome(self, title: str, lines: list[str]) -> None:
        """The empty state: what to log first instead of a meaningless green light."""
        self._advice = None
        self._restyle()
        self.light.set_fill(NEUTRAL_FILL, title)
        self.level_label.setText(title)
        self.headline.setText(lines[0] if lines else "")
        self.headline_rule.hide()
        self.red_flags.hide()
        self._clear_findings()
        for line in lines[1:]:
            lab = QLabel("• " + line, self.findings_box)
            lab.setWordWrap(True)
            self._findings_layout.addWidget(lab)
        self._step = None
        self.step_box.hide()

    # ------------------------------------------------------------------ internals

    def _show_step(
        self, step: Step | None, names: Mapping[str, str], current: str, offer: bool
    ) -> None:
        self._step = None
        if step is None:
            self.step_box.hide()
            return
        target = step.template_id
        name = names.get(target, target) if target is not None else None
        actionable = (
            step.kind in (StepKind.UP, StepKind.DOWN, StepKind.STAGE)
            and target is not None
            and target != current
        )
        if step.kind is StepKind.UP:
            title = self.tr("Proposed: step up to {name}").format(name=name)
        elif step.kind is StepKind.DOWN:
            title = self.tr("Proposed: step back to {name}").format(name=name)
        elif step.kind is StepKind.STAGE:
            title = (
                self.tr("Proposed: move to the next stage with {name}").format(name=name)
                if name
                else self.tr("Proposed: move to the next stage (choose it in Programme)")
            )
        else:
            title = self.tr("Plan: stay on {name}").format(name=names.get(current, current))
        self.step_title.setText(title)
        self.step_reason.setText(step.reason)
        self.step_reason.show()
        show_buttons = actionable and offer
        self.accept_button.setVisible(show_buttons)
        self.not_now_button.setVisible(show_buttons)
        if show_buttons:
            self._step = step
            self.accept_button.setText(self.tr("&Accept: switch to {name}").format(name=name))
        elif actionable:
            self.step_reason.setText(
                step.reason + " " + self.tr("(Not now: it will be offered again tomorrow.)")
            )
        self.step_box.show()

    def _clear_findings(self) -> None:
        self._rows = []
        while self._findings_layout.count():
            item = self._findings_layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()
                w.deleteLater()

    def _restyle(self) -> None:
        muted = _muted(self)
        red = error_colour(self)
        for lab in self.findChildren(QLabel, "ruleLine"):
            lab.setStyleSheet(f"color: {muted};")
        self.red_flags.setStyleSheet(
            f"color: {red}; border: 2px solid {red}; border-radius: 6px; padding: 8px;"
        )

    def _accept(self) -> None:
        if self._step is not None:
            self.accept_requested.emit(self._step)

    def _not_now(self) -> None:
        if self._step is not None:
            self.not_now_requested.emit(self._step)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""The Today screen's traffic-light card: the day's advice, the rules behind it, the next step.

The light is a circle *and* a word, the rule that fired sits under each message in a muted
line ("Rule 2 (24-hour response)"), and red flags come first in a framed box: the user and
their physio must be able to see why the app said what it said (PROTOCOL.md). A proposed
step changes nothing by itself: `accept_requested` is emitted and the screen saves the
plan only then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.progression import Advice, Step, StepKind
from phtcoach.ui.advice_levels import (
    LEVEL_FILL,
    NEUTRAL_FILL,
    FindingRow,
    TrafficLight,
    level_meaning,
    level_word,
    muted_colour,
    rule_title,
)
from phtcoach.ui.design import Card, Space, TextStyle, card_layout, set_text_style
from phtcoach.ui.text import headline_text, red_flag_text, step_reason_text
from phtcoach.ui.text.words import bullets_html, unbroken_units
from phtcoach.ui.widgets.feedback import error_colour


class AdviceCard(Card):
    """The card; `set_advice` fills it, `set_welcome` shows the first-run lesson instead."""

    accept_requested = Signal(object)  # Step
    not_now_requested = Signal(object)  # Step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("adviceCard", parent)
        self.setAccessibleName(self.tr("Today's advice"))
        self._advice: Advice | None = None
        self._step: Step | None = None
        self._rows: list[FindingRow] = []

        root = QVBoxLayout(self)
        card_layout(root)
        top = QHBoxLayout()
        self.light = TrafficLight(self)
        top.addWidget(self.light, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(Space.XS)
        self.level_label = QLabel(self)
        set_text_style(self.level_label, TextStyle.HEADING)
        titles.addWidget(self.level_label)
        self.headline = QLabel(self)
        set_text_style(self.headline, TextStyle.LEAD)
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
        self._findings_layout.setContentsMargins(0, Space.XS, 0, 0)
        self._findings_layout.setSpacing(Space.XS)
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
        # Plain spaces for a message to a physio (the labels keep "30 %" on one line).
        return "\n".join(p for p in parts if p).replace("\u00a0", " ")

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
        headline = headline_text(advice, names)
        self.headline.setText(unbroken_units(headline))
        lead = advice.lead
        self.headline_rule.setText("" if lead is None else rule_title(lead.rule))
        self.headline_rule.setVisible(lead is not None)

        if advice.red_flags:
            flags = [red_flag_text(f) for f in advice.red_flags]
            items = "".join(f"<li>{_esc(f)}</li>" for f in flags)
            self.red_flags.setText(
                "<b>"
                + _esc(self.tr("⚠ Red flag: stop and see a clinician before training again."))
                + f"</b><ul style='margin:0'>{items}</ul>"
            )
            self.red_flags.setAccessibleName(
                self.tr("Red flags: stop and see a clinician. {flags}").format(
                    flags="; ".join(flags)
                )
            )
            self.red_flags.show()
        else:
            self.red_flags.hide()

        self._clear_findings()
        for f in advice.findings:
            if f is lead:
                continue
            row = FindingRow(f, names, advice.date, self.findings_box)
            self._findings_layout.addWidget(row)
            self._rows.append(row)

        self._show_step(advice.next_step, names, current, offer_step, advice.date)
        if self.step_reason.text() == headline:
            self.step_reason.hide()
        self.setAccessibleDescription(headline)

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
            lab = QLabel(bullets_html([line]), self.findings_box)
            lab.setTextFormat(Qt.TextFormat.RichText)
            lab.setWordWrap(True)
            self._findings_layout.addWidget(lab)
        self._step = None
        self.step_box.hide()

    # ------------------------------------------------------------------ internals

    def _show_step(
        self,
        step: Step | None,
        names: Mapping[str, str],
        current: str,
        offer: bool,
        today: dt.date,
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
        reason = step_reason_text(step, names, today)
        self.step_title.setText(title)
        self.step_reason.setText(reason)
        self.step_reason.show()
        show_buttons = actionable and offer
        self.accept_button.setVisible(show_buttons)
        self.not_now_button.setVisible(show_buttons)
        if show_buttons:
            self._step = step
            self.accept_button.setText(self.tr("&Accept: switch to {name}").format(name=name))
        elif actionable:
            self.step_reason.setText(
                reason + " " + self.tr("(Not now: it will be offered again tomorrow.)")
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

    def theme_changed(self) -> None:
        super().theme_changed()
        self._restyle()

    def _restyle(self) -> None:
        muted = muted_colour(self)
        red = error_colour(self)
        for lab in self.findChildren(QLabel, "ruleLine"):
            lab.setStyleSheet(f"color: {muted};")
        for row in self._rows:
            row.restyle()
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

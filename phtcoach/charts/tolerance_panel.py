"""The Progress page's tolerance panel: what tends to flare you, factor by factor.

Each row is one factor of the personal load-response model (core/tolerance_model.py): what
was done, the verdict (no stronger than its interval), the effect on the next morning, the
80 % interval and the days behind it; the tooltip says the whole line. Most likely to flare
first. The old counts (how often a worse morning followed each kind) stay one click away.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from phtcoach.charts.tolerance import ToleranceTable
from phtcoach.core.tolerance_model import LEVEL, ToleranceModel, Verdict
from phtcoach.ui.text.tolerance import (
    dose_line,
    effect_line,
    effect_name,
    signed,
    verdict_rule,
    verdict_words,
)

Names = Mapping[str, str]


class ToleranceEffects(QTableWidget):
    """The model's factors, one per row, in the order the model ranks them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("toleranceEffects")
        self.setAccessibleName(self.tr("What tends to flare you"))
        self.setAccessibleDescription(
            self.tr("Each factor's effect on the next morning, its interval and its verdict")
        )
        self.setHorizontalHeaderLabels(
            [
                self.tr("Factor"),
                self.tr("Verdict"),
                self.tr("Next morning"),
                self.tr("{level} % interval").format(level=round(LEVEL * 100)),
                self.tr("Days"),
            ]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c in (2, 3, 4):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)

    def set_model(
        self, model: ToleranceModel, exercises: Names, templates: Names, ceiling: int
    ) -> None:
        self.setRowCount(len(model.effects))
        for r, e in enumerate(model.effects):
            line = effect_line(e)
            name = effect_name(e, exercises, templates, ceiling)
            cells = [
                name,
                verdict_words(e),
                signed(e.effect),
                f"{signed(e.low)} … {signed(e.high)}",
                str(e.days),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{name}: {verdict_words(e)}\n{line}")
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if e.verdict is Verdict.LIKELY_WORSE and c in (0, 1):
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(r, c, item)
        self.resizeRowsToContents()

    def displayed_rows(self) -> list[list[str]]:
        return [
            [item.text() if (item := self.item(r, c)) else "" for c in range(self.columnCount())]
            for r in range(self.rowCount())
        ]


class TolerancePanel(QWidget):
    """Heading, the rule behind the verdicts, the factors, dose lines, and the old counts."""

    def __init__(self, counts: ToleranceTable | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tolerancePanel")
        self.effects = ToleranceEffects()
        self.counts = counts or ToleranceTable()
        self.heading = QLabel(self.tr("What tends to flare you"))
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setBuddy(self.effects)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setObjectName("toleranceCaption")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setObjectName("toleranceEmpty")
        self.doses = QLabel()
        self.doses.setWordWrap(True)
        self.doses.setObjectName("toleranceDoses")
        self.doses.setAccessibleName(self.tr("Dose"))
        self.show_counts = QPushButton(self.tr("Show the &counts"))
        self.show_counts.setCheckable(True)
        self.show_counts.setAccessibleName(self.tr("Show how often a worse morning followed each"))
        self.show_counts.setToolTip(
            self.tr(
                "The older view: per exercise and activity kind, how often the next morning "
                "was worse"
            )
        )
        self.show_counts.toggled.connect(self._toggle_counts)

        self.stack = QStackedWidget()
        model_page = QWidget()
        box = QVBoxLayout(model_page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.empty)
        box.addWidget(self.effects, 1)
        box.addWidget(self.doses)
        self.stack.addWidget(model_page)
        self.stack.addWidget(self.counts)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_counts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.stack, 1)
        self.set_model(ToleranceModel((), (), 0, 0.0), {}, {}, 3)

    def _toggle_counts(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on else 0)
        self.show_counts.setText(self.tr("Show the &model") if on else self.tr("Show the &counts"))
        if on:
            self.heading.setText(self.tr("Tolerance: what was followed by a worse morning"))
            self.heading.setBuddy(self.counts)
            self.caption.setText(
                self.tr(
                    "Per exercise and activity kind: days done, how many next mornings were "
                    "above your baseline, and the mean change. Sort by any column."
                )
            )
        else:
            self.heading.setText(self.tr("What tends to flare you"))
            self.heading.setBuddy(self.effects)
            self.caption.setText(self._model_caption)

    def set_model(
        self, model: ToleranceModel, exercises: Names, templates: Names, ceiling: int
    ) -> None:
        self.effects.set_model(model, exercises, templates, ceiling)
        if model.effects:
            self._model_caption = self.tr(
                "Every factor of the last year together, from {n} mornings, so a hilly run is "
                "told apart from the session done the same day. {rule}"
            ).format(n=model.mornings, rule=verdict_rule())
            self.empty.hide()
        else:
            self._model_caption = verdict_rule()
            self.empty.setText(
                self.tr(
                    "Not enough data yet: log morning tests and what you do, and each factor's "
                    "effect on the next morning shows here."
                )
            )
            self.empty.show()
        self.effects.setVisible(bool(model.effects))
        self.doses.setText("\n".join(dose_line(d) for d in model.doses))
        self.doses.setVisible(bool(model.doses))
        self._toggle_counts(self.show_counts.isChecked())

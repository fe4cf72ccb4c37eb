"""The Progress page's tolerance panel: what tends to flare you, factor by factor.

Each entry is one factor of the personal load-response model (core/tolerance_model.py): what
was done and the verdict (no stronger than its interval), then the effect on the next
morning with the 80 % interval and the days behind it. Most likely to flare
first. The old counts (how often a worse morning followed each kind) stay one click away.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from phtcoach.charts.tolerance import ToleranceTable
from phtcoach.core.tolerance_model import ToleranceModel, Verdict
from phtcoach.ui.text.tolerance import (
    dose_line,
    effect_line,
    effect_name,
    verdict_rule,
    verdict_words,
)

Names = Mapping[str, str]


class ToleranceEffects(QListWidget):
    """The model's factors in the order the model ranks them, one two-line entry each: what
    was done and the verdict, then the effect with its interval and days (the whole sentence
    fits a narrow side panel, where five columns would cut every name).

    It is as tall as its entries (scrolling only when the page is shorter), so on a tall
    window the dose lines sit right under the last factor, not under an empty list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self._content_height = 0
        self.setObjectName("toleranceEffects")
        self.setAccessibleName(self.tr("What tends to flare you"))
        self.setAccessibleDescription(
            self.tr("Each factor's effect on the next morning, its interval and its verdict")
        )
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSpacing(1)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def content_height(self) -> int:
        """The height that shows every entry without scrolling, at the current width."""
        if self.count() == 0:
            return 0
        last = self.visualRect(self.model().index(self.count() - 1, 0))
        bottom = last.bottom() + 1 + self.verticalOffset() + self.spacing()
        return bottom + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        height = max(self.minimumSizeHint().height(), self._content_height)
        return QSize(super().sizeHint().width(), height)

    def _fit_height(self) -> None:
        height = self.content_height()
        if height != self._content_height:
            self._content_height = height
            self.updateGeometry()

    def updateGeometries(self) -> None:
        """After each layout of the entries (a new model, a new width): fit to them."""
        super().updateGeometries()
        self._fit_height()

    def set_model(
        self, model: ToleranceModel, exercises: Names, templates: Names, ceiling: int
    ) -> None:
        self.clear()
        self._rows = []
        for e in model.effects:
            name = effect_name(e, exercises, templates, ceiling)
            verdict = verdict_words(e)
            line = effect_line(e)
            item = QListWidgetItem(
                self.tr("{factor}: {verdict}").format(factor=name, verdict=verdict) + "\n" + line
            )
            item.setToolTip(f"{name}: {verdict}\n{line}")
            if e.verdict is Verdict.LIKELY_WORSE:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.addItem(item)
            self._rows.append([name, verdict, line])

    def displayed_rows(self) -> list[list[str]]:
        """(factor, verdict, effect line) per entry, in the order shown."""
        return [list(r) for r in self._rows]


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
        self.doses.setAccessibleName(self.tr("Long against short"))
        self.doses.setToolTip(
            self.tr(
                "For each activity: how much higher (+) or lower (-) the next morning's pain "
                "was, in points on the 0-10 scale, after a long one and after a shorter one"
            )
        )
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
        box.addWidget(self.effects)
        box.addWidget(self.doses)
        box.addStretch(1)
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

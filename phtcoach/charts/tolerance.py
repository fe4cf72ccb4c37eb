"""The tolerance table: which exercises and activities were followed by a worse morning.

A thin Qt model over `core.analysis.tolerance_table` rows. Sorting goes through a proxy
that sorts on the raw numbers (SORT_ROLE), so "10 %" sorts after "9 %" and unknown
values (no baseline yet) sort last rather than as text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from phtcoach.charts.labels import kind_label, pretty_slug
from phtcoach.core.analysis import ToleranceRow, ToleranceSource
from phtcoach.core.model import ActivityKind
from phtcoach.core.words import signed
from phtcoach.ui.design import style_table

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("name", "occurrences", "worse", "rate", "mean_delta")

_Index = QModelIndex | QPersistentModelIndex


def _fmt_delta(x: float | None) -> str:
    if x is None:
        return "–"
    # One decimal everywhere: "+0.12" beside "−0.5" reads as two scales.
    return signed(x, fixed=True)


class ToleranceTableModel(QAbstractTableModel):
    """Rows of ToleranceRow; `name_of` turns an exercise slug / activity kind into a label."""

    def __init__(
        self,
        rows: Sequence[ToleranceRow] = (),
        name_of: Callable[[ToleranceRow], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self._name_of = name_of or (lambda r: r.key)

    def set_rows(
        self, rows: Sequence[ToleranceRow], name_of: Callable[[ToleranceRow], str] | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if name_of is not None:
            self._name_of = name_of
        self.endResetModel()

    def row_at(self, row: int) -> ToleranceRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  # Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("Name"),
            self.tr("Days"),
            self.tr("Worse"),
            self.tr("Rate"),
            self.tr("Δ"),
        )
        tips = (
            self.tr("Exercise or activity kind"),
            self.tr("Days it was done with a known next-morning result"),
            self.tr("Of those, days the next morning test was above the baseline"),
            self.tr("Worse mornings as a share of the days"),
            self.tr("Mean of next morning minus baseline (negative is better)"),
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return titles[section]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return tips[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == 0:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(r, col)
        if role == SORT_ROLE:
            return self._sort_key(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != "name":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == "name":
            # The cell may be elided: the tooltip always carries the whole name.
            if r.source is ToleranceSource.EXERCISE:
                how = self.tr("Exercise: judged by the 24-hour response of the day's last session")
            else:
                how = self.tr("Activity: judged by the next morning test")
            return f"{self._name_of(r)}\n{how}"
        return None

    def _display(self, r: ToleranceRow, col: str) -> str:
        if col == "name":
            return self._name_of(r)
        if col == "occurrences":
            return str(r.occurrences)
        if col == "worse":
            return str(r.worse)
        if col == "rate":
            return "–" if r.rate is None else f"{round(r.rate * 100):d} %"
        return _fmt_delta(r.mean_delta)

    def _sort_key(self, r: ToleranceRow, col: str) -> object:
        if col == "name":
            return self._name_of(r).casefold()
        value = {
            "occurrences": r.occurrences,
            "worse": r.worse,
            "rate": r.rate,
            "mean_delta": r.mean_delta,
        }[col]
        return float("-inf") if value is None else float(value)


class ToleranceTable(QTableView):
    """The sortable tolerance view shown beside the charts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toleranceTable")
        self.setAccessibleName(self.tr("Tolerance table"))
        self.setAccessibleDescription(
            self.tr("How often each exercise and activity was followed by a worse morning")
        )
        self.source_model = ToleranceTableModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # worst tolerated first
        style_table(self)  # rows, no grid, one line per row (a tooltip has the whole name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # similar names differ at the end
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Numbers get just their width (title, widest value, sort arrow); the names get
        # the rest, never less than their own header title ("Name": the heading above
        # says exercise or activity, and a long header was clipped in the side panel).
        fm = header.fontMetrics()
        fixed = 0
        for c in range(1, len(COLUMNS)):
            title = str(self.source_model.headerData(c, Qt.Orientation.Horizontal))
            sample = {"rate": "100 %", "mean_delta": "+0.0"}.get(COLUMNS[c], "999")
            widest = max(fm.horizontalAdvance(title), fm.horizontalAdvance(sample))
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(c, widest + 18)
            fixed += widest + 18
        name_title = str(self.source_model.headerData(0, Qt.Orientation.Horizontal))
        name_w = fm.horizontalAdvance(name_title) + 30  # margins and the sort arrow
        scroll_w = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(fixed + name_w + scroll_w + 2 * self.frameWidth())
        header.sectionResized.connect(self._rewrap)

    def _rewrap(self, *_args: object) -> None:
        self.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.resizeRowsToContents()

    def set_rows(
        self,
        rows: Sequence[ToleranceRow],
        exercise_names: Mapping[str, str] | None = None,
        kind_names: Mapping[ActivityKind, str] | None = None,
    ) -> None:
        ex = dict(exercise_names or {})
        kinds = dict(kind_names or {})

        def name_of(r: ToleranceRow) -> str:
            if r.source is ToleranceSource.EXERCISE:
                return ex.get(r.key) or pretty_slug(r.key)
            try:
                return kinds.get(ActivityKind(r.key)) or kind_label(ActivityKind(r.key))
            except ValueError:
                return r.key

        self.source_model.set_rows(rows, name_of)
        self.resizeRowsToContents()

    def displayed_rows(self) -> list[list[str]]:
        """The table as shown (sorted), cell texts by row: what tests and screen readers see."""
        p = self.proxy
        return [
            [str(p.data(p.index(r, c))) for c in range(p.columnCount())]
            for r in range(p.rowCount())
        ]

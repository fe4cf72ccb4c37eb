"""pyqtgraph, bound to PySide6 and configured once.

pyqtgraph binds to whichever Qt binding is already imported, so PySide6 is imported
first here and every chart module imports `pg` from this module, never directly.
Colours are set per widget (see theme.py), never through the global config, so a light
and a dark chart can live in one process (and tests can switch palettes).
"""

from __future__ import annotations

from PySide6 import QtCore  # noqa: F401  # must be loaded before pyqtgraph picks a binding

# isort: split
import pyqtgraph as pg
from pyqtgraph.graphicsItems import DateAxisItem as date_axis  # noqa: N813  # the module

pg.setConfigOptions(antialias=True)

__all__ = ["date_axis", "pg"]

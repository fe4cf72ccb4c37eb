"""Your data out and back in: export (JSON, CSV folder, XLSX) and import (JSON, CSV folder)."""

from __future__ import annotations

from phtcoach.services.exchange.export import FORMATS, ExportCancelledError, ExportService
from phtcoach.services.exchange.importer import (
    ImportCancelledError,
    ImportProblemsError,
    ImportReport,
    ImportService,
)

__all__ = [
    "FORMATS",
    "ExportCancelledError",
    "ExportService",
    "ImportCancelledError",
    "ImportProblemsError",
    "ImportReport",
    "ImportService",
]

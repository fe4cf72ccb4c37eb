"""The failures a service call can end in, named so callers above services need not import
storage: a refused value (ValidationError, from core) or a database that did not take the
write (StorageError). Both carry a message fit to show the user as it is. The start-up's
problems with the database (damaged, another app's, newer, read-only, no room for the
start-up backup) are StorageError's kinds, named here for the window's start-up questions."""

from __future__ import annotations

from phtcoach.core.errors import DataFormatError, UnknownTemplateError, ValidationError
from phtcoach.storage.errors import (
    BackupSpaceError,
    CorruptDatabaseError,
    DiskFullError,
    ForeignDatabaseError,
    NewerSchemaError,
    ReadOnlyError,
    StorageError,
)

__all__ = [
    "BackupSpaceError",
    "CorruptDatabaseError",
    "DataFormatError",
    "DiskFullError",
    "ForeignDatabaseError",
    "NewerSchemaError",
    "ReadOnlyError",
    "StorageError",
    "UnknownTemplateError",
    "ValidationError",
]

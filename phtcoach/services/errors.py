"""The failures a service call can end in, named so callers above services need not import
storage: a refused value (ValidationError, from core) or a database that did not take the
write (StorageError). Both carry a message fit to show the user as it is."""

from __future__ import annotations

from phtcoach.core.errors import DataFormatError, UnknownTemplateError, ValidationError
from phtcoach.storage.db import StorageError

__all__ = ["DataFormatError", "StorageError", "UnknownTemplateError", "ValidationError"]

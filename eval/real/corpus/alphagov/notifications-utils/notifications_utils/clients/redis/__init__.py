from datetime import UTC, datetime

from .request_cache import RequestCache  # noqa: F401 (unused import)













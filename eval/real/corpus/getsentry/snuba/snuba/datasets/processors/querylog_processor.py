from __future__ import annotations

from snuba.datasets.processors.rust_compat_processor import RustCompatProcessor






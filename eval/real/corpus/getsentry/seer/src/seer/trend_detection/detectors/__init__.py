




from . import cusum_detection  # noqa # usort: skip

from arroyo.processing.processor import StreamProcessor



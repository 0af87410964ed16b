"""Logging for the window: a ring buffer for crash reports and a rotating log file."""

from __future__ import annotations

import collections
import logging
import logging.handlers
import threading
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RingBufferHandler(logging.Handler):
    """Keep the last `capacity` formatted log lines in memory for the crash dialog."""

    def __init__(self, capacity: int = 500) -> None:
        super().__init__()
        self._lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self._lines_lock = threading.Lock()
        self.setFormatter(logging.Formatter(LOG_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:  # noqa: BLE001 - a broken log call must not break the caller
            self.handleError(record)
            return
        with self._lines_lock:
            self._lines.append(line)

    def text(self) -> str:
        """Return the buffered lines, oldest first, one per line."""
        with self._lines_lock:
            return "\n".join(self._lines)


_ring: RingBufferHandler | None = None


def ring_buffer() -> RingBufferHandler:
    """Return the process-wide ring buffer, attaching it to the root logger on first use."""
    global _ring
    if _ring is None:
        _ring = RingBufferHandler()
        _ring.setLevel(logging.DEBUG)
        logging.getLogger().addHandler(_ring)
    return _ring


def setup_logging(log_dir: Path | None, level: int = logging.INFO) -> None:
    """Send log lines to the ring buffer and, when `log_dir` is given, to a rotating file."""
    root = logging.getLogger()
    root.setLevel(level)
    ring_buffer()
    if log_dir is None:
        return
    log_dir.mkdir(parents=True, exist_ok=True)
    file_handler = logging.handlers.RotatingFileHandler(
        log_dir / "studio.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(file_handler)

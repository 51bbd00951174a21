"""A one-line terminal progress bar for long commands (stderr; plain lines when not a TTY)."""

from __future__ import annotations

import sys
import time


def human_duration(seconds: float) -> str:
    if seconds != seconds or seconds == float("inf"):
        return "?"
    s = int(round(seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"


def human_count(n: float) -> str:
    for unit, div in (("M", 1e6), ("k", 1e3)):
        if abs(n) >= div:
            return f"{n / div:.1f}{unit}"
    return f"{n:.0f}"


class ProgressLine:
    """Redraws one status line on a terminal; elsewhere prints a line every ``every`` seconds."""

    def __init__(self, stream=None, every: float = 5.0, width: int = 24) -> None:
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.every, self.width = every, width
        self._last = time.monotonic()  # not a tty: the first line after ``every`` seconds
        self._drawn = False

    def update(self, fraction: float, text: str) -> None:
        now = time.monotonic()
        fraction = min(max(fraction, 0.0), 1.0)
        if self.tty:
            fill = int(round(fraction * self.width))
            bar = "#" * fill + "-" * (self.width - fill)
            self.stream.write(f"\r[{bar}] {fraction * 100:5.1f}% {text}\x1b[K")
            self.stream.flush()
            self._drawn = True
        elif now - self._last >= self.every:
            self._last = now
            self.stream.write(f"{fraction * 100:5.1f}% {text}\n")
            self.stream.flush()

    def message(self, text: str) -> None:
        """A line of its own (the bar is redrawn on the next update)."""
        if self.tty and self._drawn:
            self.stream.write("\r\x1b[K")
        self.stream.write(text + "\n")
        self.stream.flush()
        self._drawn = False

    def close(self) -> None:
        if self.tty and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False

"""How the pages write sizes and durations: ``1.5 MB``, ``2:05``, ``1:02:03``."""

from __future__ import annotations

import math


def human_size(n: float) -> str:
    """Bytes as B, KB, MB or GB (1024-based), one decimal above bytes."""
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:,.1f} {unit}"
        n /= 1024
    return str(n)


def fmt_seconds(s: float) -> str:
    """Seconds as ``m:ss`` or ``h:mm:ss``; a dash for an unknown (NaN, negative) duration."""
    if not math.isfinite(s) or s < 0:
        return "–"
    s = int(round(s))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"

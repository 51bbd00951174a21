"""Helpers shared by the benchmark scripts: where the shared data lives, timers, memory."""

from __future__ import annotations

import os
import resource
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("W2V_SHARED", REPO.parent / "shared"))
DATA = SHARED / "data"


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def require(path: Path) -> Path:
    if not path.exists():
        raise SystemExit(f"benchmark data not found: {path} "
                         "(expected ../shared/data beside the repo)")
    return path

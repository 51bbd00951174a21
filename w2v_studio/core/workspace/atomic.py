"""Atomic writes: a temp file or folder in the same folder, then a rename (or a swap)."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO


def _umask_mode(default: int = 0o666) -> int:
    mask = os.umask(0)
    os.umask(mask)
    return default & ~mask


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike, suffix: str = ".tmp") -> Iterator[Path]:
    """A temp file path beside ``path`` for a writer that wants a file name (an image
    exporter); on success the file replaces ``path``, on error it vanishes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, _umask_mode())  # mkstemp makes 0600; a normal file follows the umask
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8",
                 newline: str | None = None) -> Iterator[IO]:
    """Open a temp file beside ``path``; on success it replaces ``path``, on error it vanishes.

    >>> with atomic_write("out.txt") as f:   # doctest: +SKIP
    ...     f.write("hello")
    """
    with atomic_path(path) as tmp:
        kw = {} if "b" in mode else {"encoding": encoding, "newline": newline}
        with open(tmp, mode, **kw) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())


class NotReplaceable(FileExistsError):
    """The path exists and is not something the app may replace (a file, a user's folder)."""


def _replaceable(path: Path, may_replace: Callable[[Path], bool] | None) -> None:
    if not os.path.lexists(path):
        return
    if path.is_symlink() or not path.is_dir():
        raise NotReplaceable(f"{path} exists and is not a folder; it was left as it is")
    if any(path.iterdir()) and not (may_replace is not None and may_replace(path)):
        raise NotReplaceable(f"{path} is a folder that is not empty; it was left as it is")


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2(RENAME_EXCHANGE)``); False if unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    fn = getattr(libc, "renameat2", None)
    if fn is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _swap_in(tmp: Path, path: Path) -> None:
    """Put the finished ``tmp`` at ``path``; an existing ``path`` ends up in ``tmp``.

    With an atomic exchange the path holds the old or the new folder at every instant.
    Otherwise two renames, and the old folder waits as ``.<name>.old-<pid>`` in between:
    :func:`recover_interrupted` puts it back if the process dies there.
    """
    if not os.path.lexists(path):
        os.rename(tmp, path)
        return
    if _exchange(tmp, path):
        return
    old = path.with_name(f".{path.name}.old-{os.getpid()}")
    os.rename(path, old)
    try:
        os.rename(tmp, path)
    except BaseException:
        os.rename(old, path)
        raise
    os.rename(old, tmp)


_LEFTOVER = re.compile(r"^\.(?P<name>.+)\.(?:tmp-(?P<tpid>\d+)-[A-Za-z0-9_]+|old-(?P<opid>\d+))$")


def recover_interrupted(path: str | os.PathLike) -> list[str]:
    """Finish what a killed save of ``path`` left: its half-written temp folders are removed,
    and an old folder moved aside is put back if nothing took its place. Only the app's own
    leftovers (``.<name>.tmp-<pid>-*``, ``.<name>.old-<pid>``) of dead processes are touched.
    Returns what was done, in words."""
    from w2v_studio.core.workspace.locks import pid_alive

    path = Path(os.path.abspath(path))
    done: list[str] = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return done
    for entry in entries:
        m = _LEFTOVER.match(entry.name)
        if m is None or m["name"] != path.name or not entry.is_dir(follow_symlinks=False):
            continue
        if pid_alive(int(m["tpid"] or m["opid"])):
            continue
        if m["opid"] and not os.path.lexists(path):
            try:
                os.rename(entry.path, path)
            except FileNotFoundError:  # another process restored it first
                continue
            done.append(f"restored {path} from an interrupted save")
        else:
            shutil.rmtree(entry.path, ignore_errors=True)
            done.append(f"removed {entry.path} left by an interrupted save")
    return done


@contextlib.contextmanager
def atomic_dir(path: str | os.PathLike,
               may_replace: Callable[[Path], bool] | None = None) -> Iterator[Path]:
    """Build a directory in a temp sibling; on success it takes the place of ``path``.

    An existing ``path`` is replaced only when it is an empty folder or ``may_replace(path)``
    says the app wrote it; anything else raises :class:`NotReplaceable`, checked before the
    block and again before the swap, and is never moved or deleted. Leftovers of an
    interrupted earlier save are recovered first (:func:`recover_interrupted`).
    """
    path = Path(os.path.abspath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    recover_interrupted(path)
    _replaceable(path, may_replace)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.tmp-{os.getpid()}-", dir=path.parent))
    try:
        yield tmp
        os.chmod(tmp, _umask_mode(0o777))  # mkdtemp makes 0700
        _replaceable(path, may_replace)
        _swap_in(tmp, path)  # tmp now holds the replaced folder, if any
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

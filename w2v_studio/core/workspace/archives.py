"""Bounded extraction of downloaded zip/tar archives: no escaping paths, links, or bombs."""

from __future__ import annotations

import tarfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from w2v_studio.core.workspace.atomic import atomic_write

MAX_MEMBERS = 10_000
MAX_UNPACKED_BYTES = 4 << 30  # 4 GiB: far above any sample corpus, far below a full disk


class ArchiveError(Exception):
    """The archive is damaged or unsafe to unpack; the message says what and what to do."""


@dataclass(frozen=True)
class ArchiveLimits:
    """What an archive may hold before it is refused."""

    max_members: int = MAX_MEMBERS
    max_total_bytes: int = MAX_UNPACKED_BYTES  # uncompressed, all members together


@dataclass(frozen=True)
class _Member:
    name: str
    size: int  # uncompressed, as the archive states it
    is_file: bool
    is_link: bool  # symbolic or hard link, device, fifo: never unpacked


def _zip_members(z: zipfile.ZipFile) -> list[_Member]:
    out = []
    for info in z.infolist():
        mode = info.external_attr >> 16
        link = (mode & 0o170000) == 0o120000  # S_IFLNK in the Unix mode bits
        out.append(_Member(info.filename, info.file_size, not info.is_dir(), link))
    return out


def _tar_members(t: tarfile.TarFile) -> list[_Member]:
    return [_Member(m.name, m.size, m.isfile(), not (m.isfile() or m.isdir())) for m in t]


def check_member_name(name: str, archive: Path) -> PurePosixPath:
    """The member's relative path; ArchiveError for an absolute path or one with ``..``.

    >>> check_member_name("data/text8", Path("a.zip")).parts
    ('data', 'text8')
    """
    path = PurePosixPath(name.replace("\\", "/"))
    if not name or path.is_absolute() or ".." in path.parts or ":" in path.parts[0]:
        raise ArchiveError(
            f"{archive}: the member {name!r} would be written outside the target folder "
            "(absolute or '..' path); the archive was not unpacked. Download it again from "
            "the original source."
        )
    return path


def _check(members: list[_Member], archive: Path, limits: ArchiveLimits) -> None:
    if len(members) > limits.max_members:
        raise ArchiveError(
            f"{archive}: {len(members):,} members, more than the {limits.max_members:,} "
            "allowed; the archive was not unpacked."
        )
    total = 0
    for m in members:
        check_member_name(m.name, archive)
        if m.is_link:
            raise ArchiveError(
                f"{archive}: the member {m.name!r} is a link or special file; such archives "
                "are not unpacked. Unpack it yourself if you trust it."
            )
        total += m.size
    if total > limits.max_total_bytes:
        raise ArchiveError(
            f"{archive}: it would unpack to {total:,} bytes, more than the "
            f"{limits.max_total_bytes:,} allowed; the archive was not unpacked."
        )


@contextmanager
def _open(archive: Path) -> Iterator[tuple[list[_Member], object]]:
    try:
        if zipfile.is_zipfile(archive):
            with zipfile.ZipFile(archive) as z:
                yield _zip_members(z), z
        else:
            with tarfile.open(archive) as t:
                yield _tar_members(t), t
    except (zipfile.BadZipFile, tarfile.TarError, EOFError) as e:
        raise ArchiveError(
            f"{archive}: not a readable zip or tar archive ({e}); download it again."
        ) from None


def _member_stream(handle: object, name: str) -> IO[bytes]:
    if isinstance(handle, zipfile.ZipFile):
        return handle.open(name)
    assert isinstance(handle, tarfile.TarFile)
    stream = handle.extractfile(name)
    assert stream is not None
    return stream


def _copy_bounded(src: IO[bytes], dst: IO[bytes], budget: int, archive: Path, name: str) -> int:
    """Copy, counting the bytes really unpacked: a member may lie about its size."""
    done = 0
    while block := src.read(1 << 20):
        done += len(block)
        if done > budget:
            raise ArchiveError(
                f"{archive}: the member {name!r} unpacks to more bytes than the archive says "
                "or than allowed; the archive was not unpacked."
            )
        dst.write(block)
    return done


def extract_member(
    archive: str | Path,
    member: str | None,
    out: str | Path,
    limits: ArchiveLimits | None = None,
) -> Path:
    """Unpack one member (the first file when ``member`` is None) to ``out``, atomically.

    The whole archive is checked first (member count, names, links, total size), then the
    member is copied counting its real bytes. ArchiveError when anything is off; ``out`` is
    then left as it was.
    """
    archive, out = Path(archive), Path(out)
    limits = limits or ArchiveLimits()
    with _open(archive) as (members, handle):
        _check(members, archive, limits)
        files = [m for m in members if m.is_file]
        chosen = next((m for m in files if m.name == member), None) if member else None
        if chosen is None and member is None and files:
            chosen = files[0]
        if chosen is None:
            raise ArchiveError(f"{archive}: no member {member!r}; download it again.")
        try:
            with _member_stream(handle, chosen.name) as src, atomic_write(out, "wb") as dst:
                _copy_bounded(src, dst, min(chosen.size, limits.max_total_bytes), archive,
                              chosen.name)  # fmt: skip
        except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as e:
            raise ArchiveError(f"{archive}: cannot unpack {chosen.name!r} ({e}).") from None
    return out


def extract_all(archive: str | Path, dest: str | Path, limits: ArchiveLimits | None = None
                ) -> list[Path]:  # fmt: skip
    """Unpack every file of a zip/tar archive under ``dest`` after checking the whole archive;
    bytes are counted while unpacking, and the total may not pass ``limits.max_total_bytes``."""
    archive, dest = Path(archive), Path(dest)
    limits = limits or ArchiveLimits()
    written: list[Path] = []
    with _open(archive) as (members, handle):
        _check(members, archive, limits)
        budget = limits.max_total_bytes
        for m in members:
            if not m.is_file:
                continue
            target = dest.joinpath(*check_member_name(m.name, archive).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with _member_stream(handle, m.name) as src, atomic_write(target, "wb") as dst:
                budget -= _copy_bounded(src, dst, min(m.size, budget), archive, m.name)
            written.append(target)
    return written

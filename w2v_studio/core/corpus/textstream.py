"""Streaming text out of (compressed) files: block decoding, line ends, cutting long lines."""

from __future__ import annotations

import codecs
import lzma
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from w2v_studio.core.corpus.encoding import encoding_label, open_binary
from w2v_studio.core.corpus.errors import CorpusError

BLOCK_BYTES = 1 << 20  # bytes read at a time: memory does not grow with the file
READ_ERRORS = (OSError, EOFError, lzma.LZMAError, zlib.error)  # damaged or unreadable files
_SPACES = (" ", "\t", "\u3000")
_SENTENCE_ENDS = "。！？.!?，,；;"


def nfc(text: str) -> str:
    """Unicode NFC (decomposed Hangul jamo and accents composed); ASCII passes untouched."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _last_space(text: str, start: int, end: int) -> int:
    return max(text.rfind(s, start, end) for s in _SPACES)


def _first_space(text: str, start: int, end: int) -> int:
    found = [i for i in (text.find(s, start, end) for s in _SPACES) if i >= 0]
    return min(found) if found else -1


def cut_text(text: str, max_chars: int, final: bool) -> tuple[list[str], str]:
    """Cut pieces of at most ``max_chars`` off ``text`` at whitespace; return (pieces, rest).

    A token longer than ``max_chars`` stays whole (its piece is longer). A run of up to
    8 x ``max_chars`` without any whitespace (unsegmented Chinese) is cut after punctuation,
    a longer one anywhere outside a combining sequence. Unless ``final``, the rest waits for
    more text.

    >>> cut_text("aa bb cc dd", 5, final=True)
    (['aa bb', 'cc dd'], '')
    """
    pieces: list[str] = []
    start, n, hard = 0, len(text), 8 * max_chars
    while n - start > max_chars:
        end = start + max_chars
        i = _last_space(text, start, end + 1)
        if i >= start:
            piece, start = text[start:i], i + 1
        elif (j := _first_space(text, end, start + hard)) >= 0:
            piece, start = text[start:j], j + 1
        elif (k := max(text.rfind(p, start, end) for p in _SENTENCE_ENDS)) >= start:
            piece, start = text[start : k + 1], k + 1
        elif n - start > hard or final:
            while end > start + 1 and (
                unicodedata.combining(text[end]) or "\u1160" <= text[end] <= "\u11ff"
            ):
                end -= 1
            piece, start = text[start:end], end
        else:
            break
        if piece and not piece.isspace():
            pieces.append(piece)
    rest = text[start:]
    if final:
        if rest and not rest.isspace():
            pieces.append(rest)
        rest = ""
    return pieces, rest


def physical_lines(blocks: Iterable[str], max_chars: int | None) -> Iterator[tuple[int, str]]:
    """(line number, text) for each line; \\n, \\r\\n and \\r end lines; long lines cut.

    >>> list(physical_lines(["a\\r", "\\nb c d"], max_chars=3))
    [(1, 'a'), (2, 'b c'), (2, 'd')]
    """
    lineno, carry, hold = 1, "", ""
    for block in blocks:
        buf = carry + hold + block if (carry or hold) else block
        hold = ""
        if "\r" in buf:
            if buf.endswith("\r"):  # maybe the first half of \r\n
                buf, hold = buf[:-1], "\r"
            buf = buf.replace("\r\n", "\n").replace("\r", "\n")
        parts = buf.split("\n")
        carry = parts.pop()
        for part in parts:
            if max_chars is None or len(part) <= max_chars:
                yield lineno, part
            else:
                for piece in cut_text(part, max_chars, final=True)[0]:
                    yield lineno, piece
            lineno += 1
        if max_chars is not None and len(carry) > max_chars and not hold:
            pieces, carry = cut_text(carry, max_chars, final=False)
            for piece in pieces:
                yield lineno, piece
    if carry:
        pieces = [carry] if max_chars is None else cut_text(carry, max_chars, final=True)[0]
        for piece in pieces:
            yield lineno, piece


def read_text(path: Path, codec: str, errors: str) -> Iterator[str]:
    """Decoded blocks of a file, BOM stripped; CorpusError on unreadable bytes."""
    decoder = codecs.getincrementaldecoder(codec)(errors)
    newlines, first = 0, True
    try:
        f = open_binary(path)
    except OSError as e:
        raise CorpusError(f"{path}: cannot open the file ({e.strerror or e}).") from None
    with f:
        while True:
            try:
                data = f.read(BLOCK_BYTES)
            except READ_ERRORS as e:
                raise CorpusError(
                    f"{path}: cannot read the file ({e}). If it is compressed, the archive may be "
                    "damaged or incomplete: decompress it again or use the original file."
                ) from None
            try:
                text = decoder.decode(data, final=not data)
            except UnicodeDecodeError as e:
                before = e.object[: e.start].decode(codec, "replace")
                lineno = newlines + before.count("\n") + 1
                raise CorpusError(
                    f"{path}, line {lineno}: the bytes {e.object[e.start : e.end].hex(' ')} "
                    f"cannot be read as {encoding_label(codec)}. The file is probably in another "
                    "encoding: choose the right encoding for this file (for example UTF-8, "
                    "CP949 / EUC-KR for Korean, GB18030 for Chinese), or read it with "
                    "errors='replace' to turn unreadable bytes into \ufffd."
                ) from None
            if first and text:
                first = False
                text = text.removeprefix("\ufeff")
            if text:
                newlines += text.count("\n")
                yield text
            if not data:
                return


def count_file_lines(path: str | Path, encoding: str = "utf-8") -> int:
    """Physical lines of one file (a last line without newline counts), on the raw bytes.

    >>> count_file_lines("corpus.txt.xz")  # doctest: +SKIP
    282565
    """
    path = Path(path)
    if codecs.lookup(encoding).name.startswith(("utf-16", "utf-32")):  # "\n" is not one byte
        blocks = read_text(path, encoding, "replace")
        return sum(1 for _ in physical_lines(blocks, None))
    ends = 0  # \n, \r\n and \r each end a line
    last = b""
    try:
        with open_binary(path) as f:
            while data := f.read(BLOCK_BYTES):
                ends += data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")
                ends -= last == b"\r" and data[:1] == b"\n"  # \r\n across two blocks
                last = data[-1:]
    except READ_ERRORS as e:
        raise CorpusError(f"{path}: cannot read the file ({e}).") from None
    return ends + (1 if last and last not in b"\r\n" else 0)

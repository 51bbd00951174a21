"""Streaming text out of (compressed) files: block decoding, line ends, cutting long lines."""

from __future__ import annotations

import codecs
import lzma
import threading
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
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


@dataclass
class Replaced:
    """Undecodable bytes turned into U+FFFD while reading one file with ``errors="replace"``."""

    count: int = 0  # bytes replaced
    first_offset: int | None = None  # byte offset of the first one (of the unpacked text)
    complete: bool = False  # the whole file was read


_tally = threading.local()  # the error handler counts into the reading thread's tally
REPLACE_HANDLER = "w2v-studio-count-replace"


def _count_and_replace(e: UnicodeError) -> tuple[str, int]:
    """Like errors="replace" (one U+FFFD per bad sequence), counting the bytes replaced."""
    if not isinstance(e, UnicodeDecodeError):
        raise e
    _tally.count = getattr(_tally, "count", 0) + e.end - e.start
    if getattr(_tally, "first", None) is None:
        _tally.first = e.start
    return "\ufffd", e.end


codecs.register_error(REPLACE_HANDLER, _count_and_replace)

REPLACE_ADVICE = (
    "If only a few bytes are damaged, read it with them replaced by \ufffd: "
    "--encoding-errors replace on the command line, or tick \"Replace unreadable bytes\" on "
    "the Corpus page."
)


def _pending(decoder: codecs.IncrementalDecoder) -> int:
    """Bytes the decoder holds back from the previous block (a character cut in two)."""
    try:
        return len(decoder.getstate()[0])
    except (AttributeError, TypeError, IndexError):
        return 0


def _decode_error(path: Path, codec: str, e: UnicodeDecodeError, newlines: int, base: int) -> str:
    before = e.object[: e.start].decode(codec, "replace")
    lineno = newlines + before.count("\n") + 1
    where = "of the unpacked text" if path.suffix.lower() in (".gz", ".bz2", ".xz") else ""
    return (
        f"{path}, line {lineno}, byte offset {base + e.start:,}{' ' if where else ''}{where}: "
        f"the bytes {e.object[e.start : e.end].hex(' ')} cannot be read as "
        f"{encoding_label(codec)}. If the file is in another encoding, choose the right one "
        "(for example UTF-8, CP949 / EUC-KR for Korean, GB18030 for Chinese). " + REPLACE_ADVICE
    )


def read_text(
    path: Path, codec: str, errors: str, replaced: Replaced | None = None
) -> Iterator[str]:
    """Decoded blocks of a file, BOM stripped; CorpusError on unreadable bytes.

    With ``errors="replace"`` undecodable bytes become U+FFFD and are counted in ``replaced``.
    """
    counting = errors == "replace"
    decoder = codecs.getincrementaldecoder(codec)(REPLACE_HANDLER if counting else errors)
    rep = replaced if replaced is not None else Replaced()
    newlines, first, consumed = 0, True, 0
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
            base = consumed - _pending(decoder)  # file offset of the decoder's input
            _tally.count, _tally.first = 0, None
            try:
                text = decoder.decode(data, final=not data)
            except UnicodeDecodeError as e:
                raise CorpusError(_decode_error(path, codec, e, newlines, base)) from None
            consumed += len(data)
            if counting and _tally.count:
                rep.count += _tally.count
                if rep.first_offset is None:
                    rep.first_offset = base + _tally.first
            if first and text:
                first = False
                text = text.removeprefix("\ufeff")
            if text:
                newlines += text.count("\n")
                yield text
            if not data:
                rep.complete = True
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

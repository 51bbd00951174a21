"""Restartable streaming corpus reader: files and folders, encodings, NFC, csv/jsonl, long lines."""

from __future__ import annotations

import codecs
import csv
import itertools
import json
import lzma
import re
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from w2v_studio.core.encoding import (
    COMPRESSED_SUFFIXES,
    EncodingGuess,
    detect_encoding,
    encoding_label,
    open_binary,
)

if TYPE_CHECKING:
    from w2v_studio.tokenizers.base import Tokenizer

TEXT_SUFFIXES = (".txt", ".text", ".csv", ".tsv", ".jsonl", ".ndjson")
TEXT_COLUMNS = ("text", "review", "sentence", "content", "document")  # picked when no column given
BLOCK_BYTES = 1 << 20  # bytes read at a time: memory does not grow with the file
_READ_ERRORS = (OSError, EOFError, lzma.LZMAError, zlib.error)
_SPACES = (" ", "\t", "\u3000")
_SENTENCE_ENDS = "。！？.!?，,；;"

Kind = Literal["text", "csv", "tsv", "jsonl"]
Language = Literal["ko", "zh", "en", "other"]


class CorpusError(Exception):
    """A corpus problem the user can fix; the message says what, where and what to do."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line (or one piece of a very long line) of a corpus file."""

    text: str  # NFC-normalised, no trailing newline
    path: Path
    lineno: int  # 1-based physical line number; the pieces of one long line share it


@dataclass(frozen=True)
class CorpusFile:
    """A file of the corpus with what the GUI shows about it."""

    path: Path
    kind: Kind
    encoding: EncodingGuess
    size: int  # bytes on disk


def _base_suffix(path: Path) -> str:
    """The suffix that says the format: ``a.tsv.gz`` -> ``.tsv``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in COMPRESSED_SUFFIXES:
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def file_kind(path: str | Path) -> Kind:
    """``"csv"``, ``"tsv"``, ``"jsonl"`` or ``"text"`` from the file name."""
    suffix = _base_suffix(Path(path))
    if suffix in (".csv", ".tsv"):
        return suffix[1:]  # type: ignore[return-value]
    return "jsonl" if suffix in (".jsonl", ".ndjson") else "text"


def is_corpus_file(path: str | Path) -> bool:
    """Whether a folder scan picks this file (supported suffix, maybe compressed)."""
    return _base_suffix(Path(path)) in TEXT_SUFFIXES


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders searched recursively for supported files (hidden ones skipped).

    >>> expand_paths(["corpus/"])  # doctest: +SKIP
    [PosixPath('corpus/a.txt'), PosixPath('corpus/sub/b.txt.xz')]
    """
    out: list[Path] = []
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and is_corpus_file(p)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                kinds = ", ".join(TEXT_SUFFIXES)
                raise CorpusError(
                    f"{path}: this folder has no corpus file (looked for {kinds}, also .gz/.bz2/"
                    ".xz). Choose a folder with text files, or choose the files themselves."
                )
            out.extend(found)
        elif path.is_file():
            out.append(path)
        elif path.exists():
            raise CorpusError(f"{path}: not a regular file. Choose a text file or a folder.")
        else:
            raise CorpusError(f"{path}: no such file or folder. Check the name and location.")
    if not out:
        raise CorpusError("No corpus file was given. Choose one or more text files or a folder.")
    return list(dict.fromkeys(out))


def _nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _last_space(text: str, start: int, end: int) -> int:
    return max(text.rfind(s, start, end) for s in _SPACES)


def _first_space(text: str, start: int, end: int) -> int:
    found = [i for i in (text.find(s, start, end) for s in _SPACES) if i >= 0]
    return min(found) if found else -1


def _cut(text: str, max_chars: int, final: bool) -> tuple[list[str], str]:
    """Cut pieces of at most ``max_chars`` off ``text`` at whitespace; return (pieces, rest).

    A token longer than ``max_chars`` stays whole (its piece is longer). A run of up to
    8 x ``max_chars`` without any whitespace (unsegmented Chinese) is cut after punctuation,
    a longer one anywhere outside a combining sequence. Unless ``final``, the rest waits for
    more text.
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


def _physical_lines(blocks: Iterable[str], max_chars: int | None) -> Iterator[tuple[int, str]]:
    """(line number, text) for each line; \\n, \\r\\n and \\r end lines; long lines cut."""
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
                for piece in _cut(part, max_chars, final=True)[0]:
                    yield lineno, piece
            lineno += 1
        if max_chars is not None and len(carry) > max_chars and not hold:
            pieces, carry = _cut(carry, max_chars, final=False)
            for piece in pieces:
                yield lineno, piece
    if carry:
        pieces = [carry] if max_chars is None else _cut(carry, max_chars, final=True)[0]
        for piece in pieces:
            yield lineno, piece


def _read_text(path: Path, codec: str, errors: str) -> Iterator[str]:
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
            except _READ_ERRORS as e:
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


class Corpus:
    """A set of text files read as a stream of lines, as often as needed.

    >>> corpus = Corpus(["reviews/"], encoding=None)  # doctest: +SKIP
    >>> [f.encoding.label for f in corpus.files]  # doctest: +SKIP
    ['UTF-8', 'CP949 / EUC-KR (Korean)']
    >>> for tokens in corpus.sentences():  # doctest: +SKIP
    ...     ...
    """

    def __init__(
        self,
        paths: str | Path | Iterable[str | Path],
        *,
        encoding: str | None = None,
        encodings: dict[str | Path, str] | None = None,
        column: str | int | None = None,
        field: str | None = None,
        max_chunk_chars: int = 1_000_000,
        errors: Literal["strict", "replace"] = "strict",
    ) -> None:
        if errors not in ("strict", "replace"):
            raise ValueError(f"errors must be 'strict' or 'replace', not {errors!r}")
        if max_chunk_chars < 1:
            raise ValueError(f"max_chunk_chars must be at least 1, not {max_chunk_chars}")
        if isinstance(paths, (str, Path)):
            paths = [paths]
        self.column, self.field = column, field
        self.max_chunk_chars, self.errors = max_chunk_chars, errors
        chosen = {Path(k).expanduser().resolve(): v for k, v in (encodings or {}).items()}
        self.files: list[CorpusFile] = []
        for path in expand_paths(paths):
            codec = chosen.get(path.resolve(), encoding)
            self.files.append(
                CorpusFile(path, file_kind(path), self._encoding(path, codec), path.stat().st_size)
            )

    @staticmethod
    def _encoding(path: Path, codec: str | None) -> EncodingGuess:
        if codec is not None:
            try:
                name = codecs.lookup(codec).name
            except LookupError:
                raise CorpusError(
                    f"{path}: unknown encoding {codec!r}. Choose one such as utf-8, cp949, "
                    "gb18030 or big5."
                ) from None
            return EncodingGuess(name, encoding_label(name), 1.0, False, "chosen by the user")
        try:
            return detect_encoding(path)
        except _READ_ERRORS as e:
            raise CorpusError(
                f"{path}: cannot read the file to find its encoding ({e}). If it is compressed, "
                "the archive may be damaged: decompress it again or use the original file."
            ) from None

    @property
    def total_size(self) -> int:
        """Bytes on disk of all files."""
        return sum(f.size for f in self.files)

    def lines(self, *, skip_empty: bool = False) -> Iterator[Line]:
        """Stream the lines of every file in order (csv/tsv: the text column; jsonl: the field).

        Lines are NFC-normalised; a line longer than ``max_chunk_chars`` comes as several
        ``Line``s cut at whitespace, with the same ``lineno``.
        """
        for cf in self.files:
            blocks = _read_text(cf.path, cf.encoding.encoding, self.errors)
            if cf.kind == "text":
                found = (
                    Line(_nfc(text), cf.path, lineno)
                    for lineno, text in _physical_lines(blocks, self.max_chunk_chars)
                )
            elif cf.kind == "jsonl":
                found = self._jsonl_lines(cf.path, blocks)
            else:
                found = self._table_lines(cf, blocks)
            for line in found:
                if not skip_empty or (line.text and not line.text.isspace()):
                    yield line

    def head(self, n: int, *, skip_empty: bool = True) -> list[Line]:
        """The first ``n`` lines (for previews)."""
        lines = self.lines(skip_empty=skip_empty)
        try:
            return list(itertools.islice(lines, n))
        finally:
            lines.close()

    def sentences(
        self,
        tokenizer: Tokenizer | None = None,
        *,
        lowercase: bool = False,
        max_sentence_length: int = 10_000,
    ) -> Sentences:
        """A restartable iterable of token lists (whitespace split when ``tokenizer`` is None)."""
        return Sentences(
            self, tokenizer, lowercase=lowercase, max_sentence_length=max_sentence_length
        )

    def count_lines(self) -> int:
        """Physical lines of all files (csv header lines included), counted on the raw bytes."""
        return sum(count_file_lines(f.path, f.encoding.encoding) for f in self.files)

    def guess_language(self, n_lines: int = 200) -> Language:
        """The main language of the first ``n_lines`` lines (see :func:`guess_language`)."""
        return guess_language("\n".join(line.text for line in self.head(n_lines)))

    # ---------------------------------------------------------------- jsonl, csv, tsv
    def _pieces(self, text: str, path: Path, lineno: int) -> Iterator[Line]:
        text = _nfc(text)
        if len(text) <= self.max_chunk_chars:
            yield Line(text, path, lineno)
        else:
            for piece in _cut(text, self.max_chunk_chars, final=True)[0]:
                yield Line(piece, path, lineno)

    def _jsonl_lines(self, path: Path, blocks: Iterable[str]) -> Iterator[Line]:
        for lineno, raw in _physical_lines(blocks, None):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as e:
                raise CorpusError(
                    f"{path}, line {lineno}: not valid JSON ({e.msg}, column {e.colno}). Each "
                    'line of a JSON Lines file must be one JSON object such as {"text": "..."}: '
                    "fix or remove this line."
                ) from None
            value = self._json_value(obj, path, lineno)
            if value is not None:
                yield from self._pieces(value, path, lineno)

    def _json_value(self, obj: Any, path: Path, lineno: int) -> str | None:
        if isinstance(obj, str):
            return obj
        where = f"{path}, line {lineno}"
        if not isinstance(obj, dict):
            raise CorpusError(
                f"{where}: expected a JSON object with a text field, not {obj!r:.60}."
            )
        field = self.field or ("text" if "text" in obj else None)
        if field is None:
            raise CorpusError(
                f"{where}: which field holds the text? This object has the fields "
                f"{', '.join(map(repr, obj))}. Choose one of them (a.b for a nested field)."
            )
        value: Any = obj
        for part in [field] if field in obj else field.split("."):
            if isinstance(value, dict) and part in value:
                value = value[part]
            elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
                value = value[int(part)]
            else:
                if self.errors == "replace":
                    return None
                raise CorpusError(
                    f"{where}: the field {field!r} is missing (fields here: "
                    f"{', '.join(map(repr, obj))}). Choose another field, or read with "
                    "errors='replace' to skip such lines."
                )
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return " ".join(value)  # a pre-tokenized sentence
        if isinstance(value, (int, float)):
            return str(value)
        raise CorpusError(f"{where}: the field {field!r} holds {type(value).__name__}, not text.")

    def _table_lines(self, cf: CorpusFile, blocks: Iterable[str]) -> Iterator[Line]:
        csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))
        raw = (text + "\n" for _, text in _physical_lines(blocks, None))
        rows = csv.reader(raw, dialect="excel-tab" if cf.kind == "tsv" else "excel")
        start = 1
        try:
            header = next(rows, None)
            if header is None:
                return
            index = self._column_index([h.strip() for h in header], cf.path)
            name = header[index].strip()
            start = rows.line_num + 1
            for row in rows:
                if row and index < len(row):
                    yield from self._pieces(row[index], cf.path, start)
                elif row and self.errors == "strict":
                    raise CorpusError(
                        f"{cf.path}, line {start}: this row has {len(row)} field(s), but the text "
                        f"column {name!r} is field {index + 1}. Fix the row, or read with "
                        "errors='replace' to skip such rows."
                    )
                start = rows.line_num + 1
        except csv.Error as e:
            raise CorpusError(
                f"{cf.path}, line {start}: cannot read this {cf.kind.upper()} row ({e})."
            ) from None

    def _column_index(self, header: list[str], path: Path) -> int:
        listing = ", ".join(f"{i}: {h!r}" for i, h in enumerate(header))
        column = self.column
        if isinstance(column, str):
            lowered = [h.lower() for h in header]
            if column in header:
                return header.index(column)
            if column.lower() in lowered:
                return lowered.index(column.lower())
            if not column.isdigit():
                raise CorpusError(
                    f"{path}: there is no column {column!r}. The header has the columns "
                    f"{listing}. Choose one of them by name or number."
                )
            column = int(column)
        if isinstance(column, int):
            if 0 <= column < len(header):
                return column
            raise CorpusError(
                f"{path}: there is no column number {column} (numbers start at 0). The header "
                f"has the columns {listing}. Choose one of them by name or number."
            )
        if len(header) == 1:
            return 0
        lowered = [h.lower() for h in header]
        for name in TEXT_COLUMNS:
            if name in lowered:
                return lowered.index(name)
        raise CorpusError(
            f"{path}: which column holds the text? The header has the columns {listing}. "
            "Choose one of them by name or number."
        )


class Sentences:
    """Token lists of a corpus; each ``iter()`` reads the files again from the start.

    Empty lines are skipped; a line with more than ``max_length`` tokens is cut into
    several sentences.

    >>> sentences = Corpus("corpus.txt").sentences(lowercase=True)  # doctest: +SKIP
    >>> next(iter(sentences))  # doctest: +SKIP
    ['anarchism', 'is', 'a', 'political', 'philosophy']
    """

    def __init__(
        self,
        corpus: Corpus,
        tokenizer: Tokenizer | None = None,
        *,
        lowercase: bool = False,
        max_sentence_length: int = 10_000,
    ) -> None:
        if max_sentence_length < 1:
            raise ValueError(f"max_sentence_length must be at least 1, not {max_sentence_length}")
        self.corpus, self.tokenizer = corpus, tokenizer
        self.lowercase, self.max_sentence_length = lowercase, max_sentence_length

    def __iter__(self) -> Iterator[list[str]]:
        tokenize = self.tokenizer.tokenize if self.tokenizer is not None else str.split
        n = self.max_sentence_length
        for line in self.corpus.lines(skip_empty=True):
            tokens = tokenize(line.text.lower() if self.lowercase else line.text)
            if len(tokens) <= n:
                if tokens:
                    yield tokens
            else:
                for i in range(0, len(tokens), n):
                    yield tokens[i : i + n]


def count_file_lines(path: str | Path, encoding: str = "utf-8") -> int:
    """Physical lines of one file (a last line without newline counts), on the raw bytes.

    >>> count_file_lines("corpus.txt.xz")  # doctest: +SKIP
    282565
    """
    path = Path(path)
    if codecs.lookup(encoding).name.startswith(("utf-16", "utf-32")):  # "\n" is not one byte
        blocks = _read_text(path, encoding, "replace")
        return sum(1 for _ in _physical_lines(blocks, None))
    ends = 0  # \n, \r\n and \r each end a line
    last = b""
    try:
        with open_binary(path) as f:
            while data := f.read(BLOCK_BYTES):
                ends += data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")
                ends -= last == b"\r" and data[:1] == b"\n"  # \r\n across two blocks
                last = data[-1:]
    except _READ_ERRORS as e:
        raise CorpusError(f"{path}: cannot read the file ({e}).") from None
    return ends + (1 if last and last not in b"\r\n" else 0)


_HANGUL = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0002ffff]")
_KANA = re.compile("[\u3040-\u30ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_LETTER = re.compile(r"[^\W\d_]")


def guess_language(text: str) -> Language:
    """The main language of ``text`` by script: Hangul -> ko, Han -> zh, Latin -> en.

    A Hangul syllable or a hanzi counts as much as two Latin letters; text with kana
    (Japanese) or mostly other letters is ``"other"``.

    >>> guess_language("대한민국은 민주공화국이다"), guess_language("我们今天去北京")
    ('ko', 'zh')
    >>> guess_language("The cat sat on the mat"), guess_language("12345")
    ('en', 'other')
    """
    text = text[:200_000]
    hangul, han = len(_HANGUL.findall(text)), len(_HAN.findall(text))
    kana, latin = len(_KANA.findall(text)), len(_LATIN.findall(text))
    other = len(_LETTER.findall(text)) - hangul - han - kana - latin
    total = hangul + han + kana + latin + max(other, 0)
    if total == 0 or kana >= 0.1 * total:
        return "other"
    scores: dict[Language, float] = {
        "ko": 2.0 * hangul,
        "zh": 2.0 * han,
        "en": latin,
        "other": other,
    }
    return max(scores, key=scores.__getitem__)

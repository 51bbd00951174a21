"""Restartable streaming corpus reader: files and folders, encodings, NFC, csv/jsonl, long lines."""

from __future__ import annotations

import codecs
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from w2v_studio.core.corpus.encoding import (
    COMPRESSED_SUFFIXES,
    EncodingGuess,
    detect_encoding_bytes,
    encoding_label,
    not_text_reason,
    open_binary,
)
from w2v_studio.core.corpus.errors import CorpusError
from w2v_studio.core.corpus.records import TEXT_COLUMNS, jsonl_records, table_records
from w2v_studio.core.corpus.textstream import (
    BLOCK_BYTES,
    READ_ERRORS,
    Replaced,
    count_file_lines,
    cut_text,
    nfc,
    physical_lines,
    read_text,
)

if TYPE_CHECKING:
    from w2v_studio.tokenizers.base import Tokenizer

__all__ = [
    "BLOCK_BYTES",
    "TEXT_COLUMNS",
    "TEXT_SUFFIXES",
    "Corpus",
    "CorpusError",
    "CorpusFile",
    "Line",
    "Sentences",
    "count_file_lines",
    "expand_paths",
    "file_kind",
    "guess_language",
    "is_corpus_file",
]

TEXT_SUFFIXES = (".txt", ".text", ".csv", ".tsv", ".jsonl", ".ndjson")
Kind = Literal["text", "csv", "tsv", "jsonl"]
Language = Literal["ko", "zh", "en", "other"]


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
        self._replaced: dict[Path, Replaced] = {}  # per file, from the last whole read
        chosen = {Path(k).expanduser().resolve(): v for k, v in (encodings or {}).items()}
        self.files: list[CorpusFile] = []
        for path in expand_paths(paths):
            guess = self._encoding(path, chosen.get(path.resolve(), encoding))
            kind = file_kind(path)
            if kind == "text" and column is not None and "\t" in self._first_line(path, guess):
                kind = "tsv"  # e.g. NSMC's ratings.txt: a column was asked for, so read as TSV
            self.files.append(CorpusFile(path, kind, guess, path.stat().st_size))

    @staticmethod
    def _encoding(path: Path, codec: str | None, sample_size: int = 1 << 20) -> EncodingGuess:
        """The chosen or detected encoding; CorpusError when the file is not text at all."""
        guess = None
        if codec is not None:
            try:
                name = codecs.lookup(codec).name
            except LookupError:
                raise CorpusError(
                    f"{path}: unknown encoding {codec!r}. Choose one such as utf-8, cp949, "
                    "gb18030 or big5."
                ) from None
            guess = EncodingGuess(name, encoding_label(name), 1.0, False, "chosen by the user")
        try:
            with open_binary(path) as f:
                data = f.read(sample_size)
        except READ_ERRORS as e:
            raise CorpusError(
                f"{path}: cannot read the file to find its encoding ({e}). If it is compressed, "
                "the archive may be damaged: decompress it again or use the original file."
            ) from None
        if guess is None:
            guess = detect_encoding_bytes(data, final=len(data) < sample_size)
        not_text = not_text_reason(data, guess.encoding)
        if not_text is not None:
            what, hint = not_text
            raise CorpusError(
                f"{path} is {what}, not a text file; choose text files (.txt, .csv, .tsv, "
                f".jsonl, also compressed as .gz/.bz2/.xz){': ' + hint if hint else ''}."
            )
        return guess

    def _first_line(self, path: Path, guess: EncodingGuess) -> str:
        blocks = read_text(path, guess.encoding, "replace")
        try:
            return next(physical_lines(blocks, 65_536), (1, ""))[1]
        finally:
            blocks.close()

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
            for line in self._lines(cf):
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

    def replaced_bytes(self) -> dict[Path, Replaced]:
        """Files where undecodable bytes were replaced (``errors="replace"``), with counts.

        Counts come from the last whole read of each file; a file not read to its end yet is
        decoded once here to count them.
        """
        if self.errors != "replace":
            return {}
        out = {}
        for cf in self.files:
            rep = self._replaced.get(cf.path)
            if rep is None or not rep.complete:
                rep = Replaced()
                for _ in read_text(cf.path, cf.encoding.encoding, "replace", rep):
                    pass
                self._replaced[cf.path] = rep
            if rep.count:
                out[cf.path] = rep
        return out

    def replacement_note(self) -> str | None:
        """One line saying how many bytes were replaced where, or None when none were."""
        found = self.replaced_bytes()
        if not found:
            return None
        total = sum(r.count for r in found.values())
        where = "; ".join(
            f"{path.name}: {r.count:,}, the first at byte offset {r.first_offset:,}"
            for path, r in found.items()
        )
        return f"{total:,} undecodable byte(s) were replaced by \ufffd ({where})."

    def guess_language(self, n_lines: int = 200) -> Language:
        """The main language of the first ``n_lines`` lines (see :func:`guess_language`)."""
        return guess_language("\n".join(line.text for line in self.head(n_lines)))

    # ---------------------------------------------------------------- jsonl, csv, tsv
    def _lines(self, cf: CorpusFile) -> Iterator[Line]:
        rep = Replaced()
        blocks = read_text(cf.path, cf.encoding.encoding, self.errors, rep)
        if cf.kind == "text":
            for lineno, text in physical_lines(blocks, self.max_chunk_chars):
                yield Line(nfc(text), cf.path, lineno)
            self._replaced[cf.path] = rep
            return
        lines = physical_lines(blocks, None)  # rows and records are never cut raw
        if cf.kind == "jsonl":
            records = jsonl_records(cf.path, lines, self.field, self.errors)
        else:
            records = table_records(cf.path, cf.kind, lines, self.column, self.errors)
        for lineno, text in records:
            text = nfc(text)
            pieces = [text] if len(text) <= self.max_chunk_chars else None
            for piece in pieces or cut_text(text, self.max_chunk_chars, final=True)[0]:
                yield Line(piece, cf.path, lineno)
        self._replaced[cf.path] = rep


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

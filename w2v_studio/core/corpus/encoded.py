"""A tokenized corpus as integer ids on disk: what lets training skip per-word Python work.

Four files in one folder, written by the tokenizing pipeline:

- ``token_ids.bin``: every token of the corpus as an int32 (little-endian) lexicon id;
- ``line_lengths.bin``: tokens on each line, int32 (0 for an empty line);
- ``lexicon.json``: the distinct tokens in order of first occurrence (a JSON array);
- ``lexicon_counts.npy``: how often each lexicon entry occurs (int64).

The trainer reads ids in blocks and maps them to vocabulary ids with one numpy lookup, so a
training run neither counts words nor looks words up in a dict; the GUI thread keeps the GIL.
Iterating an :class:`EncodedCorpus` yields the token lists, like any other sentence iterable.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> write_encoded(d, [["a", "b", "a"], [], ["c", "a"]])
>>> enc = EncodedCorpus.open(d)
>>> list(enc), enc.words, enc.counts.tolist()
([['a', 'b', 'a'], ['c', 'a']], ['a', 'b', 'c'], [3, 1, 1])
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from w2v_studio.core.corpus.errors import CorpusError
from w2v_studio.core.engine.vocab import Vocab

IDS_FILE = "token_ids.bin"
LENGTHS_FILE = "line_lengths.bin"
LEXICON_FILE = "lexicon.json"
COUNTS_FILE = "lexicon_counts.npy"
ENCODED_FILES = (IDS_FILE, LENGTHS_FILE, LEXICON_FILE, COUNTS_FILE)
_BLOCK = 1 << 20  # ids read per block when decoding
MIN_FREE_BYTES = 100 << 20  # what writing ids leaves free on the disk at least


def min_free_bytes() -> int:
    """The free space kept on the disk (``$W2V_STUDIO_MIN_FREE_BYTES`` overrides it)."""
    env = os.environ.get("W2V_STUDIO_MIN_FREE_BYTES", "")
    return int(env) if env.isdigit() else MIN_FREE_BYTES


def ensure_free_space(folder: Path, nbytes: int) -> None:
    """Raise :class:`CorpusError` if writing ``nbytes`` more into ``folder`` would leave less
    than :func:`min_free_bytes` free on its disk."""
    free = shutil.disk_usage(folder).free
    if free - nbytes < min_free_bytes():
        raise CorpusError(
            f"The disk of {folder} is nearly full ({free / 2**20:,.0f} MB free): writing the "
            "corpus there as ids (4 bytes per word) would fill it, so it stopped. Free some "
            "space, point TMPDIR to a larger disk, or turn corpus ids off (--no-corpus-ids) "
            "to read the text at every epoch.")


@dataclass
class EncodedCorpus:
    """A restartable iterable of token lists backed by the id files of one folder.

    Lines longer than ``max_sentence_length`` tokens are cut into pieces of at most that many,
    and empty lines are skipped, exactly as ``TokenSentences`` reads ``tokens.txt``.
    """

    path: Path
    words: list[str]
    counts: np.ndarray  # (L,) int64, per lexicon id
    line_lengths: np.ndarray  # (lines,) int32
    max_sentence_length: int = 10_000

    @classmethod
    def open(cls, path: str | Path, max_sentence_length: int = 10_000) -> EncodedCorpus:
        """Open and check the files; raises ValueError or OSError when they do not agree."""
        if max_sentence_length < 1:
            raise ValueError(f"max_sentence_length must be at least 1, not {max_sentence_length}")
        path = Path(path)
        words = json.loads((path / LEXICON_FILE).read_text(encoding="utf-8"))
        if not isinstance(words, list):
            raise ValueError(f"{path / LEXICON_FILE}: not a list of words")
        counts = np.load(path / COUNTS_FILE, allow_pickle=False).astype(np.int64)
        lengths = np.fromfile(path / LENGTHS_FILE, dtype="<i4")
        n_ids = (path / IDS_FILE).stat().st_size // 4
        if len(words) != len(counts):
            raise ValueError(f"{path}: lexicon and counts differ in length")
        if int(lengths.sum(dtype=np.int64)) != n_ids or int(counts.sum()) != n_ids:
            raise ValueError(f"{path}: token ids, line lengths and counts do not agree")
        return cls(path, words, counts, lengths, max_sentence_length)

    @property
    def tokens(self) -> int:
        return int(self.line_lengths.sum(dtype=np.int64))

    def piece_lengths(self, cap: int | None = None) -> np.ndarray:
        """Tokens in each training sentence: non-empty lines cut into pieces of ``cap``."""
        cap = min(cap or self.max_sentence_length, self.max_sentence_length)
        lens = self.line_lengths[self.line_lengths > 0]
        if lens.size == 0 or int(lens.max()) <= cap:
            return lens
        k = (lens + cap - 1) // cap  # pieces per line
        line_of = np.repeat(np.arange(lens.size), k)
        first = np.repeat(np.cumsum(k, dtype=np.int64) - k, k)
        within = np.arange(line_of.size) - first
        return np.minimum(cap, lens[line_of] - within * cap)

    def sentence_count(self) -> int:
        return int(self.piece_lengths().size)

    def __iter__(self) -> Iterator[list[str]]:
        words = self.words
        pieces = self.piece_lengths()
        ends = np.cumsum(pieces, dtype=np.int64)
        with open(self.path / IDS_FILE, "rb") as f:
            buf = np.zeros(0, dtype=np.int32)
            start = 0  # corpus position of buf[0]
            for end, n in zip(ends.tolist(), pieces.tolist(), strict=True):
                if end - start > buf.size:
                    rest = buf[end - n - start:]
                    more = np.fromfile(f, dtype="<i4", count=max(_BLOCK, n))
                    buf = np.concatenate([rest, more])
                    start = end - n
                yield [words[i] for i in buf[end - n - start: end - start].tolist()]

    def vocab(self, *, min_count: int, max_final_vocab: int | None = None,
              lowercase: bool = False) -> tuple[Vocab, np.ndarray]:
        """The training vocabulary and ``remap``: lexicon id -> vocabulary id, or -1 when the
        word is left out. Identical to counting the iterated sentences (ties in first-seen
        order); with ``lowercase`` the counts of words differing in case are merged."""
        words, counts, to_merged = self.words, self.counts, None
        if lowercase:
            index: dict[str, int] = {}
            to_merged = np.fromiter((index.setdefault(w.lower(), len(index)) for w in words),
                                    dtype=np.int64, count=len(words))
            words = list(index)
            counts = np.bincount(to_merged, weights=self.counts, minlength=len(words))
            counts = counts.astype(np.int64)
        vocab, order = Vocab.from_arrays(words, counts, min_count=min_count,
                                         max_final_vocab=max_final_vocab,
                                         corpus_words=self.tokens,
                                         corpus_sentences=self.sentence_count())
        remap = np.full(len(words), -1, dtype=np.int32)
        remap[order] = np.arange(order.size, dtype=np.int32)
        if to_merged is not None:
            remap = remap[to_merged]
        return vocab, remap

    def remap_to(self, vocab: Vocab, lowercase: bool = False) -> np.ndarray:
        """lexicon id -> id in an existing vocabulary (continued training), -1 if absent."""
        get = vocab.index.get
        fold = str.lower if lowercase else str
        return np.fromiter((get(fold(w), -1) for w in self.words), dtype=np.int32,
                           count=len(self.words))

    def id_blocks(self, remap: np.ndarray, batch_words: int, cap: int | None = None,
                  shard: tuple[int, int] = (0, 1)
                  ) -> Iterator[tuple[np.ndarray, np.ndarray, int]]:
        """Jobs for the trainer: (vocabulary ids, sentence boundaries, raw tokens).

        A job ends after the first sentence that brings it to ``batch_words`` raw tokens, as
        the trainer's text producer cuts them; out-of-vocabulary ids are dropped. With
        ``shard`` (rank, ranks), the jobs numbered other than rank mod ranks are not read (their
        ids and boundaries come empty; their raw tokens are counted).
        """
        rank, ranks = shard
        empty_ids, empty_ptr = np.zeros(0, np.int32), np.zeros(1, np.int64)
        pieces = self.piece_lengths(cap)
        cum = np.concatenate([[0], np.cumsum(pieces, dtype=np.int64)])
        p = 0
        with open(self.path / IDS_FILE, "rb") as f:
            number = 0
            while p < pieces.size:
                q = int(np.searchsorted(cum, cum[p] + batch_words, side="left"))
                q = min(max(q, p + 1), pieces.size)  # pieces p .. q-1
                a, b = int(cum[p]), int(cum[q])
                number += 1
                if (number - 1) % ranks != rank:  # another rank's job
                    f.seek(4 * (b - a), 1)
                    yield empty_ids, empty_ptr, b - a
                    p = q
                    continue
                raw = np.fromfile(f, dtype="<i4", count=b - a)
                v = remap[raw]
                keep = v >= 0
                kept = np.concatenate([[0], np.cumsum(keep)])
                ptr = kept[cum[p:q + 1] - a].astype(np.int64)
                yield np.ascontiguousarray(v[keep], dtype=np.int32), ptr, b - a
                p = q


def write_lexicon(path: Path, words: Iterable[str]) -> np.ndarray:
    """The lexicon files beside a written ``token_ids.bin``: the words (JSON, any characters)
    and their counts, counted from the id file a block at a time; returns the counts."""
    words = words if isinstance(words, list) else list(words)
    with open(path / LEXICON_FILE, "w", encoding="utf-8") as f:
        json.dump(words, f, ensure_ascii=False)
    counts = np.zeros(len(words), dtype=np.int64)
    block_size = max(1 << 20, 4 * len(words))  # each bincount costs O(lexicon) too
    with open(path / IDS_FILE, "rb") as f:
        while (block := np.fromfile(f, dtype="<i4", count=block_size)).size:
            counts += np.bincount(block, minlength=len(words))
    np.save(path / COUNTS_FILE, counts)
    return counts


def encode_while_counting(sentences: Iterable[Sequence[str]], path: Path, every: float = 0.2,
                          max_sentence_length: int = 10_000
                          ) -> Generator[tuple[int, int, float], None, EncodedCorpus]:
    """One pass over ``sentences`` that counts the words and writes them as ids into
    ``path``; yields (sentences, words, seconds) about every ``every`` seconds and returns
    the :class:`EncodedCorpus`. Training then reads ids instead of the text at every epoch,
    and the corpus is read only once (any iterable will do, even a one-shot generator)."""
    index: dict[str, int] = {}
    ids: list[int] = []
    lengths: list[int] = []
    n_words = n_sent = 0
    t0 = last = time.monotonic()
    with open(path / IDS_FILE, "wb") as fi, open(path / LENGTHS_FILE, "wb") as fl:

        def flush() -> None:
            ensure_free_space(path, 4 * (len(ids) + len(lengths)))
            np.asarray(ids, dtype="<i4").tofile(fi)
            np.asarray(lengths, dtype="<i4").tofile(fl)
            ids.clear()
            lengths.clear()

        for sentence in sentences:
            ids.extend([index.setdefault(t, len(index)) for t in sentence])
            lengths.append(len(sentence))
            n_words += len(sentence)
            n_sent += 1
            if len(ids) >= 1 << 16:  # a small buffer: a Python int per id
                flush()
            if n_sent % 2000 == 0:
                now = time.monotonic()
                if now - last >= every:
                    last = now
                    yield n_sent, n_words, now - t0
        flush()
    words = list(index)  # the same string objects as the dict's keys: no second copy
    index.clear()
    counts = write_lexicon(path, words)
    lengths = np.fromfile(path / LENGTHS_FILE, dtype="<i4")
    return EncodedCorpus(path, words, counts, lengths, max_sentence_length)


def write_encoded(path: Path, sentences: Iterable[Sequence[str]]) -> None:
    """Encode token lists into ``path`` (one line per sentence): for tests and scripts."""
    gen = encode_while_counting(sentences, path)
    for _ in gen:
        pass

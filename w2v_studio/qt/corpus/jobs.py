"""Blocking corpus work run in worker threads: scanning files, previews, tokenizing, counting."""

from __future__ import annotations

import math
import os
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from w2v_studio.tokenizers.base import Token


@dataclass(frozen=True)
class FileRow:
    path: str
    kind: str
    encoding: str
    encoding_label: str
    confidence: float
    size: int
    lines: int | None


@dataclass(frozen=True)
class ScanResult:
    corpus: Any  # w2v_studio.core.corpus.reader.Corpus
    files: tuple[FileRow, ...]
    head: tuple[str, ...]
    language: str | None  # "ko", "zh", "en" or None
    suggested: str | None  # tokenizer id
    replaced_note: str | None = None  # undecodable bytes replaced (errors="replace"), where


@dataclass(frozen=True)
class CountResult:
    tokenized: Any  # TokenizedCorpus
    lines: int
    tokens: int
    top: tuple[tuple[str, int], ...]  # most frequent first
    counts_of_counts: dict[int, int] = field(default_factory=dict)  # count -> types with it
    types: int = 0
    words: list[str] = field(default_factory=list)  # every type, most frequent first
    counts: Any = None  # their counts (int64 array)
    encoded: Any = None  # the corpus as ids (EncodedCorpus), opened in the worker thread

    def types_at_least(self, min_count: int) -> int:
        return sum(n for c, n in self.counts_of_counts.items() if c >= min_count)


def scan(
    paths: list[str],
    encodings: dict[str, str],
    column: str | None,
    json_field: str | None,
    report: Callable[[Any], None],
    cancel: threading.Event,
    head_lines: int = 8,
    errors: str = "strict",
) -> ScanResult:
    """Detect encodings, count lines, read the first lines and guess the language."""
    from w2v_studio.core.corpus.reader import Corpus, count_file_lines, guess_language
    from w2v_studio.tokenizers.registry import suggest_tokenizer

    corpus = Corpus(paths, encodings=encodings or None, column=column, field=json_field,
                    errors=errors)  # fmt: skip
    rows = []
    for i, f in enumerate(corpus.files):
        if cancel.is_set():
            break
        report(("lines", i, len(corpus.files)))
        lines = count_file_lines(f.path, f.encoding.encoding)
        g = f.encoding
        rows.append(
            FileRow(str(f.path), str(f.kind), g.encoding, g.label, g.confidence, int(f.size), lines)
        )
    head = tuple(line.text for line in corpus.head(head_lines))
    language = guess_language("\n".join(head)) if head else None
    language = language if language in ("ko", "zh", "en") else None
    suggested = suggest_tokenizer(language) if language else None
    note = corpus.replacement_note() if errors == "replace" and not cancel.is_set() else None
    return ScanResult(corpus, tuple(rows), head, language, suggested, note)


def tokenize(
    corpus: Any,
    tokenizer: str,
    options: dict[str, Any],
    report: Callable[[Any], None],
    cancel: threading.Event,
    cache_dir: Path | None = None,
    top_n: int = 500,
) -> CountResult:
    """Tokenize in worker processes (the pipeline's), then count words for the table."""
    from w2v_studio.tokenizers.pipeline import tokenize_corpus

    workers = max(1, min(4, (os.cpu_count() or 2) - 1))
    tokenized = tokenize_corpus(
        corpus,
        tokenizer,
        options,
        workers=workers,
        cache_dir=cache_dir,
        on_progress=report,
        cancel=cancel,
    )
    enc = tokenized.encoded()
    if enc is not None:  # counted by the pipeline as it wrote the ids
        return count_result(tokenized, enc, top_n)
    report(("counting", 0, 0))
    counts: Counter[str] = Counter()
    lines = tokens = 0
    for sentence in tokenized.sentences():
        counts.update(sentence)
        lines += 1
        tokens += len(sentence)
        if cancel.is_set():
            raise InterruptedError("cancelled")
    cc: Counter[int] = Counter(counts.values())
    ranked = counts.most_common()
    return CountResult(
        tokenized, lines, tokens, tuple(ranked[:top_n]), dict(cc), len(counts),
        [w for w, _ in ranked], np.fromiter((c for _, c in ranked), np.int64, len(ranked)),
    )  # fmt: skip


def count_result(tokenized: Any, enc: Any, top_n: int = 500) -> CountResult:
    """The word counts of an encoded corpus (``core.encoded``) in numpy, no pass over it."""
    counts = np.asarray(enc.counts, np.int64)
    order = np.argsort(-counts, kind="stable")
    values, n_types = np.unique(counts, return_counts=True)
    words = [enc.words[i] for i in order.tolist()]
    return CountResult(
        tokenized,
        enc.sentence_count(),
        enc.tokens,
        tuple(zip(words[:top_n], counts[order[:top_n]].tolist(), strict=True)),
        dict(zip(values.tolist(), n_types.tolist(), strict=True)),
        len(enc.words),
        words,
        counts[order],
        enc,
    )


def preview(tokenizer: str, options: dict[str, Any], text: str) -> list[Token]:
    from w2v_studio.tokenizers.preview import preview as run_preview

    return list(run_preview(tokenizer, options, text))


def estimate(types: int, tokens: int, config: Any) -> tuple[int, float]:
    """(bytes of memory, seconds) a run will roughly need; a rough guide, said to be one.

    ``types``: vocabulary words kept; ``tokens``: raw tokens of the corpus; ``config``: the
    TrainConfig. Memory: input + output vectors (float32) plus vocabulary and per-thread
    buffers. Time: the work per corpus word in "units" of one dot product of ``dim`` numbers,
    calibrated on the full English benchmark (2 threads, dim 100: skip-gram + negative
    sampling 646,000 words/s, CBOW 1,150,000, skip-gram + hierarchical 365,000) and on full
    softmax with 3,000 words (skip-gram 2,400 words/s at dim 50).
    """
    c = config
    types = min(types, c.max_final_vocab) if c.max_final_vocab else types
    vectors = types * c.dim * 4 * 2
    memory = vectors + types * 80 + c.threads * 16 * 1024 * 1024
    if c.objective == "negative":
        per_target = c.negative + 1
    elif c.objective == "hierarchical":
        per_target = 0.65 * math.log2(max(types, 2))  # Huffman codes: frequent words short
    else:
        per_target = max(types, 1)
    # skip-gram: about `window` context words per word; CBOW: one example plus its context mean
    skipgram = c.architecture == "skipgram"
    units = c.window * per_target if skipgram else per_target + 2 * c.window
    rate = UNITS_PER_SECOND * max(1, c.threads) / (max(c.dim, 1) * units)
    seconds = tokens * c.epochs / max(rate, 1.0)
    return int(memory), float(seconds)


UNITS_PER_SECOND = 9.7e8  # dot-product elements per second per thread (see ``estimate``)

"""A trained model and its native folder format (JSON + .npy, no pickle).

Folder layout (format_version 1)::

    model.json          format, version, settings, training state, shapes, corpus info
    vocab.tsv           word<TAB>count per line, most frequent first (ids are line numbers)
    input_vectors.npy   (V, D) float32: the word vectors
    output_vectors.npy  (V, D) softmax/negative, (V-1, D) hierarchical: the output weights
    huffman.npz         codes/points/lengths (hierarchical softmax only)
    noise.npy           (V,) float64 noise distribution (negative sampling only)
    ngram_vectors.npy   (B, D) float32 n-gram rows, B = config.buckets (fastText only)
    vocab_tags.json     word -> part-of-speech tag (optional: a tokenizer with tags)
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.huffman import HuffmanTree, build_huffman
from w2v_studio.core.engine.model_check import (
    FORMAT_VERSION,
    ModelFormatError,  # noqa: F401 (re-exported: callers catch it from here)
    read_arrays,
    read_meta,
    read_vocab,
)
from w2v_studio.core.engine.model_save import FORMAT, model_target
from w2v_studio.core.engine.noise import noise_distribution
from w2v_studio.core.engine.vocab import Vocab
from w2v_studio.core.engine.vocab_tags import read_vocab_tags, vocab_tags, write_vocab_tags

Status = Literal["finished", "cancelled", "failed", "running"]


@dataclass
class TrainedModel:
    """Vectors plus everything needed to query them or to continue training."""

    vocab: Vocab
    config: TrainConfig
    input_vectors: np.ndarray  # (V, D) float32
    output_vectors: np.ndarray | None = None  # (V, D) or (V-1, D) for hierarchical
    epochs_done: int = 0
    words_done: int = 0  # raw words trained over all epochs so far
    status: Status = "running"
    epoch_losses: list[float] = field(default_factory=list)
    corpus_info: dict[str, Any] = field(default_factory=dict)  # files, tokenizer, cache path
    huffman: HuffmanTree | None = None
    noise: np.ndarray | None = None
    ngram_vectors: np.ndarray | None = None  # (buckets, D): fastText n-gram rows (subword.py)
    vocab_tags: dict[str, str] | None = None  # word -> part of speech (vocab_tags.py)

    @property
    def words(self) -> list[str]:
        return self.vocab.words

    @property
    def counts(self) -> np.ndarray:
        return self.vocab.counts

    @property
    def dim(self) -> int:
        return int(self.input_vectors.shape[1])

    # ------------------------------------------------------------------ saving
    def save(self, path: str | Path, *, overwrite: bool = True) -> Path:
        """Write the model folder atomically (a crash never leaves half a model).

        ``path`` must be new, an empty folder or, with ``overwrite``, a model folder; anything
        else raises ``model_save.SaveRefused`` and is left untouched (see ``model_save``).
        """
        path = Path(path)
        with model_target(path, overwrite) as tmp:
            meta = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "config": self.config.to_dict(),
                "state": {
                    "epochs_done": self.epochs_done,
                    "words_done": self.words_done,
                    "status": self.status,
                    "epoch_losses": [float(x) for x in self.epoch_losses],
                },
                "vocab_size": len(self.vocab),
                "dim": self.dim,
                "corpus": {
                    "words": self.vocab.corpus_words,
                    "sentences": self.vocab.corpus_sentences,
                    "types": self.vocab.corpus_types,
                    **self.corpus_info,
                },
                "files": {"vocab": "vocab.tsv", "input_vectors": "input_vectors.npy"},
            }
            with open(tmp / "vocab.tsv", "w", encoding="utf-8", newline="\n") as f:
                for w, c in zip(self.vocab.words, self.vocab.counts.tolist(), strict=True):
                    f.write(f"{w}\t{c}\n")
            np.save(tmp / "input_vectors.npy", np.ascontiguousarray(self.input_vectors,
                                                                    dtype=np.float32))
            if self.output_vectors is not None:
                np.save(tmp / "output_vectors.npy",
                        np.ascontiguousarray(self.output_vectors, dtype=np.float32))
                meta["files"]["output_vectors"] = "output_vectors.npy"
            if self.huffman is not None:
                np.savez(tmp / "huffman.npz", codes=self.huffman.codes,
                         points=self.huffman.points, lengths=self.huffman.lengths)
                meta["files"]["huffman"] = "huffman.npz"
            if self.noise is not None:
                np.save(tmp / "noise.npy", self.noise)
                meta["files"]["noise"] = "noise.npy"
            if self.ngram_vectors is not None:
                np.save(tmp / "ngram_vectors.npy", np.ascontiguousarray(self.ngram_vectors))
                meta["files"]["ngram_vectors"] = "ngram_vectors.npy"
            write_vocab_tags(tmp, meta, vocab_tags(self.vocab.words, self.vocab_tags))
            self.write_extra(tmp, meta)
            (tmp / "model.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False),
                                            encoding="utf-8")
        return path

    def write_extra(self, folder: Path, meta: dict[str, Any]) -> None:
        """More files of a subclass (document vectors), written into the new folder before
        ``model.json``, each listed in ``meta["files"]``: nothing here."""

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | Path) -> TrainedModel:
        """Read a model folder, every file checked first (``model_check``): the arrays match
        the vocabulary and the settings, so the training kernels never see a bad one."""
        path = Path(path)
        meta = read_meta(path)
        words, counts = read_vocab(meta.files["vocab"])
        arrays = read_arrays(meta, len(words), meta.files["vocab"])
        vocab = Vocab(words, counts, corpus_words=meta.corpus_counts["words"],
                      corpus_sentences=meta.corpus_counts["sentences"],
                      corpus_types=meta.corpus_counts["types"])
        return cls(vocab=vocab, config=meta.config, input_vectors=arrays.input_vectors,
                   output_vectors=arrays.output_vectors, epochs_done=meta.epochs_done,
                   words_done=meta.words_done, status=meta.status,  # type: ignore[arg-type]
                   epoch_losses=meta.epoch_losses, corpus_info=meta.corpus_info,
                   huffman=arrays.huffman, noise=arrays.noise,
                   ngram_vectors=arrays.ngram_vectors,
                   vocab_tags=read_vocab_tags(meta.files["vocab_tags"])
                   if "vocab_tags" in meta.files else None)

    def ensure_heads(self) -> None:
        """Fill in the Huffman tree / noise distribution the objective needs."""
        if self.config.objective == "hierarchical" and self.huffman is None:
            self.huffman = build_huffman(self.vocab.counts)
        if self.config.objective == "negative" and self.noise is None:
            self.noise = noise_distribution(self.vocab.counts, self.config.ns_exponent)

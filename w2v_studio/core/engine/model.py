"""A trained model and its native folder format (JSON + .npy, no pickle).

Folder layout (format_version 1)::

    model.json          format, version, settings, training state, shapes, corpus info
    vocab.tsv           word<TAB>count per line, most frequent first (ids are line numbers)
    input_vectors.npy   (V, D) float32: the word vectors
    output_vectors.npy  (V, D) softmax/negative, (V-1, D) hierarchical: the output weights
    huffman.npz         codes/points/lengths (hierarchical softmax only)
    noise.npy           (V,) float64 noise distribution (negative sampling only)
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.huffman import HuffmanTree, build_huffman
from w2v_studio.core.engine.model_save import FORMAT, model_target
from w2v_studio.core.engine.noise import noise_distribution
from w2v_studio.core.engine.vocab import Vocab

FORMAT_VERSION = 1
Status = Literal["finished", "cancelled", "failed", "running"]


class ModelFormatError(Exception):
    """A model folder that cannot be read: says which file and what is wrong."""


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
            (tmp / "model.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False),
                                            encoding="utf-8")
        return path

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | Path) -> TrainedModel:
        path = Path(path)
        meta_path = path / "model.json"
        if not meta_path.is_file():
            raise ModelFormatError(f"{path} is not a Word2Vec Studio model folder "
                                   "(no model.json in it)")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise ModelFormatError(f"{meta_path}: not valid JSON ({e})") from e
        if meta.get("format") != FORMAT:
            raise ModelFormatError(f"{meta_path}: not a Word2Vec Studio model "
                                   f"(format is {meta.get('format')!r})")
        version = int(meta.get("format_version", 0))
        if version > FORMAT_VERSION:
            raise ModelFormatError(f"{meta_path}: written by a newer Word2Vec Studio (format "
                                   f"{version}); please update the program")
        files = meta.get("files", {})
        words, counts = _read_vocab(path / files.get("vocab", "vocab.tsv"))
        corpus = dict(meta.get("corpus", {}))
        vocab = Vocab(words, np.array(counts, dtype=np.int64),
                      corpus_words=int(corpus.pop("words", 0) or 0),
                      corpus_sentences=int(corpus.pop("sentences", 0) or 0),
                      corpus_types=int(corpus.pop("types", 0) or 0))
        config = TrainConfig.from_dict(meta.get("config", {}))
        wi = _load_npy(path / files.get("input_vectors", "input_vectors.npy"))
        if wi.ndim != 2 or wi.shape[0] != len(words):
            raise ModelFormatError(f"{path}: input_vectors.npy has shape {wi.shape} but "
                                   f"vocab.tsv has {len(words)} words")
        wo = _load_npy(path / files["output_vectors"]) if "output_vectors" in files else None
        huffman = None
        if "huffman" in files:
            with np.load(path / files["huffman"], allow_pickle=False) as z:
                huffman = HuffmanTree(z["codes"], z["points"], z["lengths"])
        noise = _load_npy(path / files["noise"]) if "noise" in files else None
        state = meta.get("state", {})
        return cls(vocab=vocab, config=config, input_vectors=wi, output_vectors=wo,
                   epochs_done=int(state.get("epochs_done", 0)),
                   words_done=int(state.get("words_done", 0)),
                   status=state.get("status", "finished"),
                   epoch_losses=list(state.get("epoch_losses", [])),
                   corpus_info=corpus, huffman=huffman, noise=noise)

    def ensure_heads(self) -> None:
        """Fill in the Huffman tree / noise distribution the objective needs."""
        if self.config.objective == "hierarchical" and self.huffman is None:
            self.huffman = build_huffman(self.vocab.counts)
        if self.config.objective == "negative" and self.noise is None:
            self.noise = noise_distribution(self.vocab.counts, self.config.ns_exponent)


def _read_vocab(path: Path) -> tuple[list[str], list[int]]:
    if not path.is_file():
        raise ModelFormatError(f"{path} is missing: the model folder is incomplete")
    words: list[str] = []
    counts: list[int] = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            word, sep, count = line.rpartition("\t")
            if not sep:
                raise ModelFormatError(f"{path}, line {lineno}: expected word<TAB>count")
            try:
                counts.append(int(count))
            except ValueError as e:
                raise ModelFormatError(f"{path}, line {lineno}: count {count!r} is not a "
                                       "whole number") from e
            words.append(word)
    return words, counts


def _load_npy(path: Path) -> np.ndarray:
    if not path.is_file():
        raise ModelFormatError(f"{path} is missing: the model folder is incomplete")
    try:
        return np.load(path, allow_pickle=False)
    except ValueError as e:
        raise ModelFormatError(f"{path}: not a plain numeric array ({e})") from e

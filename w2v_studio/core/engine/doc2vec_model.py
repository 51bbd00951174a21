"""A document-vector model: the word model's folder plus its documents, and inference
(``Documents``: tokenized documents with their tags, sources and texts, as trained).

Beside the word model's files (``model.py``) the folder holds::

    doc_vectors.npy   (N, D) float32: one vector per training document
    documents.json    the doc2vec settings and, per document, its tag, source and text

``model.json`` lists both under ``files`` (roles ``doc_vectors`` and ``documents``), so every
part of the app that opens a model reads its word vectors as usual; :func:`load_doc_model`
reads the documents too. :func:`infer_vectors` trains vectors for new documents with every
word vector and output weight frozen, as gensim's ``infer_vector``.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.engine.model_check import fail, read_array, read_meta

DOCUMENTS_FORMAT = "w2v-studio-documents"
TEXT_CHARS = 2000  # original text kept per document in the model folder


@dataclass(frozen=True)
class DocSettings:
    """How the document vectors are trained: PV-DBOW ("dbow", gensim's dm=0; ``dbow_words``
    also trains the word vectors by skip-gram) or PV-DM ("dm"); one document per line (a
    csv/tsv row, a jsonl record) or per file."""

    mode: Literal["dbow", "dm"] = "dbow"
    dbow_words: bool = False
    unit: Literal["line", "file"] = "line"

    def __post_init__(self) -> None:
        if self.mode not in ("dbow", "dm"):
            raise ValueError(f"mode must be 'dbow' or 'dm', not {self.mode!r}")
        if self.unit not in ("line", "file"):
            raise ValueError(f"unit must be 'line' or 'file', not {self.unit!r}")


@dataclass
class Documents:
    """Tokenized documents with a tag each, where each came from and its original text."""

    tokens: list[list[str]]
    tags: list[str]
    sources: list[str] = field(default_factory=list)  # "path:line" or "path"
    texts: list[str] = field(default_factory=list)  # the original text (cut if very long)

    def __post_init__(self) -> None:
        self.sources = self.sources or list(self.tags)
        self.texts = self.texts or [" ".join(t)[:TEXT_CHARS] for t in self.tokens]

    def __len__(self) -> int:
        return len(self.tokens)


@dataclass
class DocModel(TrainedModel):
    """Word vectors plus ``doc_vectors`` (N, D) and each document's tag, source and text."""

    doc_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    doc_settings: DocSettings = field(default_factory=DocSettings)
    doc_tags: list[str] = field(default_factory=list)
    doc_sources: list[str] = field(default_factory=list)
    doc_texts: list[str] = field(default_factory=list)
    syn0: np.ndarray | None = None  # while training: the word rows then the document rows

    def write_extra(self, folder: Path, meta: dict[str, Any]) -> None:
        np.save(folder / "doc_vectors.npy", np.ascontiguousarray(self.doc_vectors, np.float32))
        doc = {"format": DOCUMENTS_FORMAT, "format_version": 1,
               "settings": asdict(self.doc_settings), "tags": self.doc_tags,
               "sources": self.doc_sources, "texts": self.doc_texts}
        (folder / "documents.json").write_text(json.dumps(doc, ensure_ascii=False),
                                               encoding="utf-8")
        meta["files"]["doc_vectors"] = "doc_vectors.npy"
        meta["files"]["documents"] = "documents.json"


def has_documents(path: str | Path) -> bool:
    """Whether the model folder at ``path`` lists document vectors (no arrays are read)."""
    try:
        return "doc_vectors" in read_meta(Path(path)).files
    except ValueError:
        return False


def load_doc_model(path: str | Path) -> DocModel:
    """The model folder with its documents; ``ModelFormatError`` says what is wrong."""
    path = Path(path)
    base = TrainedModel.load(path)
    files = read_meta(path).files
    if "doc_vectors" not in files or "documents" not in files:
        raise fail(path / "model.json", "it lists no document vectors (files.doc_vectors and "
                   "files.documents): it is a word model. Train one with --method doc2vec")
    doc = _read_documents(files["documents"])
    n = len(doc["tags"])
    vectors = read_array(files["doc_vectors"], (n, base.dim), "float32",
                         f"the document vectors (one row per document: {n:,})")
    fields = {k: getattr(base, k) for k in TrainedModel.__dataclass_fields__}
    return DocModel(**fields, doc_vectors=vectors, doc_settings=doc["settings"],
                    doc_tags=doc["tags"], doc_sources=doc["sources"], doc_texts=doc["texts"])


def _read_documents(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise fail(path, f"cannot be read ({e.strerror or e})") from e
    except (ValueError, RecursionError) as e:
        raise fail(path, f"not valid JSON ({e})") from e
    if not isinstance(doc, dict) or doc.get("format") != DOCUMENTS_FORMAT:
        raise fail(path, f"not a document list (its format should be {DOCUMENTS_FORMAT!r})")
    n = len(doc.get("tags") or [])
    for key in ("tags", "sources", "texts"):
        value = doc.get(key)
        if not isinstance(value, list) or len(value) != n or \
                not all(isinstance(x, str) for x in value):
            raise fail(path, f"field '{key}' must be a list of {n} texts (one per document)")
    settings = doc.get("settings")
    try:
        doc["settings"] = DocSettings(**settings)
    except (TypeError, ValueError) as e:
        raise fail(path, f"field 'settings' is not doc2vec settings ({e})") from e
    return doc


def _start_vector(tokens: Sequence[str], dim: int, seed: int) -> np.ndarray:
    """A start for a new document's vector, the same for the same words (as gensim seeds it)."""
    key = zlib.crc32(" ".join(tokens).encode("utf-8"))
    rng = np.random.default_rng([seed, key])
    return ((rng.random(dim, dtype=np.float32) - 0.5) * (2 / dim)).astype(np.float32)


def infer_vectors(model: DocModel, documents: Sequence[Sequence[str]], *,
                  epochs: int | None = None) -> np.ndarray:
    """(len(documents), D) vectors of new tokenized documents: ``epochs`` (the model's by
    default) passes of SGD from alpha down to min_alpha on the document vector alone."""
    from w2v_studio.core.engine.doc2vec_kernels import (
        infer_hierarchical,
        infer_negative,
        make_doc_examples,
    )
    from w2v_studio.core.engine.noise import alias_table
    from w2v_studio.core.engine.rng import make_state

    c, s = model.config, model.doc_settings
    model.ensure_heads()
    epochs = c.epochs if epochs is None else epochs
    keep = model.vocab.keep_probabilities(c.sample)
    alias = alias_table(model.noise) if c.objective == "negative" else None
    row = np.int32(len(model.vocab))  # the new document's place in the input groups
    out = np.empty((len(documents), model.dim), np.float32)
    for k, tokens in enumerate(documents):
        if c.lowercase:
            tokens = [w.lower() for w in tokens]
        ids = model.vocab.encode(tokens)
        doc = _start_vector(tokens, model.dim, c.seed)
        state = make_state(c.seed, k, len(ids))
        for e in range(epochs):
            lr0 = c.alpha - (c.alpha - c.min_alpha) * e / epochs
            lr1 = c.alpha - (c.alpha - c.min_alpha) * (e + 1) / epochs
            t, p, i = make_doc_examples(ids, np.array([0, len(ids)], np.int64),
                                        np.array([row], np.int32), keep, c.window,
                                        c.dynamic_window, s.mode == "dm", False, state)
            if alias is not None:
                infer_negative(model.input_vectors, model.output_vectors, doc, row, t, p, i,
                               lr0, lr1, s.mode == "dm", alias, c.negative, state)
            else:
                h = model.huffman
                infer_hierarchical(model.input_vectors, model.output_vectors, doc, row, t, p,
                                   i, lr0, lr1, s.mode == "dm", h.codes, h.points, h.lengths)
        out[k] = doc
    return out

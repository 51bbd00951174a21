"""Checks of a model folder before anything uses it: ``model.json`` read into a typed schema,
every array's header checked against the vocabulary and the settings before it is loaded.

The numba kernels index the output weights with word ids, Huffman points and noise draws
without bounds checks, so a folder whose arrays do not match its vocabulary would crash the
process (a segmentation fault) when training continues. Every problem found here is a
:class:`ModelFormatError` saying which file, which field and what to do.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import numpy as np

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.huffman import HuffmanTree
from w2v_studio.core.engine.model_save import FORMAT

FORMAT_VERSION = 1
STATUSES = ("finished", "cancelled", "failed", "running")
FILE_ROLES = ("vocab", "input_vectors", "output_vectors", "huffman", "noise",
              "doc_vectors", "documents",  # doc2vec models (doc2vec_model.py)
              "vocab_tags")  # optional parts of speech (vocab_tags.py)
_MAX_JSON_BYTES = 64 * 1024 * 1024
_MAX_COLUMNS = 100_000  # vector sizes and Huffman depths are far below this
_REPAIR = (
    "The folder was changed by hand or damaged: copy it again from where it was saved, or "
    "train the model again."
)


class ModelFormatError(ValueError):
    """A model folder that cannot be read: says which file and what is wrong."""


def fail(where: Path | str, what: str) -> ModelFormatError:
    """The error for ``where`` (a file, with a field when known) and ``what`` is wrong."""
    return ModelFormatError(f"{where}: {what}. {_REPAIR}")


@dataclass(frozen=True)
class ModelMeta:
    """``model.json`` once every field has been checked."""

    format_version: int
    config: TrainConfig
    epochs_done: int = 0
    words_done: int = 0
    status: str = "finished"
    epoch_losses: list[float] = field(default_factory=list)
    vocab_size: int | None = None
    dim: int | None = None
    corpus_counts: dict[str, int] = field(default_factory=dict)  # words, sentences, types
    corpus_info: dict[str, Any] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)  # role -> path inside the folder


# ---------------------------------------------------------------------------- model.json
def read_meta(folder: Path) -> ModelMeta:
    """Parse and check ``folder/model.json``; raises :class:`ModelFormatError`."""
    path = folder / "model.json"
    if not path.is_file():
        raise ModelFormatError(
            f"{folder} is not a Word2Vec Studio model folder (no model.json in it). Choose the "
            "folder that holds model.json."
        )
    if path.stat().st_size > _MAX_JSON_BYTES:
        raise fail(path, f"the file is larger than {_MAX_JSON_BYTES >> 20} MB, far more than "
                         "a model description needs")
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise fail(path, f"not valid JSON ({e})") from e
    except RecursionError as e:
        raise fail(path, "the JSON is nested too deeply to be a model description") from e
    if not isinstance(meta, dict):
        raise fail(path, f"expected a JSON object, found {type(meta).__name__}")
    if meta.get("format") != FORMAT:
        raise fail(path, f"not a Word2Vec Studio model (format is {meta.get('format')!r}, "
                         f"expected {FORMAT!r})")
    return _meta_fields(meta, path, folder)


def _meta_fields(meta: dict[str, Any], path: Path, folder: Path) -> ModelMeta:
    version = meta.get("format_version", FORMAT_VERSION)
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ModelFormatError(f"{path}: written by a newer Word2Vec Studio (format_version "
                               f"{version}); please update the program to open it.")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        known = "1" if FORMAT_VERSION == 1 else f"1 to {FORMAT_VERSION}"
        raise fail(path, f"field 'format_version' is {version!r}; this program reads "
                         f"format_version {known}")
    config = meta.get("config")
    if not isinstance(config, dict):
        raise fail(path, f"field 'config' must be an object with the training settings, "
                         f"not {_shown(config)}")
    try:
        train_config = TrainConfig.from_dict(config)
    except (TypeError, ValueError) as e:
        raise fail(path, f"field 'config': {e}") from e
    state = _object(meta, "state", path)
    status = state.get("status", "finished")
    if status not in STATUSES:
        raise fail(path, f"field 'state.status' is {_shown(status)}; expected one of "
                         f"{', '.join(STATUSES)}")
    corpus = _object(meta, "corpus", path)
    counts = {k: _count(corpus, k, path, "corpus.") or 0 for k in ("words", "sentences", "types")}
    info = {k: v for k, v in corpus.items() if k not in counts}
    _check_corpus_info(info, path)
    return ModelMeta(
        format_version=version,
        config=train_config,
        epochs_done=_count(state, "epochs_done", path, "state.") or 0,
        words_done=_count(state, "words_done", path, "state.") or 0,
        status=status,
        epoch_losses=_losses(state.get("epoch_losses", []), path),
        vocab_size=_count(meta, "vocab_size", path),
        dim=_count(meta, "dim", path),
        corpus_counts=counts,
        corpus_info=info,
        files=_files(meta, path, folder),
    )


def _shown(value: Any) -> str:
    if value is None:
        return "null"
    text = repr(value)
    return text if len(text) <= 60 else f"a {type(value).__name__}"


def _object(meta: dict[str, Any], key: str, path: Path) -> dict[str, Any]:
    value = meta.get(key, {})
    if not isinstance(value, dict):
        raise fail(path, f"field '{key}' must be an object, not {_shown(value)}")
    return value


def _count(d: dict[str, Any], key: str, path: Path, prefix: str = "") -> int | None:
    value = d.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise fail(path, f"field '{prefix}{key}' must be a whole number of at least 0, "
                         f"not {_shown(value)}")
    return value


def _losses(value: Any, path: Path) -> list[float]:
    if not isinstance(value, list) or not all(
        isinstance(x, int | float) and not isinstance(x, bool) for x in value
    ):
        raise fail(path, "field 'state.epoch_losses' must be a list of numbers")
    return [float(x) for x in value]


_INFO_TYPES: dict[str, tuple[type, ...]] = {
    "tokenizer": (str,),
    "tokenizer_options": (dict,),
    "tokenized_path": (str,),
    "column": (str, int, type(None)),
    "field": (str, type(None)),
    "encodings": (dict,),
    "files": (list,),
}


def _check_corpus_info(info: dict[str, Any], path: Path) -> None:
    """The corpus fields other parts of the app read must have the type they expect."""
    for key, types in _INFO_TYPES.items():
        if key in info and not isinstance(info[key], types):
            raise fail(path, f"field 'corpus.{key}' has the wrong type ({_shown(info[key])})")
    if not all(isinstance(f, str) for f in info.get("files", [])):
        raise fail(path, "field 'corpus.files' must be a list of file names")


def _files(meta: dict[str, Any], path: Path, folder: Path) -> dict[str, Path]:
    names = _object(meta, "files", path)
    names = {"vocab": "vocab.tsv", "input_vectors": "input_vectors.npy", **names}
    out: dict[str, Path] = {}
    for role in FILE_ROLES + SUBWORD_ROLES:
        if role in names:
            out[role] = inside(folder, names[role], f"{path}: field 'files.{role}'")
    return out


def inside(folder: Path, name: Any, where: str) -> Path:
    """``folder/name`` when ``name`` is a plain relative file name that stays in ``folder``."""
    if not isinstance(name, str) or not name or "\0" in name:
        raise ModelFormatError(f"{where} must be a file name, not {_shown(name)}. {_REPAIR}")
    if os.path.isabs(name) or Path(name).is_absolute() or ".." in Path(name).parts:
        raise ModelFormatError(
            f"{where} is {name!r}: files of a model must be inside its folder (no absolute "
            f"path, no '..'). {_REPAIR}"
        )
    target = (folder / name).resolve()
    if not target.is_relative_to(folder.resolve()):
        raise ModelFormatError(f"{where} ({name!r}) leads outside the model folder through a "
                               f"link. {_REPAIR}")
    return folder / name


# ---------------------------------------------------------------------------- vocab.tsv
def read_vocab(path: Path) -> tuple[list[str], np.ndarray]:
    """Words and their counts (each a whole number of at least 1), one ``word<TAB>count`` a line."""
    if not path.is_file():
        raise ModelFormatError(f"{path} is missing: the model folder is incomplete. {_REPAIR}")
    words: list[str] = []
    counts: list[int] = []
    seen: set[str] = set()
    try:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line:
                    continue
                word, sep, count = line.rpartition("\t")
                if not sep or not word:
                    raise fail(f"{path}, line {lineno}", "expected word<TAB>count")
                if not (count.isascii() and count.isdigit()) or not 1 <= int(count) < 2**63:
                    raise fail(f"{path}, line {lineno}",
                               f"count {count[:30]!r} is not a whole number of at least 1")
                if word in seen:
                    raise fail(f"{path}, line {lineno}", f"the word {word[:40]!r} appears twice")
                seen.add(word)
                words.append(word)
                counts.append(int(count))
    except UnicodeDecodeError as e:
        raise fail(path, f"not UTF-8 text (byte {e.start})") from e
    return words, np.array(counts, dtype=np.int64)


# ---------------------------------------------------------------------------- arrays
def _header(f: IO[bytes], where: str) -> tuple[tuple[int, ...], bool, np.dtype]:
    try:
        version = np.lib.format.read_magic(f)
        if version == (1, 0):
            return np.lib.format.read_array_header_1_0(f)
        if version == (2, 0):
            return np.lib.format.read_array_header_2_0(f)
    except (ValueError, SyntaxError, TypeError, EOFError) as e:
        raise fail(where, f"not a .npy array ({e})") from e
    raise fail(where, f"a .npy array of version {version}, which this program never writes")


def read_array(
    source: Path | tuple[Path, str], shape: tuple[int, ...], dtype: str, what: str
) -> np.ndarray:
    """Load one array after checking from its header alone (nothing is allocated before) that
    it has ``shape`` (-1: any length) and ``dtype``; ``source`` is a file or (npz, member)."""
    where = str(source) if isinstance(source, Path) else f"{source[0]} ({source[1]})"
    if isinstance(source, Path) and not source.is_file():
        raise ModelFormatError(f"{source} is missing: the model folder is incomplete. {_REPAIR}")
    with _open_member(source, where) as (f, size):
        found, fortran, found_dtype = _header(f, where)
        wanted = np.dtype(dtype)
        if found_dtype != wanted or len(found) != len(shape) or any(
            w not in (-1, n) for w, n in zip(shape, found, strict=True)
        ):
            expected = "x".join("any" if n < 0 else str(n) for n in shape)
            raise fail(where, f"{what} should hold {expected} {wanted} values, but it holds "
                              f"{'x'.join(map(str, found)) or 'a single'} {found_dtype} values")
        if shape[-1] < 0 and found[-1] > _MAX_COLUMNS:
            raise fail(where, f"{what} has {found[-1]:,} columns, more than any model has")
        if fortran:
            raise fail(where, f"{what} is stored in Fortran order, which this program never "
                              "writes")
        nbytes = math.prod(found) * wanted.itemsize
        if nbytes > size - f.tell():
            raise fail(where, f"{what} is cut short: its header promises {nbytes:,} bytes of "
                              f"data, the file holds {max(size - f.tell(), 0):,}")
        try:
            data = f.read(nbytes)
        except (zipfile.BadZipFile, OSError, EOFError) as e:
            raise fail(where, f"{what} is damaged ({e})") from e
    if len(data) != nbytes:
        raise fail(where, f"{what} is cut short")
    return np.frombuffer(data, dtype=wanted).reshape(found).copy()


@contextlib.contextmanager
def _open_member(
    source: Path | tuple[Path, str], where: str
) -> Iterator[tuple[IO[bytes], int]]:
    """The open array file and its size in bytes (a file, or a member of an npz archive)."""
    if isinstance(source, Path):
        with open(source, "rb") as f:
            yield f, os.fstat(f.fileno()).st_size
        return
    try:
        archive = zipfile.ZipFile(source[0])
        info = archive.getinfo(source[1] + ".npy")
    except (zipfile.BadZipFile, KeyError, OSError) as e:
        raise fail(where, f"the array is missing or the archive is damaged ({e})") from e
    with archive, archive.open(info) as f:
        yield f, info.file_size


@dataclass
class Arrays:
    """The arrays of a model folder, each checked against the vocabulary and the settings."""

    input_vectors: np.ndarray
    output_vectors: np.ndarray | None = None
    huffman: HuffmanTree | None = None
    noise: np.ndarray | None = None
    ngram_vectors: np.ndarray | None = None  # fastText models


SUBWORD_ROLES = ("ngram_vectors",)  # fastText models: the n-gram rows (subword.py)


def read_arrays(meta: ModelMeta, n_words: int, vocab_path: Path) -> Arrays:
    """Read every array ``meta`` lists, refusing any that does not fit ``n_words`` words."""
    files, objective = meta.files, meta.config.objective
    if meta.vocab_size is not None and meta.vocab_size != n_words:
        raise fail(f"{vocab_path}", f"it has {n_words:,} words but model.json says vocab_size "
                                    f"{meta.vocab_size:,}")
    wi = read_array(files["input_vectors"], (n_words, meta.dim or -1), "float32",
                    f"the input vectors (one row per word of vocab.tsv: {n_words:,})")
    dim = wi.shape[1]
    if dim < 1:
        raise fail(files["input_vectors"], "the input vectors have no columns")
    out = Arrays(wi)
    rows = max(n_words - 1, 1) if objective == "hierarchical" else n_words
    if "output_vectors" in files:
        out.output_vectors = read_array(
            files["output_vectors"], (rows, dim), "float32",
            f"the output weights ({objective} objective, {n_words:,} words)")
    if "noise" in files:
        out.noise = check_noise(read_array(files["noise"], (n_words,), "float64",
                                           "the noise distribution (one per word)"),
                                files["noise"])
    if "huffman" in files:
        out.huffman = read_huffman(files["huffman"], n_words, rows)
    if meta.config.method == "fasttext":
        out.ngram_vectors = read_ngrams(meta, dim)
    return out


def read_ngrams(meta: ModelMeta, dim: int) -> np.ndarray:
    """The n-gram rows of a fastText model: one per hash bucket, finite."""
    path = meta.files.get("ngram_vectors")
    if path is None:
        raise ModelFormatError(
            f"{meta.files['vocab'].parent}: a fastText model needs its n-gram vectors, but "
            f"model.json lists no 'ngram_vectors' file. {_REPAIR}")
    buckets = meta.config.buckets
    ngrams = read_array(path, (buckets, dim), "float32",
                        f"the n-gram vectors (one row per hash bucket: {buckets:,})")
    if not np.isfinite(ngrams).all():
        raise fail(path, "the n-gram vectors hold NaN or infinite values")
    return ngrams


def check_noise(noise: np.ndarray, where: Path) -> np.ndarray:
    if not np.isfinite(noise).all() or (noise < 0).any():
        raise fail(where, "the noise distribution has negative, NaN or infinite values")
    if len(noise) and not math.isclose(float(noise.sum()), 1.0, abs_tol=1e-6):
        raise fail(where, f"the noise distribution sums to {float(noise.sum()):.6g}, not 1")
    return noise


def read_huffman(path: Path, n_words: int, rows: int) -> HuffmanTree:
    """Codes, points and lengths of the Huffman tree, with every path inside the output rows."""
    lengths = read_array((path, "lengths"), (n_words,), "int32", "the code lengths")
    codes = read_array((path, "codes"), (n_words, -1), "uint8", "the Huffman codes")
    depth = codes.shape[1]
    points = read_array((path, "points"), (n_words, depth), "int32", "the Huffman points")
    if ((lengths < 0) | (lengths > depth)).any():
        raise fail(path, f"a code length is outside 0..{depth} (the width of the codes)")
    if (codes > 1).any():
        raise fail(path, "a Huffman code holds a value other than 0 and 1")
    if ((points < 0) | (points >= rows)).any():
        raise fail(path, f"a Huffman point is outside 0..{rows - 1} (the output weight rows)")
    return HuffmanTree(codes, points, lengths)


def resume_problem(output_vectors: np.ndarray | None, folder: Path | str) -> str | None:
    """Why a loaded model cannot be trained further (None when it can).

    Exploring needs only the word vectors; continuing also needs the output weights that
    ``output_vectors.npy`` holds (the Huffman tree and the noise table are rebuilt if absent).
    """
    if output_vectors is None:
        return (
            f"{folder} has no output weights (output_vectors.npy is not listed in its "
            "model.json), which continuing the training needs. The model can be explored, "
            "but to train further, start a new run on the corpus."
        )
    return None

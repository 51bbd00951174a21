"""Item 3 of issue 11, model folders: model.json read into a typed schema, every array checked
against the vocabulary and the settings before use; a bad folder is a clear message, never a
segmentation fault in the training kernels."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from tests.safety.validation_helpers import cli_error
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.model import ModelFormatError, TrainedModel
from w2v_studio.core.engine.vocab import Vocab

WORDS = [f"w{i}" for i in range(12)]


def _model(tmp_path, objective="negative"):
    """A small saved model folder (6 dims, 12 words), no training needed."""
    vocab = Vocab(WORDS, np.arange(30, 18, -1, dtype=np.int64))
    rng = np.random.default_rng(0)
    rows = len(WORDS) - 1 if objective == "hierarchical" else len(WORDS)
    model = TrainedModel(vocab, TrainConfig(objective=objective, dim=6, min_count=1),
                         rng.random((12, 6), dtype=np.float32),
                         rng.random((rows, 6), dtype=np.float32), status="finished")
    model.ensure_heads()
    return model.save(tmp_path / "model")


def _meta(folder, **changes):
    meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    meta.update(changes)
    (folder / "model.json").write_text(json.dumps(meta), encoding="utf-8")


def _refused(folder, *words):
    with pytest.raises(ModelFormatError) as e:
        TrainedModel.load(folder)
    message = str(e.value)
    for w in words:
        assert w in message, message
    assert "copy it again" in message or "update the program" in message or "Choose" in message
    return message


def test_a_good_folder_still_loads_exactly(tmp_path):
    folder = _model(tmp_path, "hierarchical")
    back = TrainedModel.load(folder)
    assert back.words == WORDS and back.input_vectors.shape == (12, 6)
    assert back.huffman is not None and back.output_vectors.shape == (11, 6)


def test_output_vectors_with_fewer_rows_than_the_vocabulary_are_refused(tmp_path):
    folder = _model(tmp_path)
    np.save(folder / "output_vectors.npy", np.zeros((5, 6), np.float32))
    _refused(folder, "output_vectors.npy", "should hold 12x6 float32 values", "holds 5x6")


def test_noise_table_of_the_wrong_length_is_refused(tmp_path):
    folder = _model(tmp_path)
    np.save(folder / "noise.npy", np.full(3, 1 / 3))
    _refused(folder, "noise.npy", "noise distribution", "should hold 12 float64 values", "holds 3")


def test_noise_table_with_nan_is_refused(tmp_path):
    folder = _model(tmp_path)
    np.save(folder / "noise.npy", np.full(12, np.nan))
    _refused(folder, "noise.npy", "NaN")


def test_noise_table_that_does_not_sum_to_one_is_refused(tmp_path):
    folder = _model(tmp_path)
    np.save(folder / "noise.npy", np.full(12, 0.5))
    _refused(folder, "noise.npy", "sums to 6, not 1")


def test_huffman_points_outside_the_output_rows_are_refused(tmp_path):
    folder = _model(tmp_path, "hierarchical")
    with np.load(folder / "huffman.npz") as z:
        parts = dict(z)
    parts["points"][3, 0] = 10_000
    np.savez(folder / "huffman.npz", **parts)
    _refused(folder, "huffman.npz", "Huffman point is outside 0..10")


def test_huffman_lengths_longer_than_the_codes_are_refused(tmp_path):
    folder = _model(tmp_path, "hierarchical")
    with np.load(folder / "huffman.npz") as z:
        parts = dict(z)
    parts["lengths"][0] = 99
    np.savez(folder / "huffman.npz", **parts)
    _refused(folder, "huffman.npz", "code length is outside")


def test_huffman_arrays_for_another_vocabulary_are_refused(tmp_path):
    folder = _model(tmp_path, "hierarchical")
    np.savez(folder / "huffman.npz", codes=np.zeros((4, 3), np.uint8),
             points=np.zeros((4, 3), np.int32), lengths=np.ones(4, np.int32))
    _refused(folder, "huffman.npz", "lengths", "should hold 12 int32 values")


def test_input_vectors_of_the_wrong_dtype_are_refused(tmp_path):
    folder = _model(tmp_path)
    np.save(folder / "input_vectors.npy", np.zeros((12, 6), np.float64))
    _refused(folder, "input_vectors.npy", "float32", "float64")


def test_a_pickled_array_is_refused_without_unpickling(tmp_path):
    folder = _model(tmp_path)
    np.save(folder / "input_vectors.npy", np.array([{"a": 1}], dtype=object), allow_pickle=True)
    _refused(folder, "input_vectors.npy", "object")


def test_a_truncated_array_is_refused(tmp_path):
    folder = _model(tmp_path)
    data = (folder / "input_vectors.npy").read_bytes()
    (folder / "input_vectors.npy").write_bytes(data[:-40])
    _refused(folder, "input_vectors.npy", "cut short")


def test_an_array_header_claiming_a_huge_size_is_refused_before_allocating(tmp_path):
    folder = _model(tmp_path)
    header = "{'descr': '<f4', 'fortran_order': False, 'shape': (12, 99999), }"
    with open(folder / "input_vectors.npy", "wb") as f:
        np.lib.format.write_array_header_1_0(f, eval(header))  # noqa: S307 (a literal)
    _refused(folder, "input_vectors.npy", "should hold 12x6 float32 values", "12x99999")
    _meta(folder, dim=None)  # no dim to compare with: the file size still refuses it
    _refused(folder, "input_vectors.npy", "cut short", "promises 4,799,952 bytes of data")


def test_null_config_is_refused_naming_the_field(tmp_path):
    folder = _model(tmp_path)
    _meta(folder, config=None)
    _refused(folder, "model.json", "field 'config'", "not null")


def test_a_bad_setting_inside_config_is_named(tmp_path):
    folder = _model(tmp_path)
    meta = json.loads((folder / "model.json").read_text())
    meta["config"]["window"] = "wide"
    _meta(folder, config=meta["config"])
    _refused(folder, "model.json", "field 'config'", "window must be a whole number")


def test_a_string_where_a_list_belongs_is_refused(tmp_path):
    folder = _model(tmp_path)
    _meta(folder, state={"epoch_losses": "0.5, 0.4"})
    _refused(folder, "model.json", "field 'state.epoch_losses' must be a list of numbers")


def test_a_string_for_the_corpus_files_is_refused(tmp_path):
    folder = _model(tmp_path)
    _meta(folder, corpus={"files": "/"})
    _refused(folder, "field 'corpus.files' has the wrong type")


def test_deeply_nested_model_json_is_refused(tmp_path):
    folder = _model(tmp_path)
    (folder / "model.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    _refused(folder, "model.json", "nested too deeply")


@pytest.mark.parametrize("version", [0, "1", None, 1.5])
def test_unknown_format_version_is_refused(tmp_path, version):
    folder = _model(tmp_path)
    _meta(folder, format_version=version)
    _refused(folder, "model.json", "field 'format_version'", "reads format_version 1.")


def test_newer_format_version_asks_to_update(tmp_path):
    folder = _model(tmp_path)
    _meta(folder, format_version=7)
    _refused(folder, "newer Word2Vec Studio", "update the program")


@pytest.mark.parametrize("name", ["/etc/passwd", "../outside.npy", "sub/../../x.npy"])
def test_paths_leaving_the_model_folder_are_refused(tmp_path, name):
    folder = _model(tmp_path)
    _meta(folder, files={"vocab": "vocab.tsv", "input_vectors": name})
    _refused(folder, "field 'files.input_vectors'", "inside its folder")


def test_a_count_of_zero_in_the_vocabulary_is_refused(tmp_path):
    folder = _model(tmp_path)
    (folder / "vocab.tsv").write_text("".join(f"{w}\t0\n" for w in WORDS), encoding="utf-8")
    _refused(folder, "vocab.tsv, line 1", "at least 1")


def test_vocab_size_in_model_json_must_match_vocab_tsv(tmp_path):
    folder = _model(tmp_path)
    _meta(folder, vocab_size=500)
    _refused(folder, "vocab.tsv", "12 words", "vocab_size 500")


def test_continue_training_on_a_damaged_model_exits_2_instead_of_crashing(tmp_path):
    folder = _model(tmp_path)
    np.save(folder / "output_vectors.npy", np.zeros((2, 6), np.float32))
    corpus = tmp_path / "c.txt"
    corpus.write_text(" ".join(WORDS) + "\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "w2v_studio", "train", str(corpus), "--continue",
                        str(folder), "-o", str(tmp_path / "more"), "-q", "--min-count", "1"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2, r.stderr
    assert r.stderr.startswith("error: ") and "output_vectors.npy" in r.stderr
    assert "Traceback" not in r.stderr


def test_opening_a_damaged_model_in_the_cli_is_an_error_line(tmp_path, capsys):
    folder = _model(tmp_path)
    _meta(folder, config=None)
    err = cli_error(capsys, "neighbours", folder, "w1")
    assert "field 'config'" in err


def test_continuing_a_model_without_output_weights_is_refused_with_a_message(tmp_path, capsys):
    folder = _model(tmp_path)
    meta = json.loads((folder / "model.json").read_text())
    del meta["files"]["output_vectors"]
    _meta(folder, files=meta["files"])
    assert TrainedModel.load(folder).output_vectors is None  # it can still be explored
    corpus = tmp_path / "c.txt"
    corpus.write_text(" ".join(WORDS) + "\n", encoding="utf-8")
    err = cli_error(capsys, "train", corpus, "-q", "--continue", folder, "-o", tmp_path / "more",
                    "--min-count", 1)
    assert "has no output weights" in err and "start a new run" in err


@pytest.mark.parametrize("count", ["²", "99999999999999999999999", "-3"])
def test_counts_that_are_not_plain_whole_numbers_are_refused(tmp_path, count):
    folder = _model(tmp_path)
    (folder / "vocab.tsv").write_text(f"w0\t{count}\n" + "".join(f"{w}\t5\n" for w in WORDS[1:]),
                                      encoding="utf-8")
    _refused(folder, "vocab.tsv, line 1", "not a whole number of at least 1")

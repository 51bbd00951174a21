"""Item 3 of issue 11, vector files: text vs binary decided from the header and line 2, header
sizes checked against the file size before allocating, NaN/inf refused with the word."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from tests.safety.validation_helpers import cli_error
from w2v_studio.core.vectors.io import VectorFormatError
from w2v_studio.core.vectors.io.load import load_vectors


def _binary(path, header: str, records: list[tuple[str, list[float]]]):
    with open(path, "wb") as f:
        f.write(header.encode() + b"\n")
        for word, values in records:
            f.write(word.encode() + b" " + np.array(values, dtype="<f4").tobytes() + b"\n")
    return path


def _refused_without_allocating(path, *words):
    tracemalloc.start()
    try:
        with pytest.raises(VectorFormatError) as e:
            load_vectors(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 << 20, f"{peak:,} bytes were allocated"
    for w in words:
        assert w in str(e.value), str(e.value)
    return str(e.value)


def test_text_file_whose_header_dimension_does_not_match_line_2_is_not_read_as_binary(tmp_path):
    path = tmp_path / "v.txt"
    path.write_text("2 3\ncat -0.6233 0.1 0.2 0.3\ndog 1 2 3 4\n", encoding="utf-8")
    with pytest.raises(VectorFormatError) as e:
        load_vectors(path)
    msg = str(e.value)
    assert str(path) in msg and "says each vector has 3 numbers, but line 2 has 4" in msg
    assert "Correct the header to '2 4'" in msg


def test_header_mismatch_in_the_cli_is_an_error_line(tmp_path, capsys):
    path = tmp_path / "v.txt"
    path.write_text("2 3\ncat 0.1 0.2 0.3 0.4\ndog 1 2 3 4\n", encoding="utf-8")
    err = cli_error(capsys, "neighbours", path, "cat")
    assert "line 2 has 4" in err


def test_text_header_claiming_a_hundred_million_words_is_refused_at_once(tmp_path):
    path = tmp_path / "v.txt"
    path.write_text("100000000 300\n" + "a " + " ".join(["0.5"] * 300) + "\n", encoding="utf-8")
    _refused_without_allocating(path, "header says 100,000,000 vectors of 300 numbers",
                                "correct the header or copy the file again")


def test_text_header_claiming_a_billion_dimensions_is_refused_at_once(tmp_path):
    path = tmp_path / "v.txt"
    path.write_text("2 1000000000\na 1 2\nb 3 4\n", encoding="utf-8")
    _refused_without_allocating(path, "1,000,000,000 numbers")


def test_binary_header_claiming_a_hundred_million_words_is_refused_at_once(tmp_path):
    path = _binary(tmp_path / "v.bin", "100000000 3", [("a", [1, 2, 3]), ("b", [4, 5, 6])])
    _refused_without_allocating(path, "100,000,000 vectors", "as binary word2vec need")


def test_binary_header_claiming_a_billion_dimensions_is_refused_at_once(tmp_path):
    path = _binary(tmp_path / "v.bin", "2 1000000000", [("a", [1, 2, 3]), ("b", [4, 5, 6])])
    _refused_without_allocating(path, "1,000,000,000 numbers")


def test_nan_in_a_text_file_names_the_word_and_line(tmp_path):
    path = tmp_path / "v.txt"
    path.write_text("3 2\na 1 2\nb nan 2\nc 3 4\n", encoding="utf-8")
    with pytest.raises(VectorFormatError, match=r"line 3: the vector of 'b' holds NaN"):
        load_vectors(path)


def test_infinity_in_a_glove_file_inside_a_big_block_names_the_word(tmp_path):
    path = tmp_path / "glove.txt"
    lines = [f"w{i} {i} 1" for i in range(5000)]
    lines[4321] = "w4321 inf 1"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(VectorFormatError, match=r"line 4,322: the vector of 'w4321'"):
        load_vectors(path)


def test_infinity_in_a_binary_file_names_the_word_and_record(tmp_path):
    path = _binary(tmp_path / "v.bin", "3 2", [("a", [1, 2]), ("b", [3, 4]), ("c", [np.inf, 0])])
    with pytest.raises(VectorFormatError, match=r"record 3: the vector of 'c' holds NaN or inf"):
        load_vectors(path)


def test_nan_in_an_npy_matrix_names_the_row(tmp_path):
    np.save(tmp_path / "m.npy", np.array([[1, 2], [np.nan, 0]], dtype=np.float32))
    (tmp_path / "m.vocab.txt").write_text("a\nb\n", encoding="utf-8")
    with pytest.raises(VectorFormatError, match=r"row 2: the vector of 'b'"):
        load_vectors(tmp_path / "m.npy")


def test_an_npy_of_strings_is_refused(tmp_path):
    np.save(tmp_path / "m.npy", np.array([["a", "b"], ["c", "d"]]))
    (tmp_path / "m.vocab.txt").write_text("a\nb\n", encoding="utf-8")
    with pytest.raises(VectorFormatError, match="not numbers"):
        load_vectors(tmp_path / "m.npy")


def test_nan_vectors_in_the_cli_are_an_error_line(tmp_path, capsys):
    path = tmp_path / "v.txt"
    path.write_text("2 2\na 1 2\nb 1 nan\n", encoding="utf-8")
    err = cli_error(capsys, "neighbours", path, "a")
    assert "'b' holds NaN" in err and "line 3" in err


def test_a_file_short_by_a_little_still_names_where_it_ends(tmp_path):
    path = tmp_path / "v.txt"
    path.write_text("4 2\na 1 2\nb 3 4\n", encoding="utf-8")
    with pytest.raises(VectorFormatError, match="header says 4 vectors but the file ends after 2"):
        load_vectors(path)


@pytest.mark.parametrize("count", ["²", "99999999999999999999999"])
def test_a_vocabulary_count_that_is_not_a_plain_whole_number_is_named(tmp_path, count):
    np.save(tmp_path / "m.npy", np.ones((2, 2), dtype=np.float32))
    (tmp_path / "m.vocab.txt").write_text(f"a 3\nb {count}\n", encoding="utf-8")
    with pytest.raises(VectorFormatError, match=r"line 2: the count .* is not a whole number"):
        load_vectors(tmp_path / "m.npy")

"""Reading word2vec text/binary, GloVe, fastText .vec and .npy files, and their error messages."""

from __future__ import annotations

import gzip

import numpy as np
import pytest

from w2v_studio.core.vectors.io import VectorFormatError
from w2v_studio.core.vectors.io.export import export_vectors
from w2v_studio.core.vectors.io.load import detect_format, load_vectors
from w2v_studio.core.vectors.word_vectors import WordVectors

WORDS = ["the", "학교", "中国", "Paris", "naïve", "</s>"]


def _wv(n_extra: int = 0, dim: int = 5) -> WordVectors:
    words = WORDS + [f"x{i}" for i in range(n_extra)]
    rng = np.random.default_rng(1)
    return WordVectors(
        words,
        rng.normal(size=(len(words), dim)).astype(np.float32),
        np.arange(len(words), 0, -1) * 10,
    )


def test_gensim_written_files_load_exactly(tmp_path):
    kv_mod = pytest.importorskip("gensim.models.keyedvectors")
    wv = _wv(50)
    kv = kv_mod.KeyedVectors(wv.dim)
    kv.add_vectors(wv.words, wv.vectors)
    for binary, name in [(True, "g.bin"), (False, "g.txt")]:
        kv.save_word2vec_format(str(tmp_path / name), binary=binary)
        loaded = load_vectors(tmp_path / name)
        assert loaded.words == wv.words
        np.testing.assert_array_equal(loaded.vectors, wv.vectors)
        assert detect_format(tmp_path / name) == ("word2vec-binary" if binary else "word2vec-text")


def test_glove_without_header_and_fasttext_vec(tmp_path):
    glove = tmp_path / "glove.txt"
    glove.write_text("the 0.1 0.2 0.3\n학교 -1 2.5 3e-2\n中国 1 1 1\n", encoding="utf-8")
    wv = load_vectors(glove)
    assert detect_format(glove) == "glove"
    assert wv.words == ["the", "학교", "中国"] and wv.dim == 3
    assert wv.vectors[1].tolist() == pytest.approx([-1, 2.5, 0.03])
    spaced = tmp_path / "glove.840B.txt"  # GloVe 840B has a few tokens with spaces in them
    spaced.write_text("a 1 2\n. . . 3 4\nb 5 6\n", encoding="utf-8")
    assert load_vectors(spaced).words == ["a", ". . .", "b"]
    vec = tmp_path / "cc.ko.vec"  # fastText: header, and a space before each line end
    vec.write_text("3 2\n</s> 0.5 0.25 \n, 1 2 \n학교 3 4 \n", encoding="utf-8")
    wv = load_vectors(vec)
    assert wv.words == ["</s>", ",", "학교"] and wv.vectors[2].tolist() == [3, 4]


def test_words_cut_inside_a_character_are_replaced_and_counted(tmp_path):
    cut = "학교".encode()[:-1]  # the C tool cut the last syllable in the middle
    path = tmp_path / "cut.bin"
    with open(path, "wb") as f:
        f.write(b"3 2\n")
        for word in (b"ok", cut, "中国".encode()[:4]):
            f.write(word + b" " + np.array([1, 2], "<f4").tobytes() + b"\n")
    wv = load_vectors(path)
    assert wv.words[0] == "ok" and wv.words[1].startswith("학") and "\ufffd" in wv.words[1]
    assert any("2 word(s) were not valid UTF-8" in w for w in wv.warnings)
    text = tmp_path / "cut.txt"
    text.write_bytes(b"2 2\nok 1 2\n" + cut + b" 3 4\n")
    assert "1 word(s) were not valid UTF-8" in load_vectors(text).warnings[0]


def test_limit_and_progress_on_a_bigger_binary(tmp_path):
    wv = _wv(30_000, dim=20)
    export_vectors(wv, tmp_path / "big.bin", "word2vec-binary")
    export_vectors(wv, tmp_path / "big.txt", "word2vec-text")
    seen: list[tuple[int, int]] = []
    part = load_vectors(tmp_path / "big.bin", limit=1000, progress=lambda a, b: seen.append((a, b)))
    assert len(part) == 1000 and part.words == wv.words[:1000]
    np.testing.assert_array_equal(part.vectors, wv.vectors[:1000])
    assert seen[-1] == (1000, 1000)
    seen.clear()
    full = load_vectors(tmp_path / "big.txt", progress=lambda a, b: seen.append((a, b)))
    assert len(full) == len(wv) and seen[-1] == (len(wv), len(wv)) and len(seen) > 3
    np.testing.assert_array_equal(full.vectors, wv.vectors)


def test_duplicates_keep_first_and_warn(tmp_path):
    path = tmp_path / "dup.txt"
    path.write_text("3 2\na 1 2\nb 3 4\na 5 6\n", encoding="utf-8")
    wv = load_vectors(path)
    assert wv.words == ["a", "b"] and wv.vector("a").tolist() == [1, 2]
    assert "1 duplicate word(s) ('a')" in wv.warnings[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "3 3\na 1 2 3\nb 1 2\nc 1 2 3\n",
            r"line 3: the vector has 2 numbers, but .* 3 dimensions",
        ),
        ("2 3\na 1 2 3\nb 1 2 3 4\n", r"line 3: the vector has 4 numbers"),
        ("2 2\na 1 2\nb 1 zwei\n", r"line 3: 'zwei' is not a number \(word 'b'\)"),
        ("4 2\na 1 2\nb 3 4\n", r"header says 4 vectors but the file ends after 2"),
        ("a 1 2\nb 1 2\nc 1\n", r"line 3: the vector has 1 numbers"),
    ],
)
def test_malformed_text_files_name_the_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(VectorFormatError, match=message) as e:
        load_vectors(path)
    assert str(path) in str(e.value)


def test_malformed_lines_found_inside_a_big_block(tmp_path):
    wv = _wv(9000, dim=4)
    export_vectors(wv, tmp_path / "v.txt", "word2vec-text")
    lines = (tmp_path / "v.txt").read_text(encoding="utf-8").splitlines()
    lines[7001] = lines[7001].rsplit(" ", 1)[0] + " 1.0.0"
    (tmp_path / "v.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(VectorFormatError, match="line 7002: '1.0.0' is not a number"):
        load_vectors(tmp_path / "v.txt")


def test_truncated_binary_names_the_record(tmp_path):
    wv = _wv(10)
    export_vectors(wv, tmp_path / "v.bin", "word2vec-binary")
    data = (tmp_path / "v.bin").read_bytes()
    (tmp_path / "cut.bin").write_bytes(data[:-10])
    with pytest.raises(VectorFormatError, match=r"record 16 \(word 'x9'\) is truncated"):
        load_vectors(tmp_path / "cut.bin")
    assert len(load_vectors(tmp_path / "cut.bin", limit=15)) == 15  # the intact part reads


def test_unrecognised_inputs(tmp_path):
    with gzip.open(tmp_path / "v.txt.gz", "wt") as f:
        f.write("1 2\na 1 2\n")
    with pytest.raises(VectorFormatError, match="gzip-compressed.*decompress it first"):
        load_vectors(tmp_path / "v.txt.gz")
    (tmp_path / "notes.txt").write_text("Dear diary, today\n", encoding="utf-8")
    with pytest.raises(VectorFormatError, match="not a vector file"):
        load_vectors(tmp_path / "notes.txt")
    with pytest.raises(VectorFormatError, match="no model.json"):
        load_vectors(tmp_path)
    with pytest.raises(VectorFormatError, match="does not exist"):
        load_vectors(tmp_path / "nope.bin")


def test_npy_with_vocabulary_and_counts_file(tmp_path):
    wv = _wv(3)
    export_vectors(wv, tmp_path / "m.npy", "npy")
    back = load_vectors(tmp_path / "m.npy")
    assert back.words == wv.words and back.counts.tolist() == wv.counts.tolist()
    export_vectors(wv, tmp_path / "v.bin", "word2vec-binary")
    export_vectors(wv, tmp_path / "vocab.txt", "vocab")
    with_counts = load_vectors(tmp_path / "v.bin", vocab=tmp_path / "vocab.txt")
    assert with_counts.count("학교") == wv.count("학교")
    (tmp_path / "m.vocab.txt").write_text("a\nb\n", encoding="utf-8")
    with pytest.raises(VectorFormatError, match=r"shape \(9, 5\) but m.vocab.txt names 2 words"):
        load_vectors(tmp_path / "m.npy")

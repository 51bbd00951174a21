"""``w2v-studio train --method fasttext`` and ``export --format fasttext-bin|fasttext-vec``:
the .bin read back by gensim gives the same vectors for known and unknown words."""

from __future__ import annotations

import numpy as np
import pytest

from tests.cli.test_train import cli
from tests.core.engine.test_subword_training import inflected_corpus
from w2v_studio.core.engine.jamo import decompose
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.vectors.io.load import load_vectors

UNKNOWN = ["walked", "xyzzy", "읽었다", "北京"]


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """One CBOW / hierarchical softmax fastText model folder, trained through the CLI."""
    return _train(tmp_path_factory.mktemp("fasttext"), "--arch", "cbow", "--objective",
                  "hierarchical")


def _train(tmp_path, *extra, sentences=None):
    corpus = tmp_path / "corpus.txt"
    sentences = sentences or inflected_corpus()
    corpus.write_text("\n".join(" ".join(s) for s in sentences) + "\n", encoding="utf-8")
    out = tmp_path / "model"
    r = cli("train", corpus, "--method", "fasttext", "--min-n", 2, "--max-n", 5,
            "--buckets", 4000, "--dim", 16, "--epochs", 3, "--min-count", 1, "--threads", 1,
            *extra, "-o", out)
    assert r.returncode == 0, r.stderr
    return out


def test_fasttext_bin_read_by_gensim_gives_the_same_vectors(tmp_path, trained):
    from gensim.models.fasttext import load_facebook_vectors

    model = trained
    m = TrainedModel.load(model)
    assert m.config.method == "fasttext" and (m.config.min_n, m.config.max_n) == (2, 5)
    r = cli("export", model, "--format", "fasttext-bin", "-o", tmp_path / "m.bin")
    assert r.returncode == 0, r.stderr
    kv = load_facebook_vectors(str(tmp_path / "m.bin"))
    ours = load_vectors(model)
    assert kv.index_to_key == ours.words and (kv.min_n, kv.max_n, kv.bucket) == (2, 5, 4000)
    np.testing.assert_allclose(kv.vectors, ours.vectors, atol=1e-6)
    for word in UNKNOWN:
        assert word not in ours
        np.testing.assert_allclose(kv[word], ours.vector(word), atol=1e-6)


def test_jamo_model_bin_holds_jamo_words_that_gensim_answers_the_same(tmp_path):
    from gensim.models.fasttext import load_facebook_vectors

    sentences = [["학교에", "갔다", "학교에서", "공부했다"],
                 ["집에", "갔다", "밥을", "먹었다"]] * 40
    model = _train(tmp_path, "--subword", "jamo", sentences=sentences)
    r = cli("export", model, "--format", "fasttext-bin", "-o", tmp_path / "j.bin")
    assert r.returncode == 0 and "jamo" in r.stdout, r.stderr
    kv = load_facebook_vectors(str(tmp_path / "j.bin"))
    ours = load_vectors(model)
    assert kv.index_to_key == [decompose(w) for w in ours.words]
    for word in ["학교에서", "학교에서는", "먹었다", "먹었습니다"]:
        np.testing.assert_allclose(kv[decompose(word)], ours.vector(word), atol=1e-6)


def test_fasttext_vec_is_word2vec_text_of_the_composed_vectors(tmp_path, trained):
    model = trained
    r = cli("export", model, "--format", "fasttext-vec", "-o", tmp_path / "m.vec")
    assert r.returncode == 0, r.stderr
    vec = load_vectors(tmp_path / "m.vec")
    ours = load_vectors(model)
    assert vec.words == ours.words
    np.testing.assert_allclose(vec.vectors, ours.vectors, atol=1e-6)


def test_neighbours_of_an_unknown_word_come_from_its_ngrams(trained):
    r = cli("neighbours", trained, "walked", "--topn", 3)
    assert r.returncode == 0, r.stderr
    rows = [line.split() for line in r.stdout.splitlines()[2:]]  # rank word similarity count
    assert "walk" in [row[1] for row in rows], r.stdout


def test_subword_options_need_the_fasttext_method(tmp_path):
    corpus = tmp_path / "c.txt"
    corpus.write_text("a b c\n", encoding="utf-8")
    r = cli("train", corpus, "--min-n", 2, "-o", tmp_path / "m")
    assert r.returncode == 2 and "--method fasttext" in r.stderr and "Traceback" not in r.stderr
    r = cli("train", corpus, "--method", "fasttext", "--min-n", 7, "--max-n", 4,
            "-o", tmp_path / "m")
    assert r.returncode == 2 and "min_n must be at most max_n" in r.stderr


def test_fasttext_bin_of_a_word2vec_model_is_refused_with_a_message(tmp_path):
    corpus = tmp_path / "c.txt"
    corpus.write_text("a b c a b\n" * 20, encoding="utf-8")
    cli("train", corpus, "--min-count", 1, "--dim", 4, "--epochs", 1, "-o", tmp_path / "w")
    r = cli("export", tmp_path / "w", "--format", "fasttext-bin", "-o", tmp_path / "w.bin")
    assert r.returncode == 2 and "--method fasttext" in r.stderr
    assert not (tmp_path / "w.bin").exists()


def test_fasttext_across_processes_is_refused_with_a_message(tmp_path):
    corpus = tmp_path / "c.txt"
    corpus.write_text("a b c a b\n" * 20, encoding="utf-8")
    r = cli("train", corpus, "--method", "fasttext", "--nproc", 2, "--min-count", 1,
            "-o", tmp_path / "m")
    assert r.returncode == 2 and "--nproc" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "m" / "model.json").exists()

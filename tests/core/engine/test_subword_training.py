"""Training a subword (fastText) model: unknown inflected forms land near their stem, the model
folder keeps its n-gram rows, and a damaged one is refused with a message."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.model import ModelFormatError, TrainedModel
from w2v_studio.core.engine.trainer import train
from w2v_studio.core.vectors.word_vectors import UnknownWordError, WordVectors

STEMS = ["walk", "cook", "jump", "paint", "climb", "read", "play", "kick"]


def inflected_corpus(n: int = 600, seed: int = 0) -> list[list[str]]:
    """Each stem and its forms share topic words; "walked" never occurs."""
    rng = random.Random(seed)
    sents = []
    for _ in range(n):
        k = rng.randrange(len(STEMS))
        stem = STEMS[k]
        forms = [stem, stem + "s", stem + "ing"] + ([] if stem == "walk" else [stem + "ed"])
        sents.append([f"topic{k}a", rng.choice(forms), f"topic{k}b", rng.choice(forms),
                      f"topic{k}c"])
    return sents


def fasttext_model(**changes) -> TrainedModel:
    settings = dict(method="fasttext", dim=24, min_count=1, epochs=10, buckets=20_000,
                    window=3, sample=0, threads=1)
    cfg = TrainConfig(**{**settings, **changes})
    return list(train(cfg, inflected_corpus()))[-1].model


@pytest.mark.parametrize("arch,objective", [("skipgram", "negative"), ("cbow", "hierarchical")])
def test_an_unseen_inflected_form_has_its_stem_among_its_neighbours(arch, objective):
    wv = WordVectors.from_model(fasttext_model(architecture=arch, objective=objective))
    assert "walked" not in wv and wv.built_from_ngrams("walked")
    top = [n.word for n in wv.neighbours("walked", topn=3)]
    assert "walk" in top, top
    assert wv.similarity("walked", "walk") > wv.similarity("walked", "cook")


def test_a_word_without_ngrams_is_still_unknown():
    wv = WordVectors.from_model(fasttext_model(min_n=5, max_n=6))
    assert not wv.built_from_ngrams("ab")  # "<ab>" is shorter than 5 characters
    with pytest.raises(UnknownWordError):
        wv.neighbours("ab")


def test_the_model_folder_keeps_the_ngrams_and_answers_the_same(tmp_path):
    m = fasttext_model(subword="jamo", buckets=5000)
    m.save(tmp_path / "m")
    meta = json.loads((tmp_path / "m" / "model.json").read_text(encoding="utf-8"))
    assert meta["files"]["ngram_vectors"] == "ngram_vectors.npy"
    back = TrainedModel.load(tmp_path / "m")
    assert back.config.subword == "jamo" and back.config.buckets == 5000
    np.testing.assert_array_equal(back.ngram_vectors, m.ngram_vectors)
    from w2v_studio.core.vectors.io.load import load_vectors

    wv = load_vectors(tmp_path / "m")
    np.testing.assert_allclose(wv.vector("walked"), WordVectors.from_model(m).vector("walked"))
    assert wv.built_from_ngrams("walked") and not wv.built_from_ngrams("walk")


def test_training_a_saved_model_further_keeps_its_ngram_settings(tmp_path):
    m = fasttext_model(buckets=3000, max_n=4)
    more = list(train(TrainConfig(dim=24, min_count=1, epochs=1, threads=1),
                      inflected_corpus(100), init=m))[-1].model
    assert more.config.method == "fasttext" and more.config.max_n == 4
    assert more.ngram_vectors.shape == (3000, 24) and more.epochs_done == 11


def test_a_folder_whose_ngram_file_is_missing_or_wrong_is_refused(tmp_path):
    m = fasttext_model(buckets=1000)
    m.save(tmp_path / "m")
    np.save(tmp_path / "m" / "ngram_vectors.npy", np.zeros((999, 24), np.float32))
    with pytest.raises(ModelFormatError, match="one row per hash bucket: 1,000"):
        TrainedModel.load(tmp_path / "m")
    (tmp_path / "m" / "ngram_vectors.npy").unlink()
    with pytest.raises(ModelFormatError, match="ngram_vectors.npy is missing"):
        TrainedModel.load(tmp_path / "m")
    meta_path = tmp_path / "m" / "model.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    del meta["files"]["ngram_vectors"]
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelFormatError, match="needs its n-gram vectors"):
        TrainedModel.load(tmp_path / "m")


def test_a_rotated_fasttext_model_rotates_known_and_unknown_words_alike():
    from w2v_studio.core.analysis.align import rotate_model

    m = fasttext_model(buckets=2000)
    before = WordVectors.from_model(m)
    q, _ = np.linalg.qr(np.random.default_rng(3).normal(size=(24, 24)))
    after = WordVectors.from_model(rotate_model(m, q))
    np.testing.assert_allclose(after.vectors, before.vectors @ q, atol=1e-5)
    np.testing.assert_allclose(after.vector("walked"), before.vector("walked") @ q, atol=1e-5)


def test_word_arithmetic_takes_unknown_words_on_both_sides():
    wv = WordVectors.from_model(fasttext_model())
    plus = wv.neighbours(["walked"], topn=3)
    minus = wv.neighbours(["walking"], ["walked"], topn=3)
    assert [n.word for n in plus] == [n.word for n in wv.neighbours("walked", topn=3)]
    assert "walked" not in {n.word for n in minus} and len(minus) == 3
    expected = wv.vector("walking", unit=True) - wv.vector("walked", unit=True)
    best = max(wv.words, key=lambda w: float(wv.vector(w, unit=True) @ expected)
               if w != "walking" else -2.0)
    assert minus[0].word == best

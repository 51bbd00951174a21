"""Document vectors: planted topics separated, inference finds the training document again,
the model folder keeps the documents and still opens as a word model."""

from __future__ import annotations

import json

import numpy as np
import pytest

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.doc2vec import (
    DocSettings,
    Documents,
    doc_config,
    read_documents,
    train_documents,
)
from w2v_studio.core.engine.doc2vec_model import infer_vectors, load_doc_model
from w2v_studio.core.engine.events import EpochEnd, Failed, Finished, Progress, Started
from w2v_studio.core.engine.model import ModelFormatError, TrainedModel


def planted(n_docs: int = 240, topics: int = 4, seed: int = 0
            ) -> tuple[list[list[str]], np.ndarray]:
    """Documents of 12 words of one topic's pool mixed with 12 words shared by every topic;
    each document also repeats 3 words of its own (so it can be told from its topic's others)."""
    rng = np.random.default_rng(seed)
    pools = [[f"t{k}w{i}" for i in range(30)] for k in range(topics)]
    common = [f"c{i}" for i in range(50)]
    docs, labels = [], []
    for d in range(n_docs):
        k = d % topics
        toks = list(rng.choice(pools[k], 12)) + list(rng.choice(common, 12))
        toks += [f"d{d}x{j}" for j in range(3)] * 2
        rng.shuffle(toks)
        docs.append([str(t) for t in toks])
        labels.append(k)
    return docs, np.array(labels)


def knn_accuracy(vectors: np.ndarray, labels: np.ndarray, k: int = 5) -> float:
    """Leave-one-out k-nearest-neighbour (cosine) accuracy of the labels."""
    v = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    sim = v @ v.T
    np.fill_diagonal(sim, -np.inf)
    nn = np.argsort(-sim, axis=1)[:, :k]
    votes = np.array([np.bincount(labels[r], minlength=labels.max() + 1).argmax() for r in nn])
    return float((votes == labels).mean())


def trained(mode: str, docs: list[list[str]], **changes):
    settings = DocSettings(mode=mode, dbow_words=changes.pop("dbow_words", False))
    base = dict(dim=32, min_count=1, epochs=20, sample=0, threads=2, seed=3)
    config = doc_config(TrainConfig(**{**base, **changes}), settings)
    events = list(train_documents(config, settings, Documents(docs, [f"doc{i}" for i in
                                                                     range(len(docs))])))
    assert isinstance(events[-1], Finished), events[-1]
    return events


@pytest.mark.parametrize("mode", ["dbow", "dm"])
def test_planted_topics_are_separated_by_a_5_nearest_neighbour_classifier(mode):
    docs, labels = planted()
    model = trained(mode, docs)[-1].model
    assert model.doc_vectors.shape == (240, 32)
    assert knn_accuracy(model.doc_vectors, labels) >= 0.97


def test_hierarchical_softmax_and_dbow_word_training_separate_topics_and_train_the_words():
    docs, labels = planted()
    model = trained("dbow", docs, objective="hierarchical", dbow_words=True)[-1].model
    assert knn_accuracy(model.doc_vectors, labels) >= 0.97
    # words of one topic end up nearer each other than to another topic's words
    wv = model.input_vectors / np.linalg.norm(model.input_vectors, axis=1, keepdims=True)
    ix = model.vocab.index
    same = wv[ix["t0w1"]] @ wv[ix["t0w2"]]
    other = wv[ix["t0w1"]] @ wv[ix["t1w2"]]
    assert same > other + 0.2


@pytest.mark.parametrize("mode", ["dbow", "dm"])
def test_inferred_vector_of_a_training_document_is_nearest_to_its_own_vector(mode):
    docs, _ = planted()
    model = trained(mode, docs, epochs=40)[-1].model  # gensim: 1.0 and 0.975 here
    inferred = infer_vectors(model, docs[:40])
    v = model.doc_vectors / np.linalg.norm(model.doc_vectors, axis=1, keepdims=True)
    nearest = np.argmax(inferred @ v.T, axis=1)
    assert (nearest == np.arange(40)).mean() >= 0.9


def test_events_are_those_of_word_training_with_a_falling_loss():
    docs, _ = planted(80)
    events = trained("dm", docs, epochs=5)
    assert isinstance(events[0], Started)
    assert any(isinstance(e, Progress) for e in events)
    ends = [e for e in events if isinstance(e, EpochEnd)]
    assert [e.epoch for e in ends] == [1, 2, 3, 4, 5]
    assert ends[-1].loss < ends[0].loss


def test_softmax_objective_is_refused_with_a_message():
    settings = DocSettings()
    config = TrainConfig(objective="softmax", min_count=1)  # not through doc_config
    last = list(train_documents(config, settings, Documents([["a", "b"]], ["x"])))[-1]
    assert isinstance(last, Failed) and "negative" in last.message
    with pytest.raises(ValueError, match="negative sampling or hierarchical"):
        doc_config(config, settings)


def test_model_folder_keeps_documents_and_opens_as_a_word_model(tmp_path):
    docs, _ = planted(40)
    model = trained("dbow", docs, epochs=2)[-1].model
    model.save(tmp_path / "m")
    words = TrainedModel.load(tmp_path / "m")  # every part of the app that opens a model
    assert words.words == model.words
    np.testing.assert_array_equal(words.input_vectors, model.input_vectors)
    back = load_doc_model(tmp_path / "m")
    np.testing.assert_array_equal(back.doc_vectors, model.doc_vectors)
    assert back.doc_tags[:2] == ["doc0", "doc1"] and back.doc_settings.mode == "dbow"
    assert back.doc_texts[0] == " ".join(docs[0])


def test_damaged_documents_file_names_the_file(tmp_path):
    docs, _ = planted(20)
    trained("dbow", docs, epochs=1)[-1].model.save(tmp_path / "m")
    path = tmp_path / "m" / "documents.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["tags"] = doc["tags"][:-1]
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ModelFormatError, match="documents.json"):
        load_doc_model(tmp_path / "m")


def test_word_model_is_refused_as_a_document_model(tmp_path):
    docs, _ = planted(20)
    model = trained("dbow", docs, epochs=1)[-1].model
    TrainedModel(vocab=model.vocab, config=model.config,
                 input_vectors=model.input_vectors).save(tmp_path / "w")
    with pytest.raises(ModelFormatError, match="word model"):
        load_doc_model(tmp_path / "w")


def test_documents_are_read_per_line_and_per_file(tmp_path):
    from w2v_studio.core.corpus.reader import Corpus

    (tmp_path / "a.txt").write_text("one two\n\nthree four five\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "six seven"}\n', encoding="utf-8")
    corpus = Corpus([tmp_path / "a.txt", tmp_path / "b.jsonl"], field="text")
    lines = read_documents(corpus, str.split, "line")
    assert lines.tokens == [["one", "two"], ["three", "four", "five"], ["six", "seven"]]
    assert lines.tags == ["a.txt:1", "a.txt:3", "b.jsonl:1"]
    files = read_documents(corpus, str.split, "file")
    assert files.tokens == [["one", "two", "three", "four", "five"], ["six", "seven"]]
    assert files.texts[0] == "one two\nthree four five"


def test_train_page_runs_lines_as_documents_and_refuses_to_continue():
    from w2v_studio.core.engine.doc2vec import train_sentences

    docs, _ = planted(20)
    first = list(train_sentences(TrainConfig(method="doc2vec", min_count=1, epochs=1), docs))
    model = first[-1].model
    assert model.doc_tags[:2] == ["#1", "#2"] and model.config.method == "doc2vec"
    last = list(train_sentences(TrainConfig(method="doc2vec", min_count=1), docs,
                                init=model))[-1]
    assert isinstance(last, Failed) and "not available" in last.message

"""``w2v-studio train --method doc2vec`` and ``w2v-studio infer``: a round trip on real files."""

from __future__ import annotations

import numpy as np
import pytest

from tests.core.engine.test_doc2vec import planted
from w2v_studio.cli import main
from w2v_studio.core.engine.doc2vec_model import load_doc_model
from w2v_studio.core.engine.model import TrainedModel


@pytest.fixture(scope="module")
def trained_folder(tmp_path_factory):
    """A PV-DBOW model of 120 planted documents (one per line), and its corpus lines."""
    tmp = tmp_path_factory.mktemp("d2v")
    docs, _ = planted(120)
    corpus = tmp / "docs.txt"
    corpus.write_text("".join(" ".join(d) + "\n" for d in docs), encoding="utf-8")
    out = tmp / "model"
    assert main(["train", str(corpus), "--method", "doc2vec", "--dbow", "--dim", "24",
                 "--min-count", "1", "--epochs", "40", "--sample", "0", "-q",
                 "-o", str(out)]) == 0
    return out, [" ".join(d) for d in docs]


def test_train_writes_document_vectors_with_tags_and_texts(trained_folder):
    out, lines = trained_folder
    model = load_doc_model(out)
    assert model.doc_vectors.shape == (120, 24)
    assert model.doc_tags[:2] == ["docs.txt:1", "docs.txt:2"]
    assert model.doc_texts[7] == lines[7]
    assert model.doc_settings.mode == "dbow" and model.corpus_info["tokenizer"] == "whitespace"
    assert TrainedModel.load(out).words == model.words  # still a word model for the app
    from w2v_studio.core.corpus.link import CorpusLink

    link = CorpusLink.from_info(model.corpus_info)  # the concordance finds the corpus again
    assert link is not None and link.files[0].path == str(out.parent / "docs.txt")


def test_infer_similar_finds_the_training_document_with_its_text(trained_folder, capsys):
    out, lines = trained_folder
    capsys.readouterr()
    assert main(["infer", str(out), lines[10], "--similar", "3"]) == 0
    printed = capsys.readouterr().out.splitlines()
    rank, similarity, tag, _ = printed[0].split("\t")
    assert (rank, tag) == ("1", "docs.txt:11")
    assert printed[1].strip() == lines[10]
    assert sum(1 for line in printed if line[:1].isdigit()) == 3


def test_infer_prints_the_vector_near_the_documents_own(trained_folder, capsys):
    out, lines = trained_folder
    capsys.readouterr()
    assert main(["infer", str(out), lines[3]]) == 0
    vector = np.array(capsys.readouterr().out.split(), dtype=np.float32)
    own = load_doc_model(out).doc_vectors[3]
    assert vector.shape == (24,)
    assert vector @ own / np.linalg.norm(vector) / np.linalg.norm(own) > 0.8


def test_infer_on_a_word_model_says_it_has_no_documents(tmp_path, capsys):
    corpus = tmp_path / "c.txt"
    corpus.write_text("a b c a b\n" * 20, encoding="utf-8")
    assert main(["train", str(corpus), "--min-count", "1", "--epochs", "1", "-q",
                 "-o", str(tmp_path / "w")]) == 0
    capsys.readouterr()
    assert main(["infer", str(tmp_path / "w"), "a b"]) == 2
    assert "word model" in capsys.readouterr().err


def test_text_without_known_words_is_an_error_not_a_vector(trained_folder, capsys):
    assert main(["infer", str(trained_folder[0]), "nothing known here"]) == 2
    assert "none of the text's words" in capsys.readouterr().err


def test_doc2vec_options_without_the_method_are_refused(tmp_path, capsys):
    corpus = tmp_path / "c.txt"
    corpus.write_text("a b\n", encoding="utf-8")
    assert main(["train", str(corpus), "--dm", "-o", str(tmp_path / "m")]) == 2
    assert "--method doc2vec" in capsys.readouterr().err
    assert not (tmp_path / "m").exists()


def test_one_document_per_file_and_per_jsonl_record(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"t": "x y z"}\n{"t": "y z w"}\n', encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"t": "x w"}\n', encoding="utf-8")
    for unit, tags in (("line", ["a.jsonl:1", "a.jsonl:2", "b.jsonl:1"]),
                       ("file", ["a.jsonl", "b.jsonl"])):
        out = tmp_path / unit
        assert main(["train", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"),
                     "--field", "t", "--method", "doc2vec", "--dm", "--doc-unit", unit,
                     "--min-count", "1", "--epochs", "1", "--dim", "8", "-q",
                     "-o", str(out)]) == 0
        assert load_doc_model(out).doc_tags == tags


def test_continuing_a_doc2vec_model_is_refused_and_the_folder_kept(trained_folder, capsys):
    out, _ = trained_folder
    before = (out / "doc_vectors.npy").read_bytes()
    assert main(["train", str(out.parent / "docs.txt"), "--continue", str(out), "--overwrite",
                 "-o", str(out)]) == 2
    assert "doc2vec model" in capsys.readouterr().err
    assert (out / "doc_vectors.npy").read_bytes() == before


def test_softmax_with_doc2vec_is_a_user_error(tmp_path, capsys):
    corpus = tmp_path / "c.txt"
    corpus.write_text("a b\n", encoding="utf-8")
    assert main(["train", str(corpus), "--method", "doc2vec", "--objective", "softmax",
                 "-o", str(tmp_path / "m")]) == 2
    assert "negative sampling or hierarchical" in capsys.readouterr().err


def test_infer_reads_the_text_from_standard_input(trained_folder, capsys, monkeypatch):
    import io

    out, lines = trained_folder
    monkeypatch.setattr("sys.stdin", io.StringIO(lines[20] + "\n"))
    capsys.readouterr()
    assert main(["infer", str(out), "-", "--similar", "1", "--epochs", "60"]) == 0
    assert capsys.readouterr().out.split("\t")[2] == "docs.txt:21"

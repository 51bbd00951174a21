"""Item 3 of issue 11, evaluation files: NaN/inf scores refused (they gave "Pearson 1.000"),
malformed lines skipped but counted and shown, binary files named as such."""

from __future__ import annotations

import numpy as np
import pytest

from tests.safety.validation_helpers import cli_error
from w2v_studio.cli import main
from w2v_studio.core.evaluate.analogy import evaluate_analogies
from w2v_studio.core.evaluate.common import EvaluationFileError
from w2v_studio.core.evaluate.similarity import evaluate_similarity
from w2v_studio.core.vectors.word_vectors import WordVectors

WORDS = ["king", "queen", "man", "woman", "cat", "dog"]


@pytest.fixture
def wv():
    vectors = np.array([[1, 1, 0], [1, 0.9, 0.1], [0, 1, 0], [0, 0.9, 0.1], [1, 0, 1],
                        [0.9, 0, 1]], dtype=np.float32)
    return WordVectors(WORDS, vectors, np.arange(6, 0, -1))


@pytest.fixture
def model_file(tmp_path, wv):
    path = tmp_path / "v.txt"
    lines = [f"{w} " + " ".join(map(str, wv.vector(w).tolist())) for w in WORDS]
    path.write_text(f"{len(WORDS)} 3\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_nan_scores_are_refused_instead_of_giving_pearson_one(tmp_path, wv):
    path = tmp_path / "sim.tsv"
    path.write_text("king\tqueen\t9\ncat\tdog\tnan\nman\twoman\t8\n", encoding="utf-8")
    with pytest.raises(EvaluationFileError) as e:
        evaluate_similarity(wv, path)
    msg = str(e.value)
    assert f"{path}, line 2" in msg and "'nan' of 'cat' and 'dog' is not a finite number" in msg
    assert "correct or remove that line" in msg


def test_infinite_scores_are_an_error_line_in_the_cli(tmp_path, capsys, model_file):
    path = tmp_path / "sim.tsv"
    path.write_text("king\tqueen\tinf\ncat\tdog\t3\n", encoding="utf-8")
    err = cli_error(capsys, "evaluate", model_file, "--similarity", path)
    assert "line 1" in err and "'inf'" in err


def test_non_numeric_scores_are_skipped_and_counted(tmp_path, wv):
    path = tmp_path / "sim.tsv"
    path.write_text("Word 1\tWord 2\tHuman (mean)\nking\tqueen\t9\ncat\tdog\tlots\n"
                    "man\twoman\t8\ncat\tking\t1\n", encoding="utf-8")
    r = evaluate_similarity(wv, path)
    assert r.pairs == 3 and r.invalid_lines == (1, 3)
    assert r.skipped_note == "2 line(s) skipped, not 'word1<TAB>word2<TAB>score': 1, 3"


def test_skipped_similarity_lines_are_shown_by_the_cli(tmp_path, capsys, model_file):
    path = tmp_path / "sim.tsv"
    path.write_text("king\tqueen\t9\nbroken line\ncat\tdog\t7\nman\twoman\t8\n",
                    encoding="utf-8")
    assert main(["evaluate", str(model_file), "--similarity", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 line(s) skipped, not 'word1<TAB>word2<TAB>score': 2" in out


def test_skipped_analogy_lines_are_counted_and_shown_by_the_cli(tmp_path, capsys, wv,
                                                                model_file):
    path = tmp_path / "an.txt"
    path.write_text(": royal\nking queen man woman\nking queen\nman woman king queen extra\n",
                    encoding="utf-8")
    r = evaluate_analogies(wv, path)
    assert r.invalid_lines == (3, 4) and r.overall.questions == 1
    assert main(["evaluate", str(model_file), "--analogy", str(path)]) == 0
    assert "2 line(s) skipped, not four words 'a b c d': 3, 4" in capsys.readouterr().out


def test_a_binary_file_given_as_an_evaluation_set_is_named_as_such(tmp_path, wv):
    path = tmp_path / "image.tsv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    with pytest.raises(EvaluationFileError, match="not a text file"):
        evaluate_similarity(wv, path)

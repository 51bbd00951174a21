"""Evaluation agrees with gensim's evaluate_word_pairs / evaluate_word_analogies on one file."""

from __future__ import annotations

import math
import threading
from pathlib import Path

import numpy as np
import pytest

from w2v_studio.core.evaluate.analogy import evaluate_analogies, section_kind
from w2v_studio.core.evaluate.common import EvaluationCancelled, EvaluationFileError, ranks
from w2v_studio.core.evaluate.similarity import evaluate_similarity
from w2v_studio.core.vectors.io.export import export_vectors
from w2v_studio.core.vectors.word_vectors import WordVectors

gensim_kv = pytest.importorskip("gensim.models.keyedvectors")

COUNTRIES = ["France", "Japan", "Korea", "China", "Italy", "Spain", "Egypt", "Chile"]
CAPITALS = ["Paris", "Tokyo", "Seoul", "Beijing", "Rome", "Madrid", "Cairo", "Santiago"]
ADJ = ["quick", "slow", "warm", "cold", "loud", "soft", "deep", "calm"]
KO = ["학교", "학생", "선생", "교실", "서울", "부산", "대구", "인천"]
ZH = ["中国", "北京", "日本", "东京", "韩国", "首尔", "法国", "巴黎"]


def _vectors(seed: int = 3) -> WordVectors:
    """Random but structured: capital = country + one offset, adverb = adjective + another,
    plus noise, case variants ('paris' after 'Paris'), Korean and Chinese words, filler words."""
    rng = np.random.default_rng(seed)
    dim = 24
    words: list[str] = []
    rows: list[np.ndarray] = []
    cap_offset, adv_offset = rng.normal(size=dim), rng.normal(size=dim)
    for country, capital in zip(COUNTRIES, CAPITALS, strict=True):
        base = rng.normal(size=dim)
        words += [country, capital]
        rows += [base, base + cap_offset + rng.normal(scale=0.6, size=dim)]
    for adj in ADJ:
        base = rng.normal(size=dim)
        words += [adj, adj + "ly"]
        rows += [base, base + adv_offset + rng.normal(scale=0.6, size=dim)]
    for w in KO + ZH:
        words.append(w)
        rows.append(rng.normal(size=dim))
    for w in ["paris", "tokyo", "FRANCE", "Quickly"]:  # lower-ranked case variants
        words.append(w)
        rows.append(rng.normal(size=dim))
    for i in range(300):
        words.append(f"filler{i}")
        rows.append(rng.normal(size=dim))
    counts = np.arange(len(words), 0, -1) * 7
    return WordVectors(words, np.array(rows, dtype=np.float32), counts)


@pytest.fixture(scope="module")
def both(tmp_path_factory) -> tuple[WordVectors, object, Path]:
    d = tmp_path_factory.mktemp("eval")
    wv = _vectors()
    export_vectors(wv, d / "vectors.bin", "word2vec-binary")
    kv = gensim_kv.KeyedVectors.load_word2vec_format(str(d / "vectors.bin"), binary=True)
    return wv, kv, d


def _similarity_file(d: Path, wv: WordVectors) -> Path:
    rng = np.random.default_rng(5)
    lines = ["# word1\tword2\tscore", "# a comment line"]
    vocab = COUNTRIES + CAPITALS + ADJ + KO + ZH + ["paris", "quickly"]
    for _ in range(60):
        a, b = rng.choice(vocab, size=2, replace=False)
        sim = wv.similarity(a, b) if a in wv and b in wv else 0.0
        lines.append(f"{a}\t{b}\t{5 + 4 * sim + rng.normal(scale=1.5):.2f}")
    lines += [
        "PARIS\tfrance\t8.5",
        "tokyo\tJAPAN\t8.0",
        "unknownword\tParis\t3.0",
        "학교\t학생\t7.5",
        "中国\t北京\t8.8",
        "中国\t没有的词\t5.0",
        "not a valid line",
    ]
    path = d / "pairs.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _analogy_file(d: Path) -> Path:
    lines = [": capital-common-countries"]
    for i in range(len(COUNTRIES)):
        for j in range(len(COUNTRIES)):
            if i != j:
                lines.append(f"{COUNTRIES[i]} {CAPITALS[i]} {COUNTRIES[j]} {CAPITALS[j]}")
    lines.append(": capital-lowercase")
    lines += ["france paris japan tokyo", "korea seoul china beijing", "Chile Santiago Mars X"]
    lines.append(": gram1-adjective-to-adverb")
    for i in range(len(ADJ)):
        for j in range(len(ADJ)):
            if i != j:
                lines.append(f"{ADJ[i]} {ADJ[i]}ly {ADJ[j]} {ADJ[j]}ly")
    lines += ["Quick Quickly slow slowly", "quick quickly fast fastly", "bad line"]
    lines.append(": sem-korean-chinese")
    lines += [
        "학교 학생 선생 교실",
        "中国 北京 日本 东京",
        "韩国 首尔 法国 巴黎",
        "中国 北京 火星 X",
    ]
    path = d / "questions.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("case_insensitive", [False, True])
@pytest.mark.parametrize("restrict", [300_000, 40])
def test_similarity_matches_gensim(both, case_insensitive, restrict):
    wv, kv, d = both
    path = _similarity_file(d, wv)
    ours = evaluate_similarity(wv, path, restrict_vocab=restrict, case_insensitive=case_insensitive)
    pearson, spearman, oov = kv.evaluate_word_pairs(
        str(path), restrict_vocab=restrict, case_insensitive=case_insensitive
    )
    assert ours.pearson == pytest.approx(pearson[0], abs=5e-4)
    assert ours.spearman == pytest.approx(spearman[0], abs=5e-4)
    assert 100 * ours.oov_share == pytest.approx(oov, abs=1e-9)
    assert ours.pearson_p == pytest.approx(pearson[1], rel=1e-3, abs=1e-9)
    assert ours.spearman_p == pytest.approx(spearman[1], rel=1e-3, abs=1e-9)
    assert "unknownword" in ours.missing_words and "没有的词" in ours.missing_words
    assert ours.invalid_lines == (69,)


@pytest.mark.parametrize("case_insensitive", [False, True])
@pytest.mark.parametrize("restrict", [300_000, 45])
def test_analogies_match_gensim(both, case_insensitive, restrict):
    wv, kv, d = both
    path = _analogy_file(d)
    ours = evaluate_analogies(wv, path, restrict_vocab=restrict, case_insensitive=case_insensitive)
    score, sections = kv.evaluate_word_analogies(
        str(path), restrict_vocab=restrict, case_insensitive=case_insensitive
    )
    assert ours.overall.accuracy == pytest.approx(score, abs=1e-9)
    theirs = {s["section"]: (len(s["correct"]), len(s["incorrect"])) for s in sections}
    for sec in ours.sections:
        assert (sec.correct, sec.answered - sec.correct) == theirs[sec.name], sec.name
    assert ours.overall.correct == theirs["Total accuracy"][0]
    assert 0 < ours.overall.correct < ours.overall.answered  # the test is not trivial
    assert ours.overall.skipped > 0
    assert ours.invalid_lines  # "bad line" is reported, not counted


def test_case_folding_only_touches_cased_letters(both):
    wv, _, d = both
    path = _analogy_file(d)
    strict = evaluate_analogies(wv, path, case_insensitive=False)
    folded = evaluate_analogies(wv, path, case_insensitive=True)
    by_name = {s.name: s for s in folded.sections}
    # lower-case questions only become answerable with folding ...
    assert {s.name: s for s in strict.sections}["capital-lowercase"].answered == 0
    assert by_name["capital-lowercase"].answered == 2
    # ... while Hangul and Hanzi questions are the same either way
    assert (
        by_name["sem-korean-chinese"] == {s.name: s for s in strict.sections}["sem-korean-chinese"]
    )


def test_semantic_and_syntactic_groups(both):
    wv, _, d = both
    result = evaluate_analogies(wv, _analogy_file(d))
    kinds = {s.name: s.kind for s in result.sections}
    assert kinds["gram1-adjective-to-adverb"] == "syntactic"
    assert kinds["capital-common-countries"] == "semantic"
    assert result.semantic.answered + result.syntactic.answered == result.overall.answered
    assert section_kind("syn3_voice") == "syntactic" and section_kind("sem2_male-female") == (
        "semantic"
    )
    assert section_kind("prefix", "CA8_morphological.txt") == "syntactic"
    assert section_kind("nature", "CA8_semantic.txt") == "semantic"
    assert section_kind("animals") == "unknown"
    d_json = result.to_dict()
    assert d_json["overall"]["questions"] == result.overall.questions


def test_3cosmul_runs_and_differs_in_scores_not_shape(both):
    wv, kv, d = both
    path = _analogy_file(d)
    mul = evaluate_analogies(wv, path, method="3cosmul")
    add = evaluate_analogies(wv, path, method="3cosadd")
    assert mul.overall.answered == add.overall.answered
    # spot-check a 3CosMul answer against gensim's most_similar_cosmul
    theirs = kv.most_similar_cosmul(positive=["Paris", "Japan"], negative=["France"], topn=1)[0]
    assert wv.analogy("France", "Paris", "Japan", method="3cosmul")[0].word == theirs[0]


def test_progress_and_cancel(both):
    wv, _, d = both
    seen: list[tuple[int, int]] = []
    evaluate_analogies(wv, _analogy_file(d), progress=lambda a, b: seen.append((a, b)))
    assert seen and seen[-1][0] == seen[-1][1]
    stop = threading.Event()
    stop.set()
    with pytest.raises(EvaluationCancelled):
        evaluate_analogies(wv, _analogy_file(d), cancel=stop)


def test_bad_files_give_clear_errors(both, tmp_path):
    wv, _, _ = both
    empty = tmp_path / "empty.tsv"
    empty.write_text("# only a comment\n", encoding="utf-8")
    with pytest.raises(EvaluationFileError, match="no word pairs"):
        evaluate_similarity(wv, empty)
    with pytest.raises(EvaluationFileError, match="no analogy questions"):
        evaluate_analogies(wv, empty)
    with pytest.raises(EvaluationFileError, match="not found"):
        evaluate_similarity(wv, tmp_path / "missing.tsv")
    latin1 = tmp_path / "latin1.tsv"
    latin1.write_bytes("caf\xe9\tcoffee\t5\n".encode("latin-1"))
    with pytest.raises(EvaluationFileError, match="UTF-8"):
        evaluate_similarity(wv, latin1)


def test_all_pairs_unknown_reports_nan_not_crash(both, tmp_path):
    wv, _, _ = both
    path = tmp_path / "oov.tsv"
    path.write_text("nope\tnada\t3\nzilch\tnothing\t4\n", encoding="utf-8")
    r = evaluate_similarity(wv, path)
    assert r.used == 0 and r.oov_share == 1.0 and math.isnan(r.spearman)


def test_ranks_average_ties():
    assert ranks(np.array([3.0, 1.0, 3.0, 2.0])).tolist() == [3.5, 1.0, 3.5, 2.0]

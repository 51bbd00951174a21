"""Per-question results: each analogy's answer and the rank of the expected word (checked
against gensim and a brute-force ranking), each pair's cosine, unknown words with the questions
they blocked, why sections were skipped, and test words looked up through Mecab."""

from __future__ import annotations

import json

import numpy as np
import pytest

from tests.core.evaluate.test_evaluate import _analogy_file, _similarity_file, _vectors
from w2v_studio.core.evaluate.analogy import evaluate_analogies
from w2v_studio.core.evaluate.files import evaluate_files
from w2v_studio.core.evaluate.questions import UnknownWord
from w2v_studio.core.evaluate.records import (
    RecordError,
    outcome_from_dict,
    outcome_to_dict,
    question_rows,
    write_questions_tsv,
)
from w2v_studio.core.evaluate.similarity import evaluate_similarity
from w2v_studio.core.vectors.word_vectors import WordVectors

gensim_kv = pytest.importorskip("gensim.models.keyedvectors")


@pytest.fixture(scope="module")
def wv() -> WordVectors:
    return _vectors()


def _brute_rank(wv: WordVectors, a: str, b: str, c: str, d: str, restrict: int) -> int:
    """Rank of d by 3CosAdd among the first ``restrict`` words, a, b, c left out: a loop."""
    unit = wv.unit[:restrict]
    query = unit[wv.id(b)] + unit[wv.id(c)] - unit[wv.id(a)]
    query = query / np.linalg.norm(query)
    scores = unit @ query
    target = scores[wv.id(d)]
    left_out = {wv.id(a), wv.id(b), wv.id(c)}
    return 1 + sum(1 for i, s in enumerate(scores) if s > target and i not in left_out)


@pytest.mark.parametrize("restrict", [300_000, 40])
def test_each_answer_is_gensims_and_rank_is_the_brute_force_rank(wv, tmp_path, restrict):
    path = _analogy_file(tmp_path)
    r = evaluate_analogies(wv, path, restrict_vocab=restrict)
    kv = gensim_kv.KeyedVectors(wv.dim)
    kv.add_vectors(wv.words, wv.vectors)
    asked = [q for q in r.questions if q.status != "skipped"]
    assert len(asked) == r.overall.answered > 30
    for q in asked:
        best = kv.most_similar(positive=[q.b, q.c], negative=[q.a], topn=1,
                               restrict_vocab=restrict)[0][0]  # fmt: skip
        assert q.answer == best, q
        assert q.rank == _brute_rank(wv, q.a, q.b, q.c, q.expected, restrict), q
        assert q.correct == (q.answer == q.expected) == (q.rank == 1)
    for s in r.sections:
        mine = [q for q in r.questions if q.section == s.name]
        assert sum(q.correct for q in mine) == s.correct
        assert sum(q.status == "skipped" for q in mine) == s.skipped


def test_questions_keep_file_order_and_name_their_unknown_words(wv, tmp_path):
    r = evaluate_analogies(wv, _analogy_file(tmp_path))
    lines = [q.line for q in r.questions]
    assert lines == sorted(lines) and len(lines) == r.overall.questions
    by_line = {(q.a, q.b, q.c, q.expected): q for q in r.questions}
    mars = by_line[("Chile", "Santiago", "Mars", "X")]
    assert mars.status == "skipped" and mars.unknown == ("Mars", "X") and mars.answer is None
    fast = by_line[("quick", "quickly", "fast", "fastly")]
    assert fast.unknown == ("fast", "fastly")
    # 'X' blocks two questions (Mars X and 火星 X), every other unknown word one
    assert UnknownWord("X", 2) == r.unknown[0]
    assert {u.word for u in r.unknown} >= {"Mars", "fast", "fastly", "火星", "france"}


def test_similarity_pairs_carry_human_score_and_gensim_cosine(wv, tmp_path):
    path = _similarity_file(tmp_path, wv)
    r = evaluate_similarity(wv, path)
    kv = gensim_kv.KeyedVectors(wv.dim)
    kv.add_vectors(wv.words, wv.vectors)
    assert len(r.questions) == r.pairs
    assert sum(q.status == "answered" for q in r.questions) == r.used
    for q in r.questions:
        if q.unknown:
            assert q.model is None and all(w not in wv for w in q.unknown)
        else:
            assert q.model == pytest.approx(kv.similarity(q.word1, q.word2), abs=1e-5)
    cat = next(q for q in r.questions if q.word1 == "unknownword")
    assert (cat.human, cat.unknown) == (3.0, ("unknownword",))
    assert [u.word for u in r.unknown] == list(r.missing_words)


def test_why_skipped_names_case_and_searched_words(wv, tmp_path):
    ana = tmp_path / "a.txt"
    ana.write_text(": lower\nfrance paris japan tokyo\nfrance paris korea seoul\n"
                   ": rare\nfiller1 filler2 filler3 filler250\n", encoding="utf-8")  # fmt: skip
    r = evaluate_analogies(wv, ana, restrict_vocab=100)
    reasons = {s.section: s for s in r.skip_reasons}
    assert reasons["lower"].cause == "case" and reasons["lower"].blocked == 2
    assert ("france", "France") in reasons["lower"].examples  # the most frequent spelling
    assert "ignore upper/lower case" in reasons["lower"].sentence()
    assert reasons["rare"].cause == "restricted"
    assert "beyond the 100 most frequent words" in reasons["rare"].sentence()


def _korean_case(tmp_path):
    """A morpheme vocabulary (nouns, no particles) and a section asking inflected forms."""
    nouns = ["자동차", "비행기", "학교", "학생", "사람", "영화", "음악", "도시"]
    rng = np.random.default_rng(1)
    obj = rng.normal(size=16)
    words, rows = [], []
    for n in nouns:
        base = rng.normal(size=16)
        words += [n, n + "_obj"]
        rows += [base, base + obj]
    wv = WordVectors(words, np.array(rows, np.float32))
    lines = [": syn-case"]
    lines += [f"{a} {a}를 {b} {b}를" for a in nouns[:4] for b in nouns[4:]]
    lines += [": sem-nouns", "자동차 비행기 학교 학생", "사람 영화 음악 도시"]
    path = tmp_path / "ko.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return wv, path


def _mecab():
    from w2v_studio.tokenizers.registry import create_tokenizer, unavailable_reason

    if unavailable_reason("mecab"):
        pytest.skip(f"Mecab: {unavailable_reason('mecab')}")
    return create_tokenizer("mecab", {})


def test_inflected_test_words_explained_and_found_through_mecab(tmp_path):
    wv, path = _korean_case(tmp_path)
    mecab = _mecab()
    plain = evaluate_analogies(wv, path, tokenizer=mecab)
    syn = plain.sections[0]
    assert (syn.questions, syn.skipped) == (16, 16)
    (reason,) = plain.skip_reasons
    assert reason.section == "syn-case" and reason.cause == "inflected" and reason.blocked == 16
    assert "train with particles kept or with whitespace tokens" in reason.sentence()
    assert reason.examples[0][1] in ("자동차", "사람", "영화", "음악", "도시")
    looked = evaluate_analogies(wv, path, tokenizer=mecab, lookup=True)
    assert looked.sections[0].skipped == 0 and looked.sections[0].answered == 16
    assert ("자동차를", "자동차") in looked.looked_up
    assert not looked.skip_reasons
    # without the tokenizer the list of particles gives the same diagnosis
    (fallback,) = evaluate_analogies(wv, path).skip_reasons
    assert fallback.cause == "inflected" and fallback.blocked == 16


def test_results_survive_json_round_trip_and_bad_records_are_named(wv, tmp_path):
    sim, ana = _similarity_file(tmp_path, wv), _analogy_file(tmp_path)
    outcomes = evaluate_files(wv, [sim, ana, tmp_path / "missing.txt"])
    data = json.loads(json.dumps([outcome_to_dict(o) for o in outcomes], allow_nan=False))
    back = [outcome_from_dict(d) for d in data]
    assert back == outcomes
    broken = json.loads(json.dumps(data[1]))
    broken["result"]["questions"][0]["rank"] = "first"
    with pytest.raises(RecordError, match="AnalogyQuestion.rank should be int"):
        outcome_from_dict(broken)


def test_questions_tsv_has_one_row_per_question(wv, tmp_path):
    sim = evaluate_similarity(wv, _similarity_file(tmp_path, wv))
    ana = evaluate_analogies(wv, _analogy_file(tmp_path))
    out = write_questions_tsv(tmp_path / "q.tsv", [sim, ana])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + sim.pairs + ana.overall.questions
    header = lines[0].split("\t")
    rows = [dict(zip(header, ln.split("\t"), strict=True)) for ln in lines[1:]]
    mars = next(r for r in rows if r["word3"] == "Mars")
    assert (mars["status"], mars["unknown"], mars["answer"]) == ("skipped", "Mars X", "")
    assert len(question_rows([ana])) == ana.overall.questions

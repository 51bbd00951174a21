"""Phrases: planted collocations are joined, and scores, joins and passes match gensim."""

from __future__ import annotations

import random
import threading

import numpy as np
import pytest

from w2v_studio.core.corpus.encoded import EncodedCorpus, write_encoded
from w2v_studio.core.corpus.errors import CorpusError
from w2v_studio.core.corpus.phrases import (
    ENGLISH_CONNECTOR_WORDS,
    PhrasesCancelled,
    PhraseSettings,
    find_phrases,
)
from w2v_studio.core.corpus.phrases_count import score
from w2v_studio.core.corpus.phrases_table import Collocation, read_table, write_table


def planted(n_lines: int = 600, seed: int = 0, pairs=(("new", "york"),),
            extra: tuple[str, ...] = ()) -> list[list[str]]:
    """Random filler words with each planted pair inserted into about a third of the lines."""
    rng = random.Random(seed)
    filler = [f"w{i}" for i in range(80)] + list(extra)
    lines = []
    for _ in range(n_lines):
        line = [rng.choice(filler) for _ in range(rng.randint(3, 14))]
        for pair in pairs:
            if rng.random() < 0.35:
                at = rng.randint(0, len(line))
                line[at:at] = list(pair)
        lines.append(line)
    return lines


def gensim_model(lines, settings: PhraseSettings):
    from gensim.models.phrases import Phrases

    return Phrases(lines, min_count=settings.min_count, threshold=settings.threshold,
                   scoring=settings.scoring, connector_words=settings.connector_words)


def test_planted_english_pair_is_joined_everywhere(tmp_path):
    lines = planted()
    result = find_phrases(lines, PhraseSettings(), tmp_path)
    assert result.table[0].phrase == "new_york"
    out = list(result.corpus)
    joined = sum(line.count("new_york") for line in out)
    assert joined == sum(" ".join(line).count("new york") for line in lines) > 100
    assert not any("new" in line or "york" in line for line in out)


@pytest.mark.parametrize("pair,extra", [(("서울", "대학교"), ("학생", "공부", "도서관")),
                                        (("北京", "大学"), ("学生", "学习", "图书馆"))])
def test_planted_korean_and_chinese_pairs_are_joined(tmp_path, pair, extra):
    lines = planted(pairs=(pair,), extra=extra)
    result = find_phrases(lines, PhraseSettings(), tmp_path)
    phrase = "_".join(pair)
    assert result.table[0].phrase == phrase
    assert sum(line.count(phrase) for line in result.corpus) == \
        sum(" ".join(line).count(" ".join(pair)) for line in lines)


@pytest.mark.parametrize("scoring,threshold", [("default", 1.0), ("npmi", 0.2)])
@pytest.mark.parametrize("connectors", [frozenset(), ENGLISH_CONNECTOR_WORDS])
def test_scores_and_joined_corpus_equal_gensim(tmp_path, scoring, threshold, connectors):
    lines = planted(pairs=(("new", "york"), ("bank", "of", "america")),
                    extra=("the", "of", "a", "and"))
    settings = PhraseSettings(min_count=3, threshold=threshold, scoring=scoring,
                              connector_words=connectors)
    result = find_phrases(lines, settings, tmp_path)
    model = gensim_model(lines, settings)
    theirs = model.export_phrases()
    ours = {r.phrase: r.score for r in result.table}
    assert ours.keys() == theirs.keys() and len(ours) > 3
    for phrase, s in theirs.items():
        assert ours[phrase] == pytest.approx(s, rel=1e-12)
    assert list(result.corpus) == [list(model[line]) for line in lines if line]
    if connectors:
        assert "bank_of_america" in ours


def test_hand_worked_default_score():
    # (count_ab - min_count) / (count_a * count_b) * vocab_size = (10 - 5) / (20 * 10) * 400
    got = score("default", np.array([10]), np.array([20]), np.array([10]), min_count=5,
                vocab_size=400, corpus_words=1000)
    assert got.tolist() == [10.0]


def test_npmi_scores_lie_between_minus_one_and_one(tmp_path):
    lines = planted()
    result = find_phrases(lines, PhraseSettings(scoring="npmi", threshold=-1.0, min_count=1),
                          tmp_path)
    scores = [r.score for r in result.table]
    assert len(scores) > 1000
    assert all(-1.0 <= s <= 1.0 for s in scores)
    assert result.table[0].phrase == "new_york" and result.table[0].score > 0.5
    assert min(scores) < 0  # pairs seen less often than chance score below zero


def test_second_pass_forms_a_trigram_as_gensim_does(tmp_path):
    lines = planted(pairs=(("new", "york", "city"), ("new", "york")))
    settings = PhraseSettings(threshold=5.0, passes=2)
    one = find_phrases(lines, PhraseSettings(threshold=5.0), tmp_path / "one")
    two = find_phrases(lines, settings, tmp_path / "two")
    assert "new_york_city" not in {r.phrase for r in one.table}
    trigram = next(r for r in two.table if r.phrase == "new_york_city")
    assert trigram.count_a == sum(line.count("new_york") for line in one.corpus)
    first = gensim_model(lines, settings)
    second = gensim_model([first[line] for line in lines], settings)
    assert list(two.corpus) == [list(second[first[line]]) for line in lines if line]


def test_an_encoded_corpus_gives_the_same_phrases_as_token_lists(tmp_path):
    lines = planted()
    (tmp_path / "enc").mkdir()
    write_encoded(tmp_path / "enc", lines)
    enc = EncodedCorpus.open(tmp_path / "enc")
    a = find_phrases(lines, PhraseSettings(), tmp_path / "a")
    b = find_phrases(enc, PhraseSettings(), tmp_path / "b")
    assert a.table == b.table and list(a.corpus) == list(b.corpus)
    assert list(enc) == [line for line in lines if line]  # the input is left as it was


def test_collocation_table_round_trips(tmp_path):
    rows = [Collocation("서울_대학교", 12, 15, 13, 30.123456789012345),
            Collocation("new_york", 7, 9, 8, 1 / 3)]
    write_table(tmp_path / "t.tsv", rows)
    assert read_table(tmp_path / "t.tsv") == rows


def test_a_damaged_table_is_refused_with_its_line(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("phrase\tcount\tcount_a\tcount_b\tscore\nnew_york\t3\tx\t4\t1.0\n",
                    encoding="utf-8")
    with pytest.raises(CorpusError, match="line 2"):
        read_table(path)
    path.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="not a collocation table"):
        read_table(path)


def test_bad_settings_are_refused():
    with pytest.raises(ValueError, match="npmi"):
        PhraseSettings(scoring="npmi", threshold=5.0)
    with pytest.raises(ValueError, match="passes"):
        PhraseSettings(passes=0)


def test_progress_rises_to_one_and_cancel_stops(tmp_path):
    seen = []
    find_phrases(planted(), PhraseSettings(passes=2), tmp_path / "a", progress=seen.append)
    fractions = [p.fraction for p in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(PhrasesCancelled):
        find_phrases(planted(), PhraseSettings(), tmp_path / "b", cancel=cancel)

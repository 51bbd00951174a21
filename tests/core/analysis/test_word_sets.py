"""Word sets: the text format round-trips; the shipped WEAT lists are the published ones."""

from __future__ import annotations

import pytest

from w2v_studio.core.analysis.word_sets import (
    WordSet,
    WordSetError,
    read_word_set,
    shipped_word_sets,
    write_word_set,
)


def test_word_set_round_trips_through_text(tmp_path):
    ws = WordSet("남성", ["그", "남자", "아버지"], source="typed", notes=["my list"])
    path = write_word_set(ws, tmp_path / "m.txt")
    back = read_word_set(path)
    assert (back.name, back.words, back.source, back.notes) == (
        "남성", ["그", "남자", "아버지"], "typed", ["my list"])


def test_words_separated_by_commas_and_spaces_with_comments(tmp_path):
    p = tmp_path / "pets.txt"
    p.write_text("cat, dog  # the usual\nfish\n\ncat\n", encoding="utf-8")
    ws = read_word_set(p)
    assert ws.name == "pets" and ws.words == ["cat", "dog", "fish"]


def test_empty_and_non_utf8_files_give_a_clear_message(tmp_path):
    (tmp_path / "empty.txt").write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(WordSetError, match="no words"):
        read_word_set(tmp_path / "empty.txt")
    (tmp_path / "cp949.txt").write_bytes("남자".encode("cp949"))
    with pytest.raises(WordSetError, match="UTF-8"):
        read_word_set(tmp_path / "cp949.txt")
    with pytest.raises(WordSetError, match="no such"):
        read_word_set(tmp_path / "missing.txt")


def test_shipped_weat_lists_match_caliskan_et_al():
    sets = {ws.name: ws for ws in shipped_word_sets("en")}
    flowers = sets["WEAT 1 X: flowers"]
    assert len(flowers.words) == 25 and flowers.words[:3] == ["aster", "clover", "hyacinth"]
    assert "Caliskan" in flowers.source
    assert sets["WEAT 7 X: math"].words == ["math", "algebra", "geometry", "calculus",
                                            "equations", "computation", "numbers", "addition"]
    assert sets["WEAT 7 B: female terms"].words[-1] == "daughter"
    assert all(len(ws.words) in (6, 7, 8, 25) for ws in sets.values())
    assert shipped_word_sets("ko") == []

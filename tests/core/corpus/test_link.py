"""A model's link to its corpus: recorded, found again, tokenized again, relocated."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from w2v_studio.core.corpus.link import (
    CorpusLink,
    find_corpus,
    make_link,
    open_sources,
    relocate,
    retokenize,
)
from w2v_studio.core.corpus.reader import Corpus
from w2v_studio.tokenizers.pipeline import tokenize_corpus

LINES_A = ["the cat sat on the mat", "a dog and a cat", "", "cats and dogs"]
LINES_B = ["seoul busan", "tokyo seoul"]


@pytest.fixture
def corpus_dir(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("W2V_STUDIO_CACHE", str(tmp_path / "cache"))
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text("\n".join(LINES_A) + "\n", encoding="utf-8")
    (src / "sub" / "b.txt").write_text("\n".join(LINES_B) + "\n", encoding="utf-8")
    return src


def linked(src: Path) -> tuple[CorpusLink, object]:
    corpus = Corpus([src])
    tc = tokenize_corpus(corpus, "whitespace", {}, workers=0)
    return make_link(corpus, tc), tc


def test_the_link_records_files_hashes_and_settings_and_survives_model_json(corpus_dir):
    link, tc = linked(corpus_dir)
    a = link.files[0]
    assert Path(a.path) == (corpus_dir / "a.txt").resolve()
    assert a.size == (corpus_dir / "a.txt").stat().st_size
    import hashlib

    assert a.sha256 == hashlib.sha256((corpus_dir / "a.txt").read_bytes()).hexdigest()
    assert a.encoding == "utf-8"
    assert link.cache_key == tc.path.name and link.tokenizer == "whitespace"
    info = json.loads(json.dumps(link.to_info()))  # as model.json stores it
    assert CorpusLink.from_info(info) == link
    assert info["files"] == [f.path for f in link.files]  # plain keys for older readers


def test_a_present_cache_is_found_with_its_sources(corpus_dir):
    link, tc = linked(corpus_dir)
    found = find_corpus(link)
    assert found.state == "ready"
    assert found.tokenized.tokens_path.read_text(encoding="utf-8").splitlines()[1] == (
        "a dog and a cat"
    )


def test_a_deleted_cache_is_made_again_under_the_same_key(corpus_dir):
    link, tc = linked(corpus_dir)
    shutil.rmtree(tc.path)
    found = find_corpus(link)
    assert found.state == "retokenize" and found.tokenized is None
    seen = []
    again = retokenize(link, on_progress=seen.append, workers=0)
    assert again.path.name == link.cache_key
    assert seen and seen[-1].fraction == 1.0
    assert find_corpus(link).state == "ready"


def test_moved_sources_are_named_and_found_again_in_a_chosen_folder(corpus_dir, tmp_path):
    link, tc = linked(corpus_dir)
    shutil.rmtree(tc.path)
    moved = tmp_path / "usb" / "corpora"
    moved.parent.mkdir()
    shutil.move(str(corpus_dir), str(moved))
    found = find_corpus(link)
    assert found.state == "moved"
    assert found.missing == [f.path for f in link.files]
    assert "a.txt" in found.problem() and "b.txt" in found.problem()

    new, missing = relocate(link, tmp_path / "usb")
    assert missing == []
    assert [Path(f.path) for f in new.files] == [moved / "a.txt", moved / "sub" / "b.txt"]
    assert find_corpus(new).state == "retokenize"
    assert retokenize(new, workers=0).path.name == link.cache_key  # same content, same key


def test_relocate_refuses_a_file_with_the_same_name_but_other_content(corpus_dir, tmp_path):
    link, _ = linked(corpus_dir)
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("something else entirely\n", encoding="utf-8")
    shutil.move(str(corpus_dir / "a.txt"), str(tmp_path / "gone.txt"))
    new, missing = relocate(link, other)
    assert missing == ["a.txt"]
    assert new.files[0].path == link.files[0].path


def test_a_source_edited_since_training_counts_as_changed_but_a_touched_one_does_not(corpus_dir):
    link, _ = linked(corpus_dir)
    a = corpus_dir / "a.txt"
    os.utime(a, (1, 1))  # same bytes, other time: checked by hash
    assert find_corpus(link).state == "ready"
    text = a.read_text(encoding="utf-8")
    a.write_text(text.replace("cat", "cow"), encoding="utf-8")  # same size, other words
    found = find_corpus(link)
    assert found.state == "cached" and found.changed == [str(a.resolve())]


def test_older_corpus_info_without_a_link_still_finds_its_corpus(corpus_dir):
    link, tc = linked(corpus_dir)
    old = {"files": [f.path for f in link.files], "tokenizer": "whitespace",
           "tokenizer_options": {}, "tokenized_path": str(tc.path)}  # fmt: skip
    from_old = CorpusLink.from_info(old)
    assert from_old is not None and from_old.files[0].sha256 is None
    assert find_corpus(from_old).state == "ready"
    shutil.rmtree(tc.path)
    assert find_corpus(from_old).state == "retokenize"
    assert retokenize(from_old, workers=0).path.name == tc.path.name
    assert CorpusLink.from_info({"words": 3}) is None  # no corpus recorded (vectors)


def test_recorded_reading_settings_read_the_same_column_again(tmp_path):
    tsv = tmp_path / "ratings.txt"
    tsv.write_text("id\tdocument\tlabel\n1\t정말 좋은 영화\t1\n2\t별로였다\t0\n", encoding="utf-8")
    corpus = Corpus([tsv], column="document")
    link = make_link(corpus, None, "whitespace", hash_files=False)
    assert link.files[0].sha256 is None and link.column == "document"
    again = open_sources(CorpusLink.from_info(link.to_info()))
    assert [ln.text for ln in again.lines()] == ["정말 좋은 영화", "별로였다"]


def test_a_damaged_link_falls_back_to_the_plain_keys_or_to_no_corpus(corpus_dir):
    link, tc = linked(corpus_dir)
    info = link.to_info()
    info["link"]["files"][0]["path"] = 3  # edited by hand
    from_plain = CorpusLink.from_info(info)
    assert from_plain is not None and from_plain.files[0].path == link.files[0].path
    assert find_corpus(from_plain).state == "ready"
    info["files"] = "not a list"
    assert CorpusLink.from_info(info) is None
    assert CorpusLink.from_info({"link": {"files": [{"nonsense": 1}]}}) is None

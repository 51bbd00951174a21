"""The streaming corpus reader on real files: folders, encodings, csv/jsonl, long lines."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import random
import unicodedata
from pathlib import Path

import pytest

from w2v_studio.core.corpus.errors import CorpusError
from w2v_studio.core.corpus.reader import (
    Corpus,
    Line,
    count_file_lines,
    expand_paths,
    guess_language,
)
from w2v_studio.tokenizers.base import WhitespaceTokenizer

KOREAN = [
    "대한민국은 민주공화국이다.",
    "대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.",
]
CHINESE = ["这个手机很好用，价格也便宜。", "北京是中国的首都。"]


def texts(corpus: Corpus) -> list[str]:
    return [line.text for line in corpus.lines()]


def test_lines_of_a_text_file_with_crlf_cr_bom_and_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffone two\r\nthree\rfour\n\nfive".encode())
    lines = list(Corpus(path).lines())
    assert [(line.text, line.lineno) for line in lines] == [
        ("one two", 1),
        ("three", 2),
        ("four", 3),
        ("", 4),
        ("five", 5),
    ]
    assert all(line.path == path for line in lines)
    assert [line.text for line in Corpus(path).head(3)] == ["one two", "three", "four"]
    assert Corpus(path).count_lines() == 5
    assert list(Corpus(path).sentences()) == [["one", "two"], ["three"], ["four"], ["five"]]


def test_folders_are_expanded_sorted_recursively_without_hidden_or_other_files(
    tmp_path: Path,
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ["b.txt", "a.csv", "sub/c.jsonl", "sub/d.txt.gz", ".hidden.txt", ".git/x.txt"]:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "notes.md").write_text("not a corpus file")
    extra = tmp_path / "no_suffix"
    extra.write_text("given explicitly, so it is read")
    found = expand_paths([tmp_path, extra])
    names = [p.relative_to(tmp_path).as_posix() for p in found]
    assert names == ["a.csv", "b.txt", "sub/c.jsonl", "sub/d.txt.gz", "no_suffix"]

    with pytest.raises(CorpusError, match="no such file"):
        expand_paths([tmp_path / "missing.txt"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(CorpusError, match="no corpus file"):
        Corpus(empty)


def test_each_file_gets_its_own_detected_encoding_and_overrides(tmp_path: Path) -> None:
    (tmp_path / "ko.txt").write_bytes("\n".join(KOREAN).encode("cp949"))
    (tmp_path / "zh.txt").write_bytes("\n".join(CHINESE).encode("gb18030"))
    (tmp_path / "tw.txt").write_bytes("臺灣是一個美麗的島嶼，這裡的人們都很親切。".encode("big5"))
    (tmp_path / "u16.txt").write_bytes("\n".join(KOREAN).encode("utf-16"))  # with BOM
    corpus = Corpus(tmp_path)
    encodings = {f.path.name: f.encoding.encoding for f in corpus.files}
    assert encodings == {
        "ko.txt": "cp949",
        "tw.txt": "big5",
        "u16.txt": "utf-16-le",
        "zh.txt": "gb18030",
    }
    assert all(f.kind == "text" and f.size == f.path.stat().st_size for f in corpus.files)
    assert (
        texts(corpus) == KOREAN + ["臺灣是一個美麗的島嶼，這裡的人們都很親切。"] + KOREAN + CHINESE
    )

    forced = Corpus(
        tmp_path / "ko.txt", encodings={str(tmp_path / "ko.txt"): "cp1252"}, errors="replace"
    )
    assert forced.files[0].encoding.encoding == "cp1252"
    assert texts(forced) != KOREAN
    with pytest.raises(CorpusError, match="unknown encoding"):
        Corpus(tmp_path / "ko.txt", encoding="no-such-codec")


def test_undecodable_bytes_give_a_clear_error_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(("ok line\n" * 5).encode() + "한국어 줄\n".encode("cp949"))
    corpus = Corpus(path, encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        list(corpus.lines())
    message = str(info.value)
    assert str(path) in message and "line 6" in message and "UTF-8" in message
    assert "encoding" in message and "--encoding-errors replace" in message
    replaced = texts(Corpus(path, encoding="utf-8", errors="replace"))
    assert replaced[:5] == ["ok line"] * 5 and "\ufffd" in replaced[5]


def test_nfc_composes_decomposed_hangul(tmp_path: Path) -> None:
    composed = "한국어 텍스트"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    path = tmp_path / "nfd.txt"
    path.write_text(decomposed + "\n" + unicodedata.normalize("NFD", "café"), encoding="utf-8")
    assert texts(Corpus(path)) == [composed, "café"]
    assert list(Corpus(path).sentences()) == [["한국어", "텍스트"], ["café"]]


def test_csv_column_by_name_index_default_and_the_error_listing_columns(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    path.write_text(
        'id,review,label\n1,"좋은 영화, 정말 ""최고""",1\n2,"두 줄\n리뷰",0\n\n3,bad movie,0\n',
        encoding="utf-8",
    )
    expected = ['좋은 영화, 정말 "최고"', "두 줄\n리뷰", "bad movie"]
    assert texts(Corpus(path)) == expected  # "review" is picked by itself
    assert texts(Corpus(path, column="review")) == expected
    assert texts(Corpus(path, column=1)) == expected
    assert texts(Corpus(path, column="2")) == ["1", "0", "0"]
    assert [line.lineno for line in Corpus(path).lines()] == [2, 3, 6]

    other = tmp_path / "other.csv"
    other.write_text("id,body,label\n1,hello,0\n", encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        list(Corpus(other).lines())
    assert (
        "'id'" in str(info.value) and "'body'" in str(info.value) and "'label'" in str(info.value)
    )
    with pytest.raises(CorpusError, match="no column 'title'"):
        list(Corpus(other, column="title").lines())
    with pytest.raises(CorpusError, match="no column number 7"):
        list(Corpus(other, column=7).lines())


def test_tsv_and_single_column_files(tmp_path: Path) -> None:
    tsv = tmp_path / "ratings.tsv"
    tsv.write_text("id\tdocument\tlabel\n9976970\t아 더빙.. 진짜 짜증나네요\t0\n", encoding="utf-8")
    corpus = Corpus(tsv)
    assert corpus.files[0].kind == "tsv"
    assert list(corpus.sentences()) == [["아", "더빙..", "진짜", "짜증나네요"]]
    nsmc = tmp_path / "ratings.txt"  # NSMC style: tab-separated .txt, a review opens with "
    nsmc.write_text(
        'id\tdocument\tlabel\n1\t"최고의 영화 강추\t1\n2\t그냥 그랬다\t0\n', encoding="utf-8"
    )
    as_tsv = Corpus(nsmc, column="document")
    assert as_tsv.files[0].kind == "tsv"
    assert [(line.text, line.lineno) for line in as_tsv.lines()] == [
        ('"최고의 영화 강추', 2),
        ("그냥 그랬다", 3),
    ]
    assert Corpus(nsmc).files[0].kind == "text"  # no column asked for: plain lines
    single = tmp_path / "one.csv"
    single.write_text("sentences\nfirst one\nsecond one\n", encoding="utf-8")
    assert texts(Corpus(single)) == ["first one", "second one"]
    short_row = tmp_path / "short.csv"
    short_row.write_text("id,text\n1,fine\n2\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="line 3"):
        list(Corpus(short_row).lines())
    assert texts(Corpus(short_row, errors="replace")) == ["fine"]


def test_jsonl_field_default_dotted_and_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    records = [
        {"text": "first text", "meta": {"title": "A"}},
        {"text": ["pre", "tokenized"], "meta": {"title": "B"}},
        {"text": None, "meta": {"title": "C"}},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    assert texts(Corpus(path)) == ["first text", "pre tokenized"]
    assert texts(Corpus(path, field="meta.title")) == ["A", "B", "C"]
    with pytest.raises(CorpusError, match="'missing' is missing"):
        list(Corpus(path, field="missing").lines())

    bad = tmp_path / "bad.ndjson"
    bad.write_text('{"text": "ok"}\n{"text": "ok too"}\n{"text": "broken\n', encoding="utf-8")
    lines = Corpus(bad).lines()
    assert next(lines).text == "ok"
    with pytest.raises(CorpusError) as info:
        list(lines)
    assert str(bad) in str(info.value) and "line 3" in str(info.value)
    assert "JSON" in str(info.value)

    nofield = tmp_path / "nofield.jsonl"
    nofield.write_text('{"body": "x", "id": 1}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="'body', 'id'"):
        list(Corpus(nofield).lines())


def test_a_long_single_line_is_streamed_in_pieces_keeping_every_token(tmp_path: Path) -> None:
    rng = random.Random(0)
    words = ["anarchism", "originated", "as", "a", "term", "of", "abuse", "한국어", "中文", "x"]
    tokens = [f"{rng.choice(words)}{i % 97}" for i in range(600_000)]  # ~5 MB, no newline
    path = tmp_path / "text8"
    path.write_text(" ".join(tokens), encoding="utf-8")
    corpus = Corpus(path, max_chunk_chars=10_000)
    lines = list(corpus.lines())
    assert len(lines) > 400
    assert all(len(line.text) <= 10_000 and line.lineno == 1 for line in lines)
    sentences = list(corpus.sentences(max_sentence_length=1000))
    assert max(len(s) for s in sentences) == 1000
    assert [t for s in sentences for t in s] == tokens  # nothing lost, split or reordered
    assert corpus.count_lines() == 1


def test_unsegmented_text_without_spaces_is_cut_after_punctuation(tmp_path: Path) -> None:
    text = "这个手机很好用价格也便宜。" * 2000
    path = tmp_path / "zh.txt"
    path.write_text(text, encoding="utf-8")
    lines = list(Corpus(path, max_chunk_chars=1000).lines())
    assert all(len(line.text) <= 1000 and line.text.endswith("。") for line in lines)
    assert "".join(line.text for line in lines) == text


def test_sentences_are_restartable_and_use_the_tokenizer(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text("The Cat sat\n\n  \nON the mat\n", encoding="utf-8")
    sentences = Corpus(path).sentences(lowercase=True)
    first, second = list(sentences), list(sentences)
    assert first == second == [["the", "cat", "sat"], ["on", "the", "mat"]]
    cut = Corpus(path).sentences(WhitespaceTokenizer(), max_sentence_length=2)
    assert list(cut) == [["The", "Cat"], ["sat"], ["ON", "the"], ["mat"]]


@pytest.mark.parametrize(
    ("suffix", "compress"),
    [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)],
)
def test_compressed_files_are_read_transparently(tmp_path: Path, suffix: str, compress) -> None:
    path = tmp_path / f"ko.txt{suffix}"
    path.write_bytes(compress("\n".join(KOREAN * 3).encode("cp949")))
    corpus = Corpus(path)
    assert corpus.files[0].encoding.encoding == "cp949"
    assert corpus.files[0].size == path.stat().st_size
    assert texts(corpus) == KOREAN * 3
    assert corpus.count_lines() == 6
    assert count_file_lines(path) == 6
    tsv = tmp_path / f"t.tsv{suffix}"
    tsv.write_bytes(compress(b"id\ttext\n1\thello world\n"))
    assert Corpus(tsv).files[0].kind == "tsv"
    assert texts(Corpus(tsv)) == ["hello world"]


def test_damaged_compressed_file_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt.xz"
    rng = random.Random(1)
    text = " ".join(str(rng.randrange(10**9)) for _ in range(5_000))
    path.write_bytes(lzma.compress(text.encode())[:2000])
    with pytest.raises(CorpusError, match="damaged"):
        list(Corpus(path, encoding="utf-8").lines())


def test_guess_language() -> None:
    assert guess_language(" ".join(KOREAN)) == "ko"
    assert guess_language("".join(CHINESE)) == "zh"
    assert guess_language("Anarchism is a political philosophy.") == "en"
    assert guess_language("영화 movie 정말 재밌다 really") == "ko"
    assert guess_language("これは日本語の文です") == "other"
    assert guess_language("Это русский текст") == "other"
    assert guess_language("12345 !!!") == "other"


def test_corpus_language_and_line_type(tmp_path: Path) -> None:
    path = tmp_path / "zh.txt"
    path.write_text("\n".join(CHINESE), encoding="utf-8")
    corpus = Corpus(path)
    assert corpus.guess_language() == "zh"
    assert isinstance(corpus.head(1)[0], Line)
    assert corpus.total_size == path.stat().st_size

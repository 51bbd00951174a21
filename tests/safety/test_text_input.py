"""Text input (issue 11, item 5): files that are not text, damaged bytes, Japanese encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.validation_helpers import cli_error
from w2v_studio.cli import main
from w2v_studio.core.corpus.encoding import SUPPORTED_ENCODINGS, detect_encoding_bytes
from w2v_studio.core.corpus.errors import CorpusError
from w2v_studio.core.corpus.reader import Corpus

GOOD_LINE = "좋은 영화 입니다\n"  # 24 bytes in UTF-8
JAPANESE = "日本語のテキストです。" * 20 + "\n"
JAPANESE_PROSE = "東京は日本の首都です。今日は天気がいいので、公園へ散歩に行きました。\n"


def _tokenize(tmp_path: Path, corpus: Path, *extra: str) -> list:
    return ["tokenize", corpus, "-t", "whitespace", "-o", tmp_path / "out.txt",
            "--cache-dir", tmp_path / "cache", "--workers", "0", "-q", *extra]  # fmt: skip


def _mostly_utf8(tmp_path: Path) -> Path:
    """50 good lines, then a line with two bytes that are not UTF-8 at byte offset 1204."""
    path = tmp_path / "reviews.txt"
    path.write_bytes((GOOD_LINE * 50).encode() + b"bad \xff\xfe byte\n" + "끝\n".encode())
    return path


# --------------------------------------------------------------------- not a text file
NOT_TEXT = {
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "a PNG image"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(40), "a JPEG image"),
    "gif": (b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(20), "a GIF image"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "a PDF document"),
    "zip": (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(40), "a ZIP archive"),
    "elf": (b"\x7fELF\x02\x01\x01\x00" + bytes(56), "an executable program (ELF)"),
    "gzip_named_txt": (b"\x1f\x8b\x08\x00" + bytes(20), "gzip-compressed data"),
}


@pytest.mark.parametrize("case", sorted(NOT_TEXT))
def test_a_file_that_is_not_text_is_named_as_such(tmp_path, capsys, case):
    data, what = NOT_TEXT[case]
    path = tmp_path / f"photo.{case}.txt"
    path.write_bytes(data)
    err = cli_error(capsys, *_tokenize(tmp_path, path))
    assert f"{path} is {what}" in err and "not a text file; choose text files" in err
    assert "cannot be read as" not in err  # not the old "bytes 90 cannot be read as ..."
    assert not (tmp_path / "out.txt").exists()


def test_bin_ls_is_reported_as_a_program_not_as_windows_1252(tmp_path, capsys):
    ls = Path("/bin/ls")
    if not ls.is_file():
        pytest.skip("no /bin/ls here")
    err = cli_error(capsys, *_tokenize(tmp_path, ls))
    assert "/bin/ls is an executable program (ELF), not a text file" in err
    assert "Windows-1252" not in err


def test_nul_bytes_make_binary_data_with_the_offset_of_the_first(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(b"looks like text at first\n" + b"\x00\x01\x02\x03" * 10)
    with pytest.raises(CorpusError) as info:
        Corpus(path)
    assert "binary data (a NUL byte at byte offset 25), not a text file" in str(info.value)


def test_train_refuses_a_png_with_exit_2_and_writes_no_model(tmp_path, capsys):
    png = tmp_path / "photo.png"
    png.write_bytes(NOT_TEXT["png"][0])
    err = cli_error(capsys, "train", png, "-o", tmp_path / "model", "-q")
    assert "photo.png is a PNG image, not a text file" in err
    assert not (tmp_path / "model").exists()


def test_utf16_text_without_bom_is_still_text(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(("The cat sat on the mat.\n" * 20).encode("utf-16-le"))
    corpus = Corpus(path)
    assert corpus.files[0].encoding.encoding == "utf-16-le"
    assert corpus.head(1)[0].text == "The cat sat on the mat."


# --------------------------------------------------------------------- damaged UTF-8
def test_strict_error_gives_line_byte_offset_and_how_to_choose_replacing(tmp_path, capsys):
    err = cli_error(capsys, *_tokenize(tmp_path, _mostly_utf8(tmp_path)))
    # 50 lines of 24 bytes, then "bad " (4 bytes): the bad byte is at offset 1204
    assert "reviews.txt, line 51, byte offset 1,204: the bytes ff cannot be read as UTF-8" in err
    assert "--encoding-errors replace" in err and "errors='replace'" not in err


def test_tokenize_encoding_errors_replace_reads_the_file_and_counts_replaced_bytes(
    tmp_path, capsys
):
    path = _mostly_utf8(tmp_path)
    assert main([str(a) for a in _tokenize(tmp_path, path, "--encoding-errors", "replace")]) == 0
    err = capsys.readouterr().err
    assert "2 undecodable byte(s) were replaced by \ufffd" in err
    assert "reviews.txt: 2, the first at byte offset 1,204" in err
    lines = (tmp_path / "out.txt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 52 and lines[50] == "bad \ufffd\ufffd byte" and lines[51] == "끝"


def test_train_encoding_errors_replace_trains_and_reports_replaced_bytes(tmp_path, capsys):
    path = _mostly_utf8(tmp_path)
    args = ["train", path, "-o", tmp_path / "m", "--epochs", "1", "--min-count", "1",
            "--dim", "8", "-q", "--encoding-errors", "replace"]  # fmt: skip
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "2 undecodable byte(s) were replaced" in err
    assert (tmp_path / "m" / "model.json").is_file()


def test_replaced_count_is_the_number_of_bad_bytes_and_the_default_is_strict(tmp_path):
    path = _mostly_utf8(tmp_path)
    assert Corpus(path).errors == "strict"
    corpus = Corpus(path, errors="replace")
    texts = [line.text for line in corpus.lines()]
    assert texts[50] == "bad \ufffd\ufffd byte"
    found = corpus.replaced_bytes()
    assert [(p.name, r.count, r.first_offset) for p, r in found.items()] == [
        ("reviews.txt", 2, 1204)
    ]


def test_a_file_without_bad_bytes_reports_nothing_replaced(tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text(GOOD_LINE * 3, encoding="utf-8")
    assert Corpus(path, errors="replace").replacement_note() is None


# --------------------------------------------------------------------- Japanese
@pytest.mark.parametrize("codec", ["cp932", "euc-jp"])
@pytest.mark.parametrize("text", [JAPANESE, JAPANESE_PROSE], ids=["repeated", "prose"])
def test_japanese_encodings_are_detected_and_read_back_exactly(tmp_path, codec, text):
    path = tmp_path / "ja.txt"
    path.write_bytes(text.encode(codec))
    corpus = Corpus(path)
    assert corpus.files[0].encoding.encoding == codec
    assert corpus.head(1)[0].text == text.rstrip("\n")


def test_japanese_encodings_stay_in_the_offered_list():
    offered = {codec for codec, _ in SUPPORTED_ENCODINGS}
    assert {"cp932", "euc-jp"} <= offered


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("이 영화 정말 재미있었어요. 배우들의 연기가 최고였고 음악도 좋았습니다.\n", "cp949"),
        ("这个手机很好用，价格也便宜，物流很快，下次还会再来买。\n", "gb18030"),
        ("這本書的內容非常有趣，值得一讀再讀。我們明天要去臺北車站。\n", "big5"),
    ],
)
def test_korean_and_chinese_are_not_taken_for_japanese(text, codec):
    assert detect_encoding_bytes((text * 5).encode(codec), final=True).encoding == codec


# --------------------------------------------------------------------- GUI: Corpus page
@pytest.fixture
def corpus_page(qtbot, tmp_path):
    from w2v_studio.qt.corpus.page import CorpusPage
    from w2v_studio.qt.shell.state import AppState

    page = CorpusPage(AppState(), cache_dir=tmp_path / "tok-cache")
    qtbot.addWidget(page)
    page.show()
    yield page
    page.shutdown()


def test_gui_replace_checkbox_reads_a_damaged_file_and_shows_how_many_bytes(
    qtbot, corpus_page, tmp_path
):
    path = tmp_path / "reviews.txt"
    path.write_bytes(GOOD_LINE.encode() + b"bad \xff byte\n" + (GOOD_LINE * 20).encode())
    assert not corpus_page.replace_check.isChecked()  # strict by default
    corpus_page.add_paths([path])
    qtbot.waitUntil(lambda: corpus_page.messages.level_of("files") == "error", timeout=30_000)
    shown = corpus_page.messages.visible_text()
    assert "line 2, byte offset 28" in shown and "Replace unreadable bytes" in shown
    assert corpus_page.replace_check.text() == "Replace unreadable bytes"
    corpus_page.replace_check.setChecked(True)
    qtbot.waitUntil(lambda: corpus_page.messages.level_of("files") == "warning", timeout=30_000)
    assert "1 undecodable byte(s) were replaced" in corpus_page.messages.visible_text()
    assert corpus_page._scan is not None and corpus_page._scan.corpus.errors == "replace"
    assert "bad \ufffd byte" in corpus_page._scan.head

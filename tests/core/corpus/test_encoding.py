"""Encoding detection on real Korean, Chinese and English sentences in each encoding."""

from __future__ import annotations

import codecs
import gzip
import lzma

import pytest

from w2v_studio.core.corpus.encoding import (
    SUPPORTED_ENCODINGS,
    detect_encoding,
    detect_encoding_bytes,
    encoding_label,
)

KOREAN = (
    "대한민국 헌법 제1조 대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, "
    "모든 권력은 국민으로부터 나온다.\n"
    "이 영화 정말 재미있었어요. 배우들의 연기가 최고였고 음악도 좋았습니다 ㅋㅋ\n"
    "서울은 한국의 수도이며 가장 큰 도시이다. 한강이 도시를 가로질러 흐른다.\n"
)
SIMPLIFIED = (
    "中华人民共和国是工人阶级领导的、以工农联盟为基础的人民民主专政的社会主义国家。\n"
    "这个手机很好用，价格也便宜，物流很快，下次还会再来买。\n"
    "北京是中国的首都，也是全国的政治和文化中心。\n"
)
TRADITIONAL = (
    "臺灣是一個美麗的島嶼，這裡的人們都很親切。\n"
    "我們明天要去臺北車站買火車票，然後坐車到高雄。\n"
    "這本書的內容非常有趣，值得一讀再讀。\n"
)
ENGLISH = "The quick brown fox jumps over the lazy dog.\nAnarchism is a political philosophy.\n"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (KOREAN, "cp949"),
        (KOREAN, "euc-kr"),
        (SIMPLIFIED, "gb18030"),
        (SIMPLIFIED, "gbk"),
        (SIMPLIFIED, "gb2312"),
        (TRADITIONAL, "big5"),
    ],
)
def test_legacy_cjk_encodings_are_recognised(text: str, codec: str) -> None:
    expected = {"euc-kr": "cp949", "gbk": "gb18030", "gb2312": "gb18030"}.get(codec, codec)
    guess = detect_encoding_bytes(text.encode(codec))
    assert guess.encoding == expected, guess
    assert guess.label == encoding_label(expected)
    assert not guess.bom
    assert 0.5 <= guess.confidence <= 1.0
    assert guess.reason


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("대한민국 헌법", "cp949"),
        ("안녕하세요", "cp949"),
        ("한국어 공부", "cp949"),
        ("中华人民共和国", "gb18030"),
        ("我们今天去北京", "gb18030"),
        ("中文", "gb18030"),
        ("謝謝你", "big5"),
        ("這是中文", "big5"),
    ],
)
def test_short_samples(text: str, codec: str) -> None:
    assert detect_encoding_bytes(text.encode(codec)).encoding == codec


@pytest.mark.parametrize("text", [KOREAN, SIMPLIFIED, TRADITIONAL, "naïve café, Ελληνικά, Русский"])
def test_utf8_with_and_without_bom(text: str) -> None:
    plain = detect_encoding_bytes(text.encode("utf-8"))
    assert (plain.encoding, plain.bom) == ("utf-8", False)
    assert plain.confidence > 0.9
    with_bom = detect_encoding_bytes(text.encode("utf-8-sig"))
    assert (with_bom.encoding, with_bom.bom, with_bom.label) == (
        "utf-8-sig",
        True,
        "UTF-8 (with BOM)",
    )
    assert codecs.decode(text.encode("utf-8-sig"), with_bom.encoding) == text


@pytest.mark.parametrize("text", [KOREAN, SIMPLIFIED, ENGLISH])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(text: str, codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    guess = detect_encoding_bytes(bom + text.encode(codec))
    assert (guess.encoding, guess.bom, guess.confidence) == (codec, True, 1.0)


@pytest.mark.parametrize("text", [KOREAN, ENGLISH])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_by_nul_pattern(text: str, codec: str) -> None:
    guess = detect_encoding_bytes(text.encode(codec))
    assert (guess.encoding, guess.bom) == (codec, False)


@pytest.mark.parametrize(
    ("text", "codec"), [(KOREAN, "utf-8"), (KOREAN, "cp949"), (SIMPLIFIED, "gb18030")]
)
def test_sample_cut_inside_a_character_is_not_an_error(text: str, codec: str) -> None:
    data = (text * 3).encode(codec)
    # Cut one byte into the last multibyte character.
    cut = len(data) - 1
    while data[cut - 1] < 0x80:
        cut -= 1
    sample = data[: cut - 1]  # ends with the lead byte(s) of a character
    with pytest.raises(UnicodeDecodeError):
        sample.decode(codec)
    guess = detect_encoding_bytes(sample)
    assert guess.encoding == codec
    assert guess.confidence >= 0.9 if codec == "utf-8" else guess.confidence >= 0.5


def test_ascii_and_empty_read_as_utf8() -> None:
    assert detect_encoding_bytes(ENGLISH.encode("ascii")).encoding == "utf-8"
    empty = detect_encoding_bytes(b"")
    assert (empty.encoding, empty.confidence) == ("utf-8", 0.0)


def test_western_legacy_text() -> None:
    guess = detect_encoding_bytes("Crème brûlée au café, naïve façade.\n".encode("cp1252"))
    assert guess.encoding == "cp1252"


def test_mostly_utf8_with_one_bad_byte_stays_utf8() -> None:
    data = KOREAN.encode("utf-8") * 3 + b"\xff" + KOREAN.encode("utf-8")
    guess = detect_encoding_bytes(data)
    assert guess.encoding == "utf-8"
    assert "invalid" in guess.reason


def test_detect_encoding_reads_files_and_compressed_files(tmp_path) -> None:
    plain = tmp_path / "ko.txt"
    plain.write_bytes(KOREAN.encode("cp949") * 50)
    assert detect_encoding(plain).encoding == "cp949"
    assert detect_encoding(plain, sample_size=101).encoding == "cp949"  # cut mid-character
    gz = tmp_path / "zh.txt.gz"
    gz.write_bytes(gzip.compress(SIMPLIFIED.encode("gb18030")))
    assert detect_encoding(gz).encoding == "gb18030"
    xz = tmp_path / "tw.txt.xz"
    xz.write_bytes(lzma.compress(TRADITIONAL.encode("big5")))
    assert detect_encoding(xz).encoding == "big5"


def test_supported_encodings_are_real_codecs_with_labels() -> None:
    codecs_seen = [codec for codec, _ in SUPPORTED_ENCODINGS]
    for needed in ("utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "cp949", "gb18030", "big5"):
        assert needed in codecs_seen
    for codec, label in SUPPORTED_ENCODINGS:
        codecs.lookup(codec)
        assert encoding_label(codec) == label

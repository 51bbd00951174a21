"""English word pattern and jieba segmentation on real sentences."""

from __future__ import annotations

import pytest

from w2v_studio.tokenizers.registry import create_tokenizer

EN = "Don't panic: the state-of-the-art model scored 3.14 points in 2024, Café owner said."


def test_english_defaults_lowercase_and_drop_punctuation():
    toks = create_tokenizer("english").tokenize(EN)
    assert toks[:4] == ["don't", "panic", "the", "state-of-the-art"]
    assert "3.14" in toks and "2024" in toks and "café" in toks
    assert ":" not in toks and "," not in toks


def test_english_options():
    toks = create_tokenizer(
        "english",
        {"lowercase": False, "keep_numbers": False, "keep_punctuation": True,
         "split_hyphens": True},
    ).tokenize(EN)  # fmt: skip
    assert "Don't" in toks and "Café" in toks
    assert "3.14" not in toks and "2024" not in toks
    assert ":" in toks and "," in toks
    assert toks[toks.index("state") : toks.index("state") + 3] == ["state", "-", "of"]


def test_jieba_splits_a_known_sentence(tokenizer_of):
    assert tokenizer_of("jieba").tokenize("我来到北京清华大学。") == [
        "我",
        "来到",
        "北京",
        "清华大学",
    ]
    assert tokenizer_of("jieba").tokenize("他来到了网易杭研大厦") == [
        "他", "来到", "了", "网易", "杭研", "大厦"
    ]  # fmt: skip  # "杭研" is found by the HMM


def test_jieba_hmm_off_search_mode_and_char_level(tokenizer_of):
    no_hmm = tokenizer_of("jieba", hmm=False).tokenize("他来到了网易杭研大厦")
    assert "杭研" not in no_hmm and "杭" in no_hmm
    search = tokenizer_of("jieba", mode="search").tokenize("中华人民共和国成立了")
    assert "中华人民共和国" in search and "共和国" in search
    chars = tokenizer_of("jieba", char_level=True).tokenize("清华大学 iPhone 12")
    assert chars == ["清", "华", "大", "学", "iPhone", "12"]


def test_jieba_fullwidth_user_dict_stopwords(tmp_path, tokenizer_of):
    assert tokenizer_of("jieba").tokenize("１９９８年ＡＢＣ") == ["1998", "年", "ABC"]
    assert tokenizer_of("jieba", halfwidth=False).tokenize("１９９８年")[0] != "1998"
    user = tmp_path / "user.txt"
    user.write_text("杭研大厦 10 n\n", encoding="utf-8")
    stop = tmp_path / "stop.txt"
    stop.write_text("了\n他\n", encoding="utf-8")
    toks = create_tokenizer("jieba", {"user_dict": str(user), "stopwords": str(stop)}).tokenize(
        "他来到了网易杭研大厦"
    )
    assert toks == ["来到", "网易", "杭研大厦"]


def test_jieba_full_mode_is_not_offered():
    with pytest.raises(ValueError, match="not one of"):
        create_tokenizer("jieba", {"mode": "full"})


def test_whitespace_tokenizer_for_segmented_text():
    assert create_tokenizer("whitespace").tokenize(" 中国 人民\t银行 ") == ["中国", "人民", "银行"]


PARITY = [
    "我来到北京清华大学。他来到了网易杭研大厦",
    "小明硕士毕业于中国科学院计算所，后在日本京都大学深造",
    "这款iPhone 12手机的屏幕是6.1英寸，价格3999元，性价比100%不错！",
    "酒店的服务态度很好，房间干净，早餐品种丰富，下次还会入住。",
    "攴蛂癫善珨踬ゴ怢督 扂珨嶱宎憩桶陇婓y最锋眒疑珨嶲湮散滇",  # unknown characters: HMM ties
    "１９９８年新年讲话（附图片１张）",
    "  空格  和\t制表符 a-b_c#d&e.f%g ",
]


@pytest.mark.parametrize("hmm", [True, False])
def test_fast_accurate_mode_gives_exactly_jiebas_words(tokenizer_of, hmm):
    tok = tokenizer_of("jieba", hmm=hmm, halfwidth=False, keep_punctuation=True)
    for text in PARITY:
        assert tok._fast.cut(text) == tok._jieba.lcut(text, HMM=hmm), text

"""jieba tokenizer: accurate/search mode, HMM, user dictionary, stop words, character level."""

from __future__ import annotations

import logging
import re
import unicodedata

from w2v_studio.tokenizers.base import Token
from w2v_studio.tokenizers.text import fold_fullwidth

_CHAR_LEVEL = re.compile(r"[A-Za-z0-9]+(?:[.,][0-9]+)*|\S")


def _is_punct(tok: str) -> bool:
    return all(unicodedata.category(c)[0] in "PSZC" for c in tok)


def _read_words(path: str) -> frozenset[str]:
    with open(path, encoding="utf-8-sig") as f:
        return frozenset(w.strip() for w in f if w.strip())


class JiebaTokenizer:
    """jieba segmentation with its own dictionary instance (the global one is left alone).

    >>> JiebaTokenizer().tokenize("我来到北京清华大学。")  # doctest: +SKIP
    ['我', '来到', '北京', '清华大学']
    """

    id = "jieba"

    def __init__(
        self,
        mode: str = "accurate",
        hmm: bool = True,
        user_dict: str = "",
        stopwords: str = "",
        char_level: bool = False,
        halfwidth: bool = True,
        lowercase: bool = False,
        keep_punctuation: bool = False,
    ) -> None:
        import jieba

        logging.getLogger("jieba").setLevel(logging.WARNING)
        jieba.setLogLevel(logging.WARNING)
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        if user_dict:
            self._jieba.load_userdict(user_dict)
        self.mode = mode
        self.hmm = hmm
        self.char_level = char_level
        self.halfwidth = halfwidth
        self.lowercase = lowercase
        self.keep_punctuation = keep_punctuation
        self.stopwords = _read_words(stopwords) if stopwords else frozenset()
        self._drop: dict[str, bool] = {}
        self._fast = None
        self._tagger = None  # jieba's POS tagger, made on the first analyze (reads dict.txt)
        if mode == "accurate" and not char_level:
            from .fastcut import FastCut

            self._fast = FastCut(self._jieba, hmm)  # same words as jieba's lcut, faster

    def _prepare(self, text: str) -> str:
        if self.halfwidth:
            text = fold_fullwidth(text)
        if self.lowercase:
            text = text.lower()
        return text

    def _words(self, text: str) -> list[str]:
        text = self._prepare(text)
        if self.char_level:
            return _CHAR_LEVEL.findall(text)
        if self._fast is not None:
            return self._fast.cut(text)
        if self.mode == "search":
            return list(self._jieba.cut_for_search(text, HMM=self.hmm))
        return self._jieba.lcut(text, HMM=self.hmm)

    def _classify(self, w: str) -> bool:
        """Whether a word is left out (stop word, whitespace, punctuation); remembered."""
        d = (w in self.stopwords or not w or w.isspace()
             or (not self.keep_punctuation and _is_punct(w)))  # fmt: skip
        if len(self._drop) < 500_000:
            self._drop[w] = d
        return d

    def tokenize(self, text: str) -> list[str]:
        get, classify = self._drop.get, self._classify
        # one dict lookup per word: False = keep, True = drop, None = not seen yet
        return [w for w in self._words(text) if (d := get(w)) is False or (
            d is None and not classify(w))]  # fmt: skip

    def analyze(self, text: str) -> list[Token]:
        if self.char_level or self.mode == "search":
            return [Token(t) for t in self.tokenize(text)]
        if self._tagger is None:
            import jieba.posseg

            self._tagger = jieba.posseg.POSTokenizer(self._jieba)
        keep = set(self.tokenize(text))
        return [
            Token(p.word, p.flag)
            for p in self._tagger.lcut(self._prepare(text), HMM=self.hmm)
            if p.word in keep
        ]

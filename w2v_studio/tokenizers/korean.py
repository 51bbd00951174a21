"""Korean part-of-speech classes shared by every Korean backend, and the common options.

Each backend has its own tag set (Sejong-style tags of mecab-ko-dic and Komoran, Kiwi's
extended Sejong tags, Okt's English names). They are mapped to one set of classes so that
``drop=particle,ending,punctuation`` means the same thing whichever backend runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from w2v_studio.tokenizers.base import Token
from w2v_studio.tokenizers.options import OptionSpec
from w2v_studio.tokenizers.text import clean_token

POS_CLASSES: tuple[str, ...] = (
    "noun", "pronoun", "numeral", "verb", "adjective", "auxiliary", "copula", "determiner",
    "adverb", "interjection", "particle", "ending", "prefix", "suffix", "root",
    "punctuation", "symbol", "number", "foreign", "hanja", "web", "unknown",
)  # fmt: skip

DEFAULT_DROP: tuple[str, ...] = ("particle", "ending", "punctuation")
LEMMA_CLASSES = frozenset({"verb", "adjective", "auxiliary"})

# Sejong tags (mecab-ko-dic, Komoran; Kiwi's are a superset). Longest prefix wins. Every S* mark
# (SF . ? !, SP , SS* quotes and brackets, SE …, SO - ~, SW and SY other marks such as .. !!! ~~~~
# ^^ -_-) is punctuation, so the default drop leaves none of them among the words.
_SEJONG: dict[str, str] = {
    "NNG": "noun", "NNP": "noun", "NNB": "noun", "NNBC": "noun", "NP": "pronoun",
    "NR": "numeral", "VV": "verb", "VA": "adjective", "VX": "auxiliary", "VCP": "copula",
    "VCN": "copula", "MM": "determiner", "MAG": "adverb", "MAJ": "adverb", "IC": "interjection",
    "J": "particle", "E": "ending", "XPN": "prefix", "XS": "suffix", "XR": "root",
    "SF": "punctuation", "SP": "punctuation", "SS": "punctuation", "SE": "punctuation",
    "SO": "punctuation", "SC": "punctuation", "SW": "punctuation", "SY": "punctuation",
    "SB": "symbol",
    "SL": "foreign", "SH": "hanja", "SN": "number", "NF": "unknown", "NV": "unknown",
    "NA": "unknown", "UN": "unknown", "W_EMOJI": "symbol", "W_": "web", "Z_CODA": "ending",
    "Z_SIOT": "particle", "USER": "noun",
}  # fmt: skip

_OKT: dict[str, str] = {
    "Noun": "noun", "Verb": "verb", "Adjective": "adjective", "Adverb": "adverb",
    "Determiner": "determiner", "Modifier": "determiner", "Exclamation": "interjection",
    "Josa": "particle", "Eomi": "ending", "PreEomi": "ending", "Conjunction": "adverb",
    "VerbPrefix": "prefix", "Suffix": "suffix", "Punctuation": "punctuation",
    "Foreign": "foreign", "Alpha": "foreign", "Number": "number", "Hashtag": "web",
    "ScreenName": "web", "Email": "web", "URL": "web", "CashTag": "web",
    "KoreanParticle": "symbol", "Unknown": "unknown",
}  # fmt: skip

TagSet = Literal["sejong", "okt"]


def pos_class(tag: str, tagset: TagSet = "sejong") -> str:
    """The shared class of a backend tag (``unknown`` for a tag not in the tables).

    Compound mecab tags (``VV+EP``) take their first part; Kiwi's ``VV-R``/``VV-I`` the stem.

    >>> pos_class("JKS"), pos_class("VV+EP"), pos_class("VA-I"), pos_class("Josa", "okt")
    ('particle', 'verb', 'adjective', 'particle')
    """
    if tagset == "okt":
        return _OKT.get(tag, "unknown")
    tag = tag.split("+", 1)[0]
    if "-" in tag:
        tag = tag.split("-", 1)[0]
    for n in range(len(tag), 0, -1):
        cls = _SEJONG.get(tag[:n])
        if cls:
            return cls
    return "unknown"


def korean_options(lemma_help: str, user_dict_help: str | None) -> tuple[OptionSpec, ...]:
    """The options every Korean backend offers (``user_dict`` only where supported)."""
    opts = [
        OptionSpec("drop", "multichoice", DEFAULT_DROP,
                   "Parts of speech to leave out (default: particles, endings, punctuation)",
                   "Drop", POS_CLASSES),
        OptionSpec("output", "choice", "word", "Write each token as the word, or as word/POS",
                   "Output", ("word", "word/POS")),
        OptionSpec("lemma", "bool", False, lemma_help, "Dictionary forms of verbs/adjectives"),
    ]  # fmt: skip
    if user_dict_help:
        opts.append(OptionSpec("user_dict", "path", "", user_dict_help, "User dictionary"))
    return tuple(opts)


class PosFilter:
    """Drops tokens by class and formats the rest; one per tokenizer, tags cached.

    >>> f = PosFilter(("particle",), "word/POS")
    >>> f.apply([("학교", "NNG", "학교"), ("에", "JKB", "에")])
    ['학교/NNG']
    """

    def __init__(
        self, drop: Iterable[str], output: str, lemma: bool = False, tagset: TagSet = "sejong"
    ) -> None:
        self.drop = frozenset(drop)
        self.with_pos = output == "word/POS"
        self.lemma = lemma
        self.tagset: TagSet = tagset
        self._keep: dict[str, bool] = {}
        self._lemma_tag: dict[str, bool] = {}

    def keep(self, tag: str) -> bool:
        """Whether tokens with this backend tag are kept."""
        k = self._keep.get(tag)
        if k is None:
            cls = pos_class(tag, self.tagset)
            k = self._keep[tag] = cls not in self.drop
            self._lemma_tag[tag] = cls in LEMMA_CLASSES
        return k

    def wants_lemma(self, tag: str) -> bool:
        """Whether the dictionary form should replace the surface for this tag."""
        return self.lemma and self.keep(tag) and self._lemma_tag[tag]

    def format(self, word: str, tag: str) -> str:
        word = clean_token(word)
        if not word:
            return ""
        return f"{word}/{tag}" if self.with_pos else word

    def apply(self, morphs: Iterable[tuple[str, str, str]]) -> list[str]:
        """Tokens from ``(surface, tag, lemma)`` triples."""
        out = []
        for surface, tag, lemma in morphs:
            if not self.keep(tag):
                continue
            t = self.format(lemma if self.lemma and self._lemma_tag[tag] else surface, tag)
            if t:
                out.append(t)
        return out

    def analyze(self, morphs: Iterable[tuple[str, str, str]]) -> list[Token]:
        """Preview tokens (kept ones only) with their backend tags."""
        out = []
        for surface, tag, lemma in morphs:
            if self.keep(tag):
                word = clean_token(lemma if self.lemma and self._lemma_tag[tag] else surface)
                if word:
                    out.append(Token(word, tag))
        return out


class KoreanMorphTokenizer:
    """A Korean tokenizer whose backend yields ``(surface, tag, lemma)`` morphemes, filtered by
    part-of-speech class: the shared constructor of the Mecab, Kiwi, Okt and Komoran plugins.
    Subclasses set ``id`` and implement ``_morphs``.
    """

    id = ""

    def __init__(
        self,
        drop: Iterable[str] = DEFAULT_DROP,
        output: str = "word",
        lemma: bool = False,
        tagset: TagSet = "sejong",
    ) -> None:
        self.lemma = lemma
        self.filter = PosFilter(drop, output, lemma and tagset == "sejong", tagset=tagset)

    def _morphs(self, text: str) -> list[tuple[str, str, str]]:
        raise NotImplementedError

    def tokenize(self, text: str) -> list[str]:
        return self.filter.apply(self._morphs(text))

    def analyze(self, text: str) -> list[Token]:
        return self.filter.analyze(self._morphs(text))

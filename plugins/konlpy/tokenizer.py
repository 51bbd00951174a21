"""konlpy Okt and Komoran tokenizers (the JVM starts in the process that creates them)."""

from __future__ import annotations

from w2v_studio.tokenizers.java import JAVA_MISSING, find_jvm
from w2v_studio.tokenizers.korean import DEFAULT_DROP, KoreanMorphTokenizer


def _jvm_path() -> str:
    jvm = find_jvm()
    if jvm is None:
        raise RuntimeError(JAVA_MISSING)
    return str(jvm)


_TAGGERS: dict[tuple[str, str], object] = {}


def _shared(kind: str, user_dict: str = ""):
    """One Okt, and one Komoran per user dictionary, in a process (loading takes seconds;
    the other options only change the filtering of their output)."""
    key = (kind, user_dict)
    if key not in _TAGGERS:
        from konlpy.tag import Komoran, Okt

        if kind == "okt":
            _TAGGERS[key] = Okt(jvmpath=_jvm_path())
        else:
            _TAGGERS[key] = Komoran(jvmpath=_jvm_path(), userdic=user_dict or None)
    return _TAGGERS[key]


class OktTokenizer(KoreanMorphTokenizer):
    """Okt (Open Korean Text) tokens, filtered by part-of-speech class.

    >>> OktTokenizer().tokenize("아버지가 방에 들어가신다")  # doctest: +SKIP
    ['아버지', '방', '들어가신다']
    """

    id = "okt"

    def __init__(
        self,
        drop: tuple[str, ...] = DEFAULT_DROP,
        output: str = "word",
        lemma: bool = False,
        norm: bool = False,
    ) -> None:
        super().__init__(drop, output, lemma, tagset="okt")  # Okt stems itself (stem=lemma)
        self._okt = _shared("okt")
        self.norm = norm

    def _morphs(self, text: str) -> list[tuple[str, str, str]]:
        if not text.strip():
            return []
        return [(w, t, w) for w, t in self._okt.pos(text, norm=self.norm, stem=self.lemma)]


class KomoranTokenizer(KoreanMorphTokenizer):
    """Komoran morphemes, filtered by part-of-speech class (whitespace-only text is guarded).

    >>> KomoranTokenizer().tokenize("아버지가 방에 들어가신다")  # doctest: +SKIP
    ['아버지', '방', '들어가', '시']
    """

    id = "komoran"

    def __init__(
        self,
        drop: tuple[str, ...] = DEFAULT_DROP,
        output: str = "word",
        lemma: bool = False,
        user_dict: str = "",
    ) -> None:
        super().__init__(drop, output, lemma)
        self._komoran = _shared("komoran", user_dict)

    def _morphs(self, text: str) -> list[tuple[str, str, str]]:
        if not text.strip():  # Komoran raises a NullPointerException on blank text
            return []
        return [(w, t, w + "다") for w, t in self._komoran.pos(text)]

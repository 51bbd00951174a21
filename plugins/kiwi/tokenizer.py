"""Kiwi (kiwipiepy) tokenizer with the shared Korean part-of-speech filter."""

from __future__ import annotations

from collections.abc import Iterable

from w2v_studio.tokenizers.korean import DEFAULT_DROP, KoreanMorphTokenizer

_KIWIS: dict[tuple[str, str], object] = {}


def _shared_kiwi(typos: str, user_dict: str):
    """One Kiwi per (typos, user words) in a process: loading its model takes seconds, and the
    other options only change the filtering of its output."""
    key = (typos, user_dict)
    if key not in _KIWIS:
        from kiwipiepy import Kiwi

        kiwi = Kiwi(num_workers=1, typos=None if typos == "none" else typos)
        if user_dict and not kiwi.load_user_dictionary(user_dict):
            raise ValueError(
                f"user dictionary {user_dict}: no words read; each line must be "
                "word<TAB>TAG<TAB>score, e.g. 뉴진스\tNNP\t0"
            )
        _KIWIS[key] = kiwi
    return _KIWIS[key]


class KiwiTokenizer(KoreanMorphTokenizer):
    """Kiwi morphemes, filtered by part-of-speech class.

    >>> KiwiTokenizer().tokenize("나는 학교에 갔다")  # doctest: +SKIP
    ['나', '학교', '가']
    """

    id = "kiwi"

    def __init__(
        self,
        drop: tuple[str, ...] = DEFAULT_DROP,
        output: str = "word",
        lemma: bool = False,
        user_dict: str = "",
        typos: str = "none",
    ) -> None:
        super().__init__(drop, output, lemma)
        self._kiwi = _shared_kiwi(typos, user_dict)

    @staticmethod
    def _triples(tokens) -> list[tuple[str, str, str]]:
        return [(t.form, t.tag, t.lemma) for t in tokens]

    def _morphs(self, text: str) -> list[tuple[str, str, str]]:
        return self._triples(self._kiwi.tokenize(text)) if text.strip() else []

    def tokenize_many(self, texts: Iterable[str]) -> list[list[str]]:
        """Many lines in one call (less overhead per line)."""
        texts = list(texts)
        out: list[list[str]] = [[] for _ in texts]
        idx = [i for i, t in enumerate(texts) if t.strip()]
        for i, toks in zip(idx, self._kiwi.tokenize([texts[i] for i in idx]), strict=True):
            out[i] = self.filter.apply(self._triples(toks))
        return out

"""Hangul syllables to jamo (Park et al., ACL 2018), so that subword n-grams see the
consonants and vowels inside a syllable.

Each precomposed syllable (U+AC00..U+D7A3) becomes three compatibility jamo: the initial, the
medial and the final consonant, the empty final written as :data:`EMPTY_FINAL`, so that every
syllable is three characters and n-grams line up with syllable boundaries. Everything else
(Latin, Han, digits, loose jamo) is kept as it is.

>>> decompose("각")
'ㄱㅏㄱ'
>>> decompose("가") == "ㄱㅏ" + EMPTY_FINAL
True
>>> decompose("NLP를")
'NLPㄹㅡㄹ'
"""

from __future__ import annotations

EMPTY_FINAL = "\u2205"  # ∅ marks a syllable without a final consonant
_FIRST, _LAST = 0xAC00, 0xD7A3
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"  # 19
_MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"  # 21
_FINALS = (EMPTY_FINAL,) + tuple("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")  # 28


def _syllable(ch: str) -> str:
    code = ord(ch)
    if not _FIRST <= code <= _LAST:
        return ch
    k = code - _FIRST
    return _INITIALS[k // 588] + _MEDIALS[(k % 588) // 28] + _FINALS[k % 28]


def decompose(word: str) -> str:
    """``word`` with each Hangul syllable written as initial + medial + final jamo."""
    if not any(_FIRST <= ord(c) <= _LAST for c in word):
        return word
    return "".join(_syllable(c) for c in word)

"""Korean tokenizer plugins through konlpy (Java): Okt and Komoran."""

from __future__ import annotations

from w2v_studio.tokenizers.java import konlpy_unavailable
from w2v_studio.tokenizers.korean import korean_options
from w2v_studio.tokenizers.options import OptionSpec
from w2v_studio.tokenizers.plugin_api import TokenizerPlugin


def _create_okt(**options):
    from .tokenizer import OktTokenizer

    return OktTokenizer(**options)


def _create_komoran(**options):
    from .tokenizer import KomoranTokenizer

    return KomoranTokenizer(**options)


OKT = TokenizerPlugin(
    id="okt",
    name="Korean: Okt (konlpy; normalisation, stemming; needs Java)",
    languages=("ko",),
    create=_create_okt,
    available=konlpy_unavailable,
    options=korean_options(
        "Dictionary forms of verbs and adjectives (Okt's stem=True; also accepted as stem)", None
    )
    + (
        OptionSpec(
            "norm",
            "bool",
            False,
            "Normalise informal spelling first (Okt's norm=True: 사릉해 -> 사랑해)",
            "Normalise",
        ),
    ),  # fmt: skip
    aliases=(("stem", "lemma"),),
    isolate=True,
)

KOMORAN = TokenizerPlugin(
    version="2",  # 2: SW/SY marks are punctuation
    id="komoran",
    name="Korean: Komoran (konlpy; needs Java)",
    languages=("ko",),
    create=_create_komoran,
    available=konlpy_unavailable,
    options=korean_options(
        "Verbs and adjectives as dictionary forms (stem + 다)",
        "Komoran user dictionary: one 'word<TAB>TAG' per line (TAG e.g. NNP)",
    ),
    isolate=True,
)

PLUGINS = [OKT, KOMORAN]

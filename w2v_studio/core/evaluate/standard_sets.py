"""Standard evaluation sets: where each is published, how to cite it, and fetching one into
the cache folder in the app's format (similarity: ``word1<TAB>word2<TAB>score``; analogy:
``: section`` and ``a b c d`` lines), the citation kept as ``#`` comment lines at the top."""

from __future__ import annotations

import csv
import io
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from w2v_studio.core.evaluate.common import EvaluationFileError, read_lines
from w2v_studio.core.workspace.atomic import atomic_write
from w2v_studio.core.workspace.downloads import default_cache_dir, download

SetKind = Literal["similarity", "analogy"]
_RAW = "https://raw.githubusercontent.com"
_KO = f"{_RAW}/SungjoonPark/KoreanWordVectors/7a815fa9ea63c940249ed9dedac0e6a97d61e8c6"
_CA8 = f"{_RAW}/Embedding/Chinese-Word-Vectors/3096a475f79f218dde7b413dcc6b507d302b7f46"
_CWE = f"{_RAW}/Leonard-Xu/CWE/bc55e88a4be9480d585f009e36ce169ec041ae15"
_GENSIM = f"{_RAW}/piskvorky/gensim/37f90ec121eb7cd401448a947e80953e0c53ccdc/gensim/test/test_data"
_PARK = ("Park, S., Byun, J., Baek, S., Cho, Y., Oh, A. (2018). Subword-level Word Vector "
         "Representations for Korean. Proceedings of ACL 2018, 2429-2438.")
_LI = ("Li, S., Zhao, Z., Hu, R., Li, W., Liu, T., Du, X. (2018). Analogical Reasoning on "
       "Chinese Morphological and Semantic Relations. Proceedings of ACL 2018 (short papers), "
       "138-143.")
_WS353 = ("Finkelstein, L. et al. (2002). Placing Search in Context: The Concept Revisited. "
          "ACM Transactions on Information Systems 20(1), 116-131.")


@dataclass(frozen=True)
class StandardSet:
    """One published evaluation set (``sha256``/``size`` of the file at ``url``)."""

    id: str
    name: str
    language: str  # ko, zh, en
    kind: SetKind
    url: str
    citation: str
    license: str
    sha256: str | None = None
    size: int | None = None

    @property
    def file_name(self) -> str:
        """The converted file in the sets folder."""
        return f"{self.id}.{'tsv' if self.kind == 'similarity' else 'txt'}"


STANDARD_SETS: tuple[StandardSet, ...] = (
    StandardSet("ko-ws353", "Korean WordSim-353", "ko", "similarity", f"{_KO}/WS353_korean.csv",
                f"{_PARK} Based on {_WS353}", "none stated",
                "1a2d9048dfde1a63e864c59f292db42ebe62b63469900d08bb87b074cc96306e", 7378),
    StandardSet("ko-analogy", "Korean word analogies", "ko", "analogy",
                f"{_KO}/word_analogy_korean.txt", _PARK, "none stated",
                "b6dea84dda708883948de3b5922604acbe8fe71ed137c005c5b58b2cccbe4e96", 408970),
    StandardSet("zh-ca8-morphological", "CA8 morphological analogies", "zh", "analogy",
                f"{_CA8}/testsets/CA8/morphological.txt", _LI, "Apache-2.0 (repository)",
                "ed47740c28d5ce052f205e7ffff8e28dfefe451fcd39867bbe98ef710cc6bf4f", 341904),
    StandardSet("zh-ca8-semantic", "CA8 semantic analogies", "zh", "analogy",
                f"{_CA8}/testsets/CA8/semantic.txt", _LI, "Apache-2.0 (repository)",
                "aed64568e6350ce08f7b9e4af2bd8aadd7ff0498b812cd94c660638ed8ad1f4a", 265603),
    StandardSet("zh-wordsim240", "wordsim-240 (words-240)", "zh", "similarity",
                f"{_CWE}/data/240.txt",
                "Wang, X., Jia, Y., Zhou, B., Ding, Z., Liang, Z. (2011). Computing Semantic "
                "Relatedness using Chinese Wikipedia Links and Taxonomy. Journal of Chinese "
                "Computer Systems 32(11), 2237-2242.",
                "MIT (repository; the set was not created by its authors)",
                "822b25ceba0f6b916355e20a6611704de4b65933898196ee19de95f9c0203483", 4896),
    StandardSet("en-ws353", "WordSim-353", "en", "similarity", f"{_GENSIM}/wordsim353.tsv",
                _WS353, "none stated for the data (gensim: LGPL-2.1)",
                "f92a022fc2537793a15bc3a8c162ebcd74990e033a228bb6388cb71e4c0b1e1d", 7186),
    StandardSet("en-simlex999", "SimLex-999", "en", "similarity", f"{_GENSIM}/simlex999.txt",
                "Hill, F., Reichart, R., Korhonen, A. (2015). SimLex-999: Evaluating Semantic "
                "Models with (Genuine) Similarity Estimation. Computational Linguistics 41(4), "
                "665-695.", "none stated for the data (gensim: LGPL-2.1)",
                "d5e0501971478a511430ee880bd0121e94ac701ba86d90544d83e6d2ba3db05d", 18126),
    StandardSet("en-google-analogies", "Google analogies (questions-words)", "en", "analogy",
                f"{_GENSIM}/questions-words.txt",
                "Mikolov, T., Chen, K., Corrado, G., Dean, J. (2013). Efficient Estimation of "
                "Word Representations in Vector Space. ICLR 2013 workshop, arXiv:1301.3781.",
                "Apache-2.0 (word2vec repository)",
                "8c29b3332afc46f3fb8be04cb5297bf96f39aa7131272dff57869b4485b22a36", 603955),
)  # fmt: skip


def sets_folder(cache_dir: str | os.PathLike | None = None) -> Path:
    """Where fetched sets live: ``<cache>/evaluation-sets``."""
    return Path(cache_dir or default_cache_dir()) / "evaluation-sets"


def fetch_set(
    s: StandardSet,
    cache_dir: str | os.PathLike | None = None,
    *,
    on_progress: Callable[[int, int | None], None] | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Download ``s`` (https, size cap, checksum) and convert it into the sets folder.

    Returns the converted file; raises ``DownloadError``/``DownloadCancelled`` from the
    download, ``EvaluationFileError`` when the file is not the set it should be.

    >>> path = fetch_set(STANDARD_SETS[0])  # doctest: +SKIP
    >>> path.name
    'ko-ws353.tsv'
    """
    folder = sets_folder(cache_dir)
    raw = folder / "downloads" / f"{s.id}{Path(s.url).suffix or '.txt'}"
    download(s.url, raw, sha256=s.sha256, size=s.size, on_progress=on_progress, cancel=cancel,
             max_bytes=64 << 20)  # fmt: skip
    lines = read_lines(raw)
    body = _similarity_lines(lines, raw) if s.kind == "similarity" else _analogy_lines(lines)
    out = folder / s.file_name
    with atomic_write(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(f"# {c}\n" for c in header_lines(s)))
        f.write("\n".join(body) + "\n")
    return out


def header_lines(s: StandardSet) -> list[str]:
    return [s.name, f"Cite: {s.citation}", f"Source: {s.url}", f"License: {s.license}"]


def _similarity_lines(lines: list[str], where: Path) -> list[str]:
    """``word1<TAB>word2<TAB>score`` from CSV or whitespace-separated lines; a header line (a
    score that is not a number) and comments are dropped."""
    text = "\n".join(ln for ln in lines if ln.strip() and not ln.startswith("#"))
    rows = (csv.reader(io.StringIO(text)) if where.suffix.lower() == ".csv"
            else (ln.split("\t") if ln.count("\t") == 2 else ln.split() for ln in text.split("\n")))
    out = []
    for row in rows:
        cells = [c.strip() for c in row]
        if len(cells) == 3 and _number(cells[2]):
            out.append("\t".join(cells))
    if not out:
        raise EvaluationFileError(f"{where}: no word pairs found; the file is not the expected set")
    return out


def _analogy_lines(lines: list[str]) -> list[str]:
    return [" ".join(ln.split()) if not ln.startswith(": ") else ln.strip()
            for ln in lines if ln.strip()]  # fmt: skip


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def fetched_sets(cache_dir: str | os.PathLike | None = None) -> list[tuple[StandardSet, Path]]:
    """The catalogued sets already fetched (converted file present), in catalogue order."""
    folder = sets_folder(cache_dir)
    return [(s, folder / s.file_name) for s in STANDARD_SETS if (folder / s.file_name).is_file()]

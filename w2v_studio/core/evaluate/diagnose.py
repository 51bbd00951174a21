"""Why questions were skipped: each unknown test word is tried again as the vocabulary could
hold it (other case, beyond the searched words, without a trailing particle/ending), and each
section gets one sentence naming the most common cause and what to do about it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from w2v_studio.core.evaluate.lookup import Fold, first_token

if TYPE_CHECKING:
    from w2v_studio.tokenizers.base import Tokenizer

Cause = Literal["inflected", "case", "restricted", "absent"]

# Common Korean particles and endings, longest first (used when the model's tokenizer is not
# available): a test word that is known once one of these is stripped is an inflected form.
KOREAN_ENDINGS = tuple(sorted({
    "으로부터", "에게서", "으로서", "으로써", "이라고", "에서는", "에서도", "에게는", "까지",
    "부터", "에서", "에게", "한테", "으로", "처럼", "보다", "마다", "조차", "라고", "이나",
    "이랑", "에는", "에도", "와", "과", "을", "를", "이", "가", "은", "는", "의", "에", "로",
    "도", "만", "께", "하다", "한다", "했다", "하는", "하게", "한", "적인", "적", "스러운",
    "스럽다", "롭다", "로운", "들", "님",
}, key=len, reverse=True))  # fmt: skip


@dataclass(frozen=True)
class WordCause:
    """Why one test word is unknown, and the form the vocabulary holds ('' when none)."""

    cause: Cause
    form: str = ""


@dataclass(frozen=True)
class SkipReason:
    """Why the skipped questions of one section (or a similarity file) were skipped."""

    section: str
    questions: int
    skipped: int
    cause: Cause  # the cause of most skipped questions
    blocked: int  # skipped questions with a test word of that cause
    examples: tuple[tuple[str, str], ...]  # (test word, vocabulary form or '')
    restrict_vocab: int | None = None

    def example_text(self) -> str:
        return ", ".join(f"{w} → {f}" if f else w for w, f in self.examples)

    def sentence(self) -> str:
        """The reason in English (the GUI words the same fields in the interface language)."""
        head = f"{self.skipped:,} of {self.questions:,} questions skipped"
        ex = self.example_text()
        tail = {
            "inflected": f"{self.blocked:,} have a test word in an inflected form (e.g. {ex}) "
            "while the vocabulary holds the bare morpheme (the tokenizer split off particles "
            "and endings); train with particles kept or with whitespace tokens to answer them, "
            "or look test words up through the model's tokenizer",
            "case": f"{self.blocked:,} have a test word the vocabulary holds in other "
            f"upper/lower case (e.g. {ex}); ignore upper/lower case to answer them",
            "restricted": f"{self.blocked:,} have a test word beyond the "
            f"{self.restrict_vocab or 0:,} most frequent words searched (e.g. {ex}); search "
            "more words to answer them",
            "absent": f"{self.blocked:,} have a test word that is not in the vocabulary at all "
            f"(e.g. {ex}): rarer in the corpus than the minimum count, or absent; a larger "
            "corpus or a lower minimum count would help",
        }[self.cause]
        where = f"{self.section}: " if self.section else ""
        return f"{where}{head}: {tail}."


def strip_ending(word: str, known: Callable[[str], bool]) -> str | None:
    """``word`` without the longest trailing Korean particle/ending that leaves a known word.

    >>> strip_ending("자동차를", {"자동차"}.__contains__)
    '자동차'
    """
    for end in KOREAN_ENDINGS:
        if len(word) > len(end) and word.endswith(end) and known(word[: -len(end)]):
            return word[: -len(end)]
    return None


def explain_words(
    words: Iterable[str],
    table: dict[str, int],
    full_index: dict[str, int],
    fold: Fold,
    tokenizer: Tokenizer | None = None,
) -> dict[str, WordCause]:
    """The cause of each unknown word: beyond the searched words (``restricted``), in other
    case, an inflected form (the tokenizer's first token, else a stripped ending, is known),
    or ``absent``."""
    known_lower: dict[str, str] = {}
    for w in table:
        known_lower.setdefault(w.casefold(), w)

    def known(w: str) -> bool:
        return fold(w) in table

    out: dict[str, WordCause] = {}
    for word in words:
        if word in full_index or fold(word) in full_index:
            out[word] = WordCause("restricted", word)
        elif (other := known_lower.get(word.casefold())) is not None and other != word:
            out[word] = WordCause("case", other)
        elif (stem := _stem(word, tokenizer, known)) is not None:
            out[word] = WordCause("inflected", stem)
        else:
            out[word] = WordCause("absent")
    return out


def _stem(word: str, tokenizer: Tokenizer | None, known: Callable[[str], bool]) -> str | None:
    if tokenizer is not None:
        form = first_token(tokenizer, word)
        if form is not None and form != word and known(form):
            return form
    return strip_ending(word, known)


def section_reason(
    section: str,
    questions: int,
    blocked_by: Sequence[tuple[str, ...]],
    causes: dict[str, WordCause],
    restrict_vocab: int | None,
) -> SkipReason | None:
    """One reason for a section from the unknown words of each skipped question (None when
    nothing was skipped). A question counts for the cause of its first unknown word."""
    if not blocked_by:
        return None
    per: Counter[Cause] = Counter(causes[words[0]].cause for words in blocked_by)
    cause, blocked = max(per.items(), key=lambda kv: (kv[1], -_ORDER.index(kv[0])))
    examples: dict[str, str] = {}
    for words in blocked_by:
        for w in words:
            if causes[w].cause == cause and len(examples) < 3:
                examples.setdefault(w, causes[w].form)
    return SkipReason(section, questions, len(blocked_by), cause, blocked,
                      tuple(examples.items()), restrict_vocab)  # fmt: skip


_ORDER: list[Cause] = ["inflected", "case", "restricted", "absent"]  # ties: the fixable first

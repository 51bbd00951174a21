"""Finding test words in the vocabulary: as written (case-folded when asked), or through the
model's tokenizer (자동차를 -> 자동차), and the tokenizer a model was trained with."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from w2v_studio.tokenizers.base import Tokenizer

Fold = Callable[[str], str]


def same(word: str) -> str:
    return word


class WordResolver:
    """Row of a test word in the lookup table, or None.

    With ``lookup`` (a tokenizer), a word not found as written is tokenized and its first
    kept token (the content morpheme) is looked up instead; ``looked_up`` records
    ``{test word: vocabulary form}`` for the words found that way.

    >>> r = WordResolver({"자동차": 0}, same)
    >>> r.row("자동차를") is None
    True
    """

    def __init__(self, table: dict[str, int], fold: Fold, lookup: Tokenizer | None = None) -> None:
        self.table, self.fold, self.lookup = table, fold, lookup
        self.looked_up: dict[str, str] = {}
        self._cache: dict[str, int | None] = {}

    def row(self, word: str) -> int | None:
        if word in self._cache:
            return self._cache[word]
        i = self.table.get(self.fold(word))
        if i is None and self.lookup is not None:
            form = first_token(self.lookup, word)
            if form is not None and form != word:
                i = self.table.get(self.fold(form))
                if i is not None:
                    self.looked_up[word] = form
        self._cache[word] = i
        return i


def first_token(tokenizer: Tokenizer, word: str) -> str | None:
    """The first token the tokenizer keeps of ``word`` (None when it keeps none or fails)."""
    try:
        tokens = tokenizer.tokenize(word)
    except Exception:  # noqa: BLE001 - a tokenizer failing on one word only loses that word
        return None
    return tokens[0] if tokens else None


def model_tokenizer(
    corpus_info: dict[str, Any] | None, *, in_thread: bool = False
) -> tuple[Tokenizer | None, str]:
    """The tokenizer recorded in a model's ``corpus_info`` (``tokenizer``,
    ``tokenizer_options``), or None and the reason in a sentence. ``in_thread``: it will run
    in a worker thread, where tokenizers that need their own process (Java) are refused.

    >>> model_tokenizer({})[1]
    'the model does not record the tokenizer it was trained with'
    """
    info = corpus_info or {}
    plugin = info.get("tokenizer")
    if not isinstance(plugin, str) or not plugin:
        return None, "the model does not record the tokenizer it was trained with"
    options = info.get("tokenizer_options")
    options = options if isinstance(options, dict) else {}
    from w2v_studio.tokenizers.registry import create_tokenizer, get_plugin

    try:
        if in_thread and get_plugin(plugin)[0].isolate:
            return None, (f"its tokenizer {plugin!r} runs in its own process (Java) and cannot "
                          "be used here; `w2v-studio evaluate --lookup-tokenizer` can")
        return create_tokenizer(plugin, options), ""
    except Exception as e:  # noqa: BLE001 - unavailable plugin, bad options: said, not raised
        return None, f"its tokenizer {plugin!r} cannot be used here ({e})"

"""Documents of a tokenized corpus (the Train page's doc2vec run): one per non-empty line,
tagged with its file and line, with the original text of plain text files."""

from __future__ import annotations

from w2v_studio.core.corpus.reader import Corpus
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.doc2vec import train_sentences
from w2v_studio.core.engine.doc2vec_lines import documents_from_tokenized
from w2v_studio.core.engine.events import Finished
from w2v_studio.tokenizers.pipeline import tokenize_corpus


def tokenized(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("The Cat sat.\n\nA dog, a cat!\n", encoding="utf-8")
    b = tmp_path / "b.jsonl"
    b.write_text('{"text": "Dogs bark."}\n', encoding="utf-8")
    corpus = Corpus([a, b], field="text")
    return tokenize_corpus(corpus, "english", {"lowercase": True}, workers=0,
                           cache_dir=tmp_path / "cache")


def test_each_line_is_a_document_with_its_file_line_and_original_text(tmp_path):
    docs = documents_from_tokenized(tokenized(tmp_path))
    assert docs.tags == ["a.txt:1", "a.txt:3", "b.jsonl:1"]
    assert docs.sources[1] == f"{tmp_path / 'a.txt'}:3"
    assert docs.tokens[1] == ["a", "dog", "a", "cat"]  # the english tokenizer drops punctuation
    assert docs.texts[:2] == ["The Cat sat.", "A dog, a cat!"]  # as written
    assert docs.texts[2] == "dogs bark"  # a jsonl record: its tokens


def test_train_page_run_on_a_tokenized_corpus_keeps_the_lines_places(tmp_path):
    tc = tokenized(tmp_path)
    config = TrainConfig(method="doc2vec", min_count=1, epochs=1, dim=8)
    last = list(train_sentences(config, tc.sentences(), tokenized=tc))[-1]
    assert isinstance(last, Finished)
    assert last.model.doc_tags == ["a.txt:1", "a.txt:3", "b.jsonl:1"]
    assert last.model.doc_texts[0] == "The Cat sat."

"""The Corpus page: files, encodings, tokenizer and its options, preview, tokenizing, statistics."""

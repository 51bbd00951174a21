"""Reading a corpus: files and folders, encodings, csv/jsonl records, long lines, the
corpus as integer ids on disk, and the sample corpora the app offers."""

"""``w2v-studio infer MODEL "text…"``: the vector of a new document, or its nearest documents.

The text is tokenized with the tokenizer recorded in the model (as it was trained) and its
vector inferred with the word vectors frozen, as gensim's ``infer_vector``. It prints the
vector on one line, or with ``--similar N`` the N most similar training documents with their
original text.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "infer", help="vector of a new document, or its most similar training documents",
        description="Infer the vector of a new document with a doc2vec model (train one with "
                    "'w2v-studio train CORPUS --method doc2vec --dbow|--dm -o MODEL').")
    p.add_argument("model", type=Path, metavar="MODEL", help="a doc2vec model folder")
    p.add_argument("text", metavar="TEXT", help='the document\'s text ("-": read standard input)')
    p.add_argument("--similar", type=int, metavar="N",
                   help="print the N most similar training documents instead of the vector")
    p.add_argument("--epochs", type=int, metavar="E",
                   help="inference passes over the text (the model's training epochs)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from w2v_studio.cli.errors import UserError
    from w2v_studio.core.engine.model_check import ModelFormatError
    from w2v_studio.core.vectors.doc_vectors import DocQueryError, DocVectors

    if args.similar is not None and args.similar < 1:
        raise UserError(f"--similar needs a number of documents of at least 1, not "
                        f"{args.similar}")
    if args.epochs is not None and not 1 <= args.epochs <= 10_000:
        raise UserError(f"--epochs must be between 1 and 10000, not {args.epochs}")
    text = sys.stdin.read() if args.text == "-" else args.text
    if not text.strip():
        raise UserError("the text is empty: give the document's text (or '-' and pipe it in)")
    try:
        docs = DocVectors.load(args.model)
        tokens = docs.tokenize(text)
        vector = docs.infer(tokens, args.epochs)
    except (ModelFormatError, DocQueryError) as e:
        raise UserError(str(e)) from None
    if args.similar is None:
        print(" ".join(f"{x:.6f}" for x in vector.tolist()))
        return 0
    for d in docs.similar_to_vector(vector, args.similar):
        print(f"{d.rank}\t{d.similarity:.4f}\t{d.tag}\t{d.source}")
        for line in d.text.splitlines() or [""]:
            print(f"    {line}")
    return 0

"""The training settings as the form shows them: groups of fields with plain-language labels
and tooltips (English source text, translated at display time in the ``TrainForm`` context)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP

Kind = Literal["choice", "int", "float", "bool"]
CTX = "TrainForm"


@dataclass(frozen=True)
class Field:
    name: str  # TrainConfig attribute
    kind: Kind
    label: str  # English source text (translated at display time)
    tip: str
    choices: tuple[tuple[str, str], ...] = ()  # (stable id, English label)
    low: float = 0
    high: float = 1_000_000
    decimals: int = 0
    step: float = 1
    special: str = ""  # text shown for the minimum value (e.g. "no limit")


GROUPS: tuple[tuple[str, tuple[Field, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("TrainForm", "Model"),
        (
            Field(
                "method",
                "choice",
                QT_TRANSLATE_NOOP("TrainForm", "Method"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "word2vec learns one vector per word. fastText also learns vectors for "
                    "pieces of words (3 to 6 letters), so it can give a vector to a word it "
                    "never saw, such as a new inflected form, from the pieces it shares with "
                    "known words. It trains more slowly and its model is larger. doc2vec also "
                    "learns one vector per line of the corpus (a document), to find similar "
                    "lines, or lines like a text you type (Explore > Documents).",
                ),
                (
                    ("word2vec", QT_TRANSLATE_NOOP("TrainForm", "word2vec")),
                    ("fasttext", QT_TRANSLATE_NOOP("TrainForm", "fastText (subwords)")),
                    ("doc2vec", QT_TRANSLATE_NOOP("TrainForm", "doc2vec (documents)")),
                ),
            ),
            Field(
                "subword",
                "choice",
                QT_TRANSLATE_NOOP("TrainForm", "Word pieces"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "fastText only: pieces made of letters, or, for Korean, of jamo (each "
                    "syllable split into its consonants and vowel, so 먹었다 and 먹다 share "
                    "more pieces).",
                ),
                (
                    ("chars", QT_TRANSLATE_NOOP("TrainForm", "letters")),
                    ("jamo", QT_TRANSLATE_NOOP("TrainForm", "Korean jamo")),
                ),
            ),
            Field(
                "architecture",
                "choice",
                QT_TRANSLATE_NOOP("TrainForm", "Architecture"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "Skip-gram predicts the words around each word (better for rare words); "
                    "CBOW predicts a word from the words around it (faster). With doc2vec, "
                    "skip-gram lets each line's vector predict its words (PV-DBOW, the word "
                    "vectors trained too); CBOW adds the line's vector to the words around "
                    "each word (PV-DM).",
                ),
                (
                    ("skipgram", QT_TRANSLATE_NOOP("TrainForm", "skip-gram")),
                    ("cbow", QT_TRANSLATE_NOOP("TrainForm", "CBOW")),
                ),
            ),
            Field(
                "objective",
                "choice",
                QT_TRANSLATE_NOOP("TrainForm", "Objective"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "How the model learns to predict: negative sampling (fast, the usual "
                    "choice), hierarchical softmax (good for rare words) or full softmax "
                    "(exact, slow with a large vocabulary).",
                ),
                (
                    ("negative", QT_TRANSLATE_NOOP("TrainForm", "negative sampling")),
                    ("hierarchical", QT_TRANSLATE_NOOP("TrainForm", "hierarchical softmax")),
                    ("softmax", QT_TRANSLATE_NOOP("TrainForm", "full softmax")),
                ),
            ),
            Field(
                "cbow_mode",
                "choice",
                QT_TRANSLATE_NOOP("TrainForm", "CBOW context"),
                QT_TRANSLATE_NOOP(
                    "TrainForm", "CBOW only: average the context word vectors, or add them up."
                ),
                (
                    ("mean", QT_TRANSLATE_NOOP("TrainForm", "average")),
                    ("sum", QT_TRANSLATE_NOOP("TrainForm", "sum")),
                ),
            ),
            Field(
                "cbow_mean_update",
                "choice",
                QT_TRANSLATE_NOOP("TrainForm", "CBOW update"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "CBOW average only: give each context word the whole error, as word2vec "
                    "and gensim do (learns faster), or the exact gradient of the average.",
                ),
                (
                    ("word2vec", QT_TRANSLATE_NOOP("TrainForm", "as word2vec")),
                    ("exact", QT_TRANSLATE_NOOP("TrainForm", "exact gradient")),
                ),
            ),
            Field(
                "dim",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Vector size"),
                QT_TRANSLATE_NOOP(
                    "TrainForm", "How many numbers describe each word; 50 to 300 is usual."
                ),
                low=1,
                high=2000,
            ),
            Field(
                "window",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Window"),
                QT_TRANSLATE_NOOP("TrainForm", "How many words on each side count as context."),
                low=1,
                high=100,
            ),
            Field(
                "dynamic_window",
                "bool",
                QT_TRANSLATE_NOOP("TrainForm", "Random window"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "Shrink the window at random for each word, as word2vec does, so that "
                    "nearer words count more.",
                ),
            ),
            Field(
                "negative",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Noise words"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "Negative sampling: how many random noise words the model learns to "
                    "tell apart from each real context word (5 to 20).",
                ),
                low=1,
                high=100,
            ),
            Field(
                "ns_exponent",
                "float",
                QT_TRANSLATE_NOOP("TrainForm", "Noise exponent"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "Noise words are drawn by frequency raised to this power; 0.75 gives "
                    "rarer words a little more chance.",
                ),
                low=-1,
                high=2,
                decimals=2,
                step=0.05,
            ),
            Field(
                "shared_negatives",
                "bool",
                QT_TRANSLATE_NOOP("TrainForm", "Share noise words"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "Skip-gram with noise words: the word pairs of one window share their "
                    "noise words, which makes training several times faster.",
                ),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("TrainForm", "Vocabulary"),
        (
            Field(
                "min_count",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Minimum count"),
                QT_TRANSLATE_NOOP("TrainForm", "Words seen fewer times than this are left out."),
                low=1,
                high=10**9,
            ),
            Field(
                "max_final_vocab",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Maximum words"),
                QT_TRANSLATE_NOOP(
                    "TrainForm", "Keep at most this many of the most frequent words."
                ),
                low=0,
                high=10**9,
                special=QT_TRANSLATE_NOOP("TrainForm", "no limit"),
            ),
            Field(
                "sample",
                "float",
                QT_TRANSLATE_NOOP("TrainForm", "Subsampling"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "Very frequent words (the, 의, 的) are skipped at random above this "
                    "share of the corpus, which speeds training and helps rarer words; "
                    "0 turns it off.",
                ),
                low=0,
                high=0.1,
                decimals=6,
                step=0.0001,
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("TrainForm", "Training"),
        (
            Field(
                "epochs",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Epochs"),
                QT_TRANSLATE_NOOP("TrainForm", "How many times to go over the whole corpus."),
                low=1,
                high=1000,
            ),
            Field(
                "alpha",
                "float",
                QT_TRANSLATE_NOOP("TrainForm", "Learning rate"),
                QT_TRANSLATE_NOOP("TrainForm", "How big each learning step is at the start."),
                low=0.0001,
                high=1,
                decimals=4,
                step=0.005,
            ),
            Field(
                "min_alpha",
                "float",
                QT_TRANSLATE_NOOP("TrainForm", "Final learning rate"),
                QT_TRANSLATE_NOOP(
                    "TrainForm", "The learning rate falls steadily to this value by the end."
                ),
                low=0,
                high=1,
                decimals=6,
                step=0.0001,
            ),
            Field(
                "seed",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Random seed"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "The same seed and settings give the same vectors (with one thread).",
                ),
                low=0,
                high=2**31 - 1,
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("TrainForm", "Computer"),
        (
            Field(
                "device",
                "choice",
                QT_TRANSLATE_NOOP("TrainForm", "Device"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "Where to train: the processor (CPU) or a graphics card (CUDA, Apple "
                    "MPS). Auto picks a graphics card when there is one.",
                ),
                (
                    ("auto", QT_TRANSLATE_NOOP("TrainForm", "auto")),
                    ("cpu", QT_TRANSLATE_NOOP("TrainForm", "CPU")),
                ),
            ),
            Field(
                "threads",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "CPU threads"),
                QT_TRANSLATE_NOOP(
                    "TrainForm", "How many processor threads train at the same time."
                ),
                low=1,
                high=max(1, os.cpu_count() or 1),
            ),
            Field(
                "processes",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Processes"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "Train in several copies of the trainer at once: each copy trains its own "
                    "part of the corpus, with the CPU threads set above, and their vectors are "
                    "merged regularly. Faster on a computer with many processor cores. 1 trains "
                    "in this program alone. Not for fastText or doc2vec, nor when continuing a "
                    "model.",
                ),
                low=1,
                high=256,  # the form lowers it to the processes that make sense here
            ),
            Field(
                "backend",
                "choice",
                QT_TRANSLATE_NOOP("TrainForm", "Engine"),
                QT_TRANSLATE_NOOP(
                    "TrainForm",
                    "numba is fast on the CPU; torch is needed for a graphics card. Auto "
                    "picks for you.",
                ),
                (
                    ("auto", QT_TRANSLATE_NOOP("TrainForm", "auto")),
                    ("numba", QT_TRANSLATE_NOOP("TrainForm", "numba (CPU)")),
                    ("torch", QT_TRANSLATE_NOOP("TrainForm", "torch")),
                ),
            ),
            Field(
                "batch_words",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Words per batch"),
                QT_TRANSLATE_NOOP("TrainForm", "Words handed to a thread at a time (CPU)."),
                low=1,
                high=10**7,
            ),
            Field(
                "batch_size",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Examples per step"),
                QT_TRANSLATE_NOOP(
                    "TrainForm", "Training examples per step on a graphics card (torch engine)."
                ),
                low=1,
                high=10**7,
            ),
            Field(
                "max_sentence_length",
                "int",
                QT_TRANSLATE_NOOP("TrainForm", "Longest line"),
                QT_TRANSLATE_NOOP(
                    "TrainForm", "Longer lines are cut into pieces of this many tokens."
                ),
                low=1,
                high=10**7,
            ),
        ),
    ),
)
FIELDS = {f.name: f for _, fields in GROUPS for f in fields}

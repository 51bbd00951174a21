"""Item 4 of issue 11: every numeric training setting is checked in TrainConfig, with a
plain-language message; memory-exhausting settings are refused up front with the estimate."""

from __future__ import annotations

import math

import pytest

from tests.safety.validation_helpers import cli_error
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.memory_estimate import estimate_memory, memory_problem


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "corpus.txt"
    path.write_text("the cat sat on the mat\nthe dog sat on the log\n" * 20, encoding="utf-8")
    return path


def _train_error(capsys, corpus, *flags) -> str:
    return cli_error(capsys, "train", corpus, "-q", "--min-count", 1, "--epochs", 1,
                     "-o", corpus.parent / "model", *flags)


def test_sample_nan_is_refused_by_the_cli(capsys, corpus):
    err = _train_error(capsys, corpus, "--sample", "nan")
    assert "sample must be a number between 0 and 1" in err and "nan" in err
    assert not (corpus.parent / "model").exists()


def test_ns_exponent_nan_is_refused_instead_of_saving_a_nan_noise_table(capsys, corpus):
    err = _train_error(capsys, corpus, "--ns-exponent", "nan")
    assert "ns_exponent must be a number between -2 and 2" in err
    assert not (corpus.parent / "model").exists()


def test_negative_seed_is_a_message_not_a_traceback(capsys, corpus):
    err = _train_error(capsys, corpus, "--seed", "-1")
    assert "seed must be at least 0 (random seed; got -1)" in err


def test_window_of_a_million_is_refused_before_training(capsys, corpus):
    err = _train_error(capsys, corpus, "--window", "1000000")
    assert "window must be at most 10,000 (context words on each side" in err


def test_infinite_alpha_is_refused(capsys, corpus):
    err = _train_error(capsys, corpus, "--alpha", "inf")
    assert "alpha" in err and "inf" in err


def test_settings_that_exceed_memory_are_refused_with_the_estimate(capsys, corpus):
    # 10,000-word windows for 1,024 threads: 3 jobs of 10,000 words each, about 9.8 TB
    err = _train_error(capsys, corpus, "--window", "10000", "--threads", "1024")
    assert "about 9.8 TB" in err and "context windows" in err and "Lower the setting" in err


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("dim", "100", "dim must be a whole number between 1 and 10,000"),
        ("dim", 0, "dim must be at least 1 (vector size; got 0)"),
        ("negative", 2.5, "negative must be a whole number"),
        ("epochs", True, "epochs must be a whole number"),
        ("sample", math.inf, "sample must be a number between 0 and 1"),
        ("min_alpha", math.nan, "min_alpha must be a number between 0 and 1"),
        ("dynamic_window", "yes", "dynamic_window must be true or false"),
        ("objective", "ns", "objective must be 'softmax', 'hierarchical' or 'negative'"),
    ],
)
def test_every_setting_is_checked_by_type_and_range_in_train_config(field, value, words):
    with pytest.raises(ValueError) as e:
        TrainConfig(**{field: value})
    assert words in str(e.value)


def test_min_alpha_above_alpha_says_how_they_relate():
    with pytest.raises(ValueError, match="min_alpha must be between 0 and alpha"):
        TrainConfig(alpha=0.01, min_alpha=0.1)


def test_memory_estimate_counts_vectors_and_windows_by_hand():
    config = TrainConfig(dim=10, window=2, threads=1, batch_words=100, objective="negative")
    est = estimate_memory(config, 1000)
    assert est.parts["word vectors"] == 2 * 1000 * 10 * 4
    assert est.parts["noise table"] == 1000 * 24
    # 100 words x (4 contexts x 4 + 4 x 4 + 4 x 8 bytes) x 3 jobs in flight
    assert est.parts["context windows (window x threads)"] == 100 * 64 * 3
    assert memory_problem(config, 1000, available=10**9) is None


def test_memory_estimate_counts_a_model_per_process_by_hand():
    config = TrainConfig(dim=10, window=2, threads=1, batch_words=100, objective="negative")
    one = estimate_memory(config, 1000).total
    four = estimate_memory(config.with_changes(processes=4), 1000)
    # 3 more copies of everything, and per process its weights at the last merge and its two
    # halves of the shared merge block (3 x the 80,000 bytes of word vectors)
    assert four.parts["processes (a model each)"] == 3 * one + 4 * 3 * 80_000
    assert four.total == 4 * one + 12 * 80_000
    assert memory_problem(config.with_changes(processes=4), 1000, available=2 * one) is not None


def test_memory_problem_names_the_vocabulary_and_the_machine():
    msg = memory_problem(TrainConfig(dim=1000), 10_000_000, available=16 * 10**9)
    assert msg is not None
    assert "word vectors 80.0 GB" in msg and "10,000,000 words" in msg and "has 16.0 GB" in msg

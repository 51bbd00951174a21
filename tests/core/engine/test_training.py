"""Training behaviour a user relies on: it learns, it is reproducible, it trains every word of
every epoch, the learning rate ends at min_alpha, Stop keeps the vectors, NaN is caught."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from tests.core.conftest import cluster_purity, planted_corpus
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import Cancelled, EpochEnd, Failed, Finished, Progress, Started
from w2v_studio.core.engine.trainer import train

BASE = dict(dim=16, window=3, min_count=1, epochs=4, sample=0, negative=5, seed=3)


def run(cfg: TrainConfig, sents, **kw):
    events = list(train(cfg, sents, **kw))
    return events, events[-1]


@pytest.mark.parametrize("arch", ["skipgram", "cbow"])
@pytest.mark.parametrize("objective", ["softmax", "hierarchical", "negative"])
def test_all_six_variants_learn_planted_clusters(planted, arch, objective):
    cfg = TrainConfig(architecture=arch, objective=objective, threads=2, **BASE)
    events, fin = run(cfg, planted)
    assert isinstance(fin, Finished)
    losses = fin.model.epoch_losses
    assert losses[-1] < losses[0], losses  # the loss falls
    assert cluster_purity(fin.model) == 1.0


def test_loss_is_a_per_example_mean_of_the_objective(planted):
    cfg = TrainConfig(objective="hierarchical", threads=1, **BASE)
    events, fin = run(cfg, planted)
    # 64 equally frequent words in 8 clusters of 8: the best possible skip-gram NLL per example
    # is about log(8) (a context word is uniform within its cluster); a sum would be far larger
    assert np.log(8) - 0.05 < fin.model.epoch_losses[-1] < np.log(8) + 0.6
    progress = [e for e in events if isinstance(e, Progress)]
    assert all(np.isfinite(p.loss) and p.examples > 0 for p in progress)


def test_fixed_seed_one_thread_gives_identical_vectors(planted):
    cfg = TrainConfig(threads=1, **{**BASE, "sample": 1e-3})
    a = run(cfg, planted)[1].model.input_vectors
    b = run(cfg, planted)[1].model.input_vectors
    assert np.array_equal(a, b)
    c = run(cfg.with_changes(seed=4), planted)[1].model.input_vectors
    assert not np.array_equal(a, c)


@pytest.mark.parametrize("threads", [1, 3])
def test_every_epoch_trains_the_whole_corpus_and_lr_reaches_min_alpha(threads):
    sents = planted_corpus(n_sent=6000)  # several jobs per epoch
    cfg = TrainConfig(threads=threads, batch_words=2000, **{**BASE, "epochs": 3})
    events, fin = run(cfg, sents)
    assert isinstance(fin, Finished)
    corpus_words = sum(len(s) for s in sents)
    started = next(e for e in events if isinstance(e, Started))
    assert started.corpus_words == corpus_words
    ends = [e for e in events if isinstance(e, EpochEnd)]
    assert [e.words for e in ends] == [corpus_words] * 3
    last = [e for e in events if isinstance(e, Progress)][-1]
    assert last.fraction == pytest.approx(1.0)
    assert last.learning_rate == pytest.approx(cfg.min_alpha)
    assert fin.model.words_done == 3 * corpus_words and fin.model.epochs_done == 3


def test_progress_events_are_throttled(planted):
    cfg = TrainConfig(objective="softmax", threads=2, **{**BASE, "epochs": 6})
    events, fin = run(cfg, planted)
    progress = [e for e in events if isinstance(e, Progress)]
    elapsed = progress[-1].elapsed_seconds
    # about 5 per second plus one per epoch end
    assert len(progress) <= 5.5 * elapsed + cfg.epochs + 2


def test_stop_ends_with_usable_partial_vectors(planted):
    cancel = threading.Event()
    cfg = TrainConfig(objective="softmax", threads=2, **{**BASE, "epochs": 200})
    events = []
    for e in train(cfg, planted, cancel=cancel):
        events.append(e)
        if isinstance(e, Progress) and e.epoch >= 2:
            cancel.set()
    end = events[-1]
    assert isinstance(end, Cancelled)
    assert 0 < end.fraction < 0.5
    m = end.model
    assert m.status == "cancelled" and np.isfinite(m.input_vectors).all()
    assert cluster_purity(m) > 0.9  # partial, yet already useful


def _blown_up(planted):
    """A trained model whose weights overflow float32 in u.h: the next epoch's loss is inf."""
    model = run(TrainConfig(threads=2, **{**BASE, "epochs": 1}), planted)[1].model
    model.input_vectors[:] = 1e20
    model.output_vectors[:] = 1e20
    return model


def test_nan_loss_fails_cleanly_and_keeps_last_good_vectors(planted):
    model = _blown_up(planted)
    before = model.input_vectors.copy()
    events, end = run(TrainConfig(threads=2, **{**BASE, "epochs": 3}), planted, init=model)
    assert isinstance(end, Failed)
    assert "learning rate" in end.message and ("NaN" in end.message or "infinite" in end.message)
    assert "were kept" in end.message
    assert end.model is not None and np.array_equal(end.model.input_vectors, before)
    assert end.model.status == "failed"
    assert not any(isinstance(e, EpochEnd) for e in events)


def test_nan_guard_of_a_model_too_large_to_copy_says_no_vectors_were_kept(planted,
                                                                         monkeypatch):
    from w2v_studio.core.engine import run_state

    monkeypatch.setattr(run_state, "RESTORE_POINT_BYTES", 0)  # as if the model were 2.4 GB
    events, end = run(TrainConfig(threads=2, **{**BASE, "epochs": 3}), planted,
                      init=_blown_up(planted))
    assert isinstance(end, Failed) and end.model is None
    assert "too large" in end.message and "no vectors were kept" in end.message


def test_epochs_write_nothing_to_the_temporary_folder(planted, monkeypatch, tmp_path):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    cfg = TrainConfig(threads=2, corpus_ids=False, **{**BASE, "epochs": 30})
    seen = [sorted(p.name for p in tmp_path.iterdir()) for e in train(cfg, planted)
            if isinstance(e, (Progress, EpochEnd))]
    assert len(seen) >= 30 and all(names == [] for names in seen)


def test_reader_failure_is_reported_not_raised(planted):
    class Broken:
        def __init__(self):
            self.calls = 0

        def __iter__(self):
            self.calls += 1
            for i, s in enumerate(planted):
                if self.calls > 1 and i == 1000:
                    raise UnicodeDecodeError("cp949", b"\xff", 0, 1, "illegal multibyte")
                yield s

    # read at every epoch (corpus_ids off): the failure in epoch 2 keeps what was trained
    events, end = run(TrainConfig(threads=2, corpus_ids=False, **BASE), Broken())
    assert isinstance(end, Failed) and "Reading the corpus failed" in end.message
    assert end.model is not None and np.isfinite(end.model.input_vectors).all()
    # read once (the default): the corpus is never read again, so the same reader trains
    events, end = run(TrainConfig(threads=2, **BASE), Broken())
    assert isinstance(end, Finished)

    def fails_at_once():
        yield ["a", "b"]
        raise UnicodeDecodeError("cp949", b"\xff", 0, 1, "illegal multibyte")

    events, end = run(TrainConfig(threads=2, **BASE), fails_at_once())
    assert isinstance(end, Failed) and "Reading the corpus failed" in end.message
    assert "illegal multibyte" in end.message and end.model is None


def test_corpus_is_read_once_as_ids_and_trains_as_the_text_does(planted, tmp_path, monkeypatch):
    """The counting pass writes the corpus as ids (temporary, removed after the run); the
    epochs read those: same vectors as reading the text at every epoch."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    reads = []

    class Counted:
        def __iter__(self):
            reads.append(1)
            return iter(planted)

    cfg = TrainConfig(threads=1, **BASE)
    _, from_ids = run(cfg, Counted())
    assert len(reads) == 1  # counted and encoded in one pass, never read again
    _, from_text = run(cfg.with_changes(corpus_ids=False), Counted())
    assert len(reads) == 1 + 1 + cfg.epochs
    np.testing.assert_array_equal(from_ids.model.input_vectors, from_text.model.input_vectors)
    assert from_ids.model.vocab.words == from_text.model.vocab.words
    assert not list(tmp_path.glob("w2v-studio-ids-*"))  # the ids are removed after the run
    _, once = run(cfg, (s for s in planted))  # even a one-shot generator trains
    np.testing.assert_array_equal(once.model.input_vectors, from_ids.model.input_vectors)


def test_empty_vocabulary_says_what_to_do():
    events, end = run(TrainConfig(**{**BASE, "min_count": 5}), [["a", "b"], ["c"]])
    assert isinstance(end, Failed) and "min_count" in end.message


@pytest.mark.parametrize("objective", ["negative", "hierarchical"])
def test_large_batches_train_as_well_as_small_ones(objective):
    """64k-example steps (what a GPU needs) keep quality, with the default learning rate."""
    sents = planted_corpus(n_clusters=10, per_cluster=10, n_sent=8000, seed=1)
    kw = {**BASE, "epochs": 5, "dim": 24}
    small = run(TrainConfig(objective=objective, threads=2, **kw), sents)[1]
    big = run(TrainConfig(objective=objective, backend="torch", device="cpu", threads=2,
                          batch_size=65536, **kw), sents)[1]
    assert isinstance(big, Finished) and np.isfinite(big.model.input_vectors).all()
    assert cluster_purity(small.model) == 1.0
    assert cluster_purity(big.model) >= 0.98
    assert big.model.epoch_losses[-1] < big.model.epoch_losses[0]


def test_torch_backend_matches_numba_on_small_batches(planted):
    kw = dict(objective="negative", threads=1, **BASE)
    a = run(TrainConfig(**kw), planted)[1].model
    b = run(TrainConfig(backend="torch", device="cpu", batch_size=64, **kw), planted)[1].model
    assert cluster_purity(a) == cluster_purity(b) == 1.0
    assert abs(a.epoch_losses[-1] - b.epoch_losses[-1]) < 0.05

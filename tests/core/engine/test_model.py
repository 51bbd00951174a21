"""The native model folder: exact round trip, continue training, clear errors, atomic writes."""

from __future__ import annotations

import json

import numpy as np
import pytest

from tests.core.conftest import cluster_purity, planted_corpus
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import Finished
from w2v_studio.core.engine.model import ModelFormatError, TrainedModel
from w2v_studio.core.engine.trainer import train


def _train(cfg, sents, **kw):
    return list(train(cfg, sents, **kw))[-1]


@pytest.mark.parametrize("objective", ["negative", "hierarchical", "softmax"])
def test_model_folder_loads_back_exactly(tmp_path, objective):
    sents = planted_corpus(n_sent=300) + [["한국어", "단어", "中文", "词"]] * 3
    cfg = TrainConfig(objective=objective, dim=8, min_count=1, epochs=1, threads=1)
    m = _train(cfg, sents).model
    m.corpus_info = {"files": ["/x/corpus.txt"], "tokenizer": "whitespace"}
    m.save(tmp_path / "m")
    assert not any(p.suffix == ".pkl" for p in (tmp_path / "m").iterdir())
    back = TrainedModel.load(tmp_path / "m")
    assert back.words == m.words and "한국어" in back.words and "中文" in back.words
    assert np.array_equal(back.counts, m.counts)
    assert np.array_equal(back.input_vectors, m.input_vectors)
    assert np.array_equal(back.output_vectors, m.output_vectors)
    assert back.config == m.config and back.epochs_done == 1 and back.status == "finished"
    assert back.corpus_info["files"] == ["/x/corpus.txt"]
    if objective == "hierarchical":
        assert np.array_equal(back.huffman.points, m.huffman.points)
    if objective == "negative":
        assert np.array_equal(back.noise, m.noise)


def test_a_stopped_run_continues_from_its_saved_folder(tmp_path):
    sents = planted_corpus(n_sent=1500)
    cfg = TrainConfig(dim=16, window=3, min_count=1, epochs=1, sample=0, threads=2, alpha=0.005)
    m = _train(cfg, sents).model
    m.save(tmp_path / "m")
    before = cluster_purity(m)
    more = _train(cfg.with_changes(epochs=3, alpha=0.025), sents,
                  init=TrainedModel.load(tmp_path / "m"))
    assert isinstance(more, Finished)
    assert more.model.epochs_done == 4 and len(more.model.epoch_losses) == 4
    assert more.model.epoch_losses[-1] < more.model.epoch_losses[0]
    assert cluster_purity(more.model) >= before and cluster_purity(more.model) == 1.0


def test_damaged_folders_give_clear_errors(tmp_path):
    with pytest.raises(ModelFormatError, match="no model.json"):
        TrainedModel.load(tmp_path)
    m = _train(TrainConfig(dim=4, min_count=1, epochs=1), planted_corpus(n_sent=50)).model
    m.save(tmp_path / "m")
    meta = json.loads((tmp_path / "m/model.json").read_text())
    meta["format_version"] = 99
    (tmp_path / "m/model.json").write_text(json.dumps(meta))
    with pytest.raises(ModelFormatError, match="newer"):
        TrainedModel.load(tmp_path / "m")
    m.save(tmp_path / "m")
    (tmp_path / "m/vocab.tsv").write_text("a\tmany\n", encoding="utf-8")
    with pytest.raises(ModelFormatError, match=r"vocab.tsv, line 1"):
        TrainedModel.load(tmp_path / "m")


def test_save_is_atomic(tmp_path, monkeypatch):
    m = _train(TrainConfig(dim=4, min_count=1, epochs=1), planted_corpus(n_sent=50)).model
    m.save(tmp_path / "m")
    good = (tmp_path / "m/input_vectors.npy").read_bytes()

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(np, "savez", boom)
    m.config = m.config.with_changes(objective="hierarchical")
    m.ensure_heads()
    with pytest.raises(OSError):
        m.save(tmp_path / "m")
    # the old model is still whole and no temp folder is left behind
    assert (tmp_path / "m/input_vectors.npy").read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["m"]

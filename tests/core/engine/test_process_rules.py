"""Which runs may train in several processes, how many processes make sense here, and the
``processes`` setting kept with a model's settings."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.process_rules import processes_problem, useful_processes


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def test_one_process_is_always_fine_even_for_fasttext_doc2vec_and_continuing():
    for method in ("word2vec", "fasttext", "doc2vec"):
        assert processes_problem(TrainConfig(method=method), continuing=True) is None


def test_word2vec_in_several_new_processes_has_no_problem():
    assert processes_problem(TrainConfig(processes=4), continuing=False) is None
    assert processes_problem(TrainConfig(), continuing=False, processes=2) is None


@pytest.mark.parametrize("method, continuing, says", [
    ("fasttext", False, "fastText models cannot be trained in several processes"),
    ("doc2vec", False, "doc2vec models cannot be trained in several processes"),
    ("word2vec", True, "Continuing a model cannot use several processes"),
])
def test_runs_that_cannot_use_several_processes_get_the_reason(method, continuing, says):
    problem = processes_problem(TrainConfig(method=method, processes=2), continuing)
    assert problem is not None and problem.startswith(says)
    assert "one process" in problem  # and what to do instead


def test_fewer_than_one_process_is_refused():
    assert processes_problem(TrainConfig(), False, processes=0) == \
        "The number of processes must be at least 1."


def test_processes_setting_round_trips_and_old_settings_load_with_one_process():
    config = TrainConfig(processes=3, threads=1)
    assert TrainConfig.from_dict(config.to_dict()) == config
    old = TrainConfig().to_dict()
    del old["processes"]  # saved before the setting existed
    assert TrainConfig.from_dict(old).processes == 1


@pytest.mark.parametrize("value", [0, 257, 1.5, True])
def test_processes_out_of_range_is_a_plain_settings_problem(value):
    with pytest.raises(ValueError, match="processes must be"):
        TrainConfig(processes=value)


def test_useful_processes_counts_the_cores_without_importing_torch():
    code = ("import sys; from w2v_studio.core.engine.process_rules import useful_processes; "
            "print(useful_processes(), 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == [str(_cores()), "False"]


def test_useful_processes_with_torch_loaded_and_at_most_one_gpu_counts_the_cores():
    torch = pytest.importorskip("torch")
    if torch.cuda.device_count() > 1:
        assert useful_processes() == torch.cuda.device_count()
    else:
        assert useful_processes() == _cores()

"""A finished run is never lost: failed saves, signals, killed runs, temp folders, full disks."""

from __future__ import annotations

import os
import shutil
import signal
import stat

import pytest

from tests.safety.save_helpers import (  # noqa: F401 (isolated is a fixture)
    FAST,
    LongRun,
    cli,
    dead_pid,
    isolated,
    small_model,
    write_corpus,
)
from w2v_studio.core.engine.config import TrainConfig
from w2v_studio.core.engine.events import Failed, Started
from w2v_studio.core.engine.model import TrainedModel
from w2v_studio.core.engine.model_save import SaveRefused, save_or_recover
from w2v_studio.core.engine.trainer import train
from w2v_studio.core.workspace.tempdirs import sweep_stale_temp_dirs

pytestmark = pytest.mark.usefixtures("isolated")


def _no_root_powers() -> list[str]:
    """Root ignores permissions: run the CLI without its capabilities (or skip)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: a read-only folder cannot be made")
    return ["setpriv", "--inh-caps=-all", "--ambient-caps=-all", "--bounding-set=-all"]


def _app_temp_dirs(tmp_path):
    return sorted(p.name for p in (tmp_path / "systmp").iterdir()
                  if p.name.startswith("w2v-studio-"))


def _recovered(tmp_path):
    return list((tmp_path / "appdata" / "recovered").iterdir())


def test_save_fails_on_read_only_folder_model_goes_to_recovery(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.txt")
    folder = tmp_path / "shared"
    folder.mkdir()
    out = folder / "model"
    run = LongRun(corpus, out, prefix=_no_root_powers())
    try:
        run.started()
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)  # read-only while it trains
        code, _, err = run.stop(signal.SIGTERM)
    finally:
        folder.chmod(0o755)
    assert code == 2 and "Traceback" not in err
    assert f"could not write {out}: permission denied" in err
    [rescued] = _recovered(tmp_path)
    assert f"The trained model was saved to {rescued} instead" in err
    model = TrainedModel.load(rescued)
    assert len(model.words) == 64 and model.status == "cancelled"
    assert not out.exists()


def test_read_only_folder_is_refused_before_training(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.txt")
    folder = tmp_path / "readonly"
    folder.mkdir(mode=0o555)
    try:
        r = cli("train", corpus, *FAST, "--epochs", 1, "-o", folder / "model",
                prefix=_no_root_powers())
    finally:
        folder.chmod(0o755)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert f"could not write {folder / 'model'}: permission denied" in r.stderr
    assert "Choose another folder with -o" in r.stderr
    assert r.stdout == "" and not (tmp_path / "appdata").exists()  # nothing was trained


def test_save_into_a_vanished_folder_goes_to_recovery(tmp_path):
    model = small_model()
    (tmp_path / "usb").write_text("the drive is gone; a file now sits at its path")
    outcome = save_or_recover(model, tmp_path / "usb" / "model", overwrite=False)
    assert outcome.problem is not None and str(tmp_path / "usb" / "model") in outcome.problem
    assert outcome.path.parent == tmp_path / "appdata" / "recovered"
    assert TrainedModel.load(outcome.path).words == model.words


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_sigterm_writes_partial_model_and_removes_temp_folders(tmp_path, sig):
    corpus = write_corpus(tmp_path / "corpus.txt")
    out = tmp_path / "model"
    run = LongRun(corpus, out)
    run.started()
    assert len(_app_temp_dirs(tmp_path)) == 1  # the corpus ids, while it trains
    code, stdout, err = run.stop(sig)
    assert code == 130, err
    assert f"the partial model (usable vectors) was written to {out}" in stdout
    model = TrainedModel.load(out)
    assert model.status == "cancelled" and len(model.words) == 64
    assert _app_temp_dirs(tmp_path) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_two_runs_same_output_only_one_succeeds(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.txt")
    out = tmp_path / "model"
    first = LongRun(corpus, out)
    first.started()
    second = cli("train", corpus, *FAST, "--epochs", 1, "-o", out, "--overwrite")
    code, _, _ = first.stop()
    assert second.returncode == 2
    assert f"{out} is being written by another run (process {first.proc.pid})" in second.stderr
    assert code == 130 and TrainedModel.load(out).status == "cancelled"


def test_stale_lock_of_a_killed_run_is_taken_over(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.txt")
    out = tmp_path / "model"
    (tmp_path / ".model.lock").write_text(f"{dead_pid()}\n")
    r = cli("train", corpus, *FAST, "--epochs", 1, "-o", out)
    assert r.returncode == 0, r.stderr
    assert TrainedModel.load(out).status == "finished"
    assert not (tmp_path / ".model.lock").exists()


def test_interrupted_swap_is_recovered_at_next_save(tmp_path):
    old = small_model(dim=4)
    old.save(tmp_path / "m")
    pid = dead_pid()  # killed between "model aside" and "new model in place":
    os.rename(tmp_path / "m", tmp_path / f".m.old-{pid}")
    (tmp_path / f".m.tmp-{pid}-x1y2").mkdir()  # and a half-written one
    (tmp_path / f".m.tmp-{pid}-x1y2" / "vocab.tsv").write_text("half\t1\n")
    with pytest.raises(SaveRefused, match="already holds a model"):
        small_model(dim=6).save(tmp_path / "m", overwrite=False)
    back = TrainedModel.load(tmp_path / "m")
    assert back.dim == 4 and back.words == old.words
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_half_written_save_of_a_killed_run_is_removed_at_next_start(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.txt")
    small_model(dim=4).save(tmp_path / "model")
    leftover = tmp_path / f".model.tmp-{dead_pid()}-abc123"
    leftover.mkdir()
    (leftover / "input_vectors.npy").write_bytes(b"\x93NUMPY half")
    r = cli("train", corpus, *FAST, "--epochs", 1, "-o", tmp_path / "model")
    assert r.returncode == 2 and "already holds a model" in r.stderr
    assert not leftover.exists() and TrainedModel.load(tmp_path / "model").dim == 4


def test_stale_temp_folders_of_killed_runs_are_swept(tmp_path):
    root = tmp_path / "systmp"
    pid = dead_pid()
    for name in (f"w2v-studio-ids-{pid}-ab12", f"w2v-studio-snap-{pid}-cd34",
                 f"w2v-studio-ids-{os.getpid()}-live", "w2v-studio-ids-nopid", "my-notes"):
        (root / name).mkdir()
        (root / name / "token_ids.bin").write_bytes(b"\0" * 16)
    swept = sweep_stale_temp_dirs(root)
    assert sorted(p.name for p in swept) == [f"w2v-studio-ids-{pid}-ab12",
                                             f"w2v-studio-snap-{pid}-cd34"]
    assert sorted(p.name for p in root.iterdir()) == sorted(
        [f"w2v-studio-ids-{os.getpid()}-live", "w2v-studio-ids-nopid", "my-notes"])


def test_temp_folder_is_removed_when_a_run_is_abandoned(tmp_path):
    cfg = TrainConfig(dim=4, min_count=1, epochs=50, threads=1)
    from tests.core.conftest import planted_corpus

    run = train(cfg, iter(planted_corpus(n_sent=400)))
    for event in run:
        if isinstance(event, Started):
            break
    [name] = _app_temp_dirs(tmp_path)
    assert name.startswith(f"w2v-studio-ids-{os.getpid()}-")
    run.close()  # the GUI dropping a run, an exception in the caller
    assert _app_temp_dirs(tmp_path) == []


def test_corpus_ids_stop_before_filling_the_disk(tmp_path, monkeypatch):
    from tests.core.conftest import planted_corpus

    free = shutil.disk_usage(tmp_path / "systmp").free
    monkeypatch.setenv("W2V_STUDIO_MIN_FREE_BYTES", str(free + (1 << 30)))  # "nearly full"
    last = list(train(TrainConfig(dim=4, min_count=1, epochs=1), iter(planted_corpus())))[-1]
    assert isinstance(last, Failed)
    assert "is nearly full" in last.message and "--no-corpus-ids" in last.message
    assert _app_temp_dirs(tmp_path) == []

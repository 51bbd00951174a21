"""Shared by the input-validation tests: run the CLI in-process and check its error line."""

from __future__ import annotations

from w2v_studio.cli import main


def cli_error(capsys, *args) -> str:
    """Run ``w2v-studio ARGS``; assert exit code 2, one ``error:`` line and no traceback."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert "Traceback" not in out + err
    assert err.startswith("error: "), err
    return err

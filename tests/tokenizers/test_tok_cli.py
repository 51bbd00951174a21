"""The `w2v-studio tokenize` and `w2v-studio tokenizers` commands."""

from __future__ import annotations

import json

from w2v_studio.cli import main


def test_tokenize_writes_one_line_per_input_line(tmp_path, ko_corpus, capsys):
    out = tmp_path / "out.txt"
    args = ["tokenize", str(ko_corpus[0]), "--tokenizer", "mecab", "--opt", "output=word/POS",
            "--opt", "drop=particle,ending,punctuation,verb", "-o", str(out),
            "--workers", "2", "--cache-dir", str(tmp_path / "cache")]  # fmt: skip
    assert main(args) == 0
    lines = out.read_text(encoding="utf-8").split("\n")[:-1]
    assert len(lines) == len(ko_corpus[0].read_text(encoding="utf-8").splitlines())
    assert lines[0] == "아버지/NNG 방/NNG"
    assert "lines" in capsys.readouterr().err
    assert main(args) == 0  # again: from the cache, same output
    assert "from cache" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8").split("\n")[:-1] == lines


def test_tokenize_reports_user_mistakes_without_traceback(tmp_path, ko_corpus, capsys):
    out = tmp_path / "out.txt"
    base = [str(ko_corpus[0]), "-o", str(out), "--cache-dir", str(tmp_path)]
    assert main(["tokenize", *base, "--tokenizer", "mecab", "--opt", "lema=true"]) == 2
    err = capsys.readouterr().err
    assert "error: tokenizer 'mecab' has no option 'lema'" in err and "Traceback" not in err
    assert main(["tokenize", *base, "--tokenizer", "mecab", "--opt", "lemma"]) == 2
    assert "key=value" in capsys.readouterr().err
    assert main(["tokenize", *base, "--tokenizer", "klingon"]) == 2
    assert "no tokenizer with id 'klingon'" in capsys.readouterr().err
    missing = ["tokenize", str(tmp_path / "nope.txt"), "-t", "english", "-o", str(out)]
    assert main(missing) == 2
    assert "no such file" in capsys.readouterr().err
    assert not out.exists()


def test_tokenizers_lists_availability_and_options(capsys):
    assert main(["tokenizers", "--verbose"]) == 0
    text = capsys.readouterr().out
    for pid in ("english", "jieba", "mecab", "kiwi", "okt", "komoran", "whitespace"):
        assert any(line.startswith(pid) and "available" in line for line in text.splitlines())
    assert "drop (multichoice" in text
    assert main(["tokenizers", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["mecab"]["available"] and rows["mecab"]["languages"] == ["ko"]

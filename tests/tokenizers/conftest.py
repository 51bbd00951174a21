"""Shared fixtures: one tokenizer per backend and session (JVM and model start-up cost seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from w2v_studio.tokenizers.registry import create_tokenizer

KO_LINES = [
    "아버지가 방에 들어가신다.",
    "나는 학교에 갔다.",
    "영화가 정말 재미있었어요!",
    "",
    "배우들의 연기가 너무 좋았고 음악도 아름다웠다.",
    "이 영화를 친구에게 추천하고 싶다.",
]


@pytest.fixture(scope="session")
def tokenizer_of():
    """``tokenizer_of(id, **options)``: created once per session for each id and options."""
    made: dict[tuple, object] = {}

    def get(plugin_id: str, **options):
        key = (plugin_id, tuple(sorted(options.items())))
        if key not in made:
            made[key] = create_tokenizer(plugin_id, options)
        return made[key]

    return get


@pytest.fixture
def ko_corpus(tmp_path: Path) -> list[Path]:
    """Two small Korean files (the second repeats the lines in another order)."""
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("\n".join(KO_LINES * 40) + "\n", encoding="utf-8")
    b.write_text("\n".join(list(reversed(KO_LINES)) * 30) + "\n", encoding="utf-8")
    return [a, b]

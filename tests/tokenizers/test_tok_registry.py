"""Plugin discovery: built-in folder, entry points, user folder, broken plugins, options."""

from __future__ import annotations

import pytest

from tests.tokenizers.tok_plugin_sources import UPPER_PLUGIN, write_distribution, write_plugin
from w2v_studio.tokenizers import registry
from w2v_studio.tokenizers.registry import (
    create_tokenizer,
    list_plugins,
    suggest_tokenizer,
    unavailable_reason,
)

BUILTIN = {"whitespace", "english", "jieba", "mecab", "kiwi", "okt", "komoran"}


@pytest.fixture
def fresh_registry(monkeypatch):
    registry.configure()
    yield
    registry.configure()  # forget what the test added


def test_builtin_plugins_are_listed_with_option_schemas():
    plugins = {p.id: p for p in list_plugins()}
    assert set(plugins) >= BUILTIN
    assert plugins["mecab"].languages == ("ko",) and plugins["mecab"].source == "builtin"
    drop = {o.name: o for o in plugins["kiwi"].options}["drop"]
    assert drop.type == "multichoice" and "particle" in drop.choices
    assert set(drop.default) == {"particle", "ending", "punctuation"}
    assert all(p.error is None for p in plugins.values() if p.id in BUILTIN)


def test_plugins_from_user_folder_and_entry_point(tmp_path, monkeypatch, fresh_registry):
    user = tmp_path / "user_plugins"
    write_plugin(user, "upper", UPPER_PLUGIN)
    write_distribution(tmp_path / "site")
    monkeypatch.setenv("W2V_STUDIO_PLUGINS", str(user))
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    plugins = {p.id: p for p in list_plugins(refresh=True)}
    assert plugins["upper"].source == "user"
    assert plugins["reverse"].source == "entry_point"
    assert create_tokenizer("upper", {"suffix": "!"}).tokenize("a b") == ["A!", "B!"]
    assert create_tokenizer("reverse").tokenize("abc de") == ["cba", "ed"]
    assert set(plugins) >= BUILTIN


def test_broken_plugin_is_listed_with_its_error_and_others_still_work(tmp_path, fresh_registry):
    user = tmp_path / "plugins"
    write_plugin(user, "broken", "import no_such_module_for_w2v_tests\n")
    registry.configure(user_dirs=[user])
    plugins = {p.id: p for p in list_plugins(refresh=True)}
    assert plugins["broken"].error is None  # listed from its manifest: its code has not run
    with pytest.raises(registry.TokenizerUnavailable, match="no_such_module_for_w2v_tests"):
        create_tokenizer("broken")  # chosen: now it is imported, and fails
    plugins = {p.id: p for p in list_plugins()}
    assert "no_such_module_for_w2v_tests" in plugins["broken"].error
    assert "failed to load" in unavailable_reason("broken")
    assert create_tokenizer("english").tokenize("Hello World") == ["hello", "world"]


def test_bad_options_and_ids_give_clear_messages():
    with pytest.raises(ValueError, match="no option 'lowercas'.*lowercase"):
        create_tokenizer("english", {"lowercas": True})
    with pytest.raises(ValueError, match="option 'lowercase': expected true or false"):
        create_tokenizer("english", {"lowercase": "maybe"})
    with pytest.raises(ValueError, match="'full' is not one of: accurate, search"):
        create_tokenizer("jieba", {"mode": "full"})
    with pytest.raises(ValueError, match="no tokenizer with id 'klingon'"):
        create_tokenizer("klingon")


def test_suggestions_per_language():
    assert suggest_tokenizer("ko") == "mecab"
    assert suggest_tokenizer("zh") == "jieba"
    assert suggest_tokenizer("en") == "english"
    assert unavailable_reason("mecab") is None

"""Plugin manifests (issue 11, item 7): listed from plugin.json, code run only when chosen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.tokenizers.tok_plugin_sources import MANIFESTS, UPPER_PLUGIN, write_plugin
from w2v_studio.cli import main
from w2v_studio.tokenizers import registry
from w2v_studio.tokenizers.manifest import ManifestError, differences, read_manifest
from w2v_studio.tokenizers.registry import (
    TokenizerUnavailable,
    create_tokenizer,
    list_plugins,
    unavailable_reason,
)

# Leaves a file IMPORTED beside itself when its code runs: the tests see whether it ran.
MARKING_UPPER = (
    "import pathlib\n"
    "pathlib.Path(__file__).with_name('IMPORTED').write_text('yes')\n" + UPPER_PLUGIN
)


@pytest.fixture
def user_dir(tmp_path):
    folder = tmp_path / "plugins"
    folder.mkdir()
    registry.configure(user_dirs=[folder])
    yield folder
    registry.configure()


def _plugins() -> dict:
    return {p.id: p for p in list_plugins(refresh=True)}


def _manifest(folder: Path, doc) -> Path:
    pkg = write_plugin(folder, "upper", MARKING_UPPER)
    text = doc if isinstance(doc, str) else json.dumps(doc)
    (pkg / "plugin.json").write_text(text, encoding="utf-8")
    return pkg


def test_user_plugin_is_listed_from_its_manifest_without_running_its_code(user_dir):
    pkg = write_plugin(user_dir, "upper", MARKING_UPPER)
    info = _plugins()["upper"]
    assert (info.name, info.languages, info.source, info.error) == (
        "Upper case words", ("en",), "user", None
    )
    assert [(o.name, o.type, o.default) for o in info.options] == [("suffix", "str", "")]
    assert unavailable_reason("upper") is None  # asking whether it can run: still not run
    assert not (pkg / "IMPORTED").exists()


def test_plugin_code_is_imported_when_the_tokenizer_is_chosen(user_dir):
    pkg = write_plugin(user_dir, "upper", MARKING_UPPER)
    _plugins()
    assert create_tokenizer("upper", {"suffix": "!"}).tokenize("a b") == ["A!", "B!"]
    assert (pkg / "IMPORTED").read_text() == "yes"


def test_missing_required_package_is_reported_without_running_code(user_dir):
    pkg = _manifest(user_dir, {**MANIFESTS["upper"], "requires": ["no_such_pkg_for_w2v"]})
    assert "upper" in _plugins()
    assert unavailable_reason("upper") == (
        "needs the Python package(s) no_such_pkg_for_w2v: pip install no_such_pkg_for_w2v"
    )
    assert not (pkg / "IMPORTED").exists()


def test_plugin_folder_without_manifest_is_unavailable_and_its_code_never_runs(user_dir):
    pkg = user_dir / "nomanifest"
    pkg.mkdir()
    (pkg / "plugin.py").write_text(MARKING_UPPER, encoding="utf-8")
    info = _plugins()["nomanifest"]
    assert "no plugin.json manifest" in info.error and str(pkg) in info.error
    assert "failed to load" in unavailable_reason("nomanifest")
    with pytest.raises(TokenizerUnavailable):
        create_tokenizer("nomanifest")
    assert not (pkg / "IMPORTED").exists()


def test_single_file_plugin_is_unavailable_and_its_code_never_runs(user_dir):
    (user_dir / "loose.py").write_text(MARKING_UPPER, encoding="utf-8")
    info = _plugins()["loose"]
    assert "a single .py file; put it in a folder with a plugin.json" in info.error
    assert not (user_dir / "IMPORTED").exists()


@pytest.mark.parametrize(
    ("case", "doc", "field", "problem"),
    [
        ("invalid_json", '{"id": "upper",', "", "not valid JSON (line 1, column"),
        ("not_an_object", "[1, 2]", "", "must be a JSON object"),
        ("missing_languages", {"id": "upper", "name": "U"}, "languages", "is missing"),
        ("misspelt_field", {**MANIFESTS["upper"], "langauges": ["en"]}, "langauges",
         "unknown field"),
        ("bad_id", {**MANIFESTS["upper"], "id": "Upper Case!"}, "id", "use lower-case"),
        ("bad_option_type", {**MANIFESTS["upper"], "options": [
            {"name": "suffix", "type": "text", "default": "", "help": ""}]},
         "options[0].type", "'text' is not one of bool, int"),
        ("default_of_wrong_type", {**MANIFESTS["upper"], "options": [
            {"name": "n", "type": "int", "default": "three", "help": ""}]},
         "options[0].default", "does not fit the type 'int'"),
        ("choice_without_choices", {**MANIFESTS["upper"], "options": [
            {"name": "mode", "type": "choice", "default": "a", "help": ""}]},
         "options[0].choices", "a choice option needs its choices"),
        ("module_outside_the_folder", {**MANIFESTS["upper"], "module": "../evil.py"}, "module",
         "must be a .py file in the plugin folder"),
        ("second_tokenizer_bad", {"tokenizers": [MANIFESTS["upper"], {"id": "x", "name": 3}]},
         "tokenizers[1].name", "must be a string"),
        ("newer_manifest_version", {**MANIFESTS["upper"], "manifest_version": 2},
         "manifest_version", "2 is not supported"),
    ],
)  # fmt: skip
def test_manifest_error_names_file_and_field_and_lists_plugin_unavailable(
    user_dir, case, doc, field, problem
):
    pkg = _manifest(user_dir, doc)
    with pytest.raises(ManifestError) as info:
        read_manifest(pkg / "plugin.json")
    assert (info.value.field, info.value.file) == (field, pkg / "plugin.json")
    assert problem in info.value.problem
    plugin = _plugins()["upper"]  # listed under its folder name, unavailable, with the reason
    assert plugin.error.startswith(f"bad manifest: {pkg / 'plugin.json'}")
    if field:
        assert f"field {field!r}: " in plugin.error
    assert problem in plugin.error
    assert "bad manifest" in unavailable_reason("upper")
    assert create_tokenizer("english").tokenize("Still works") == ["still", "works"]
    assert not (pkg / "IMPORTED").exists()


def test_manifest_that_disagrees_with_the_code_is_reported_when_chosen(user_dir):
    changed = {**MANIFESTS["upper"], "version": "2"}
    _manifest(user_dir, changed)
    assert _plugins()["upper"].error is None
    with pytest.raises(TokenizerUnavailable, match="plugin.json and plugin.py disagree on "
                                                   "version; update the manifest"):  # fmt: skip
        create_tokenizer("upper")


def test_manifest_listing_a_tokenizer_the_code_lacks_is_reported_when_chosen(user_dir):
    _manifest(user_dir, {"tokenizers": [MANIFESTS["upper"], {"id": "ghost", "name": "G",
                                                              "languages": ["*"]}]})  # fmt: skip
    assert {"upper", "ghost"} <= set(_plugins())
    with pytest.raises(TokenizerUnavailable, match="lists 'ghost' but plugin.py does not"):
        create_tokenizer("ghost")
    assert create_tokenizer("upper").tokenize("a") == ["A"]


def test_cli_tokenizers_lists_a_bad_manifest_as_unavailable_and_exits_0(user_dir, capsys):
    pkg = _manifest(user_dir, {"id": "upper", "name": "U"})
    assert main(["tokenizers"]) == 0
    out = capsys.readouterr().out
    assert "upper" in out and "unavailable" in out
    assert f"{pkg / 'plugin.json'}, field 'languages': is missing" in out


def test_builtin_manifests_say_what_their_code_does():
    builtin = registry.default_builtin_dir()
    folders = sorted(p.parent for p in builtin.glob("*/plugin.py"))
    assert len(folders) == 5
    for folder in folders:
        manifest = read_manifest(folder / "plugin.json")
        ref = registry.PluginRef("dir", str(folder), "builtin", manifest.module)
        code = {p.id: p for p in registry._import_ref(ref)}
        assert [t.id for t in manifest.tokenizers] == list(code)
        for t in manifest.tokenizers:
            assert differences(t, code[t.id]) == [] and t.name == code[t.id].name

"""The ``w2v-studio`` command: each subcommand lives in its own module of this package.

A module registers itself by defining ``register(subparsers)``; it adds a parser whose
``func`` default takes the parsed args and returns an exit code. Errors meant for the user
are raised as ``UserError`` and printed as one clear message, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from w2v_studio import __version__
from w2v_studio.cli.errors import UserError

# Subcommand modules, in the order they appear in --help.
SUBCOMMAND_MODULES = [
    "w2v_studio.cli.gui",
    "w2v_studio.cli.train",
    "w2v_studio.cli.infer",
    "w2v_studio.cli.phrases",
    "w2v_studio.cli.tokenize",
    "w2v_studio.cli.vectors",
    "w2v_studio.cli.concordance",
    "w2v_studio.cli.slices",
    "w2v_studio.cli.align",
    "w2v_studio.cli.shift",
    "w2v_studio.cli.weat",
    "w2v_studio.cli.stability",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="w2v-studio",
        description="Train and explore word embeddings (run without arguments for the app).",
    )
    parser.add_argument("--version", action="version", version=f"w2v-studio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not argv:
        argv = ["gui"]
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    try:
        return int(func(args) or 0)
    except UserError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

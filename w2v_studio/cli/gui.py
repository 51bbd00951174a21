"""``w2v-studio gui``: start the desktop app (also what ``w2v-studio`` alone does)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("gui", help="start the desktop app (the default)")
    p.add_argument(
        "paths",
        nargs="*",
        help="corpus files or folders, a model folder or a .w2vproj project to open",
    )
    p.add_argument(
        "--lang",
        choices=["en", "ko", "zh_CN"],
        default=None,
        help="interface language (default: the last one used, else the system's)",
    )
    p.add_argument(
        "--reset-settings",
        action="store_true",
        help="forget window layout, recent items and settings",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from w2v_studio.cli.errors import UserError

    try:
        import pyqtgraph  # noqa: F401
        import PySide6  # noqa: F401
    except ImportError as e:
        raise UserError(
            f"the desktop app needs PySide6 and pyqtgraph ({e.name} is missing): "
            "run ./studio.sh, or pip install -e '.[gui]'"
        ) from None
    from w2v_studio.app import main

    return main(language=args.lang, open_paths=args.paths, reset_settings=args.reset_settings)

"""``python -m w2v_studio``: the app without arguments, the CLI with them."""

import sys

from w2v_studio.cli import main

sys.exit(main())

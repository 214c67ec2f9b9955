"""``python -m quoteextract.evaluation GOLD [PRED] [options]``."""

from __future__ import annotations

import sys

from . import cli_main

if __name__ == "__main__":
    sys.exit(cli_main(sys.argv[1:]))

"""``python -m quoteextract``: the command line."""

from .outputs._cli import main

raise SystemExit(main())

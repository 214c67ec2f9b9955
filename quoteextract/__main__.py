"""``python -m quoteextract``: the command line."""

from .outputs._cli import main

if __name__ == "__main__":  # not when a spawned worker process imports the main module
    raise SystemExit(main())

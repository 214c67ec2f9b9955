"""Stage 1, the finder: quote-mark pairings from typography alone."""

from ._marks import find_quotes

__all__ = ["find_quotes"]

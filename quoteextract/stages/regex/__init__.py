"""The regex-only mode: quotations and claims without a spaCy parse."""

from ._regex_mode import extract_regex

__all__ = ["extract_regex"]

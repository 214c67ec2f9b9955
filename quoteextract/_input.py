"""Checking and decoding the text callers pass in."""

from __future__ import annotations

import re

from ._errors import InputError, TextTooLongError
from ._model import Problem

MAX_TEXT_LENGTH = 50_000_000
"""Longest text (in characters) one call accepts by default: 50 million.

Texts longer than an :class:`~quoteextract.Extractor`'s ``chunk_size``
(200,000 characters by default) are parsed in paragraph-aligned chunks, so
memory depends on the chunk size, not on the text's length; this limit only
refuses inputs too absurd to be one article (raise it with
``Extractor(max_length=...)``)."""

_SURROGATE = re.compile("[\ud800-\udfff]")
"""A surrogate code point: never valid on its own in a Python ``str``."""

REPLACEMENT = "\ufffd"
"""What each lone surrogate is replaced with (one code point for one, so offsets hold)."""


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
"""Zero-width characters (they are not white space to ``str.strip``)."""


def has_visible(text: str) -> bool:
    """Whether ``text`` has a character that is neither white space nor zero-width.

    A quotation without one quotes nothing and is never reported.

    .. versionadded:: 0.2.0
    """
    return any(not c.isspace() and c not in _INVISIBLE for c in text)


def coerce_text(text: object, *, max_length: int = MAX_TEXT_LENGTH) -> str:
    """Return ``text`` as a plain ``str``, or raise a typed error that says why not.

    ``bytes`` are decoded as UTF-8 (a byte-order mark is dropped; offsets then
    index the decoded string). A subclass of ``str`` is copied into a plain
    ``str`` with the same characters. Lone surrogates are left in place:
    :func:`repair_text` replaces them.

    Raises:
        InputError: For ``None``, non-text types and undecodable bytes.
        TextTooLongError: For text longer than ``max_length`` characters.

    .. versionadded:: 0.1.0

    """
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise InputError(
                f"bytes are not valid UTF-8 (byte {err.start}: {err.reason}); decode them yourself and pass a str"
            ) from None
    if not isinstance(text, str):
        raise InputError(f"text must be a str (or UTF-8 bytes), not {type(text).__name__}")
    if type(text) is not str:
        text = str.__str__(text)  # a plain copy: spaCy refuses str subclasses
    if len(text) > max_length:
        raise TextTooLongError(
            f"text has {len(text):,} characters, more than the limit of {max_length:,}; "
            "split it into articles, or raise max_length if it really is one "
            "(long texts are parsed in chunks, so memory is not the concern)"
        )
    return text


def repair_text(text: str) -> tuple[str, tuple[Problem, ...]]:
    r"""Replace lone surrogates with U+FFFD, reporting the repair as a :class:`~quoteextract.Problem`.

    A surrogate code point (U+D800 to U+DFFF) is not a character: Python
    strings hold them after ``bytes.decode(errors="surrogateescape")`` or
    from JSON with a broken ``\\ud83d`` escape, and they cannot be encoded
    as UTF-8, so the parser refuses them. Each is replaced with the
    replacement character U+FFFD, one code point for one, so every offset
    still indexes the caller's text.

    Args:
        text: The text, as returned by :func:`coerce_text`.

    Returns:
        The repaired text (``text`` itself when there was nothing to
        repair) and one warning at the first surrogate, or no warning.

    .. versionadded:: 0.2.0

    """
    if text.isascii():
        return text, ()
    first = _SURROGATE.search(text)
    if first is None:
        return text, ()
    repaired, count = _SURROGATE.subn(REPLACEMENT, text)
    plural = "s" if count > 1 else ""
    message = (
        f"{count} lone surrogate code point{plural} (invalid Unicode, such as text decoded with "
        f"surrogateescape) replaced with U+FFFD; offsets are unchanged"
    )
    return repaired, (Problem(first.start(), message),)

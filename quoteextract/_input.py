"""Checking and decoding the text callers pass in."""

from __future__ import annotations

from ._errors import InputError, TextTooLongError

MAX_TEXT_LENGTH = 1_000_000
"""Longest text (in characters) one call accepts by default: spaCy's own
``nlp.max_length``. The parser needs about 1 GB of memory per 100,000
characters, so longer texts should be split into articles."""


def coerce_text(text: object, *, max_length: int = MAX_TEXT_LENGTH) -> str:
    """Return ``text`` as a ``str``, or raise a typed error that says why not.

    ``bytes`` are decoded as UTF-8 (a byte-order mark is dropped; offsets then
    index the decoded string).

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
    if len(text) > max_length:
        raise TextTooLongError(
            f"text has {len(text):,} characters, more than the limit of {max_length:,}; "
            "split it into articles, or raise max_length if you have the memory "
            "(spaCy's parser needs about 1 GB per 100,000 characters)"
        )
    return text

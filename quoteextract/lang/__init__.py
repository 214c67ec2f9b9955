"""Language data and language-specific syntax, one package per language.

quoteextract's rules read English syntax (ClearNLP dependency labels, Penn
tags) and English lexicons, which live in :mod:`quoteextract.lang.en`. A
pipeline of another language is refused with :class:`UnsupportedLanguageError`
rather than producing silent nonsense. Adding a language means adding
``lang/xx/`` (label sets in ``syntax.py``, lexicons in ``data/``), registering
its rules with ``language="xx"``, and listing it in :data:`SUPPORTED`.
"""

from __future__ import annotations

from .._errors import UnsupportedLanguageError

SUPPORTED: dict[str, str] = {"en": "English"}
"""Languages whose rules and lexicons ship with quoteextract (ISO code: name)."""


def check_language(code: str) -> str:
    """Return ``code`` if quoteextract supports that language.

    Args:
        code: An ISO 639-1 code, as spaCy gives it (``nlp.lang``, ``doc.lang_``).

    Returns:
        The code.

    Raises:
        UnsupportedLanguageError: For any other language; the message names
            the supported ones.

    """
    if code in SUPPORTED:
        return code
    names = ", ".join(f"{name} ({iso})" for iso, name in SUPPORTED.items())
    raise UnsupportedLanguageError(
        f"quoteextract has no rules for language {code!r}; supported: {names}. "
        "Load a pipeline of a supported language, e.g. en_core_web_sm."
    )
